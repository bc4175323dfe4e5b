package charts

import (
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// drawBaseline rules the line bars stand on: zero, or the bottom of the
// axis when zero is off the scale. It comes after the data so that the
// bars' feet sit under it.
func (p *plot) drawBaseline(chart.Renderer, chart.Box, chart.Style) {
	if p.err != nil {
		return
	}
	y := p.yAt(p.base)
	p.rec.add(Path{Class: "baseline", Segs: line(float64(p.box.Left), y, float64(p.box.Right), y),
		Stroke: p.st.Axis, Width: 0.75})
}

// drawValueLabels prints values where they fit. A label that would overlap
// a bar, another label, the legend or the edge is left out rather than
// drawn unreadable; the first series wins.
func (p *plot) drawValueLabels(chart.Renderer, chart.Box, chart.Style) {
	if !p.spec.ValueLabels || p.err != nil {
		return
	}
	taken := p.barBoxes()
	for j, s := range p.spec.Series {
		for i, v := range s.Values {
			if math.IsNaN(v) {
				continue
			}
			t, b, ok := p.valueLabel(j, i, v)
			if ok && p.free(b, taken) {
				p.rec.add(t)
				taken = append(taken, b)
			}
		}
	}
}

// barBoxes are obstacles for labels; stacked labels sit inside their bars,
// so there the bars are not obstacles.
func (p *plot) barBoxes() []box {
	var out []box
	for j := range p.spec.Series {
		for i := range p.spec.Categories {
			if b, ok := p.bar(j, i); ok && p.spec.Kind == Bars {
				out = append(out, b)
			}
		}
	}
	return out
}

func (p *plot) free(b box, taken []box) bool {
	if !b.within(p.st.Width, p.st.Height) || b.y0 < float64(p.padTop()) {
		return false
	}
	for _, t := range taken {
		if b.overlaps(t) {
			return false
		}
	}
	return true
}

// valueLabel places the label of series j at category i: above a point
// (below one in a valley), beyond a bar's end, or centred inside a stacked
// segment big enough for it. It returns the text and its glyphs' box.
func (p *plot) valueLabel(j, i int, v float64) (Text, box, bool) {
	s := p.spec.Format(v)
	size := p.st.FontSize
	w := p.m.TextWidth(s, size)
	asc, desc := p.st.Ascent*size, p.st.Descent*size
	t := Text{Class: "value", Text: s, Size: size, Color: p.st.Text}
	switch b, _ := p.bar(j, i); {
	case p.spec.Kind == Lines:
		t.X, t.Y = p.xAt(i)-w/2, p.yAt(v)-p.dotRadius()-2-desc
		if p.valley(j, i) {
			t.Y = p.yAt(v) + p.dotRadius() + 2 + asc
		}
	case p.spec.Kind == StackedBars:
		if w > b.x1-b.x0-2 || b.y1-b.y0 < asc+desc {
			return t, box{}, false
		}
		t.X, t.Y = (b.x0+b.x1-w)/2, (b.y0+b.y1+asc-desc)/2
		t.Color = contrast(p.st.color(j), p.st.Text)
	case v >= 0:
		t.X, t.Y = (b.x0+b.x1-w)/2, b.y0-2-desc
	default:
		t.X, t.Y = (b.x0+b.x1-w)/2, b.y1+2+asc
	}
	return t, p.inkBox(t), true
}

// valley reports whether point i of series j lies below all its present
// neighbours: its label goes underneath, where the line does not pass.
func (p *plot) valley(j, i int) bool {
	vals := p.spec.Series[j].Values
	n, higher := 0, 0
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(vals) && !math.IsNaN(vals[k]) {
			n++
			if vals[k] > vals[i] {
				higher++
			}
		}
	}
	return n > 0 && higher == n
}

// contrast picks white text on a dark fill and the text colour on a light
// one, by the fill's relative luminance.
func contrast(fill, text Color) Color {
	l := 0.2126*float64(fill.R) + 0.7152*float64(fill.G) + 0.0722*float64(fill.B)
	if l < 140 {
		return Color{255, 255, 255, 255}
	}
	return text
}
