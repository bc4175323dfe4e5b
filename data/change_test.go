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
		{"nearly", "exact"}: "nearly", {"nearly", "approx"}: "approx", {"nearly", "over"}: "under", {"nearly", "nearly"}: "",
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
