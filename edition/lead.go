package edition

import (
	"fmt"
	"math"
	"slices"

	"github.com/dipbrief/dipbrief/data"
)

// Lead is "The year in brief": three to five sentences written from the
// data alone (the largest changes, a record in a series, the partnership
// upgrades among the highlights, and key levels to make up the number),
// each with the markers of the figures it rests on.
type Lead struct {
	Heading   Heading
	Sentences []Text
	Gap       string // between sentences set as one paragraph: a space, none in Chinese
}

// The lead's length: enough to say what the year was, short enough to
// read before the tiles.
const (
	leadMin = 3
	leadMax = 5
)

func (w *writer) lead() Lead {
	lw := w.l.words.lead
	l := Lead{Heading: Heading{Text: lw.heading, Level: 2}, Gap: w.l.words.gap}
	used := map[string]bool{}
	add := func(t Text, metric string) {
		if len(l.Sentences) < leadMax {
			l.Sentences = append(l.Sentences, t)
			used[metric] = metric != ""
		}
	}
	for _, row := range w.largestChanges(2) {
		add(w.changeSentence(row), row.Metric.ID)
	}
	if t, id, ok := w.recordSentence(used); ok {
		add(t, id)
	}
	if t, ok := w.upgradeSentence(); ok {
		add(t, "")
	}
	for _, row := range w.b.Rows {
		if len(l.Sentences) >= leadMin {
			break
		}
		if row.Metric.Key && !used[row.Metric.ID] {
			add(w.leadCited(fmt.Sprintf(lw.level, w.label(row.Metric), w.l.value(row.Metric, row.Cur.Value, row.Cur.Qualifier)), w.citesOf(row.Cur)), row.Metric.ID)
		}
	}
	return l
}

// largestChanges are the key figures' n largest changes in per cent whose
// direction the qualifiers of their ends leave in no doubt, and that no
// growth rate of the sources contradicts (the table says both; a lead of a
// few sentences would state one).
func (w *writer) largestChanges(n int) []data.Row {
	var rows []data.Row
	for _, row := range w.b.Rows {
		if c := row.Change; row.Metric.Key && c != nil && c.HasPct && sureSign(c) != 0 && row.Growth == nil {
			rows = append(rows, row)
		}
	}
	slices.SortStableFunc(rows, func(a, b data.Row) int {
		return -cmpFloat(math.Abs(a.Change.Pct), math.Abs(b.Change.Pct))
	})
	return rows[:min(n, len(rows))]
}

// sureSign is +1 for a change that is surely a rise, -1 for a sure fall,
// 0 where its qualifier leaves the direction open (">−5" may be a rise).
func sureSign(c *data.Change) int {
	q := orExact(c.Qualifier)
	switch {
	case q == "approx" && math.Abs(c.Pct) < 10:
		return 0
	case c.Abs > 0 && q != "under":
		return 1
	case c.Abs < 0 && q != "over":
		return -1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// changeSentence says a figure rose or fell, to what, by how much, with
// the markers of both ends.
func (w *writer) changeSentence(row data.Row) Text {
	lw, m := w.l.words.lead, row.Metric
	format := lw.rose
	if sureSign(row.Change) < 0 {
		format = lw.fell
	}
	s := fmt.Sprintf(format, w.label(m), w.l.value(m, row.Cur.Value, row.Cur.Qualifier), w.l.change(m, row.Change), w.b.Year-1)
	cites := append([]data.Citation(nil), w.citesOf(row.Cur)...)
	switch {
	case row.Change.Revised != nil:
		cites = append(cites, row.Change.Revised.Cite...)
	case row.Prev != nil:
		cites = append(cites, w.citesOf(row.Prev)...)
	}
	return w.leadCited(s, cites)
}

// recordSentence finds the first charted series, not already in the
// lead, whose figure for the year is surely above (or below) every
// earlier one, over at least three years of figures.
func (w *writer) recordSentence(used map[string]bool) (Text, string, bool) {
	lw := w.l.words.lead
	for _, high := range []bool{true, false} {
		for _, cd := range w.b.Charts {
			for i, m := range cd.Metrics {
				first, ok := record(cd.Figures[i], high)
				if !ok || used[m.ID] {
					continue
				}
				cur := cd.Figures[i][len(cd.Figures[i])-1]
				format := lw.record
				if !high {
					format = lw.recordLow
				}
				var cites []data.Citation
				for _, f := range cd.Figures[i] {
					if f != nil {
						cites = append(cites, f.Cite...)
					}
				}
				s := fmt.Sprintf(format, w.label(m), w.l.value(m, cur.Value, cur.Qualifier), w.b.Years[first])
				return w.leadCited(s, cites), m.ID, true
			}
		}
	}
	return nil, "", false
}

// record reports whether the last figure is surely the highest (or the
// lowest) of the series, with at least minYears figures, and the index of
// the series' first figure.
func record(figs []*data.Figure, high bool) (int, bool) {
	last := len(figs) - 1
	if last < 0 || figs[last] == nil {
		return 0, false
	}
	lo, hi := bounds(figs[last])
	first, n := -1, 1
	for j, f := range figs[:last] {
		if f == nil {
			continue
		}
		if first < 0 {
			first = j
		}
		n++
		flo, fhi := bounds(f)
		if high && !(lo > fhi) || !high && !(hi < flo) {
			return 0, false
		}
	}
	return first, n >= minYears
}

// upgradeSentence counts the partnership upgrades among the highlights,
// naming the partner when there is one.
func (w *writer) upgradeSentence() (Text, bool) {
	lw := w.l.words.lead
	var ups []data.Event
	var cites []data.Citation
	for _, e := range w.b.Events {
		if e.Kind == "partnership_upgrade" {
			ups = append(ups, e)
			cites = append(cites, e.Cite...)
		}
	}
	switch {
	case len(ups) > 1:
		return w.leadCited(fmt.Sprintf(lw.upgrades, len(ups)), cites), true
	case len(ups) == 1 && ups[0].Partner.In(w.lang()) != "":
		return w.leadCited(fmt.Sprintf(lw.upgrade, ups[0].Partner.In(w.lang())), cites), true
	}
	return nil, false
}

// leadCited is a sentence of the lead with its markers; its citations are
// kept so that the newsletter, which opens with the lead, lists them.
func (w *writer) leadCited(s string, cites []data.Citation) Text {
	w.leadCites = append(w.leadCites, cites...)
	return w.cited(s, cites)
}
