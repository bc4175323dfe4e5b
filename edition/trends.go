package edition

import (
	"fmt"
	"math"
	"strings"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/data"
)

// Trends is the section of charts over the years.
type Trends struct {
	Heading Heading
	Charts  []Chart
	Note    string // how the charts show a year without a figure
}

// Chart is one trend chart: what to draw, in the edition's numbers and
// words, its caption naming its sources, and a text alternative that says
// what the drawing shows for a reader who cannot see it.
type Chart struct {
	ID      string // the chart's id in dataset.yaml, e.g. "visits"
	Title   string
	Spec    charts.Spec
	Caption Text // "Sources: [1][2]"
	Alt     string
}

var chartKinds = map[string]charts.Kind{"bars": charts.Bars, "stacked": charts.StackedBars, "lines": charts.Lines}

func (w *writer) trends() Trends {
	ws := w.l.words
	t := Trends{Heading: Heading{Text: ws.sectionTrends, Level: 2}, Note: ws.gapNote}
	for _, cd := range w.b.Charts {
		t.Charts = append(t.Charts, w.chart(cd))
	}
	return t
}

func (w *writer) chart(cd data.ChartData) Chart {
	lang := w.lang()
	spec := charts.Spec{
		Kind:        chartKinds[cd.Chart.Kind],
		Format:      func(v float64) string { return w.l.num(v, 1) },
		YFromZero:   true,
		ValueLabels: len(w.b.Years) <= 8,
	}
	for _, y := range w.b.Years {
		spec.Categories = append(spec.Categories, w.l.year(y))
	}
	var cites []data.Citation
	for i, m := range cd.Metrics {
		spec.Series = append(spec.Series, charts.Series{Name: w.label(m), Values: w.l.chartValues(m, cd.Values[i])})
		for _, f := range cd.Figures[i] {
			if f != nil {
				cites = append(cites, f.Cite...)
			}
		}
	}
	c := Chart{ID: cd.Chart.ID, Title: cd.Chart.Title.In(lang), Spec: spec}
	c.Caption = Text{plain(fmt.Sprintf(w.l.words.sourcesLine, ""))}
	if ms := w.markers(cites); len(ms) > 0 {
		c.Caption = append(c.Caption, ms...)
	} else {
		c.Caption = append(c.Caption, plain(w.l.words.noSources))
	}
	c.Alt = w.alt(c, cd)
	return c
}

// alt says what a chart shows, series by series and year by year, in the
// edition's numbers, with the values as the table writes them (qualifiers
// included) and the years without a figure said to have none.
func (w *writer) alt(c Chart, cd data.ChartData) string {
	ws := w.l.words
	var b strings.Builder
	fmt.Fprintf(&b, ws.chartAlt, c.Title, ws.chartKinds[cd.Chart.Kind], w.l.year(w.b.Years[0]), w.l.year(w.b.Years[len(w.b.Years)-1]))
	for i, m := range cd.Metrics {
		var vals []string
		for j, y := range w.b.Years {
			v := ws.noData
			if f := cd.Figures[i][j]; f != nil && !math.IsNaN(cd.Values[i][j]) {
				v = w.l.value(m, f.Value, f.Qualifier)
			}
			vals = append(vals, fmt.Sprintf(ws.altPoint, w.l.year(y), v))
		}
		b.WriteString(ws.gap + w.label(m) + ws.colon + strings.Join(vals, ws.comma) + ws.stop)
	}
	return b.String()
}
