package edition

import (
	"fmt"
	"math"
	"strings"

	"github.com/dipbrief/dipbrief/data"
)

// alt says what a chart shows for a reader who cannot see it, in the
// edition's words: the chart and its years, then each series' values as
// the table writes them (qualifiers included), which way the latest went
// on the one before it where the figures allow saying so, and the years
// without a figure.
func (w *writer) alt(c Chart, cd data.ChartData) string {
	ws := w.l.words
	var b strings.Builder
	ys := w.b.Years
	fmt.Fprintf(&b, ws.chartAlt, c.Title, ws.chartKinds[cd.Chart.Kind], w.l.year(ys[0]), w.l.year(ys[len(ys)-1]))
	for i, m := range cd.Metrics {
		var vals []string
		var miss []int
		last, prev := -1, -1
		for j, y := range ys {
			f := cd.Figures[i][j]
			if f == nil {
				miss = append(miss, y)
				continue
			}
			vals = append(vals, fmt.Sprintf(ws.altPoint, w.l.year(y), w.l.value(m, f.Value, f.Qualifier)))
			last, prev = j, last
		}
		parts := []string{strings.Join(vals, ws.comma)}
		if d := w.direction(cd.Figures[i], last, prev); d != "" {
			parts = append(parts, d)
		}
		if len(miss) > 0 {
			parts = append(parts, fmt.Sprintf(ws.chart.altGaps, w.yearsText(miss)))
		}
		b.WriteString(ws.gap + w.label(m) + ws.colon + strings.Join(parts, ws.semi) + ws.stop)
	}
	return b.String()
}

// direction says whether the latest figure is up, down or unchanged on
// the one before it, only when their qualifiers leave no doubt.
func (w *writer) direction(figs []*data.Figure, last, prev int) string {
	if last < 0 || prev < 0 {
		return ""
	}
	cw := w.l.words.chart
	on := w.l.year(w.b.Years[prev])
	a, b := figs[prev], figs[last]
	aLo, aHi := bounds(a)
	bLo, bHi := bounds(b)
	switch {
	case bLo > aHi:
		return fmt.Sprintf(cw.altUp, on)
	case bHi < aLo:
		return fmt.Sprintf(cw.altDown, on)
	case aLo == aHi && bLo == bHi && a.Value == b.Value:
		return fmt.Sprintf(cw.altSame, on)
	}
	return ""
}

// bounds are the least and the most a figure can be, by its qualifier:
// "nearly" and "approx" are taken to be within 5% of the value.
func bounds(f *data.Figure) (lo, hi float64) {
	v := f.Value
	switch f.Qualifier {
	case "over":
		return v, math.Inf(1)
	case "under":
		return math.Inf(-1), v
	case "nearly":
		return v - 0.05*math.Abs(v), v
	case "approx":
		return v - 0.05*math.Abs(v), v + 0.05*math.Abs(v)
	}
	return v, v
}
