package charts

// fill is the colour of series j at category i: the series colour for
// the focus year (the last category, the briefing's own year) and a
// lighter tint of it for the years before, when the spec asks for a
// focus. A reader finds the year at a glance, in colour or in grey.
func (p *plot) fill(j, i int) Color {
	c := p.st.color(j)
	if p.spec.FocusLast && i != len(p.spec.Categories)-1 {
		return tint(c, focusTint)
	}
	return c
}

// focusTint is how far towards white the years around the focus go:
// light enough to set the focus year apart, dark enough to stay legible.
const focusTint = 0.45

// tint mixes c with white by k (0 keeps c, 1 is white).
func tint(c Color, k float64) Color {
	mix := func(v uint8) uint8 { return uint8(float64(v) + (255-float64(v))*k + 0.5) }
	return Color{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: c.A}
}
