package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// escapeLine makes s safe to print as one line of a message: control
// characters (a newline or an escape sequence in a folder's name),
// bidirectional controls and bytes that are not UTF-8 are written as Go
// escapes (\n, \x1b, \u202e), so a name can neither forge a second error
// line nor drive the terminal. Everything else, Vietnamese and Chinese
// included, is left as it is.
func escapeLine(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	return strings.IndexFunc(s, unsafeRune) >= 0
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'
}
