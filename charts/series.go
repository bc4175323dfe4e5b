package charts

import (
	"fmt"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// layer is one data series as a go-chart Series: go-chart calls it in
// order after the grid, with the canvas it settled on. It draws through
// the recorder in float points, because chart.Renderer only takes whole
// pixels and bars 1 pt off would show as uneven widths.
type layer struct {
	p *plot
	i int
}

func (l layer) GetName() string           { return l.p.spec.Series[l.i].Name }
func (l layer) GetYAxis() chart.YAxisType { return chart.YAxisSecondary } // the left axis
func (l layer) GetStyle() chart.Style     { return chart.Style{} }
func (l layer) Validate() error           { return nil }

// Render implements chart.Series.
func (l layer) Render(_ chart.Renderer, canvas chart.Box, _, _ chart.Range, _ chart.Style) {
	p := l.p
	if l.i == 0 {
		p.box = canvas
		p.checkFit()
	}
	if p.err != nil {
		return
	}
	if p.spec.Kind == Lines {
		p.drawLine(l.i)
		return
	}
	for i := range p.spec.Categories {
		if b, ok := p.bar(l.i, i); ok {
			p.rec.add(Path{Class: "bar", Segs: rect(b.x0, b.y0, b.x1, b.y1), Fill: p.fill(l.i, i)})
		}
	}
}

// checkFit refuses a plot that go-chart had to squeeze out of the drawing,
// or too small to hold a band per category and y ticks a line apart.
func (p *plot) checkFit() {
	b := p.box
	inside := b.Left >= 0 && b.Top >= 0 && float64(b.Right) <= p.st.Width && float64(b.Bottom) <= p.st.Height
	w, h := b.Right-b.Left, float64(b.Bottom-b.Top)
	spacing := (h - p.y.insetLo - p.y.insetHi) / float64(len(p.y.ticks)-1)
	if !inside || w < len(p.spec.Categories) || spacing < 1.2*p.lineHeight() {
		p.err = fmt.Errorf("%w: %g×%g pt leaves a %d×%g pt plot for %d categories",
			ErrTooSmall, p.st.Width, p.st.Height, w, h, len(p.spec.Categories))
	}
}

// xAt is the page x of the middle of category i.
func (p *plot) xAt(i int) float64 { return float64(p.box.Left) + p.x.pos(float64(i)) }

// yAt is the page y of value v.
func (p *plot) yAt(v float64) float64 { return float64(p.box.Bottom) - p.y.pos(v) }

// bar is the rectangle of series j at category i; ok is false for a gap.
func (p *plot) bar(j, i int) (b box, ok bool) {
	v := p.spec.Series[j].Values[i]
	if math.IsNaN(v) {
		return box{}, false
	}
	x0, x1 := p.barX(j, i)
	from := 0.0
	if p.stack != nil {
		from = p.stack[j][i]
	}
	y0, y1 := p.yAt(from), p.yAt(from+v)
	return box{x0, math.Min(y0, y1), x1, math.Max(y0, y1)}, true
}

// barX is where the bar of series j at category i starts and ends.
// Grouped bars share 75% of the band (60% when alone), with a hairline gap.
func (p *plot) barX(j, i int) (x0, x1 float64) {
	band, cx := p.x.band(), p.xAt(i)
	x0, w := cx-0.3*band, 0.6*band
	if n := float64(len(p.spec.Series)); p.stack == nil && n > 1 {
		slot := 0.75 * band / n
		gap := math.Min(1, 0.1*slot)
		x0, w = cx-0.375*band+float64(j)*slot+gap/2, slot-gap
	}
	return x0, x0 + w
}

// drawLine strokes a series as one path whose subpaths break at every
// missing value, then marks each point with a dot, so that a lone value
// between two gaps still shows.
func (p *plot) drawLine(j int) {
	c := p.st.color(j)
	var segs []Segment
	var at []int // the category of each point
	joined, prev := false, false
	for i, v := range p.spec.Series[j].Values {
		if math.IsNaN(v) {
			prev = false
			continue
		}
		k := MoveTo
		if prev {
			k, joined = LineTo, true
		}
		segs = append(segs, Segment{Kind: k, Pts: [3]Point{{p.xAt(i), p.yAt(v)}}})
		at = append(at, i)
		prev = true
	}
	if joined {
		p.rec.add(Path{Class: "line", Segs: segs, Stroke: c, Width: 1.5})
	}
	for k, s := range segs {
		p.rec.add(Path{Class: "dot", Segs: circle(s.Pts[0].X, s.Pts[0].Y, p.dotRadius()), Fill: p.fill(j, at[k])})
	}
}

func (p *plot) dotRadius() float64 { return math.Min(2, p.x.band()/5) }
