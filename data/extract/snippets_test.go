package extract

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// TestMeasureSnippets runs extract on every evidence snippet of every
// figure of the embedded dataset, in the languages extract reads, with the
// source's date as context: it must give that figure's metric, value and
// qualifier (recall), and what else it proposes must be values the dataset
// holds for that metric (precision). The floors keep what was measured from
// sliding back; BENCHMARKS.md quotes the figures.
func TestMeasureSnippets(t *testing.T) {
	ds, err := data.Load(data.Embedded(), ".")
	if err != nil {
		t.Fatal(err)
	}
	wants, cites := datasetFigures(ds)
	tallies := map[string]*tally{}
	for i, w := range wants {
		for _, c := range cites[i] {
			src, _ := ds.Source(c.Source)
			if !slices.Contains(Languages(), src.Language) {
				continue
			}
			tl := tallies[src.Language]
			if tl == nil {
				tl = &tally{}
				tallies[src.Language] = tl
			}
			a := Article{Text: c.Evidence, Lang: src.Language, Date: src.Date}
			score(tl, Extract(a, ds.Metrics, src.ID, 0), w, wants, c.Evidence)
		}
	}
	report(t, "snippets", tallies)
	// Floors a little under what was measured (BENCHMARKS.md): recall, precision.
	for lang, floor := range map[string][2]float64{"vi": {0.8, 0.95}, "en": {0.6, 0.9}, "zh": {0.9, 0.9}} {
		if c := tallies[lang]; c == nil || c.recall() < floor[0] || c.precision() < floor[1] {
			t.Errorf("snippets %s: recall or precision below the floor %v", lang, floor)
		}
	}
}

// score adds one snippet's proposals to its language's tally.
func score(tl *tally, ps []Proposal, w want, all []want, evidence string) {
	tl.wanted++
	hit := false
	for _, p := range ps {
		if gives(p, w) {
			hit = true
			if p.Year == w.year {
				tl.rightYear++
				break
			}
		}
	}
	if hit {
		tl.found++
	} else {
		tl.misses = append(tl.misses, fmt.Sprintf("%v in %q: got %v", w, evidence, brief(ps)))
	}
	for _, p := range ps {
		tl.proposed++
		if holds(all, p) {
			tl.correct++
		} else {
			tl.wrong = append(tl.wrong, fmt.Sprintf("%d %s %g %s from %q", p.Year, p.Figure.Metric, p.Figure.Value, p.Figure.Qualifier, evidence))
		}
	}
}

// holds reports whether the dataset holds the proposal's metric and value
// in some year (a snippet alone may not say which).
func holds(all []want, p Proposal) bool {
	for _, w := range all {
		if w.metric == p.Figure.Metric && math.Abs(w.value-p.Figure.Value) < 1e-6 {
			return true
		}
	}
	return false
}

func brief(ps []Proposal) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d %s %g %s", p.Year, p.Figure.Metric, p.Figure.Value, p.Figure.Qualifier))
	}
	return out
}
