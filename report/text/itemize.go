package text

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
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
	return itemize(nfc(s), chainOf(style), nil)
}

// itemize appends the runs of s, valid UTF-8 in NFC, to runs. A run's text
// is a slice of s, grown in place as clusters join it.
func itemize(s string, chain []*fonts.Face, runs []Run) ([]Run, error) {
	first := len(runs)
	state := -1
	for i := 0; i < len(s); {
		var cluster string
		cluster, _, state = firstCluster(s[i:], state)
		face, err := pick(chain, cluster)
		if err != nil {
			err.(*MissingGlyphError).Text = s
			return nil, err
		}
		end := i + len(cluster)
		if n := len(runs); n > first && runs[n-1].Face == face {
			runs[n-1].Text = s[i-len(runs[n-1].Text) : end]
		} else {
			runs = append(runs, Run{Face: face, Text: cluster})
		}
		i = end
	}
	return runs, nil
}

// nfc is norm.NFC.String. Text of characters with a known line-break
// class is left as it is without asking norm: each of them is in NFC and
// combines with nothing before it (breaks_test.go checks every one).
func nfc(s string) string {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if classOf(r) == otherClass {
			return norm.NFC.String(s)
		}
		i += n
	}
	return s
}

// styleChains holds fonts.Chain for the styles a briefing uses, made once.
var styleChains = [...][]*fonts.Face{
	fonts.Regular: fonts.Chain(fonts.Regular),
	fonts.Bold:    fonts.Chain(fonts.Bold),
	fonts.Italic:  fonts.Chain(fonts.Italic),
}

// chainOf is fonts.Chain(s), not to be modified.
func chainOf(s fonts.Style) []*fonts.Face {
	if s >= 0 && int(s) < len(styleChains) {
		return styleChains[s]
	}
	return fonts.Chain(s)
}

// pick is fonts.Pick, with the rune to name when no face draws the
// cluster whole.
func pick(chain []*fonts.Face, cluster string) (*fonts.Face, error) {
	if f, ok := fonts.Pick(chain, cluster); ok {
		return f, nil
	}
	for _, r := range cluster {
		if !anyHas(chain, r) {
			return nil, &MissingGlyphError{Rune: r}
		}
	}
	// Every rune is drawable, but by different faces: splitting the
	// cluster would pull a mark off its letter, so report the first.
	return nil, &MissingGlyphError{Rune: []rune(cluster)[0]}
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
