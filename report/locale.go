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
// strings and how numbers and dates are written.
type locale struct {
	tag     language.Tag
	pdfLang string // the document language tag in the PDF catalog
	printer *message.Printer
	words   words
}

// words are the briefing's own sentences and labels in one language.
type words struct {
	language      string // the language's own name
	subtitle      string
	edition       string // "Edition of %s"
	sectionKey    string
	sectionTrends string
	sectionEvents string
	sectionNotes  string
	sectionSrc    string
	allFigures    string // "All figures for %d"
	colMetric     string
	colChange     string
	colSources    string
	page          string // "Page %d of %d"
	asOf          string // "Data as of %s"
	vsPrev        string // "on %d"
	noPrev        string // "no %d figure to compare"
	notComparable string
	sourcesLine   string // "Sources: %s"
	noSources     string
	months        string // "%d months"
	expected      string
	nearly        string // "nearly %s"
	units         map[string]string
	kinds         map[string]string
	tiers         map[string]string
	langNames     map[string]string
	noteConflict  string // "%s, %d: the briefing uses %s"
	noteOthers    string // "; other sources give "
	noteDerived   string // "%s, %d: %s is the sum of %s, not a figure a source states."
	noteWorked    string // "%s, %d: %s is worked out, not stated: %s"
	notePartial   string // "%s, %d: covers the first %d months only, so it is not compared with the year before."
	noteExpected  string // "%s, %d: %s is a forecast made before the year closed."
	noteRemark    string // "%s, %d: %s"
	noNotes       string
	dateCirca     string // "around %s"
	noURL         string
	gapNote       string // "Charts leave a gap where a year has no figure."
}

// Languages lists the editions this version can make.
func Languages() []string { return []string{"vi"} }

func localeFor(lang string) (*locale, error) {
	switch lang {
	case "vi":
		return &locale{tag: language.Vietnamese, pdfLang: "vi-VN", printer: message.NewPrinter(language.Vietnamese), words: vietnamese}, nil
	}
	return nil, fmt.Errorf("no edition in language %q (this version has: vi)", lang)
}

// num writes v with the locale's separators and at most digits decimals.
func (l *locale) num(v float64, digits int) string {
	if v == math.Trunc(v) {
		digits = 0
	}
	return l.printer.Sprint(number.Decimal(v, number.MaxFractionDigits(digits)))
}

// value writes a figure's number with its qualifier and unit.
func (l *locale) value(m data.Metric, v float64, qualifier string) string {
	s := l.num(v, 2)
	switch m.Unit {
	case "percent":
		s += "%"
	case "usd_bn", "million":
		s += " " + l.words.units[m.Unit]
	}
	return l.qualify(s, qualifier)
}

func (l *locale) qualify(s, qualifier string) string {
	switch qualifier {
	case "approx":
		return "~" + s
	case "over":
		return ">" + s
	case "nearly":
		return fmt.Sprintf(l.words.nearly, s)
	}
	return s
}

// signed writes a change with an explicit sign. The minus is ASCII: Noto
// Sans has no U+2212, and "-" copies cleanly into a spreadsheet.
func (l *locale) signed(v float64, digits int) string {
	s := l.num(math.Abs(v), digits)
	switch {
	case v > 0:
		return "+" + s
	case v < 0:
		return "-" + s
	}
	return "±0"
}

// change writes "+1 (+4,5%)", or the percentage-point difference for a
// percentage metric.
func (l *locale) change(m data.Metric, c *data.Change) string {
	abs := l.signed(c.Abs, 2)
	switch m.Unit {
	case "percent":
		return abs + " " + l.words.units["pp"]
	case "usd_bn", "million":
		abs += " " + l.words.units[m.Unit]
	}
	if c.HasPct {
		abs += " (" + l.signed(c.Pct, 1) + "%)"
	}
	return abs
}

// date writes a date as the language does (day/month/year in Vietnamese).
func (l *locale) date(d data.Date) string {
	switch {
	case d.Month == 0:
		return fmt.Sprint(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%02d/%d", d.Month, d.Year)
	}
	return fmt.Sprintf("%02d/%02d/%d", d.Day, d.Month, d.Year)
}

// list joins items the way the language lists them.
func (l *locale) list(items []string) string { return strings.Join(items, "; ") }
