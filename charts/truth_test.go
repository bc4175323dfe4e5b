package charts

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// slotBox is the box a "nodata" outline spans.
func slotBox(p Path) box {
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, s := range p.Segs {
		if s.Kind == Close {
			continue
		}
		pt := s.Pts[0]
		b = box{math.Min(b.x0, pt.X), math.Min(b.y0, pt.Y), math.Max(b.x1, pt.X), math.Max(b.y1, pt.Y)}
	}
	return b
}

// TestAGapIsAnOutlinedSlot: a missing value is drawn as a dashed slot in
// its place, standing on the baseline with height, one across the group
// where a whole category is missing; its words are in it when they fit.
func TestAGapIsAnOutlinedSlot(t *testing.T) {
	tests := []struct {
		name   string
		kind   Kind
		values [][]float64
		slots  int
	}{
		{"one series", Bars, [][]float64{{1, nan, 3, 4}}, 1},
		{"a whole year of two series", Bars, [][]float64{{nan, 2, 3, 4}, {nan, 1, 2, 3}}, 1},
		{"one of two series", Bars, [][]float64{{1, nan, 3, 4}, {1, 2, 3, 4}}, 1},
		{"a stack's year", StackedBars, [][]float64{{1, nan, 3, 4}, {1, nan, 3, 4}}, 1},
		{"a line's year", Lines, [][]float64{{1, 2, nan, 4}}, 1},
		{"none", Bars, [][]float64{{1, 2, 3, 4}}, 0},
	}
	for _, tc := range tests {
		spec := specFor(tc.kind, years(2022, 4), tc.values, true)
		spec.NoData = "n/a"
		d, err := Draw(spec, Style{}, fakeMeasurer{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		slots := paths(d, "nodata")
		if len(slots) != tc.slots || len(texts(d, "nodata")) != tc.slots {
			t.Errorf("%s: %d slots and %d words, want %d", tc.name, len(slots), len(texts(d, "nodata")), tc.slots)
		}
		base := paths(d, "baseline")[0].Segs[0].Pts[0].Y
		for _, s := range slots {
			b := slotBox(s)
			if s.Dash == nil || math.Abs(b.y1-base) > 0.01 || b.y1-b.y0 < 10 {
				t.Errorf("%s: slot %+v (dash %v) does not stand on the baseline at %.2f with height", tc.name, b, s.Dash, base)
			}
		}
	}
}

// TestLabelsEveryValueOrNone: whatever the widths, a series has a label
// at every value or at none, and a label is the text the spec gives.
func TestLabelsEveryValueOrNone(t *testing.T) {
	for _, n := range []int{3, 7, 12} {
		for _, width := range []float64{160, 240, 480} {
			vals := [][]float64{ramp(n, func(i int) float64 { return 30 + float64(i%3) }), ramp(n, func(i int) float64 { return 20 + float64(i%2) })}
			vals[1][1] = nan
			spec := specFor(Bars, years(2000, n), vals, true)
			spec.Labels = make([][]string, 2)
			for j := range vals {
				for _, v := range vals[j] {
					spec.Labels[j] = append(spec.Labels[j], fmt.Sprintf("~%.2f", v))
				}
			}
			d, err := Draw(spec, Style{Width: width, Height: 160}, fakeMeasurer{})
			if err != nil {
				t.Fatalf("%d years on %g pt: %v", n, width, err)
			}
			counts := map[string]int{}
			for _, v := range texts(d, "value") {
				counts[v.Text[:3]]++ // "~30", "~31", "~32" are series A, "~20", "~21" series B
				if !strings.HasPrefix(v.Text, "~") {
					t.Errorf("label %q is not the spec's", v.Text)
				}
			}
			a, b := counts["~30"]+counts["~31"]+counts["~32"], counts["~20"]+counts["~21"]
			if (a != 0 && a != n) || (b != 0 && b != n-1) {
				t.Errorf("%d years on %g pt: series A has %d of %d labels, B %d of %d", n, width, a, n, b, n-1)
			}
		}
	}
}

// TestEveryYearKeepsItsLabel: labels too wide for their bands give way to
// the short ones before any is dropped.
func TestEveryYearKeepsItsLabel(t *testing.T) {
	spec := specFor(Bars, nil, [][]float64{ramp(7, func(i int) float64 { return float64(i + 1) })}, false)
	for i := range 7 {
		spec.Categories = append(spec.Categories, fmt.Sprintf("%d年度", 2019+i))
		spec.Short = append(spec.Short, fmt.Sprintf("’%02d", 19+i))
	}
	d, err := Draw(spec, Style{Width: 200, Height: 120}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	xs := texts(d, "x-label")
	if len(xs) != 7 || xs[0].Text != "’19" {
		t.Errorf("got %d year labels starting %q, want all 7, short", len(xs), xs[0].Text)
	}
}

// TestTheFocusYearStandsOut: with a focus, the last category is drawn in
// the series colour and every other one lighter.
func TestTheFocusYearStandsOut(t *testing.T) {
	spec := specFor(Bars, years(2021, 3), [][]float64{{1, 2, 3}, {3, 2, 1}}, false)
	spec.FocusLast = true
	d, err := Draw(spec, Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	bars := paths(d, "bar")
	for k, b := range bars {
		j, i := k/3, k%3
		if full := b.Fill == DefaultPalette[j]; full != (i == 2) {
			t.Errorf("series %d, year %d: fill %s (palette %s)", j, i, b.Fill.Hex(), DefaultPalette[j].Hex())
		}
	}
}
