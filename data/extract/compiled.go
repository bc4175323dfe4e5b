package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// patterns are a lexicon's word lists compiled into case-insensitive
// matchers, once, for the searches that look around a number.
type patterns struct {
	rise, fall, expected, compare, lastYear, thisYear, timesNeed *regexp.Regexp
	months                                                       []*regexp.Regexp
}

// compiled holds every lexicon's patterns, made on first use: only extract
// needs them, and every process that makes a briefing would pay at start.
var compiled = sync.OnceValue(func() map[*lexicon]*patterns {
	out := map[*lexicon]*patterns{}
	for _, lx := range lexicons {
		p := &patterns{rise: anyOf(lx.rise), fall: anyOf(lx.fall), expected: anyOf(lx.expected),
			compare: anyOf(lx.compare), lastYear: anyOf(lx.lastYear), thisYear: anyOf(lx.thisYear),
			timesNeed: anyOf(lx.timesNeed)}
		for _, m := range lx.months {
			p.months = append(p.months, regexp.MustCompile("(?i)"+m))
		}
		out[lx] = p
	}
	return out
})

// anyOf matches any of words, ignoring case; nil for no words.
func anyOf(words []string) *regexp.Regexp {
	if len(words) == 0 {
		return nil
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile("(?i)(?:" + strings.Join(quoted, "|") + ")")
}

// lastWithin finds the last match of re in s[:at] that ends at most
// maxWords words (or runes, in a dense language) before at, with nothing
// between that a cue may not reach across. It returns the match's start, or -1.
func lastWithin(re *regexp.Regexp, s string, at, maxWords int, dense bool) int {
	if re == nil {
		return -1
	}
	from := window(s, at, maxWords)
	best := -1
	for _, loc := range re.FindAllStringIndex(s[from:at], -1) {
		if gap, ok := gapWords(s[from+loc[1]:at], dense); ok && gap <= maxWords {
			best = from + loc[0]
		}
	}
	return best
}

// window is where to start looking back from at for words at most
// maxWords away: a generous 32 bytes a word and 64 for the words looked
// for, on a rune boundary, so that a long text is not searched from its
// start for every number.
func window(s string, at, maxWords int) int {
	from := max(at-32*maxWords-64, 0)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	return from
}

// firstWithin finds the first match of re in s[at:] that starts at most
// maxWords words after at, and returns where it ends, or -1.
func firstWithin(re *regexp.Regexp, s string, at, maxWords int, dense bool) int {
	if re == nil {
		return -1
	}
	loc := re.FindStringIndex(s[at:])
	if loc == nil {
		return -1
	}
	if gap, ok := gapWords(s[at:at+loc[0]], dense); !ok || gap > maxWords {
		return -1
	}
	return at + loc[1]
}
