package data

import "testing"

func TestLookup(t *testing.T) {
	ds := mustLoad(t, fixture(t))
	_, noMetric := ds.Metric("nope")
	_, noYear := ds.Year(1999)
	_, noFigure := ds.Figure(2024, "trade_total")
	m, _ := ds.Metric("trade_total")
	s, _ := ds.Source("press-zh")
	f, _ := ds.Figure(2023, "trade_total")
	tests := []struct {
		name      string
		got, want any
	}{
		{"Metric", m.Unit, USDBn},
		{"Source", s.Language, "zh"},
		{"Figure", f.Value, 680.0},
		{"Latest", ds.Latest(), 2024},
		{"unknown metric", noMetric, false},
		{"absent year", noYear, false},
		{"absent figure", noFigure, false},
		{"Latest of nothing", (&Dataset{}).Latest(), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}
