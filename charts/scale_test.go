package charts

import (
	"errors"
	"math"
	"testing"
)

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		max    int
		want   []float64
	}{
		{0, 31, 6, []float64{0, 10, 20, 30, 40}},
		{0, 31, 8, []float64{0, 5, 10, 15, 20, 25, 30, 35}},
		{-5.1, 8, 6, []float64{-10, -5, 0, 5, 10}},
		{0, 1, 5, []float64{0, 0.5, 1}},
		{0, 0.3, 4, []float64{0, 0.1, 0.2, 0.3}},
		{0, 1e9, 6, []float64{0, 2e8, 4e8, 6e8, 8e8, 1e9}},
		{5, 5, 3, []float64{4.5, 5, 5.5}},
		{0, 0, 3, []float64{0, 0.5, 1}},
		{517.3, 850, 5, []float64{500, 600, 700, 800, 900}},
	}
	for _, tt := range tests {
		got, err := niceTicks(tt.lo, tt.hi, tt.max)
		if err != nil || !equal(got, tt.want) {
			t.Errorf("niceTicks(%g, %g, %d) = %v, %v; want %v", tt.lo, tt.hi, tt.max, got, err, tt.want)
		}
	}
}

func TestNiceTicksStepsAreRound(t *testing.T) {
	for _, hi := range []float64{0.07, 1, 3.3, 17, 99, 101, 12345, 9.9e12} {
		for max := 2; max <= 8; max++ {
			ticks, err := niceTicks(0, hi, max)
			if err != nil || len(ticks) > max || ticks[len(ticks)-1] < hi {
				t.Fatalf("niceTicks(0, %g, %d) = %v, %v", hi, max, ticks, err)
			}
			step := ticks[1] - ticks[0]
			m := step / math.Pow10(int(math.Floor(math.Log10(step)+1e-9)))
			if r := math.Round(m); math.Abs(m-r) > 1e-6 || (r != 1 && r != 2 && r != 5) {
				t.Errorf("niceTicks(0, %g, %d): step %g is not 1, 2 or 5 × 10^n", hi, max, step)
			}
		}
	}
}

func TestNiceTicksRefusesWhatCannotBeScaled(t *testing.T) {
	for _, r := range [][2]float64{{-1e308, 1e308}, {0, math.Inf(1)}, {1 << 60, 1<<60 + 256}} {
		if _, err := niceTicks(r[0], r[1], 8); !errors.Is(err, ErrBadSpec) {
			t.Errorf("niceTicks(%g, %g): got %v, want ErrBadSpec", r[0], r[1], err)
		}
	}
}

func TestCategoryLabelsThinFromTheNewest(t *testing.T) {
	c := newCategoryRange(years(1976, 50), nil, 8, fakeMeasurer{})
	c.SetDomain(400)
	ticks := c.GetTicks(nil, zeroStyle, nil)
	if last := ticks[len(ticks)-1]; last.Label != "2025" {
		t.Errorf("last label %q, want 2025", last.Label)
	}
	if gap := ticks[1].Value - ticks[0].Value; float64(c.band())*gap < 16+8 {
		t.Errorf("labels %g bands apart, narrower than a label and an em", gap)
	}
	c = newCategoryRange(years(2016, 10), nil, 8, fakeMeasurer{})
	c.SetDomain(400)
	if got := len(c.GetTicks(nil, zeroStyle, nil)); got != 10 {
		t.Errorf("10 years on 400 pt: got %d labels, want all 10", got)
	}
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-12*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}
