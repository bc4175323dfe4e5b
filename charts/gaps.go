package charts

import (
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// gapSlots are the places of missing values, each drawn as an outlined
// slot standing on the baseline, so that a year without a figure never
// looks like a zero: one slot across a category's group where no series
// has a value, else one in each missing bar's place. Lines and stacks
// get a slot only where the whole category is missing.
func (p *plot) gapSlots() []box {
	var out []box
	band := p.x.band()
	for i := range p.spec.Categories {
		missing := 0
		for _, s := range p.spec.Series {
			if math.IsNaN(s.Values[i]) {
				missing++
			}
		}
		switch {
		case missing == 0:
		case missing == len(p.spec.Series):
			half := 0.3 * band
			if p.spec.Kind == Bars && len(p.spec.Series) > 1 {
				half = 0.375 * band
			}
			out = append(out, p.slot(p.xAt(i)-half, p.xAt(i)+half))
		case p.spec.Kind == Bars:
			for j := range p.spec.Series {
				if math.IsNaN(p.spec.Series[j].Values[i]) {
					x0, x1 := p.barX(j, i)
					out = append(out, p.slot(x0, x1))
				}
			}
		}
	}
	return out
}

// slot is the box of a gap between x0 and x1: from the baseline towards
// the larger side of the scale, tall enough for the "no data" words
// where the plot allows, never less than a third of that side.
func (p *plot) slot(x0, x1 float64) box {
	base := p.yAt(p.base)
	up, down := base-p.yAt(p.y.max), p.yAt(p.y.min)-base
	side := math.Max(up, down)
	h := math.Max(p.m.TextWidth(p.spec.NoData, p.gapSize())+6, side/3)
	h = math.Min(h, 0.8*side)
	if up >= down {
		return box{x0, base - h, x1, base}
	}
	return box{x0, base, x1, base + h}
}

// gapSize is the size of the "no data" words: a little under the labels'.
func (p *plot) gapSize() float64 { return 0.9 * p.st.FontSize }

// gapBoxes are the slots as obstacles for value labels.
func (p *plot) gapBoxes() []box {
	if p.box.Right == 0 {
		return nil
	}
	return p.gapSlots()
}

// drawGaps outlines each slot in a dashed line and writes NoData in it,
// reading upwards, when it fits: in a grey dark enough to read, lighter
// than the labels of the figures.
func (p *plot) drawGaps(chart.Renderer, chart.Box, chart.Style) {
	if p.err != nil {
		return
	}
	size := p.gapSize()
	asc, desc := p.st.Ascent*size, p.st.Descent*size
	w := p.m.TextWidth(p.spec.NoData, size)
	for _, b := range p.gapSlots() {
		p.rec.add(Path{Class: "nodata", Segs: rect(b.x0, b.y0, b.x1, b.y1), Stroke: p.st.Axis, Width: 0.6, Dash: []float64{2, 1.5}})
		if p.spec.NoData == "" || w+4 > b.y1-b.y0 || asc+desc+2 > b.x1-b.x0 {
			continue
		}
		p.rec.add(Text{Class: "nodata", Text: p.spec.NoData, Size: size, Color: tint(p.st.Text, 0.3), Rotation: 90,
			X: (b.x0+b.x1)/2 + (asc-desc)/2, Y: (b.y0 + b.y1 + w) / 2})
	}
}
