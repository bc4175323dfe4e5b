package charts

import (
	"errors"
	"fmt"
	"io"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// plot is one chart being drawn: the spec, the scales, the recorder, and
// the canvas box that go-chart settles on after laying out the axes.
type plot struct {
	spec   Spec
	st     Style
	m      Measurer
	rec    *recorder
	x      *categoryRange
	y      *valueRange
	base   float64     // value of the baseline: zero, or the axis minimum
	stack  [][]float64 // StackedBars: where each series' segment starts
	legend legendLayout
	box    chart.Box
	err    error
	// upright sets bar labels reading upwards, one bar wide; partial
	// records that a series' labels did not all fit, so it has none.
	upright, partial bool
}

// Draw lays out and records a chart. go-chart places the axes, tick labels
// and grid; the bars, lines, value labels and legend are drawn here in
// exact points. The error is ErrEmpty, ErrBadSpec or ErrTooSmall, wrapped.
func Draw(spec Spec, st Style, m Measurer) (Drawing, error) {
	p, err := render(spec, st.withDefaults(), m)
	if err != nil {
		return Drawing{}, err
	}
	return Drawing{Width: p.st.Width, Height: p.st.Height, Ops: p.rec.ops}, nil
}

// render lays the chart out with its value labels level and, when a
// series' labels do not all fit that way beside each other, once more
// with grouped bars' labels reading upwards, each one bar wide.
func render(spec Spec, st Style, m Measurer) (*plot, error) {
	if err := validate(spec, st, m); err != nil {
		return nil, err
	}
	p, err := renderOnce(spec, st, m, false)
	if err != nil || !p.partial || spec.Kind != Bars {
		return p, err
	}
	q, err := renderOnce(spec, st, m, true)
	if errors.Is(err, ErrTooSmall) {
		// Upright labels would need more room above and below the bars
		// than the chart has: keep the level labels that fit, and none
		// for a series whose labels do not all fit.
		return p, nil
	}
	return q, err
}

// renderOnce runs go-chart over the recorder and keeps the plot for inspection.
func renderOnce(spec Spec, st Style, m Measurer, upright bool) (*plot, error) {
	p, err := newPlot(spec, st, m, upright)
	if err != nil {
		return nil, err
	}
	provide := func(int, int) (chart.Renderer, error) { return p.rec, nil }
	if err := p.chart().Render(provide, io.Discard); err != nil {
		return nil, fmt.Errorf("%w: go-chart: %v", ErrBadSpec, err)
	}
	if p.err != nil {
		return nil, p.err
	}
	return p, p.checkTexts()
}

// checkTexts makes "every label lies inside the drawing" a guarantee: it
// refuses the chart if, say, tick labels are too wide for it.
func (p *plot) checkTexts() error {
	for _, op := range p.rec.ops {
		if t, ok := op.(Text); ok && !p.inkBox(t).within(p.st.Width, p.st.Height) {
			return fmt.Errorf("%w: label %q does not fit in %g×%g pt", ErrTooSmall, t.Text, p.st.Width, p.st.Height)
		}
	}
	return nil
}

// inkBox is the area a text run may cover, level or reading upwards.
func (p *plot) inkBox(t Text) box {
	w := p.m.TextWidth(t.Text, t.Size)
	asc, desc := p.st.Ascent*t.Size, p.st.Descent*t.Size
	if t.Rotation == 90 {
		return box{t.X - asc, t.Y - w, t.X + desc, t.Y}
	}
	return box{t.X, t.Y - asc, t.X + w, t.Y + desc}
}

func newPlot(spec Spec, st Style, m Measurer, upright bool) (*plot, error) {
	if spec.Format == nil {
		spec.Format = plainFormat
	}
	p := &plot{spec: spec, st: st, m: m, rec: newRecorder(m, st.Ascent), upright: upright}
	p.x = newCategoryRange(spec.Categories, spec.Short, st.FontSize, m)
	p.stack = stackBases(spec)
	p.legend = layoutLegend(p)
	y, err := p.valueRange()
	if err != nil {
		return nil, err
	}
	p.y = y
	p.base = math.Max(y.min, math.Min(0, y.max))
	return p, nil
}

func (p *plot) chart() chart.Chart {
	grid := chart.Style{StrokeColor: dc(p.st.Grid), StrokeWidth: 0.5}
	c := chart.Chart{
		Width: int(p.st.Width), Height: int(p.st.Height), DPI: 72,
		Font: placeholderFont, ColorPalette: palette{p.st},
		Background: chart.Style{Padding: p.padding()},
		XAxis: chart.XAxis{Style: p.axisStyle("x-label"), Range: p.x,
			GridMajorStyle: chart.Hidden(), GridMinorStyle: chart.Hidden()},
		YAxis: chart.YAxis{Style: chart.Hidden(), Range: p.y},
		YAxisSecondary: chart.YAxis{Style: p.axisStyle("y-label"), Range: p.y,
			Zero: chart.GridLine{Style: chart.Hidden()}, GridLines: p.gridLines(),
			GridMajorStyle: grid, GridMinorStyle: grid},
		Elements: []chart.Renderable{p.drawGaps, p.drawBaseline, p.drawValueLabels, p.drawLegend},
	}
	for i := range p.spec.Series {
		c.Series = append(c.Series, layer{p: p, i: i})
	}
	return c
}

// axisStyle draws tick labels only: the axis lines and tick marks are
// transparent (so never recorded); the grid and the baseline do their work.
func (p *plot) axisStyle(class string) chart.Style {
	return chart.Style{ClassName: class, FontSize: p.st.FontSize, FontColor: dc(p.st.Text),
		StrokeColor: drawing.ColorTransparent, StrokeWidth: 1}
}

// padding reserves the legend band at the top and the labels' descenders
// at the bottom; go-chart fits the axes inside the rest.
func (p *plot) padding() chart.Box {
	return chart.Box{Top: p.padTop(), Left: 1, Right: 1, IsSet: true,
		Bottom: int(math.Ceil(p.st.Descent*p.st.FontSize)) + 1}
}

func (p *plot) padTop() int { return int(math.Ceil(p.legend.height)) + 2 }

// gridLines puts a light line at every tick but the baseline's, which the
// baseline itself draws on top of the data.
func (p *plot) gridLines() []chart.GridLine {
	var out []chart.GridLine
	for _, v := range p.y.ticks {
		if v != p.base {
			out = append(out, chart.GridLine{Value: v})
		}
	}
	return out
}

// lineHeight is the height of a line of label text.
func (p *plot) lineHeight() float64 { return (p.st.Ascent + p.st.Descent) * p.st.FontSize }

// palette gives go-chart transparent backgrounds and axes: the page shows
// through and the backend decides what lies beneath.
type palette struct{ st Style }

func (palette) BackgroundColor() drawing.Color       { return drawing.ColorTransparent }
func (palette) BackgroundStrokeColor() drawing.Color { return drawing.ColorTransparent }
func (palette) CanvasColor() drawing.Color           { return drawing.ColorTransparent }
func (palette) CanvasStrokeColor() drawing.Color     { return drawing.ColorTransparent }
func (palette) AxisStrokeColor() drawing.Color       { return drawing.ColorTransparent }
func (p palette) TextColor() drawing.Color           { return dc(p.st.Text) }
func (p palette) GetSeriesColor(i int) drawing.Color { return dc(p.st.color(i)) }

func dc(c Color) drawing.Color { return drawing.Color(c) }
