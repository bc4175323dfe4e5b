package extract

import (
	"math"

	"github.com/dipbrief/dipbrief/data"
)

// unitScale is what one of a unit is worth: usd_bn counts billions of
// dollars, million counts millions.
var unitScale = map[string]float64{"usd_bn": 1e9, "million": 1e6}

// valueIn is num as a value of the metric, in its unit, and whether num can
// be one at all: money must be in dollars and scaled (tỷ, billion, 亿), a
// count a whole number, a percentage written with its sign. A multiple is
// never a value: a growth rate is worked out from it apart (growths).
func valueIn(m *data.Metric, num *number) (float64, bool) {
	if num.times || num.trap != "" {
		return 0, false
	}
	switch m.Unit {
	case data.Percent:
		return num.value, num.percent
	case data.USDBn:
		return round(num.value / 1e9), num.currency && num.scaled && num.value >= 1e8
	case data.Million:
		ok := !num.currency && !num.percent && (num.scaled || num.value >= 1000)
		return round(num.value / 1e6), ok
	case data.Count:
		return num.value, !num.currency && !num.percent && num.value == math.Trunc(num.value)
	}
	return num.value / max(unitScale[string(m.Unit)], 1), !num.currency && !num.percent
}
