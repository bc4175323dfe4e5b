package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordAt reports the length of the first of words that s starts with,
// ignoring case, or 0. A word that ends in a letter must end where s's word
// ends, so that "h" (an hour) is not read in "hội".
func wordAt(s string, words []string) int {
	for _, w := range words {
		if n := prefixFold(s, w); n > 0 && (!endsInLetter(w) || !letterAt(s, n)) {
			return n
		}
	}
	return 0
}

// wordBefore reports the length of the first of words that s ends with,
// ignoring case, or 0; a word that starts with a letter must start a word
// of s.
func wordBefore(s string, words []string) int {
	for _, w := range words {
		if n := suffixFold(s, w); n > 0 && (!startsWithLetter(w) || !letterBefore(s, len(s)-n)) {
			return n
		}
	}
	return 0
}

// prefixFold is the byte length of w's match at the start of s, or 0.
func prefixFold(s, w string) int {
	i := 0
	for _, wr := range w {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || !sameFold(r, wr) {
			return 0
		}
		i += n
	}
	return i
}

// suffixFold is the byte length of w's match at the end of s, or 0.
func suffixFold(s, w string) int {
	i, j := len(s), len(w)
	for j > 0 {
		wr, wn := utf8.DecodeLastRuneInString(w[:j])
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if n == 0 || !sameFold(r, wr) {
			return 0
		}
		i, j = i-n, j-wn
	}
	return len(s) - i
}

func sameFold(a, b rune) bool {
	return a == b || unicode.ToLower(a) == unicode.ToLower(b)
}

func endsInLetter(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return isWordLetter(r)
}

func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isWordLetter(r)
}

// isWordLetter is a letter of a language that spaces its words: a Chinese
// character is a word of its own, so it never joins its neighbours.
func isWordLetter(r rune) bool {
	return unicode.IsLetter(r) && !unicode.Is(unicode.Han, r)
}

func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordLetter(r) || unicode.IsMark(r)
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordLetter(r) || unicode.IsMark(r)
}

// skipSpace is i moved past any spaces of s.
func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// backSpace is i moved back over any spaces of s.
func backSpace(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

// gapWords counts the words of a gap between a cue and its number, and
// reports false when the gap holds what a cue must not reach across:
// another number (a year aside: "FDI in 2023 reached") or punctuation that
// ends a clause.
func gapWords(gap string, dense bool) (int, bool) {
	if strings.ContainsFunc(gap, func(r rune) bool { return strings.ContainsRune(",;:()[]，；：（）。、!?！？/", r) }) ||
		!onlyYears(gap) {
		return 0, false
	}
	if dense {
		return utf8.RuneCountInString(strings.TrimSpace(gap)), true
	}
	return len(strings.Fields(gap)), true
}

// onlyYears reports whether every run of digits in s is four long, as a
// year is.
func onlyYears(s string) bool {
	run := 0
	for _, r := range s + " " {
		if digitValue(r) >= 0 {
			run++
			continue
		}
		if run != 0 && run != 4 {
			return false
		}
		run = 0
	}
	return true
}
