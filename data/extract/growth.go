package extract

import (
	"github.com/dipbrief/dipbrief/data"
)

// growths reads the changes of a sentence — "tăng 32,8%", "down 11%",
// "gấp 3,4 lần năm 2022", "增长1.5倍" — as the growth rate of the figure
// nearest them, when the catalog has a growth metric of that figure's
// metric (growth_of). A multiple becomes a percentage: 3.4 times is a rise
// of 240%, and Chinese "增长1.5倍" (grew by 1.5 times) one of 150%.
func (x *extractor) growths(s string, nums []number, figs []found) []found {
	var out []found
	for i := range nums {
		num := &nums[i]
		if num.trap != "" || !num.percent && !num.times || claimed(figs, num) {
			continue
		}
		start, value, ok := x.change(s, num)
		if !ok {
			continue
		}
		of := nearest(figs, num)
		if of == nil {
			continue
		}
		g := growthOf(x.metrics, of.metric.ID)
		if g == nil {
			continue
		}
		m := cueMatch{span: span{min(start, num.start), num.end}, sides: 1}
		out = append(out, found{num: *num, metric: g, value: value, match: m})
	}
	return out
}

// change reads num as a change: where its words start, and its value in per
// cent. A percentage needs a word of rise or fall next to it; a multiple,
// in a language that has them, the word that makes it one ("gấp").
func (x *extractor) change(s string, num *number) (int, float64, bool) {
	if num.times {
		start := num.start
		if x.pat.timesNeed != nil {
			start = lastWithin(x.pat.timesNeed, s, num.start, 1, x.lx.dense)
			if start < 0 {
				return 0, 0, false
			}
		}
		if num.timesBy {
			return start, round(num.value * 100), true
		}
		return start, round((num.value - 1) * 100), num.value > 1
	}
	if at := lastWithin(x.pat.fall, s, num.start, 2, x.lx.dense); at >= 0 {
		return at, -num.value, true
	}
	if at := lastWithin(x.pat.rise, s, num.start, 2, x.lx.dense); at >= 0 {
		return at, num.value, true
	}
	if firstWithin(x.pat.fall, s, num.end, 2, x.lx.dense) >= 0 {
		return num.start, -num.value, true
	}
	return num.start, num.value, firstWithin(x.pat.rise, s, num.end, 2, x.lx.dense) >= 0
}

// claimed reports whether a cue already took num as a figure.
func claimed(figs []found, num *number) bool {
	for _, f := range figs {
		if f.num.digits == num.digits {
			return true
		}
	}
	return false
}

// nearest is the figure of the sentence closest to num.
func nearest(figs []found, num *number) *found {
	var best *found
	dist := func(f *found) int {
		if f.num.end <= num.start {
			return num.start - f.num.end
		}
		return f.num.start - num.end
	}
	for i := range figs {
		if best == nil || dist(&figs[i]) < dist(best) {
			best = &figs[i]
		}
	}
	return best
}

// growthOf is the catalog's growth metric of the metric id, or nil.
func growthOf(metrics []data.Metric, id string) *data.Metric {
	for i := range metrics {
		if metrics[i].GrowthOf == id {
			return &metrics[i]
		}
	}
	return nil
}
