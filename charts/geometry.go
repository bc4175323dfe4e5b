package charts

import "math"

// rect is a closed rectangle path between two corners, in any order.
func rect(x0, y0, x1, y1 float64) []Segment {
	return []Segment{
		{Kind: MoveTo, Pts: [3]Point{{x0, y0}}},
		{Kind: LineTo, Pts: [3]Point{{x1, y0}}},
		{Kind: LineTo, Pts: [3]Point{{x1, y1}}},
		{Kind: LineTo, Pts: [3]Point{{x0, y1}}},
		{Kind: Close},
	}
}

// line is an open two-point path.
func line(x0, y0, x1, y1 float64) []Segment {
	return []Segment{
		{Kind: MoveTo, Pts: [3]Point{{x0, y0}}},
		{Kind: LineTo, Pts: [3]Point{{x1, y1}}},
	}
}

// circle is a closed circle made of four cubic arcs, so backends need no
// circle primitive.
func circle(cx, cy, r float64) []Segment {
	segs := []Segment{{Kind: MoveTo, Pts: [3]Point{{cx + r, cy}}}}
	segs = append(segs, arc(cx, cy, r, r, 0, 2*math.Pi)...)
	return append(segs, Segment{Kind: Close})
}

// arc approximates the elliptical arc (cx + rx·cos θ, cy + ry·sin θ) for θ
// from start over delta radians (positive = clockwise on the y-down page)
// with cubic Béziers of at most 90° each, the usual error-bounded split.
func arc(cx, cy, rx, ry, start, delta float64) []Segment {
	if math.IsNaN(delta) || math.IsInf(delta, 0) || delta == 0 {
		return nil
	}
	delta = math.Max(-2*math.Pi, math.Min(2*math.Pi, delta))
	n := int(math.Ceil(math.Abs(delta) / (math.Pi / 2)))
	step := delta / float64(n)
	k := 4.0 / 3.0 * math.Tan(step/4)
	segs := make([]Segment, 0, n)
	for i := 0; i < n; i++ {
		a0, a1 := start+float64(i)*step, start+float64(i+1)*step
		c0, s0, c1, s1 := math.Cos(a0), math.Sin(a0), math.Cos(a1), math.Sin(a1)
		segs = append(segs, Segment{Kind: CubicTo, Pts: [3]Point{
			{cx + rx*(c0-k*s0), cy + ry*(s0+k*c0)},
			{cx + rx*(c1+k*s1), cy + ry*(s1-k*c1)},
			{cx + rx*c1, cy + ry*s1},
		}})
	}
	return segs
}

// box is an axis-aligned rectangle used to keep labels apart.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

func (a box) within(w, h float64) bool {
	return a.x0 >= 0 && a.y0 >= 0 && a.x1 <= w && a.y1 <= h
}

// finite reports whether v is a usable number (not NaN, not ±Inf).
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
