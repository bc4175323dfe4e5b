package report

import (
	"fmt"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

const (
	chartCols = 2
	chartGap  = 18.0
	chartH    = 160.0
)

var chartKinds = map[string]charts.Kind{"bars": charts.Bars, "stacked": charts.StackedBars, "lines": charts.Lines}

// trends draws each chart of the dataset over every year, two to a row,
// each with its title above and a caption naming its sources below.
func (r *builder) trends() error {
	if len(r.b.Charts) == 0 {
		return nil
	}
	if err := r.f.heading(r.l.words.sectionTrends, chartH+60); err != nil {
		return err
	}
	w := (contentW - chartGap*(chartCols-1)) / chartCols
	for i := 0; i < len(r.b.Charts); i += chartCols {
		row := r.b.Charts[i:min(i+chartCols, len(r.b.Charts))]
		cells := make([]chartCell, len(row))
		h := 0.0
		for j, cd := range row {
			c, err := r.chartCell(cd, w)
			if err != nil {
				return err
			}
			cells[j] = c
			h = max(h, c.height())
		}
		r.f.need(h)
		for j, c := range cells {
			c.place(r.f, marginX+float64(j)*(w+chartGap), r.f.y)
		}
		r.f.y += h + 16
	}
	return nil
}

// chartCell is a chart with its title and caption, ready to place.
type chartCell struct {
	title, caption []text.Line
	drawing        charts.Drawing
}

var (
	chartTitle   = para{size: 9.5, leading: 1.3, color: navy}
	chartCaption = para{size: 7.5, leading: 1.35, color: grey}
)

func (c chartCell) height() float64 {
	return float64(len(c.title))*chartTitle.size*chartTitle.leading + 4 + c.drawing.Height + 4 +
		float64(len(c.caption))*chartCaption.size*chartCaption.leading
}

func (c chartCell) place(f *flow, x, y float64) {
	y = f.placeLines(c.title, chartTitle, x, y) + 4
	f.add(Figure{X: x, Y: y, Drawing: c.drawing})
	f.placeLines(c.caption, chartCaption, x, y+c.drawing.Height+4)
}

func (r *builder) chartCell(cd data.ChartData, w float64) (chartCell, error) {
	lang := r.l.lang()
	kind, ok := chartKinds[cd.Chart.Kind]
	if !ok {
		return chartCell{}, fmt.Errorf("chart %q: unknown kind %q", cd.Chart.ID, cd.Chart.Kind)
	}
	spec := charts.Spec{
		Kind:        kind,
		Format:      func(v float64) string { return r.l.num(v, 1) },
		YFromZero:   true,
		ValueLabels: len(r.b.Years) <= 8,
	}
	for _, y := range r.b.Years {
		spec.Categories = append(spec.Categories, r.l.year(y))
	}
	var cites []data.Citation
	for i, m := range cd.Metrics {
		spec.Series = append(spec.Series, charts.Series{Name: r.label(m), Values: r.l.chartValues(m, cd.Values[i])})
		for _, f := range cd.Figures[i] {
			if f != nil {
				cites = append(cites, f.Cite...)
			}
		}
	}
	face := fonts.Chain(fonts.Regular)[0]
	st := charts.Style{Width: w, Height: chartH, FontSize: 7.5, Ascent: face.Ascent() / 1000, Descent: face.Descent() / 1000}
	d, err := charts.Draw(spec, st, measurer{})
	if err != nil {
		return chartCell{}, fmt.Errorf("chart %q: %w", cd.Chart.ID, err)
	}
	title, err := wrap([]text.Span{bold(cd.Chart.Title.In(lang))}, chartTitle, w)
	if err != nil {
		return chartCell{}, err
	}
	capSpans := []text.Span{plain(fmt.Sprintf(r.l.words.sourcesLine, ""))}
	if ms := r.markers(cites); len(ms) > 0 {
		capSpans = append(capSpans, ms...)
	} else {
		capSpans = append(capSpans, plain(r.l.words.noSources))
	}
	caption, err := wrap(capSpans, chartCaption, w)
	return chartCell{title: title, caption: caption, drawing: d}, err
}
