package edition

import (
	"fmt"
	"slices"

	"github.com/dipbrief/dipbrief/data"
)

// citeIndex numbers sources by first citation, in the order the edition
// is written, which is the order a reader meets them.
type citeIndex struct {
	byID  map[string]int
	order []data.Source
	all   []data.Source
}

func newCiteIndex(all []data.Source) *citeIndex {
	return &citeIndex{byID: map[string]int{}, all: all}
}

func (c *citeIndex) number(id string) int {
	if n, ok := c.byID[id]; ok {
		return n
	}
	for _, s := range c.all {
		if s.ID == id {
			c.order = append(c.order, s)
			c.byID[id] = len(c.order)
			return len(c.order)
		}
	}
	return 0
}

// numbers gives each cited source its number once, ascending.
func (c *citeIndex) numbers(cites []data.Citation) []int {
	var ns []int
	for _, ci := range cites {
		if n := c.number(ci.Source); n > 0 && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	return ns
}

// markers turns citations into "[1][3]" runs that link to the sources list.
// Three or more consecutive sources read as a range, "[42–49]", as
// reference lists write them; the range links to its first entry, and the
// sources list is in number order, so the rest follow it.
func (w *writer) markers(cites []data.Citation) []Run {
	var runs []Run
	ns := w.cites.numbers(cites)
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		if j-i >= 2 {
			runs = append(runs, Run{Text: fmt.Sprintf("[%d–%d]", ns[i], ns[j]), Source: ns[i]})
			i = j + 1
			continue
		}
		runs = append(runs, Run{Text: fmt.Sprintf("[%d]", ns[i]), Source: ns[i]})
		i++
	}
	return runs
}

// cited is a text followed by its markers, kept with it by a no-break
// space (none in Chinese, whose punctuation carries its own space).
func (w *writer) cited(s string, cites []data.Citation) Text {
	ms := w.markers(cites)
	if len(ms) == 0 {
		return Text{plain(s)}
	}
	return append(Text{plain(s + w.l.words.markGap)}, ms...)
}

// citesOf is a figure's citations; a derived figure without its own cites
// those of the figures it adds up.
func (w *writer) citesOf(f *data.Figure) []data.Citation {
	if len(f.Cite) > 0 || len(f.DerivedFrom) == 0 {
		return f.Cite
	}
	var cs []data.Citation
	for _, id := range f.DerivedFrom {
		for _, row := range w.b.Rows {
			if row.Metric.ID == id {
				cs = append(cs, row.Cur.Cite...)
			}
		}
	}
	return cs
}
