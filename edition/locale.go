package edition

import (
	"fmt"
	"math"
	"strings"

	"github.com/dipbrief/dipbrief/data"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// locale is everything that differs between editions: the interface
// strings and how numbers and dates are written. Digits and separators come
// from CLDR through golang.org/x/text; units, dates and wording from words.
type locale struct {
	tag     language.Tag
	pdfLang string // the document language tag in the PDF catalog
	printer *message.Printer
	words   words
}

// editions are the languages this version writes, in the order --lang all
// makes them.
var editions = []struct {
	code    string
	tag     language.Tag
	pdfLang string
	words   *words
}{
	{"vi", language.Vietnamese, "vi-VN", &vietnamese},
	{"en", language.English, "en", &english},
	{"zh", language.SimplifiedChinese, "zh-Hans", &chinese},
}

// Languages lists the editions this version can make.
func Languages() []string {
	var codes []string
	for _, e := range editions {
		codes = append(codes, e.code)
	}
	return codes
}

func localeFor(lang string) (*locale, error) {
	for _, e := range editions {
		if e.code == lang {
			return &locale{tag: e.tag, pdfLang: e.pdfLang, printer: message.NewPrinter(e.tag), words: *e.words}, nil
		}
	}
	return nil, fmt.Errorf("no edition in language %q (this version has: %s)", lang, strings.Join(Languages(), ", "))
}

// num writes v with the locale's separators and at most digits decimals.
func (l *locale) num(v float64, digits int) string {
	if v == math.Trunc(v) {
		digits = 0
	}
	opts := []number.Option{number.MaxFractionDigits(digits)}
	if l.words.ungroup {
		opts = append(opts, number.NoSeparator())
	}
	return l.printer.Sprint(number.Decimal(v, opts...))
}

// fixed writes v with exactly digits decimals, so that "+48.0%" stands as
// precise as the "+14.3%" beside it.
func (l *locale) fixed(v float64, digits int) string {
	opts := []number.Option{number.MinFractionDigits(digits), number.MaxFractionDigits(digits)}
	if l.words.ungroup {
		opts = append(opts, number.NoSeparator())
	}
	return l.printer.Sprint(number.Decimal(v, opts...))
}

// value writes a figure's number with its qualifier and unit.
func (l *locale) value(m data.Metric, v float64, qualifier string) string {
	return l.qualify(l.amount(m.Unit, v), qualifier)
}

// amount writes v in unit, scaled and worded as the language counts it.
func (l *locale) amount(unit data.Unit, v float64) string { return l.amountAt(unit, v, 2) }

// amountAt writes v in unit with at most digits decimals of the catalog's
// unit: a language that counts in larger units (亿 for billions) needs fewer.
func (l *locale) amountAt(unitID data.Unit, v float64, digits int) string {
	if v < 0 { // a fall in percent: the minus sign, not a hyphen
		return l.words.minus + l.amountAt(unitID, -v, digits)
	}
	u, ok := l.words.units[unitID]
	if !ok {
		return l.num(v, digits)
	}
	s := l.scale(unitID)
	v *= s
	digits = max(0, digits-int(math.Round(math.Log10(s))))
	format := u.formats[0]
	for _, next := range u.formats[1:] {
		if math.Abs(v) < 1e4 {
			break
		}
		v, format, digits = v/1e4, next, min(digits+4, 2)
	}
	return fmt.Sprintf(format, l.num(v, digits))
}

// scale is what a value in unitID is multiplied by before it is written,
// and before it is charted: the chart titles name the edition's unit.
func (l *locale) scale(unitID data.Unit) float64 {
	if s := l.words.units[unitID].scale; s != 0 {
		return s
	}
	return 1
}

// qualify puts a qualifier's words around a written value: ">930 tỷ USD",
// "nearly 700", "约8000亿美元".
func (l *locale) qualify(s, qualifier string) string {
	switch qualifier {
	case "approx":
		return fmt.Sprintf(l.words.approx, s)
	case "over":
		return fmt.Sprintf(l.words.over, s)
	case "nearly":
		return fmt.Sprintf(l.words.nearly, s)
	case "under":
		return fmt.Sprintf(l.words.under, s)
	}
	return s
}

// sign is the explicit sign of a change: the minus sign U+2212, as wide as
// the plus it stands against; machine formats keep plain numbers.
func (l *locale) sign(v float64) string {
	switch {
	case v > 0:
		return "+"
	case v < 0:
		return l.words.minus
	}
	return "±"
}

// ratioFrom is the rise, in per cent, past which a change reads better as
// a multiple ("×22.9") than as a percentage ("+2,188%").
const ratioFrom = 400

// change writes "+1 (+4,5%)", or the percentage-point difference for a
// percentage metric, no more precisely or surely than its two ends allow:
// a change between bounds or rounded figures is rounded toward what is
// known ("more than +US$143 billion") and carries the ends' qualifier.
func (l *locale) change(m data.Metric, c *data.Change) string {
	digits, pctDigits := 2, 1
	if c.Qualifier != "" && c.Qualifier != "exact" {
		digits, pctDigits = max(c.Decimals, 0), 0
	}
	unit := m.Unit
	if unit == data.Percent {
		unit = data.PP
	}
	abs := towardKnown(c.Abs, digits, c.Qualifier)
	s := l.sign(abs) + l.amountAt(unit, math.Abs(abs), digits)
	if c.HasPct {
		var p string
		if c.Pct >= ratioFrom {
			p = "×" + l.num(towardKnown(c.Pct/100+1, pctDigits, c.Qualifier), pctDigits)
		} else {
			pct := towardKnown(c.Pct, pctDigits, c.Qualifier)
			p = l.sign(pct) + l.fixed(math.Abs(pct), pctDigits) + "%"
		}
		return l.qualify(s, c.Qualifier) + fmt.Sprintf(l.words.paren, l.qualify(p, c.Qualifier))
	}
	return l.qualify(s, c.Qualifier)
}

// towardKnown rounds v to digits decimals on the side its qualifier leaves
// true: a lower bound down, an upper bound up, anything else to nearest.
func towardKnown(v float64, digits int, qualifier string) float64 {
	f := math.Pow(10, float64(digits))
	switch qualifier {
	case "over":
		return math.Floor(v*f+1e-9) / f
	case "under", "nearly":
		return math.Ceil(v*f-1e-9) / f
	}
	return math.Round(v*f) / f
}

// date writes a date known to the day, the month or the year as the
// language does: 11/01/2024, 11 January 2024, 2024年1月11日.
func (l *locale) date(d data.Date) string {
	ds := l.words.dates
	format := ds.year
	switch {
	case d.Day != 0:
		format = ds.day
	case d.Month != 0:
		format = ds.month
	}
	name := ""
	if d.Month >= 1 && d.Month <= len(ds.monthNames) {
		name = ds.monthNames[d.Month-1]
	}
	return fmt.Sprintf(format, d.Year, d.Month, d.Day, name)
}

// year writes a year on its own, as a table heading or a chart category.
func (l *locale) year(y int) string { return l.date(data.Date{Year: y}) }

// list joins items the way the language lists them.
func (l *locale) list(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	n := len(items) - 1
	return strings.Join(items[:n], l.words.listSep) + l.words.listLast + items[n]
}

// aside writes remarks on a figure in brackets after it: " (11 tháng, dự kiến)".
func (l *locale) aside(items []string) string {
	return fmt.Sprintf(l.words.paren, strings.Join(items, l.words.comma))
}

// chartValues are a metric's values in the unit the edition writes them in
// (亿美元 for billions of dollars in Chinese), so that axis ticks agree with
// the chart's title and the tables.
func (l *locale) chartValues(m data.Metric, vs []float64) []float64 {
	s := l.scale(m.Unit)
	if s == 1 {
		return vs
	}
	out := make([]float64, len(vs))
	for i, v := range vs {
		out[i] = v * s
	}
	return out
}
