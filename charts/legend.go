package charts

import (
	chart "github.com/wcharczuk/go-chart/v2"
)

// legendLayout is the key above the plot, laid out before go-chart runs so
// that its band can be reserved as padding: a legend never covers data.
type legendLayout struct {
	items  []legendItem
	height float64 // of the band, including the gap to the plot
}

type legendItem struct {
	series int
	name   string
	x      float64
	row    int
}

// layoutLegend flows the named series left to right, wrapping into rows.
// A single series needs no key: the caption names it.
func layoutLegend(p *plot) legendLayout {
	var l legendLayout
	if len(p.spec.Series) < 2 {
		return l
	}
	size, x, row := p.st.FontSize, 0.0, 0
	lead := p.swatchWidth() + 0.4*size
	for j, s := range p.spec.Series {
		if s.Name == "" {
			continue
		}
		name := fitText(p.m, s.Name, size, p.st.Width-2-lead)
		w := lead + p.m.TextWidth(name, size)
		if x > 0 && x+w > p.st.Width-2 {
			x, row = 0, row+1
		}
		l.items = append(l.items, legendItem{series: j, name: name, x: 1 + x, row: row})
		x += w + 1.5*size
	}
	if len(l.items) > 0 {
		l.height = float64(row+1)*p.rowHeight() + 0.25*p.lineHeight()
	}
	return l
}

func (p *plot) rowHeight() float64 { return 1.25 * p.lineHeight() }

// swatchWidth is a square for bars and a short line for lines.
func (p *plot) swatchWidth() float64 {
	if p.spec.Kind == Lines {
		return 1.6 * p.st.FontSize
	}
	return 0.75 * p.st.Ascent * p.st.FontSize
}

// drawLegend draws each item's swatch centred on its text's mid-height.
func (p *plot) drawLegend(chart.Renderer, chart.Box, chart.Style) {
	if p.err != nil {
		return
	}
	size, sw := p.st.FontSize, p.swatchWidth()
	for _, it := range p.legend.items {
		base := 1 + p.st.Ascent*size + float64(it.row)*p.rowHeight()
		mid := base - (p.st.Ascent-p.st.Descent)*size/2
		c := p.st.color(it.series)
		if p.spec.Kind == Lines {
			p.rec.add(Path{Class: "legend", Segs: line(it.x, mid, it.x+sw, mid), Stroke: c, Width: 1.5})
			p.rec.add(Path{Class: "legend", Segs: circle(it.x+sw/2, mid, 2), Fill: c})
		} else {
			p.rec.add(Path{Class: "legend", Segs: rect(it.x, mid-sw/2, it.x+sw, mid+sw/2), Fill: c})
		}
		p.rec.add(Text{Class: "legend", X: it.x + sw + 0.4*size, Y: base, Text: it.name,
			Size: size, Color: p.st.Text})
	}
}

// fitText shortens s with an ellipsis until it is at most max wide.
func fitText(m Measurer, s string, size, max float64) string {
	if m.TextWidth(s, size) <= max {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && m.TextWidth(string(r)+"…", size) > max {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
