package data

import (
	"math"
	"strconv"
	"strings"
)

// absurd is the largest value a figure may hold: more would be a typo (a
// value in dollars where billions are due), whatever the unit.
const absurd = 1e9

func (c *checker) year(file string, y *Year) {
	named, _ := strconv.Atoi(strings.TrimSuffix(file, ".yaml"))
	switch {
	case y.Year == 0:
		c.r.add(file, "year", "missing")
	case y.Year != named:
		c.r.add(file, "year", "year %d does not match the file name %s", y.Year, file)
	case y.Year < 1900 || y.Year > 2100:
		c.r.add(file, "year", "year %d is outside 1900-2100", y.Year)
	}
	first := map[string]int{}
	for i := range y.Figures {
		f, path := &y.Figures[i], index("figures", i)
		if j, dup := first[f.Metric]; dup && f.Metric != "" {
			c.r.add(file, join(path, "metric"), "duplicate figure for %q (first at figures[%d])", f.Metric, j)
		} else {
			first[f.Metric] = i
		}
		c.figure(file, path, y, f)
	}
	for i := range y.Events {
		c.event(file, index("events", i), named, &y.Events[i])
	}
}

// maxSpan is the most years from the first year of the data to a year
// briefed: every trend chart gives each year a band of its own, at least
// a point wide, and a half-page chart has under 200 points for them. 100
// leaves room for longer labels and narrower layouts.
const maxSpan = 100

// span refuses a year too far from the data's first year to be charted
// with it, so that what validate accepts, generate can brief. Years are
// in ascending order (Load reads year files by name).
func (c *checker) span() {
	ys := c.ds.Years
	for i := range ys {
		if n := ys[i].Year - ys[0].Year + 1; ys[0].Year >= 1900 && ys[i].Year <= 2100 && n > maxSpan {
			c.r.add(c.r.pos.yearFiles[i], "year", "years %d to %d are %d years: the trend charts hold at most %d",
				ys[0].Year, ys[i].Year, n, maxSpan)
		}
	}
}

func (c *checker) figure(file, path string, y *Year, f *Figure) {
	unit := c.unitOf(file, join(path, "metric"), f.Metric)
	if !c.r.pos.given(file, join(path, "value")) {
		c.r.add(file, join(path, "value"), "missing")
	}
	c.amount(file, path, unit, f.Value, f.Qualifier, f.Months)
	if len(f.Cite) == 0 && len(f.DerivedFrom) == 0 && len(f.Derivation) == 0 {
		c.r.add(file, join(path, "cite"), "no citation: cite a source, or give derived_from or derivation")
	}
	c.cites(file, join(path, "cite"), f.Cite)
	c.asOf(file, join(path, "as_of"), y.Year, f.AsOf)
	c.derived(file, path, y, f)
	c.text(file, join(path, "derivation"), f.Derivation, false)
	c.text(file, join(path, "note"), f.Note, false)
	c.oneOf(file, join(path, "status"), "status", f.Status, statuses)
	if r := f.Previous; r != nil {
		p := join(path, "previous")
		c.amount(file, p, unit, r.Value, r.Qualifier, 0)
		if len(r.Cite) == 0 {
			c.r.add(file, join(p, "cite"), "no citation: a revised figure for the year before needs its source")
		}
		c.cites(file, join(p, "cite"), r.Cite)
		c.text(file, join(p, "note"), r.Note, false)
	}
	for i := range f.Alternatives {
		c.alternative(file, index(join(path, "alternatives"), i), unit, &f.Alternatives[i])
	}
}

// unitOf is the unit of the metric a figure names, or "" when the catalog
// has no such metric (which it reports).
func (c *checker) unitOf(file, path, id string) Unit {
	m, ok := c.metrics[id]
	switch {
	case ok:
		return m.Unit
	case id == "":
		c.r.add(file, path, "missing")
	default:
		c.r.add(file, path, "unknown metric %q", id)
	}
	return ""
}

func (c *checker) alternative(file, path string, unit Unit, a *Alternative) {
	c.amount(file, path, unit, a.Value, a.Qualifier, a.Months)
	if len(a.Cite) == 0 {
		c.r.add(file, join(path, "cite"), "no citation: an alternative value needs its source")
	}
	c.cites(file, join(path, "cite"), a.Cite)
	c.text(file, join(path, "note"), a.Note, false)
}

// amount checks a value against its metric's unit (unknown when the metric
// is), with its qualifier and the months a partial year covers.
func (c *checker) amount(file, path string, unit Unit, v float64, qualifier string, months int) {
	p, s := join(path, "value"), strconv.FormatFloat(v, 'g', -1, 64)
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		c.r.add(file, p, "%s is not a finite number", s)
	case v < 0 && unit != Percent:
		c.r.add(file, p, "negative value %s; only percentages may be negative", s)
	case math.Abs(v) > absurd:
		c.r.add(file, p, "value %s is absurd (over 1e9)", s)
	case unit == Count && v != math.Trunc(v):
		c.r.add(file, p, "a count must be a whole number, got %s", s)
	}
	c.oneOf(file, join(path, "qualifier"), "qualifier", qualifier, qualifiers)
	if months < 0 || months > 11 {
		c.r.add(file, join(path, "months"), "months %d is outside 0-11 (0 is the full year)", months)
	}
}

func (c *checker) cites(file, path string, cites []Citation) {
	for i, ct := range cites {
		p := index(path, i)
		if ct.Source == "" {
			c.r.add(file, join(p, "source"), "missing")
		} else if !c.sources[ct.Source] {
			c.r.add(file, join(p, "source"), "unknown source %q", ct.Source)
		}
		c.required(file, join(p, "evidence"), ct.Evidence)
	}
}

// derived checks that a figure said to be a sum is the sum of figures that
// exist in the same year.
func (c *checker) derived(file, path string, y *Year, f *Figure) {
	sum, complete := 0.0, len(f.DerivedFrom) > 0
	for i, id := range f.DerivedFrom {
		p := index(join(path, "derived_from"), i)
		g, ok := y.Figure(id)
		switch {
		case c.metrics[id] == nil:
			c.r.add(file, p, "unknown metric %q", id)
		case !ok:
			c.r.add(file, p, "no %q figure in %d to derive from", id, y.Year)
		default:
			sum += g.Value
			continue
		}
		complete = false
	}
	if complete && math.Abs(sum-f.Value) > 1e-9*math.Max(math.Abs(sum), math.Abs(f.Value)) {
		c.r.add(file, join(path, "value"), "value %s is not the sum of derived_from (%s)",
			strconv.FormatFloat(f.Value, 'g', -1, 64), strconv.FormatFloat(sum, 'g', -1, 64))
	}
}

// asOf checks the date a level was reported at: in the figure's year, or
// in the next, when reviews report the level at the year's end. A level
// of an earlier year is not this year's (a year without one is a gap,
// not the last level carried on), and one reported more than a year later
// is no year-end figure.
func (c *checker) asOf(file, path string, year int, d Date) {
	if !d.IsZero() && (d.Year < year || d.Year > year+1) {
		c.r.add(file, path, "as_of %s is outside %d and %d: a level reported then is not %d's", d, year, year+1, year)
	}
}

// event checks one highlight; year is the file's, so that a wrong year:
// line is reported once, not once per event.
func (c *checker) event(file, path string, year int, e *Event) {
	switch d := e.Date; {
	case d.IsZero():
		c.r.add(file, join(path, "date"), "missing")
	case d.Year != year:
		c.r.add(file, join(path, "date"), "date %s is outside %d, the year of this file", d, year)
	case d.Month == 0:
		c.r.add(file, join(path, "date"), "date %s gives only the year; want YYYY-MM or YYYY-MM-DD", d)
	}
	c.oneOf(file, join(path, "kind"), "kind", e.Kind, kinds)
	c.oneOf(file, join(path, "tier"), "tier", e.Tier, tiers)
	c.text(file, join(path, "partner"), e.Partner, false)
	c.text(file, join(path, "summary"), e.Summary, true)
	c.fits(file, join(path, "summary"), e.Summary, roomSummary)
	if len(e.Cite) == 0 {
		c.r.add(file, join(path, "cite"), "no citation")
	}
	c.cites(file, join(path, "cite"), e.Cite)
}
