package charts

import (
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// categoryRange is the x axis: category i sits at the middle of band i, so
// the range runs from -0.5 to n-0.5 and one category still has a width.
type categoryRange struct {
	span
	labels []string
	short  []string // shorter labels, tried before thinning; nil for none
	size   float64  // font size of the labels
	m      Measurer
}

func newCategoryRange(labels, short []string, size float64, m Measurer) *categoryRange {
	n := float64(len(labels))
	return &categoryRange{span: span{min: -0.5, max: n - 0.5}, labels: labels, short: short, size: size, m: m}
}

// band is the width of one category in points.
func (c *categoryRange) band() float64 {
	return float64(c.domain) / float64(len(c.labels))
}

// GetTicks implements chart.TicksProvider. go-chart asks again each time the
// canvas width changes, so the labels are fitted to the final width: the
// full ones where each has room, else the short ones where those do, and
// only then every k-th one, counted back from the last, because the newest
// year matters most.
func (c *categoryRange) GetTicks(chart.Renderer, chart.Style, chart.ValueFormatter) []chart.Tick {
	labels := c.shown()
	k := c.stride(labels)
	var ticks []chart.Tick
	for i := len(labels) - 1; i >= 0; i -= k {
		ticks = append(ticks, chart.Tick{Value: float64(i), Label: labels[i]})
	}
	for i, j := 0, len(ticks)-1; i < j; i, j = i+1, j-1 {
		ticks[i], ticks[j] = ticks[j], ticks[i]
	}
	return ticks
}

// shown are the labels drawn: the full ones unless only the short ones
// fit one to a band.
func (c *categoryRange) shown() []string {
	if c.stride(c.labels) > 1 && c.short != nil && c.stride(c.short) == 1 {
		return c.short
	}
	return c.labels
}

// stride is how many bands one label needs, with an em of space between
// neighbours.
func (c *categoryRange) stride(labels []string) int {
	widest := 0.0
	for _, l := range labels {
		widest = math.Max(widest, math.Ceil(c.m.TextWidth(l, c.size)))
	}
	band := c.band()
	if !(band > 0) {
		return len(labels)
	}
	k := math.Ceil((widest + c.size + 1) / band)
	if k < 1 {
		return 1
	}
	return int(math.Min(k, float64(len(labels))))
}
