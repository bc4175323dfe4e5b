package data

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// CheckGlyphs reports every text a briefing may print that holds a
// character no font can draw, naming the character, the file, line and
// field, so the analyst fixes the data rather than finding a blank box in a
// PDF. drawable reports whether one font can draw a grapheme cluster (a
// letter with its marks) whole, as the layout sets it: "黑" and a dot below
// are each drawable, by different fonts, but not together. Evidence
// snippets are never printed and are not checked. A Dataset built in code
// has no texts to check.
func CheckGlyphs(ds *Dataset, drawable func(cluster string) bool) Diagnostics {
	if ds.positions == nil {
		return nil
	}
	memo := map[string]bool{} // the dataset's texts share most of their characters
	can := func(c string) bool {
		ok, seen := memo[c]
		if !seen {
			ok = drawable(c)
			memo[c] = ok
		}
		return ok
	}
	var problems Diagnostics
	for _, t := range ds.positions.texts {
		if strings.HasSuffix(t.path, ".evidence") {
			continue
		}
		if msg := undrawable(t.text, can); msg != "" {
			problems = append(problems, ds.positions.diag(t.file, t.path, "%s", msg))
		}
	}
	problems.sort()
	return problems
}

// undrawable names the first character of s that no font can draw: a rune
// none has, or else a cluster no one font has whole. White space is never
// drawn and needs no glyph.
func undrawable(s string, drawable func(string) bool) string {
	if singles(s) {
		for _, r := range s {
			if !unicode.IsSpace(r) && !drawable(string(r)) {
				return fmt.Sprintf("no font can draw %q (%U)", r, r)
			}
		}
		return ""
	}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		c := g.Str()
		if strings.TrimFunc(c, unicode.IsSpace) == "" || drawable(c) {
			continue
		}
		var codes []string
		for _, r := range c {
			if !unicode.IsSpace(r) && !drawable(string(r)) {
				return fmt.Sprintf("no font can draw %q (%U)", r, r)
			}
			codes = append(codes, fmt.Sprintf("%U", r))
		}
		return fmt.Sprintf("no font can draw %q (%s) as one character", c, strings.Join(codes, " "))
	}
	return ""
}

// singles reports whether every rune of s is a grapheme cluster of its own
// (UAX #29), so s can be checked rune by rune without segmenting it: no
// mark, joiner, variation selector, Hangul jamo, regional indicator, emoji
// modifier, prepended sign or CR. Text in NFC, as the loader keeps it, is
// nearly always so: Vietnamese is precomposed, Chinese has no marks.
func singles(s string) bool {
	for _, r := range s {
		if r < 0x300 && r != '\r' {
			continue
		}
		if r == '\r' || unicode.In(r, unicode.M, unicode.Hangul, unicode.Join_Control, unicode.Variation_Selector,
			unicode.Regional_Indicator, unicode.Prepended_Concatenation_Mark) ||
			r >= 0x1F3FB && r <= 0x1F3FF || r == 0xFF9E || r == 0xFF9F || r >= 0xE0000 && r <= 0xE007F {
			return false
		}
	}
	return true
}
