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
	// Note says which charts are left out for having fewer than three
	// years of figures, or that none is drawn; "" when all are.
	Note string
}

// Chart is one trend chart: what to draw, in the edition's numbers and
// words, the footer that goes wherever the chart goes (a note on its gaps,
// bounds, dates and totals, and its sources by publisher and marker), and
// a text alternative that says what the drawing shows for a reader who
// cannot see it.
type Chart struct {
	ID      string // the chart's id in dataset.yaml, e.g. "visits"
	Title   string
	Spec    charts.Spec
	Note    string // "Note: …", never empty: it says at least which year stands out
	Caption Text   // "Sources: VnExpress, VTC News and 3 others [1][2]"
	Alt     string
}

// minYears is the fewest years of figures that make a trend: with fewer,
// a chart says less than the table beside it and is left out.
const minYears = 3

var chartKinds = map[string]charts.Kind{"bars": charts.Bars, "stacked": charts.StackedBars, "lines": charts.Lines}

func (w *writer) trends() Trends {
	ws := w.l.words
	t := Trends{Heading: Heading{Text: ws.sectionTrends, Level: 2}}
	var left []string
	for _, cd := range w.b.Charts {
		if yearsWithFigures(cd) < minYears {
			left = append(left, cd.Chart.Title.In(w.lang()))
			continue
		}
		t.Charts = append(t.Charts, w.chart(cd))
	}
	switch {
	case len(t.Charts) == 0 && len(w.b.Years) > 0:
		t.Note = fmt.Sprintf(ws.chart.none, w.l.year(w.b.Years[0]))
	case len(left) > 0:
		t.Note = fmt.Sprintf(ws.chart.omitted, w.l.year(w.b.Year), w.l.list(left))
	}
	return t
}

// yearsWithFigures counts the years in which some series of the chart
// has a figure.
func yearsWithFigures(cd data.ChartData) int {
	n := 0
	for j := range cd.Figures[0] {
		if present(cd, j) {
			n++
		}
	}
	return n
}

// present reports whether some series has a figure in year j.
func present(cd data.ChartData, j int) bool {
	for i := range cd.Figures {
		if cd.Figures[i][j] != nil {
			return true
		}
	}
	return false
}

func (w *writer) chart(cd data.ChartData) Chart {
	lang, ws := w.lang(), w.l.words
	spec := charts.Spec{
		Kind:        chartKinds[cd.Chart.Kind],
		Format:      func(v float64) string { return w.l.num(v, 1) },
		YFromZero:   true,
		ValueLabels: len(w.b.Years) <= 8,
		FocusLast:   true,
		NoData:      ws.noData,
	}
	for _, y := range w.b.Years {
		spec.Categories = append(spec.Categories, fmt.Sprintf(ws.chart.axisYear, y))
		spec.Short = append(spec.Short, fmt.Sprintf(ws.chart.axisYearShort, y%100))
	}
	var cites []data.Citation
	for i, m := range cd.Metrics {
		spec.Series = append(spec.Series, charts.Series{Name: w.label(m), Values: w.l.chartValues(m, cd.Values[i])})
		labels := make([]string, len(cd.Figures[i]))
		for j, f := range cd.Figures[i] {
			if f != nil {
				labels[j] = w.chartLabel(m, f)
				cites = append(cites, f.Cite...)
			}
		}
		spec.Labels = append(spec.Labels, labels)
	}
	c := Chart{ID: cd.Chart.ID, Title: cd.Chart.Title.In(lang), Spec: spec}
	c.Note = fmt.Sprintf(ws.chart.note, w.chartNote(cd))
	c.Caption = w.sourceLine(cites)
	c.Alt = w.alt(c, cd)
	return c
}

// chartLabel writes a value as the table does, at its precision and in
// the chart's unit, with its qualifier in a compact form: ">930", "~21.2".
func (w *writer) chartLabel(m data.Metric, f *data.Figure) string {
	s := w.l.scale(m.Unit)
	v := w.l.num(f.Value*s, max(0, 2-int(math.Round(math.Log10(s)))))
	cw := w.l.words.chart
	switch f.Qualifier {
	case "over":
		return fmt.Sprintf(cw.over, v)
	case "nearly":
		return fmt.Sprintf(cw.nearly, v)
	case "approx":
		return fmt.Sprintf(cw.approx, v)
	case "under":
		return fmt.Sprintf(cw.under, v)
	}
	return v
}

// sourceLine names the publishers of a chart's sources, the first three
// by number and how many others when there are more than four, then the markers: a chart copied on its
// own still says where its figures come from. A publisher's name is read
// in the language its words are in (see inLanguages).
func (w *writer) sourceLine(cites []data.Citation) Text {
	ws := w.l.words
	ns := w.cites.numbers(cites)
	if len(ns) == 0 {
		return Text{plain(fmt.Sprintf(ws.sourcesLine, ws.noSources))}
	}
	var pubs []Text
	seen := map[string]bool{}
	for _, n := range ns {
		src := w.cites.order[n-1]
		if seen[src.Publisher] {
			continue
		}
		seen[src.Publisher] = true
		pubs = append(pubs, w.inLanguages(src.Publisher, w.lang(), false))
	}
	if len(pubs) > 4 { // "and 1 other" would be no shorter than the name
		pubs = append(pubs[:3:3], Text{plain(fmt.Sprintf(ws.chart.others, len(pubs)-3))})
	}
	before, after, _ := strings.Cut(ws.sourcesLine, "%s")
	t := Text{plain(before)}
	for i, pub := range pubs {
		switch {
		case i == 0:
		case i == len(pubs)-1:
			t = append(t, plain(ws.listLast))
		default:
			t = append(t, plain(ws.listSep))
		}
		t = append(t, pub...)
	}
	t = append(t, plain(after+ws.markGap))
	return append(t, w.markers(cites)...)
}
