package data

import (
	"strings"
	"unicode"
)

// CheckGlyphs reports every text a briefing may print that holds a
// character no font can draw (has reports whether one can), naming the
// character, the file, line and field, so the analyst fixes the data rather
// than finding a blank box in a PDF. Evidence snippets are never printed and
// are not checked. A Dataset built in code has no texts to check.
func CheckGlyphs(ds *Dataset, has func(rune) bool) Diagnostics {
	if ds.positions == nil {
		return nil
	}
	var problems Diagnostics
	for _, t := range ds.positions.texts {
		if strings.HasSuffix(t.path, ".evidence") {
			continue
		}
		for _, r := range t.text {
			if !unicode.IsSpace(r) && !has(r) {
				problems = append(problems, ds.positions.diag(t.file, t.path, "no font can draw %q (%U)", r, r))
				break
			}
		}
	}
	problems.sort()
	return problems
}
