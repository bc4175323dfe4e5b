package charts

import (
	"fmt"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// span maps values to a pixel domain and implements go-chart's Range. The
// insets keep room at the ends (for value labels), and pos gives the exact
// float position that go-chart's integer Translate rounds. With steps set,
// the scale shrinks to a whole number of points per step, so that grid
// lines land on whole points exactly where the bars reach.
type span struct {
	min, max         float64
	domain           int
	insetLo, insetHi float64
	steps            int
}

func (s *span) String() string          { return fmt.Sprintf("span[%v,%v]", s.min, s.max) }
func (s *span) IsZero() bool            { return false }
func (s *span) GetMin() float64         { return s.min }
func (s *span) SetMin(v float64)        { s.min = v }
func (s *span) GetMax() float64         { return s.max }
func (s *span) SetMax(v float64)        { s.max = v }
func (s *span) GetDelta() float64       { return s.max - s.min }
func (s *span) GetDomain() int          { return s.domain }
func (s *span) SetDomain(d int)         { s.domain = d }
func (s *span) IsDescending() bool      { return false }
func (s *span) Translate(v float64) int { return int(math.Round(s.pos(v))) }

// pos is v's distance in points from the low end of the domain.
func (s *span) pos(v float64) float64 {
	usable := float64(s.domain) - s.insetLo - s.insetHi
	if n := float64(s.steps); n > 0 && usable > n {
		usable = math.Floor(usable/n) * n
	}
	return s.insetLo + (v-s.min)/(s.max-s.min)*usable
}

// valueRange is the y axis: fixed nice ticks, decided before layout so
// that go-chart can draw a grid line at each of them.
type valueRange struct {
	span
	ticks  []float64
	format func(float64) string
}

// GetTicks implements chart.TicksProvider with the caller's number format.
func (y *valueRange) GetTicks(chart.Renderer, chart.Style, chart.ValueFormatter) []chart.Tick {
	ticks := make([]chart.Tick, len(y.ticks))
	for i, v := range y.ticks {
		ticks[i] = chart.Tick{Value: v, Label: y.format(v)}
	}
	return ticks
}

// niceTicks covers [lo, hi] with at most max ticks (max >= 2) spaced 1, 2 or
// 5 × 10^n apart, the steps a reader can add up at a glance.
func niceTicks(lo, hi float64, max int) ([]float64, error) {
	if lo == hi {
		lo, hi = widen(lo)
	}
	raw := (hi - lo) / float64(max-1)
	if !finite(raw) || raw <= 0 {
		return nil, fmt.Errorf("%w: cannot scale values %g..%g", ErrBadSpec, lo, hi)
	}
	for e := math.Floor(math.Log10(raw)); e <= 308; e++ {
		for _, m := range []float64{1, 2, 5} {
			step := m * math.Pow10(int(e))
			first, last := math.Floor(lo/step+1e-9), math.Ceil(hi/step-1e-9)
			if step > 0 && last-first+1 <= float64(max) {
				return tickValues(first, last, m, int(e))
			}
		}
	}
	return nil, fmt.Errorf("%w: cannot scale values %g..%g", ErrBadSpec, lo, hi)
}

// tickValues computes i·m·10^e exactly where possible, so that 0.3 is 0.3
// and not 0.30000000000000004 in a label.
func tickValues(first, last, m float64, e int) ([]float64, error) {
	var out []float64
	for k := 0; k <= int(last-first); k++ {
		i := first + float64(k)
		v := i * m * math.Pow10(e)
		if e < 0 && e >= -22 {
			v = i * m / math.Pow10(-e)
		}
		if !finite(v) || (k > 0 && v <= out[k-1]) {
			return nil, fmt.Errorf("%w: values cannot be told apart on a scale", ErrBadSpec)
		}
		out = append(out, v+0) // +0 turns -0 into 0
	}
	return out, nil
}

// widen gives a flat series some room: zero gets 0..1, v gets v±10%.
func widen(v float64) (float64, float64) {
	if v == 0 {
		return 0, 1
	}
	d := math.Abs(v) / 10
	return v - d, v + d
}
