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

// placed is a label ready to draw and the box its glyphs cover.
type placed struct {
	t Text
	b box
}

// drawValueLabels prints every value of a series or none: a series whose
// labels do not all fit clear of the bars, the other labels, the legend
// and the edges gets none, and the plot notes it (partial) so that Draw
// can try labels set upright. Stacked bars also get their totals on top.
func (p *plot) drawValueLabels(chart.Renderer, chart.Box, chart.Style) {
	if !p.spec.ValueLabels || p.err != nil {
		return
	}
	taken := append(p.barBoxes(), p.gapBoxes()...)
	for j, s := range p.spec.Series {
		var set []placed
		ok := true
		for i, v := range s.Values {
			if math.IsNaN(v) {
				continue
			}
			t, b, fits := p.valueLabel(j, i, v)
			if !fits || !p.free(b, taken) || !clear(b, set) {
				ok = false
				break
			}
			set = append(set, placed{t, b})
		}
		if !ok {
			p.partial = true
			continue
		}
		taken = p.addAll(set, taken)
	}
	if p.spec.Kind == StackedBars {
		p.drawTotals(taken)
	}
}

func (p *plot) addAll(set []placed, taken []box) []box {
	for _, l := range set {
		p.rec.add(l.t)
		taken = append(taken, l.b)
	}
	return taken
}

// clear reports whether b overlaps none of the labels in set.
func clear(b box, set []placed) bool {
	for _, l := range set {
		if b.overlaps(l.b) {
			return false
		}
	}
	return true
}

// drawTotals writes each stack's total above it, all or none.
func (p *plot) drawTotals(taken []box) {
	var set []placed
	for i := range p.spec.Categories {
		sum, any := 0.0, false
		for _, s := range p.spec.Series {
			if v := s.Values[i]; !math.IsNaN(v) {
				sum, any = sum+v, true
			}
		}
		if !any {
			continue
		}
		s := p.spec.Format(sum)
		if i < len(p.spec.Totals) && p.spec.Totals[i] != "" {
			s = p.spec.Totals[i]
		}
		t := p.textAbove(s, p.xAt(i), p.yAt(math.Max(sum, 0)), 0)
		t.Class = "total"
		b := p.inkBox(t)
		if !p.free(b, taken) || !clear(b, set) {
			p.partial = true
			return
		}
		set = append(set, placed{t, b})
	}
	p.addAll(set, taken)
}

// label is the text of series j's value at category i: as the table
// writes it when the spec gives it, else formatted.
func (p *plot) label(j, i int, v float64) string {
	if j < len(p.spec.Labels) && i < len(p.spec.Labels[j]) && p.spec.Labels[j][i] != "" {
		return p.spec.Labels[j][i]
	}
	return p.spec.Format(v)
}

// textAbove is s centred on x with its glyphs' bottom 2 pt above y, or,
// upright, reading upwards from 2 pt above y.
func (p *plot) textAbove(s string, x, y float64, rot float64) Text {
	size := p.st.FontSize
	w := p.m.TextWidth(s, size)
	t := Text{Class: "value", Text: s, Size: size, Color: p.st.Text, Rotation: rot}
	if rot == 90 {
		t.X, t.Y = x+(p.st.Ascent-p.st.Descent)*size/2, y-2
		return t
	}
	t.X, t.Y = x-w/2, y-2-p.st.Descent*size
	return t
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
// (below one in a valley), beyond a bar's end (upright when the plot sets
// its labels upright), or centred inside a stacked segment big enough for
// it. It returns the text and its glyphs' box.
func (p *plot) valueLabel(j, i int, v float64) (Text, box, bool) {
	s := p.label(j, i, v)
	size := p.st.FontSize
	w := p.m.TextWidth(s, size)
	asc, desc := p.st.Ascent*size, p.st.Descent*size
	t := Text{Class: "value", Text: s, Size: size, Color: p.st.Text}
	rot := 0.0
	if p.upright {
		rot = 90
	}
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
		t.Color = contrast(p.fill(j, i), p.st.Text)
	case v >= 0:
		t = p.textAbove(s, (b.x0+b.x1)/2, b.y0, rot)
	case p.upright:
		t = p.textAbove(s, (b.x0+b.x1)/2, b.y1+4+w, rot)
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
