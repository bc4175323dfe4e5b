package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// yearMention is a year written in a sentence.
type yearMention struct {
	at, year int
	compared bool // "so với năm 2024", "than in 2022": the year of another figure
}

// years finds the years a sentence names, and the relative ones ("last
// year", "năm nay", "去年") dated by the article.
func (x *extractor) years(s string, nums []number) []yearMention {
	var out []yearMention
	for _, n := range nums {
		digits := s[n.digits[0]:n.digits[1]]
		if len(digits) != 4 || !n.integer || n.scaled || n.currency || n.percent || n.trap == "range" ||
			n.value < 1900 || n.value > 2100 {
			continue
		}
		y, _ := strconv.Atoi(digits)
		cmp := lastWithin(x.pat.compare, s, n.digits[0], 2, x.lx.dense) >= 0
		out = append(out, yearMention{at: n.digits[0], year: y, compared: cmp})
	}
	if x.a.Date.Year > 0 {
		out = x.relative(s, x.pat.lastYear, x.a.Date.Year-1, out)
		out = x.relative(s, x.pat.thisYear, x.a.Date.Year, out)
	}
	return out
}

// relative adds the years named by words ("last year", "năm nay", "去年")
// that re finds, dated by the article.
func (x *extractor) relative(s string, re *regexp.Regexp, year int, out []yearMention) []yearMention {
	if re == nil {
		return out
	}
	for _, loc := range re.FindAllStringIndex(s, -1) {
		cmp := lastWithin(x.pat.compare, s, loc[0], 1, x.lx.dense) >= 0
		out = append(out, yearMention{at: loc[0], year: year, compared: cmp})
	}
	return out
}

// flowYear is the year of a full year's flow (trade, visits) that neither
// the sentence nor the text dates: a year's total is known only once the
// year is over, so an article from before December gives the year before's.
func (x *extractor) flowYear(year int, f *found, months int, expected bool) int {
	d := x.a.Date
	if x.yearByDate && !f.metric.Stock && months == 0 && !expected && d.Month > 1 && d.Month < 12 && year == d.Year {
		return d.Year - 1
	}
	return year
}

// yearOf is the year of a figure at pos: the nearest year named in its
// clause, else in its sentence, that is not a year compared with; else the
// article's.
func (x *extractor) yearOf(s string, pos int) (int, bool) {
	best, dist := 0, -1
	for _, m := range x.named {
		d := abs(m.at - pos)
		if crossesClause(s, min(m.at, pos), max(m.at, pos)) {
			d += len(s)
		}
		if !m.compared && (dist < 0 || d < dist) {
			best, dist = m.year, d
		}
	}
	if dist >= 0 {
		return best, true
	}
	return x.year, false
}

// crossesClause reports whether s[i:j] runs over a comma or a semicolon.
func crossesClause(s string, i, j int) bool {
	return strings.ContainsAny(s[i:j], ",;，；、")
}

// articleYear is the year an article is about: the year its title names,
// else the year its text names most (none after its date), else by its
// date (a review published in January is about the year before), else
// fallback.
func (x *extractor) articleYear(folded string, fallback int) int {
	_, titleSpans := sentences(x.a.Title)
	for _, sp := range titleSpans {
		t := Fold(x.a.Title)[sp.start:sp.end]
		if y := x.mostNamed(t); y > 0 {
			return y
		}
	}
	if y := x.mostNamed(folded); y > 0 {
		return y
	}
	x.yearByDate = true
	switch {
	case x.a.Date.Month == 1:
		return x.a.Date.Year - 1
	case x.a.Date.Year > 0 && x.a.Date.Month > 0:
		return x.a.Date.Year
	case fallback > 0:
		return fallback
	}
	return x.a.Date.Year
}

// mostNamed is the year text names most often, leaving out years compared
// with and years after the article's date; the later year wins a tie.
func (x *extractor) mostNamed(text string) int {
	count := map[int]int{}
	for _, m := range x.years(text, numbers(text, x.lx)) {
		if !m.compared && (x.a.Date.Year == 0 || m.year <= x.a.Date.Year) {
			count[m.year]++
		}
	}
	years := make([]int, 0, len(count))
	for y := range count {
		years = append(years, y)
	}
	slices.Sort(years)
	best := 0
	for _, y := range years {
		if count[y] >= count[best] {
			best = y
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
