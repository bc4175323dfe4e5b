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
	var problems Diagnostics
	for _, t := range ds.positions.texts {
		if strings.HasSuffix(t.path, ".evidence") {
			continue
		}
		if msg := undrawable(t.text, drawable); msg != "" {
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
