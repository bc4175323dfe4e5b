package data

import (
	"math"
	"strconv"
	"strings"
)

// Change is the difference from the year before, said no more surely than
// its two ends: Qualifier is what the two ends' qualifiers allow together
// (a change on a lower bound is itself a lower bound), and Decimals the
// precision they support.
type Change struct {
	Abs    float64
	Pct    float64 // meaningless when HasPct is false (a percentage metric, or a zero base)
	HasPct bool
	// Qualifier is exact, approx, over (more than), nearly (a little
	// under) or under (less than).
	Qualifier string
	// Decimals is how many decimals the ends support, or -1 where both
	// are exact and the number is written as exact figures are.
	Decimals int
	// Base is the year before's value the change is worked out on: the
	// year before's own figure, or a revision this year's sources give.
	Base    float64
	Revised *Revision // non-nil when Base is a revised figure
}

// Incomparable says why a figure is not compared with the year before.
type Incomparable int

// The reasons a change is not given, in the words the briefing prints.
const (
	Comparable     Incomparable = iota
	NoPrevious                  // the year before has no figure
	PartialYear                 // the two cover different parts of their years
	NewDefinition               // the figure is counted another way than the year before's
	OppositeBounds              // one end is a lower bound, the other an upper one
)

// direction is how a qualifier bounds its value: +1 a lower bound (the
// true value is above), -1 an upper bound, 0 exact, 2 either way.
func direction(q string) int {
	switch q {
	case "over":
		return 1
	case "nearly", "under":
		return -1
	case "approx":
		return 2
	}
	return 0
}

// compare works out the change from prev to cur, or says why there is none.
func compare(m Metric, cur, prev *Figure) (*Change, Incomparable) {
	base, baseQ, revised := 0.0, "", cur.Previous
	switch {
	case revised != nil:
		base, baseQ = revised.Value, revised.Qualifier
	case prev == nil:
		return nil, NoPrevious
	default:
		base, baseQ = prev.Value, prev.Qualifier
	}
	switch {
	case cur.NewDefinition:
		return nil, NewDefinition
	case revised == nil && cur.Months != prev.Months:
		return nil, PartialYear
	case revised != nil && cur.Months != 0:
		return nil, PartialYear
	}
	q, ok := changeQualifier(cur.Qualifier, baseQ)
	if !ok {
		return nil, OppositeBounds
	}
	// The difference is exact to the decimals its ends are written with:
	// 23.18 - 22.4 is 0.78, not 0.7800000000000011.
	f := math.Pow(10, float64(max(Decimals(cur.Value), Decimals(base))))
	c := &Change{Abs: math.Round((cur.Value-base)*f) / f, Qualifier: q, Decimals: -1, Base: base, Revised: revised}
	if q != "exact" {
		c.Decimals = min(Decimals(cur.Value), Decimals(base))
	}
	if m.Unit != Percent && base != 0 {
		c.Pct, c.HasPct = c.Abs/base*100, true
	}
	return c, Comparable
}

// changeQualifier is what a difference cur - prev can claim: the bound of
// cur, and the opposite of prev's (less is taken away than a lower bound
// says). Bounds that pull opposite ways leave no claim at all.
func changeQualifier(cur, prev string) (string, bool) {
	if cur == "nearly" && prev == "nearly" {
		// Both a little under their figures: the difference is about the
		// difference of the figures, a little either way.
		return "approx", true
	}
	dc, dp := direction(cur), -direction(prev)
	if dp == -2 {
		dp = 2
	}
	switch {
	case dc == 2 || dp == 2:
		return "approx", true
	case dc == 0 && dp == 0:
		return "exact", true
	case dc != 0 && dp != 0 && dc != dp:
		return "", false
	case dc == 1 || dp == 1:
		return "over", true
	case dc == -1 && dp == 0 && cur == "nearly":
		return "nearly", true
	}
	return "under", true
}

// Decimals is how many decimals a value was written with in the data.
func Decimals(v float64) int {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}
