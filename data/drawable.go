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
	m := &glyphMemo{drawable: drawable, clusters: map[string]bool{}, runes: map[rune]runeFacts{}}
	var problems Diagnostics
	for _, t := range ds.positions.texts {
		if strings.HasSuffix(t.path, ".evidence") {
			continue
		}
		if msg := m.undrawable(t.text); msg != "" {
			problems = append(problems, ds.positions.diag(t.file, t.path, "%s", msg))
		}
	}
	problems.sort()
	return problems
}

// glyphMemo remembers what drawable said: the dataset's texts share most
// of their characters, and most texts are checked rune by rune.
type glyphMemo struct {
	drawable func(string) bool
	clusters map[string]bool
	ascii    [0x80]runeFacts
	runes    map[rune]runeFacts
}

// runeFacts is what is known of one rune, 0 before it is looked at.
type runeFacts uint8

const (
	looked runeFacts = 1 << iota
	alone            // a grapheme cluster of its own wherever it stands (see standsAlone)
	drawn            // some font draws it, or it is white space and needs no glyph
)

func (m *glyphMemo) facts(r rune) runeFacts {
	if r >= 0 && r < 0x80 && m.ascii[r] != 0 {
		return m.ascii[r]
	}
	if f, ok := m.runes[r]; ok {
		return f
	}
	f := looked
	if standsAlone(r) {
		f |= alone
	}
	if unicode.IsSpace(r) || m.drawable(string(r)) {
		f |= drawn
	}
	if r >= 0 && r < 0x80 {
		m.ascii[r] = f
	} else {
		m.runes[r] = f
	}
	return f
}

func (m *glyphMemo) cluster(c string) bool {
	ok, seen := m.clusters[c]
	if !seen {
		ok = m.drawable(c)
		m.clusters[c] = ok
	}
	return ok
}

// undrawable names the first character of s that no font can draw: a rune
// none has, or else a cluster no one font has whole. White space is never
// drawn and needs no glyph. Where every rune is a cluster of its own, s is
// checked rune by rune without segmenting it.
func (m *glyphMemo) undrawable(s string) string {
	singles := true
	for _, r := range s {
		if m.facts(r)&alone == 0 {
			singles = false
			break
		}
	}
	if singles {
		for _, r := range s {
			if m.facts(r)&drawn == 0 {
				return fmt.Sprintf("no font can draw %q (%U)", r, r)
			}
		}
		return ""
	}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		c := g.Str()
		if strings.TrimFunc(c, unicode.IsSpace) == "" || m.cluster(c) {
			continue
		}
		var codes []string
		for _, r := range c {
			if m.facts(r)&drawn == 0 {
				return fmt.Sprintf("no font can draw %q (%U)", r, r)
			}
			codes = append(codes, fmt.Sprintf("%U", r))
		}
		return fmt.Sprintf("no font can draw %q (%s) as one character", c, strings.Join(codes, " "))
	}
	return ""
}

// standsAlone reports whether r is a grapheme cluster of its own wherever
// it stands (UAX #29): not a mark, joiner, variation selector, Hangul jamo,
// regional indicator, emoji modifier, prepended sign or CR. Text in NFC, as
// the loader keeps it, nearly always has only such runes: Vietnamese is
// precomposed, Chinese has no marks.
func standsAlone(r rune) bool {
	if r < 0x300 {
		return r != '\r'
	}
	return !(unicode.In(r, unicode.M, unicode.Hangul, unicode.Join_Control, unicode.Variation_Selector,
		unicode.Regional_Indicator, unicode.Prepended_Concatenation_Mark) ||
		r >= 0x1F3FB && r <= 0x1F3FF || r == 0xFF9E || r == 0xFF9F || r >= 0xE0000 && r <= 0xE007F)
}
