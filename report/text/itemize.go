package text

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// Run is a stretch of text that one face draws.
type Run struct {
	Face *fonts.Face
	Text string
}

// MissingGlyphError names a character that no embedded font can draw.
type MissingGlyphError struct {
	Rune rune
	Text string // the text it was found in
}

func (e *MissingGlyphError) Error() string {
	return fmt.Sprintf("no font can draw %q (U+%04X) in %q", e.Rune, e.Rune, shorten(e.Text, 60))
}

// ErrInvalidUTF8 is returned for text that is not valid UTF-8.
var ErrInvalidUTF8 = errors.New("text is not valid UTF-8")

// Itemize normalizes s to NFC and splits it into runs, giving each grapheme
// cluster to the first face in the style's chain that has all of its runes.
func Itemize(s string, style fonts.Style) ([]Run, error) {
	if !utf8.ValidString(s) {
		return nil, ErrInvalidUTF8
	}
	s = norm.NFC.String(s)
	chain := fonts.Chain(style)
	var runs []Run
	state := -1
	rest := s
	for len(rest) > 0 {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		face, err := pick(chain, cluster)
		if err != nil {
			err.(*MissingGlyphError).Text = s
			return nil, err
		}
		if n := len(runs); n > 0 && runs[n-1].Face == face {
			runs[n-1].Text += cluster
			continue
		}
		runs = append(runs, Run{Face: face, Text: cluster})
	}
	return runs, nil
}

func pick(chain []*fonts.Face, cluster string) (*fonts.Face, error) {
	for _, f := range chain {
		if hasAll(f, cluster) {
			return f, nil
		}
	}
	for _, r := range cluster {
		if !anyHas(chain, r) {
			return nil, &MissingGlyphError{Rune: r}
		}
	}
	// Every rune is drawable, but by different faces: keep the cluster
	// whole by splitting it rune by rune is wrong, so report the first.
	return nil, &MissingGlyphError{Rune: []rune(cluster)[0]}
}

func hasAll(f *fonts.Face, s string) bool {
	for _, r := range s {
		if !f.Has(r) {
			return false
		}
	}
	return true
}

func anyHas(chain []*fonts.Face, r rune) bool {
	for _, f := range chain {
		if f.Has(r) {
			return true
		}
	}
	return false
}

// Width is the width of runs set at size points, in points.
func Width(runs []Run, size float64) float64 {
	var w float64
	for _, r := range runs {
		w += RunWidth(r.Face, r.Text, size)
	}
	return w
}

// RunWidth is the width of s in face f at size points.
func RunWidth(f *fonts.Face, s string, size float64) float64 {
	var units float64
	for _, r := range s {
		units += f.Advance(r)
	}
	return units * size / 1000
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Drawable reports whether Itemize can give cluster (a letter with its
// marks) to one face, in the regular and the bold chain alike: the test a
// dataset's texts pass before a briefing prints them (data.CheckGlyphs).
func Drawable(cluster string) bool {
	for _, st := range []fonts.Style{fonts.Regular, fonts.Bold} {
		if _, err := pick(fonts.Chain(st), norm.NFC.String(cluster)); err != nil {
			return false
		}
	}
	return true
}
