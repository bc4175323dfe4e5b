package report

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

// value writes a figure's number with its qualifier and unit.
func (l *locale) value(m data.Metric, v float64, qualifier string) string {
	return l.qualify(l.amount(m.Unit, v), qualifier)
}

// amount writes v in unit, scaled and worded as the language counts it.
func (l *locale) amount(unitID string, v float64) string {
	u, ok := l.words.units[unitID]
	if !ok {
		return l.num(v, 2)
	}
	v *= l.scale(unitID)
	format := u.formats[0]
	for _, next := range u.formats[1:] {
		if math.Abs(v) < 1e4 {
			break
		}
		v, format = v/1e4, next
	}
	return fmt.Sprintf(format, l.num(v, 2))
}

// scale is what a value in unitID is multiplied by before it is written,
// and before it is charted: the chart titles name the edition's unit.
func (l *locale) scale(unitID string) float64 {
	if s := l.words.units[unitID].scale; s != 0 {
		return s
	}
	return 1
}

func (l *locale) qualify(s, qualifier string) string {
	switch qualifier {
	case "approx":
		return "~" + s
	case "over":
		return fmt.Sprintf(l.words.over, s)
	case "nearly":
		return fmt.Sprintf(l.words.nearly, s)
	}
	return s
}

// sign is the explicit sign of a change. The minus is ASCII: Noto Sans has
// no U+2212, and "-" copies cleanly into a spreadsheet.
func sign(v float64) string {
	switch {
	case v > 0:
		return "+"
	case v < 0:
		return "-"
	}
	return "±"
}

// change writes "+1 (+4,5%)", or the percentage-point difference for a
// percentage metric.
func (l *locale) change(m data.Metric, c *data.Change) string {
	if m.Unit == "percent" {
		return sign(c.Abs) + l.amount("pp", math.Abs(c.Abs))
	}
	s := sign(c.Abs) + l.amount(m.Unit, math.Abs(c.Abs))
	if c.HasPct {
		s += fmt.Sprintf(l.words.paren, sign(c.Pct)+l.num(math.Abs(c.Pct), 1)+"%")
	}
	return s
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
