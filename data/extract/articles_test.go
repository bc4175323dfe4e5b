package extract

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// sourcesDir holds the articles the embedded dataset is built from; they
// belong to their publishers, so the tests read them where they are kept
// (../shared/sources beside the repository) and never copy them in.
var sourcesDir = filepath.Join("..", "..", "..", "shared", "sources")

// TestMeasureArticles runs extract on each whole article the dataset cites
// by file, in its language and with its date: it must find the figures the
// dataset takes from that article (recall) and propose few others
// (precision: proposals the dataset takes from that article over all
// proposals). BENCHMARKS.md quotes the figures.
func TestMeasureArticles(t *testing.T) {
	if _, err := os.Stat(sourcesDir); err != nil {
		t.Skipf("the source articles are not at %s (they are kept beside the repository, not in it): %v", sourcesDir, err)
	}
	ds, err := data.Load(data.Embedded(), ".")
	if err != nil {
		t.Fatal(err)
	}
	wants, cites := datasetFigures(ds)
	tallies := map[string]*tally{}
	for _, src := range ds.Sources {
		if src.File == "" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(sourcesDir, src.File))
		if err != nil {
			t.Logf("%s: %v (skipped)", src.File, err)
			continue
		}
		tl := tallies[src.Language]
		if tl == nil {
			tl = &tally{}
			tallies[src.Language] = tl
		}
		var expect []want
		for i, w := range wants {
			for _, c := range cites[i] {
				if c.Source == src.ID && !containsWant(expect, w) {
					expect = append(expect, w)
				}
			}
		}
		a := Article{Text: string(text), Lang: src.Language, Date: src.Date} // as the command reads a plain text with --date
		scoreArticle(tl, src.File, Extract(a, ds.Metrics, src.ID, 0), expect)
	}
	report(t, "articles", tallies)
	// Floors a little under what was measured (BENCHMARKS.md): recall, precision.
	for lang, floor := range map[string][2]float64{"vi": {0.85, 0.9}, "zh": {0.9, 0.9}} {
		if c := tallies[lang]; c != nil && (c.recall() < floor[0] || c.precision() < floor[1]) {
			t.Errorf("articles %s: recall or precision below the floor %v", lang, floor)
		}
	}
}

// scoreArticle adds one article's proposals to its language's tally.
func scoreArticle(tl *tally, file string, ps []Proposal, expect []want) {
	for _, w := range expect {
		tl.wanted++
		hit, year := false, false
		for _, p := range ps {
			if gives(p, w) {
				hit, year = true, year || p.Year == w.year
			}
		}
		switch {
		case hit:
			tl.found++
			if year {
				tl.rightYear++
			}
		default:
			tl.misses = append(tl.misses, fmt.Sprintf("%s: %v", file, w))
		}
	}
	for _, p := range ps {
		tl.proposed++
		if taken(expect, p) {
			tl.correct++
		} else {
			tl.wrong = append(tl.wrong, fmt.Sprintf("%s: %d %s %g %s from %q", file, p.Year, p.Figure.Metric,
				p.Figure.Value, p.Figure.Qualifier, p.Figure.Cite[0].Evidence))
		}
	}
}

// taken reports whether the dataset takes the proposal's metric and value
// from the article.
func taken(expect []want, p Proposal) bool {
	for _, w := range expect {
		if w.metric == p.Figure.Metric && math.Abs(w.value-p.Figure.Value) < 1e-6 {
			return true
		}
	}
	return false
}

func containsWant(ws []want, w want) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
