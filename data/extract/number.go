package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// number is one number of a sentence as the article writes it, with what is
// written around it: a hedge, a currency, a scale, a percent sign, a
// multiple. Offsets are bytes of the sentence.
type number struct {
	start, end int // the whole figure as written: hedge, currency, digits, scale, unit
	digits     [2]int
	value      float64 // the digits times the scale (6800亿 is 6.8e11)
	integer    bool    // written without a fraction, before any scale
	scaled     bool    // a scale word follows (tỷ, billion, 万)
	currency   bool    // in US dollars
	percent    bool
	times      bool // a multiple ("gấp 3,4 lần", "2.5 times")
	timesBy    bool // a multiple of the increase ("增长1.5倍" is 2.5 times)
	ordinal    bool // lần thứ 14, 190th, 第14
	word       bool // written in words (bốn, three)
	qualifier  string
	trap       string // why it is not a figure of any metric: a year, a date, a rank...
}

// numbers finds the numbers of a sentence, traps included: matching decides
// which are figures, and a trap's span keeps a cue from reaching past it.
func numbers(s string, lx *lexicon) []number {
	var out []number
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if digitValue(r) < 0 {
			i += n
			continue
		}
		num := readNumber(s, i, lx)
		out = append(out, num)
		i = num.digits[1]
	}
	return append(out, wordNumbers(s, lx)...)
}

// digitValue is the value of an ASCII or full-width digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// readNumber reads the number whose first digit is at i, and what is written
// around it.
func readNumber(s string, i int, lx *lexicon) number {
	num := number{start: i, end: i}
	v, end, integer := readDigits(s, i, lx)
	num.digits = [2]int{i, end}
	num.value, num.integer, num.end = v, integer, end
	num.trap = glued(s, i, end)
	readAfter(s, &num, lx)
	readBefore(s, &num, lx)
	if num.trap == "" && isYear(s[i:end], &num) {
		num.trap = "year"
	}
	return num
}

// readDigits reads digits with the language's thousands separator (a group
// of exactly three digits) and decimal mark. A separator followed by
// anything but three digits is read as the decimal mark when the language's
// own mark is not there: "12.6" in Vietnamese is twelve point six.
func readDigits(s string, i int, lx *lexicon) (float64, int, bool) {
	var whole, frac strings.Builder
	end := scanDigits(s, i, &whole)
	for end < len(s) && s[end] == lx.group {
		if n := scanDigits(s, end+1, &strings.Builder{}); n-(end+1) == 3 {
			end = scanDigits(s, end+1, &whole)
			continue
		}
		break
	}
	if end < len(s) && (s[end] == lx.decimal || s[end] == lx.group || strings.HasPrefix(s[end:], "．")) {
		w := 1
		if s[end] != lx.decimal && s[end] != lx.group {
			w = len("．")
		}
		if n := scanDigits(s, end+w, &frac); n > end+w {
			end = n
		}
	}
	v := parseFloat(whole.String(), frac.String())
	return v, end, frac.Len() == 0
}

// scanDigits appends the digits from i to b and returns where they end.
func scanDigits(s string, i int, b *strings.Builder) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		d := digitValue(r)
		if d < 0 {
			break
		}
		b.WriteByte(byte('0' + d))
		i += n
	}
	return i
}

func parseFloat(whole, frac string) float64 {
	v := 0.0
	for _, c := range whole {
		v = v*10 + float64(c-'0')
	}
	f := 0.1
	for _, c := range frac {
		v += f * float64(c-'0')
		f /= 10
	}
	return round(v)
}

// round drops the float noise of arithmetic on decimals (3.4-1 is
// 2.3999999999999999), keeping nine significant decimals.
func round(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// glued reports a number that is part of a name, a date, a time or a
// range: "G20", "COVID-19", "12/12/2023", "06:06", "2023-2027".
func glued(s string, start, end int) string {
	if letterBefore(s, start) {
		return "name"
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	switch {
	case strings.ContainsRune("/:", before) || strings.ContainsRune("/:", after):
		return "date"
	case (before == '-' || before == '–') && start > 1 && digitValue(lastRune(s[:start-1])) >= 0:
		return "range"
	case (after == '-' || after == '–') && digitValue(firstRune(s[end+1:])) >= 0:
		return "range"
	case before == '-' && letterBefore(s, start-1):
		return "name"
	}
	return ""
}

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// isYear reports a bare four-digit number a year could be (1900 to 2100)
// with nothing that makes it a quantity.
func isYear(digits string, num *number) bool {
	return len(digits) == 4 && num.integer && !num.scaled && !num.currency && !num.percent &&
		num.value >= 1900 && num.value <= 2100
}
