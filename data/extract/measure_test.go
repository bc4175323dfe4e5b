package extract

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// showMisses lists what a measured set missed and what it proposed wrongly:
// go test ./data/extract -run Measure -v -args -misses
var showMisses = flag.Bool("misses", false, "list the misses and wrong proposals of the measured sets")

// want is one figure a measured set expects, as the dataset holds it.
type want struct {
	year      int
	metric    string
	value     float64
	qualifier string
}

func (w want) String() string {
	return fmt.Sprintf("%d %s %g %s", w.year, w.metric, w.value, w.qualifier)
}

// datasetFigures is every value of the dataset (figures, other sources'
// values, restated values of the year before) with its citations.
func datasetFigures(ds *data.Dataset) (wants []want, cites [][]data.Citation) {
	for _, y := range ds.Years {
		for _, f := range y.Figures {
			wants = append(wants, want{y.Year, f.Metric, f.Value, f.Qualifier})
			cites = append(cites, f.Cite)
			for _, a := range f.Alternatives {
				wants = append(wants, want{y.Year, f.Metric, a.Value, a.Qualifier})
				cites = append(cites, a.Cite)
			}
			if p := f.Previous; p != nil {
				wants = append(wants, want{y.Year - 1, f.Metric, p.Value, p.Qualifier})
				cites = append(cites, p.Cite)
			}
		}
	}
	return wants, cites
}

// gives reports whether a proposal is the wanted figure: same metric,
// value and qualifier ("" and "exact" are the same); the year is counted
// apart.
func gives(p Proposal, w want) bool {
	return p.Figure.Metric == w.metric && math.Abs(p.Figure.Value-w.value) < 1e-6 &&
		strings.TrimPrefix(p.Figure.Qualifier, "exact") == strings.TrimPrefix(w.qualifier, "exact")
}

// tally counts one measured set in one language.
type tally struct {
	wanted, found, rightYear int // figures wanted; found (metric, value, qualifier); found in the right year
	proposed, correct        int // proposals; those the dataset holds
	misses, wrong            []string
}

func (t *tally) recall() float64    { return ratio(t.found, t.wanted) }
func (t *tally) precision() float64 { return ratio(t.correct, t.proposed) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// report logs a set's recall and precision per language, as BENCHMARKS.md
// quotes them, and the misses when asked.
func report(t *testing.T, set string, tallies map[string]*tally) {
	t.Helper()
	langs := make([]string, 0, len(tallies))
	for l := range tallies {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		c := tallies[l]
		t.Logf("%s %s: recall %.2f (%d/%d, %d in the right year), precision %.2f (%d/%d)", set, l,
			c.recall(), c.found, c.wanted, c.rightYear, c.precision(), c.correct, c.proposed)
		if *showMisses {
			for _, m := range c.misses {
				t.Logf("  missed %s", m)
			}
			for _, w := range c.wrong {
				t.Logf("  wrong  %s", w)
			}
		}
	}
}
