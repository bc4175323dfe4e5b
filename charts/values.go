package charts

import (
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// stackBases gives, for StackedBars, the value where each series' segment
// starts: positives pile up from zero and negatives down from it, so a
// negative part never hides inside a positive one. Other kinds get nil.
func stackBases(spec Spec) [][]float64 {
	if spec.Kind != StackedBars {
		return nil
	}
	n := len(spec.Categories)
	up, down := make([]float64, n), make([]float64, n)
	bases := make([][]float64, len(spec.Series))
	for j, s := range spec.Series {
		bases[j] = make([]float64, n)
		for i, v := range s.Values {
			switch {
			case math.IsNaN(v):
				bases[j][i] = up[i]
			case v >= 0:
				bases[j][i], up[i] = up[i], up[i]+v
			default:
				bases[j][i], down[i] = down[i], down[i]+v
			}
		}
	}
	return bases
}

// extent is the lowest and highest value a bar or point reaches; ok is
// false when every value is missing.
func (p *plot) extent() (lo, hi float64, ok bool) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for j, s := range p.spec.Series {
		for i, v := range s.Values {
			if math.IsNaN(v) {
				continue
			}
			if p.stack != nil {
				v += p.stack[j][i]
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	return lo, hi, lo <= hi
}

// valueRange picks the y scale: nice ticks around the data, from zero for
// bars (a bar's length is its value) and, with value labels, room for them
// beyond the ends of the scale.
func (p *plot) valueRange() (*valueRange, error) {
	lo, hi, ok := p.extent()
	if !ok {
		lo, hi = 0, 1
	}
	if p.spec.Kind != Lines || p.spec.YFromZero {
		lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	}
	y := &valueRange{format: p.spec.Format}
	if p.spec.ValueLabels {
		room := math.Ceil(p.lineHeight() + 3)
		if p.upright {
			room = math.Ceil(p.widestLabel() + 4)
		}
		y.insetHi = room
		if lo < 0 || p.spec.Kind == Lines {
			y.insetLo = room
		}
	}
	ticks, err := niceTicks(lo, hi, p.maxTicks(y))
	if err != nil {
		return nil, err
	}
	y.ticks, y.min, y.max, y.steps = ticks, ticks[0], ticks[len(ticks)-1], len(ticks)-1
	return y, nil
}

// maxTicks fits ticks 2.5 lines apart into the plot height that go-chart
// will arrive at: below the legend and half a tick label, above the x labels.
func (p *plot) maxTicks(y *valueRange) int {
	asc := math.Ceil(p.st.Ascent * p.st.FontSize)
	top := float64(p.padTop()) + asc/2 + 1
	bottom := p.st.Height - float64(p.padding().Bottom) - chart.DefaultXAxisMargin - asc
	usable := bottom - top - y.insetLo - y.insetHi
	n := int(usable/(2.5*p.lineHeight())) + 1
	return max(2, min(8, n))
}

// widestLabel is the width of the longest value label, for the room
// upright labels need above the bars.
func (p *plot) widestLabel() float64 {
	w := 0.0
	for j, s := range p.spec.Series {
		for i, v := range s.Values {
			if !math.IsNaN(v) {
				w = math.Max(w, p.m.TextWidth(p.label(j, i, v), p.st.FontSize))
			}
		}
	}
	return w
}
