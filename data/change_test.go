package data

import "testing"

// TestChangeCarriesTheCertaintyOfBothEnds covers every pair of qualifiers:
// a change claims no more than its two ends allow together, and none at
// all where their bounds pull opposite ways.
func TestChangeCarriesTheCertaintyOfBothEnds(t *testing.T) {
	qs := []string{"", "exact", "approx", "over", "nearly"}
	want := map[[2]string]string{ // cur, prev -> the change's qualifier; "" = not comparable
		{"exact", "exact"}: "exact", {"exact", "approx"}: "approx", {"exact", "over"}: "under", {"exact", "nearly"}: "over",
		{"approx", "exact"}: "approx", {"approx", "approx"}: "approx", {"approx", "over"}: "approx", {"approx", "nearly"}: "approx",
		{"over", "exact"}: "over", {"over", "approx"}: "approx", {"over", "over"}: "", {"over", "nearly"}: "over",
		{"nearly", "exact"}: "nearly", {"nearly", "approx"}: "approx", {"nearly", "over"}: "under", {"nearly", "nearly"}: "approx",
	}
	norm := func(q string) string {
		if q == "" {
			return "exact"
		}
		return q
	}
	m := Metric{ID: "trade", Unit: "usd_bn"}
	for _, cq := range qs {
		for _, pq := range qs {
			cur := &Figure{Value: 930, Qualifier: cq}
			prev := &Figure{Value: 786.29, Qualifier: pq}
			c, why := compare(m, cur, prev)
			w := want[[2]string{norm(cq), norm(pq)}]
			switch {
			case w == "" && (c != nil || why != OppositeBounds):
				t.Errorf("%q on %q: got %+v (%v), want not comparable: opposite bounds", cq, pq, c, why)
			case w != "" && (c == nil || c.Qualifier != w):
				t.Errorf("%q on %q: got %+v (%v), want qualifier %q", cq, pq, c, why, w)
			case w != "" && w != "exact" && c.Decimals != 0:
				t.Errorf("%q on %q: %d decimals, want 0: 930 is written without any", cq, pq, c.Decimals)
			case w == "exact" && c.Decimals != -1:
				t.Errorf("%q on %q: %d decimals, want -1 (exact)", cq, pq, c.Decimals)
			}
		}
	}
}

func TestChangeIsNotGivenBetweenUnlikeFigures(t *testing.T) {
	m := Metric{ID: "arrivals", Unit: "million"}
	rev := &Revision{Value: 29.3, Cite: []Citation{{Source: "s", Evidence: "e"}}}
	tests := []struct {
		name      string
		cur, prev *Figure
		want      Incomparable
		base      float64
	}{
		{"full years", &Figure{Value: 21.2}, &Figure{Value: 17.6}, Comparable, 17.6},
		{"eleven months on a full year", &Figure{Value: 15.8, Months: 11}, &Figure{Value: 12.6}, PartialYear, 0},
		{"a full year on eleven months", &Figure{Value: 12.6}, &Figure{Value: 11.2, Months: 11}, PartialYear, 0},
		{"the same eleven months", &Figure{Value: 15.8, Months: 11}, &Figure{Value: 11.2, Months: 11}, Comparable, 11.2},
		{"a new definition", &Figure{Value: 19, NewDefinition: true}, &Figure{Value: 16}, NewDefinition, 0},
		{"no figure the year before", &Figure{Value: 3}, nil, NoPrevious, 0},
		{"a revised base", &Figure{Value: 36.6, Previous: rev}, &Figure{Value: 27.72}, Comparable, 29.3},
		{"a revised base with no figure the year before", &Figure{Value: 36.6, Previous: rev}, nil, Comparable, 29.3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, why := compare(m, tc.cur, tc.prev)
			if why != tc.want {
				t.Fatalf("got reason %v, want %v", why, tc.want)
			}
			if (c != nil) != (tc.want == Comparable) {
				t.Fatalf("got change %+v with reason %v", c, why)
			}
			if c != nil && c.Base != tc.base {
				t.Errorf("worked out on %v, want %v", c.Base, tc.base)
			}
		})
	}
}

// TestAHedgedChangeContradictsNoStatedRate: a stated growth rate and the
// one worked out from two figures are paired when they differ beyond the
// rate's rounding, unless the worked-out one rests on hedged figures.
func TestAHedgedChangeContradictsNoStatedRate(t *testing.T) {
	for _, tc := range []struct {
		qualifier string
		pct       float64
		paired    bool
	}{
		{"exact", 42.1, true}, {"exact", 34.52, false}, {"approx", 42.1, false}, {"over", 42.1, false},
	} {
		rate := Metric{ID: "growth", Unit: Percent, GrowthOf: "fdi"}
		b := &Brief{Rows: []Row{
			{Metric: Metric{ID: "fdi", Unit: USDBn}, Cur: &Figure{Value: 39.4}, Change: &Change{Pct: tc.pct, HasPct: true, Qualifier: tc.qualifier}},
			{Metric: rate, Cur: &Figure{Value: 34.5}},
		}}
		b.pairGrowth()
		if got := b.Rows[0].Growth != nil && b.Rows[1].Growth != nil; got != tc.paired {
			t.Errorf("%s change of %v%% against a stated 34.5%%: paired %v, want %v", tc.qualifier, tc.pct, got, tc.paired)
		}
	}
}
