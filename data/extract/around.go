package extract

import "strings"

// readAfter reads what follows the digits: an ordinal ending, a hedge, a
// scale, a currency, a percent sign or a multiple, and the words that make
// the number a date, a duration or an anniversary.
func readAfter(s string, num *number, lx *lexicon) {
	at := num.digits[1]
	if n := wordAt(s[at:], lx.ordinalEnd); n > 0 && len(lx.ordinalEnd) > 0 {
		num.ordinal = true
		return
	}
	at = afterHedge(s, at, num, lx)
	if n := scaleAt(s, at, lx, num); n > 0 {
		at = afterHedge(s, n, num, lx)
		num.end = at
	}
	j := skipSpace(s, at)
	switch {
	case wordAt(s[j:], lx.currency) > 0:
		num.currency, num.end = true, j+wordAt(s[j:], lx.currency)
	case wordAt(s[j:], lx.percent) > 0:
		num.percent, num.end = true, j+wordAt(s[j:], lx.percent)
	case wordAt(s[j:], lx.times) > 0:
		num.times, num.end = true, j+wordAt(s[j:], lx.times)
	case num.trap == "" && !num.scaled && wordAt(s[j:], lx.notAfter) > 0:
		num.trap = "date or duration"
	}
}

// afterHedge reads a hedge written after the number (40多个, 2 billion-plus).
func afterHedge(s string, at int, num *number, lx *lexicon) int {
	if n := wordAt(s[at:], hedgeWords(lx.hedgesAfter)); n > 0 {
		num.qualifier = hedgeOf(s[at:at+n], lx.hedgesAfter)
		num.end = at + n
		return at + n
	}
	return at
}

// scaleAt reads a scale word after the number ("tỷ", "billion", "亿"), with
// a hyphen allowed ("$4-billion"), and returns where it ends, or 0.
func scaleAt(s string, at int, lx *lexicon, num *number) int {
	j := skipSpace(s, at)
	if j < len(s) && s[j] == '-' && !lx.dense {
		j++
	}
	for _, sc := range lx.scales {
		if n := wordAt(s[j:], []string{sc.word}); n > 0 {
			num.value, num.scaled = round(num.value*sc.factor), true
			return j + n
		}
	}
	return 0
}

// readBefore reads what comes before the digits: a currency sign, a hedge,
// an ordinal marker, and the words that make the number a date, a rank or
// part of a name.
func readBefore(s string, num *number, lx *lexicon) {
	at := num.digits[0]
	if n := wordBefore(s[:backSpace(s, at)], lx.prefix); n > 0 {
		num.currency, at = true, backSpace(s, at)-n
	}
	before := backSpace(s, at)
	if n := wordBefore(s[:before], hedgeWords(lx.hedges)); n > 0 && num.qualifier == "" {
		num.qualifier = hedgeOf(s[before-n:before], lx.hedges)
		at = before - n
	}
	num.start = at
	switch {
	case wordBefore(s[:before], lx.ordinal) > 0:
		num.ordinal = true
	case num.times && wordBefore(s[:before], lx.timesBy) > 0:
		num.timesBy = true
	case num.trap == "" && wordBefore(s[:before], lx.notBefore) > 0:
		num.trap = "date, rank or name"
	}
}

func hedgeWords(hs []hedge) []string {
	words := make([]string, len(hs))
	for i, h := range hs {
		words[i] = h.word
	}
	return words
}

// hedgeOf is the qualifier a hedge word stands for.
func hedgeOf(written string, hs []hedge) string {
	for _, h := range hs {
		if strings.EqualFold(h.word, written) || prefixFold(written, h.word) == len(written) {
			return h.qualifier
		}
	}
	return ""
}

// wordNumbers finds numbers written as words in a language that spaces its
// words ("bốn danh hiệu", "three comprehensive strategic partners"). Many
// such words have other senses (Vietnamese "năm" is also "year"), so a word
// number is a figure only right next to a cue.
func wordNumbers(s string, lx *lexicon) []number {
	var out []number
	for i := 0; i < len(s); i++ {
		if letterBefore(s, i) || !letterAt(s, i) || i > 0 && s[i-1] >= 0x80 {
			continue
		}
		for _, w := range lx.words {
			if n := wordAt(s[i:], []string{w.text}); n > 0 {
				num := number{start: i, end: i + n, digits: [2]int{i, i + n}, value: w.value, integer: true, word: true}
				readBefore(s, &num, lx)
				out = append(out, num)
				break
			}
		}
	}
	return out
}
