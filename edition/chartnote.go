package edition

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dipbrief/dipbrief/data"
)

// chartNote is what a reader of the chart alone must know, in sentences:
// which year stands out, which years have no figure (a dashed slot, not a
// zero), which values are bounds, which levels are not the year's end,
// partial years, forecasts, new definitions, and why a stack and its
// headline total differ.
func (w *writer) chartNote(cd data.ChartData) string {
	cw := w.l.words.chart
	out := []string{fmt.Sprintf(cw.focus, w.l.year(w.b.Year))}
	out = append(out, w.gapNotes(cd)...)
	if items := w.hedgedItems(cd); len(items) > 0 {
		out = append(out, fmt.Sprintf(cw.hedged, w.l.list(items)))
	}
	out = append(out, w.figureNotes(cd)...)
	out = append(out, w.totalNotes(cd)...)
	return strings.Join(out, w.l.words.gap)
}

// gapNotes name the years without any figure, then, for a chart of
// several series, each series' own missing years.
func (w *writer) gapNotes(cd data.ChartData) []string {
	cw := w.l.words.chart
	var out []string
	var none []int
	for j, y := range w.b.Years {
		if !present(cd, j) {
			none = append(none, y)
		}
	}
	if len(none) > 0 {
		out = append(out, fmt.Sprintf(cw.gaps, w.yearsText(none)))
	}
	if len(cd.Metrics) < 2 {
		return out
	}
	for i, m := range cd.Metrics {
		var miss []int
		for j, y := range w.b.Years {
			if cd.Figures[i][j] == nil && present(cd, j) {
				miss = append(miss, y)
			}
		}
		if len(miss) > 0 {
			out = append(out, fmt.Sprintf(cw.seriesGaps, w.label(m), w.yearsText(miss)))
		}
	}
	return out
}

// hedgedItems are the values that are bounds or approximations, as the
// table writes them, with their year.
func (w *writer) hedgedItems(cd data.ChartData) []string {
	var items []string
	for i, m := range cd.Metrics {
		for j, f := range cd.Figures[i] {
			if f != nil && orExact(f.Qualifier) != "exact" {
				items = append(items, fmt.Sprintf(w.l.words.chart.hedgedItem, w.l.year(w.b.Years[j]), w.l.value(m, f.Value, f.Qualifier)))
			}
		}
	}
	return items
}

// figureNotes say, year by year, what makes a figure other than a full
// year's final count: a level before the year's end, part of a year, a
// forecast, a new definition.
func (w *writer) figureNotes(cd data.ChartData) []string {
	cw := w.l.words.chart
	var out []string
	for j, y := range w.b.Years {
		yr := w.l.year(y)
		partial, expected, newDef := 0, false, false
		for i := range cd.Metrics {
			f := cd.Figures[i][j]
			if f == nil {
				continue
			}
			partial = max(partial, f.Months)
			expected = expected || f.Expected
			newDef = newDef || f.NewDefinition
		}
		if dates := w.earlyLevels(cd, j); len(dates) > 0 {
			out = append(out, fmt.Sprintf(cw.asOf, yr, w.l.list(dates)))
		}
		if partial > 0 {
			out = append(out, fmt.Sprintf(cw.partial, yr, partial))
		}
		if expected {
			out = append(out, fmt.Sprintf(cw.expected, yr))
		}
		if newDef {
			out = append(out, fmt.Sprintf(cw.newDef, yr))
		}
	}
	return out
}

// earlyLevel is the month a stock figure was reported in, when that is
// before the end of its year: the level at that date, not the year's.
func (w *writer) earlyLevel(m data.Metric, f *data.Figure, year int) (string, bool) {
	if !earlyMonth(m, f, year) {
		return "", false
	}
	return w.l.date(data.Date{Year: year, Month: f.AsOf.Month}), true
}

func earlyMonth(m data.Metric, f *data.Figure, year int) bool {
	return m.Stock && f.AsOf.Year == year && f.AsOf.Month >= 1 && f.AsOf.Month <= 11
}

// earlyLevels are the months, in order, at which the chart's stock
// figures of year j were reported before the year's end.
func (w *writer) earlyLevels(cd data.ChartData, j int) []string {
	var months []int
	y := w.b.Years[j]
	for i, m := range cd.Metrics {
		if f := cd.Figures[i][j]; f != nil && earlyMonth(m, f, y) && !slices.Contains(months, f.AsOf.Month) {
			months = append(months, f.AsOf.Month)
		}
	}
	slices.Sort(months)
	var out []string
	for _, mo := range months {
		out = append(out, w.l.date(data.Date{Year: y, Month: mo}))
	}
	return out
}

// totalNotes say why a stack does not add up to the headline figure of
// the metric it is the parts of, in each year where it does not: the
// parts are levels at an earlier date, or the sources count them apart.
func (w *writer) totalNotes(cd data.ChartData) []string {
	if cd.Total == nil {
		return nil
	}
	cw := w.l.words.chart
	var out []string
	for j, y := range w.b.Years {
		tf := cd.TotalFigures[j]
		sum, whole := 0.0, true
		for i := range cd.Metrics {
			f := cd.Figures[i][j]
			if f == nil {
				whole = false
				continue
			}
			sum += f.Value
		}
		dates := w.earlyLevels(cd, j)
		if tf == nil || !whole || math.Abs(sum-tf.Value) < 1e-9 {
			continue
		}
		yr, tl := w.l.year(y), w.label(*cd.Total)
		sumS, totS := w.l.value(*cd.Total, sum, ""), w.l.value(*cd.Total, tf.Value, tf.Qualifier)
		if len(dates) == 0 {
			out = append(out, fmt.Sprintf(cw.totalApart, yr, sumS, totS, tl))
			continue
		}
		at := cw.yearEnd
		if d, ok := w.earlyLevel(*cd.Total, tf, y); ok {
			at = fmt.Sprintf(cw.atDate, d)
		}
		out = append(out, fmt.Sprintf(cw.totalDates, yr, sumS, totS, tl, w.l.list(dates), at))
	}
	return out
}

// yearsText writes years as runs: "2019–2022", "2020 and 2022".
func (w *writer) yearsText(ys []int) string {
	var runs []string
	for i := 0; i < len(ys); {
		j := i
		for j+1 < len(ys) && ys[j+1] == ys[j]+1 {
			j++
		}
		if j > i {
			runs = append(runs, fmt.Sprintf(w.l.words.chart.yearRange, w.l.year(ys[i]), w.l.year(ys[j])))
		} else {
			runs = append(runs, w.l.year(ys[i]))
		}
		i = j + 1
	}
	return w.l.list(runs)
}
