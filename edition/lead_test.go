package edition

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// TestLeadIsBackedAndCited: every edition opens with three to five
// sentences, each with a source marker, and every number a sentence
// states is one the edition's table prints (a value or a change), a year
// of the data, or the count of the year's highlights of a kind.
func TestLeadIsBackedAndCited(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		n := len(e.Lead.Sentences)
		if n < leadMin || n > leadMax {
			t.Fatalf("the lead has %d sentences, want %d to %d", n, leadMin, leadMax)
		}
		var printed strings.Builder
		for _, row := range e.Key.Table.Rows {
			for _, cell := range row[1:4] {
				printed.WriteString(cell.String() + "\n")
			}
		}
		kinds := map[string]int{}
		for _, ev := range b.Events {
			kinds[ev.Kind]++
		}
		backed := func(num string) bool {
			if strings.Contains(printed.String(), num) {
				return true
			}
			for _, y := range b.Years {
				if num == fmt.Sprint(y) {
					return true
				}
			}
			for _, c := range kinds {
				if num == fmt.Sprint(c) {
					return true
				}
			}
			return false
		}
		for _, s := range e.Lead.Sentences {
			if len(s.Sources()) == 0 {
				t.Errorf("%q has no source marker", s.String())
			}
			var words strings.Builder
			for _, r := range s {
				if r.Source == 0 {
					words.WriteString(r.Text)
				}
			}
			for _, num := range numberRe.FindAllString(words.String(), -1) {
				if !backed(num) {
					t.Errorf("%q states %s, which the edition's table and the data's years and events do not hold", s.String(), num)
				}
			}
		}
	})
}

// TestLeadSaysOnlySureDirections: a change whose ends leave its direction
// open is never called a rise or a fall.
func TestLeadSaysOnlySureDirections(t *testing.T) {
	tests := []struct {
		abs  float64
		pct  float64
		q    string
		want int
	}{
		{5, 10, "", 1}, {-5, -10, "exact", -1}, {5, 10, "over", 1}, {-5, -20, "over", 0},
		{5, 10, "under", 0}, {-5, -10, "under", -1}, {3.6, 21, "nearly", 1}, {1, 2, "approx", 0}, {0, 0, "", 0},
	}
	for _, tc := range tests {
		c := &data.Change{Abs: tc.abs, Pct: tc.pct, HasPct: true, Qualifier: tc.q}
		if got := sureSign(c); got != tc.want {
			t.Errorf("change %v (%v%%) %q: sign %d, want %d", tc.abs, tc.pct, tc.q, got, tc.want)
		}
	}
}

// TestRecordNeedsThreeYearsAndNoDoubt: a record is the year's figure
// surely above (or below) every earlier one, over three years at least.
func TestRecordNeedsThreeYearsAndNoDoubt(t *testing.T) {
	fig := func(v float64, q string) *data.Figure { return &data.Figure{Value: v, Qualifier: q} }
	tests := []struct {
		name string
		figs []*data.Figure
		high bool
		want bool
	}{
		{"a new high", []*data.Figure{fig(1, ""), nil, fig(2, ""), fig(3, "")}, true, true},
		{"two years only", []*data.Figure{nil, fig(2, ""), fig(3, "")}, true, false},
		{"equal to a year before", []*data.Figure{fig(3, ""), fig(2, ""), fig(3, "")}, true, false},
		{"a lower bound above all", []*data.Figure{fig(1, ""), fig(2, ""), fig(3, "over")}, true, true},
		{"nearly, but within reach", []*data.Figure{fig(1, ""), fig(2.99, ""), fig(3, "nearly")}, true, false},
		{"a new low", []*data.Figure{fig(3, ""), fig(2, ""), fig(1, "")}, false, true},
		{"no figure this year", []*data.Figure{fig(1, ""), fig(2, ""), nil}, true, false},
	}
	for _, tc := range tests {
		if _, got := record(tc.figs, tc.high); got != tc.want {
			t.Errorf("%s: record %v, want %v", tc.name, got, tc.want)
		}
	}
}
