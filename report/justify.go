package report

import (
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/report/text"
	"github.com/rivo/uniseg"
	"golang.org/x/text/width"
)

// maxStretch caps the space justify adds at one place, as a share of the
// font size: a line that would need more (it broke before a long Latin
// word) is better left ragged than gappy.
const maxStretch = 0.5

// justify spreads a line's slack so that it ends flush at w, as Chinese
// body text is set. The slack goes where Chinese lets it go: at spaces and
// beside every full-width character, never inside a Latin word, a number or
// a source marker. PDF's word spacing (Tw) applies only to single-byte
// code 32, never to two-byte character codes, so the line's pieces are cut
// at those places and moved.
func justify(l text.Line, size, w float64) text.Line {
	slack := w - l.Width
	if slack <= 0.01 {
		return l
	}
	clusters := splitClusters(l, size)
	n := 0
	for i := 1; i < len(clusters); i++ {
		if stretchable(clusters[i-1].Text, clusters[i].Text) {
			n++
		}
	}
	if n == 0 || slack/float64(n) > maxStretch*size {
		return l
	}
	per := slack / float64(n)
	var out []text.Piece
	shift := 0.0
	for i, c := range clusters {
		if i > 0 && stretchable(clusters[i-1].Text, c.Text) {
			shift += per
			// Full-width characters in a row become one run whose glyphs
			// each carry per after them (PDF character spacing), so the
			// page holds one text run per line, not one per character.
			if last := &out[len(out)-1]; sameRun(*last, c) && allWide(last.Text) && allWide(c.Text) {
				last.Text += c.Text
				last.W += per + c.W
				last.Tracking = per
				continue
			}
		} else if i > 0 && sameRun(clusters[i-1], c) {
			last := &out[len(out)-1]
			last.Text += c.Text
			last.W += c.W
			continue
		}
		c.X += shift
		out = append(out, c)
	}
	return text.Line{Pieces: out, Width: w}
}

// splitClusters cuts a line's pieces into grapheme clusters, each placed
// where it was.
func splitClusters(l text.Line, size float64) []text.Piece {
	var out []text.Piece
	for _, p := range l.Pieces {
		x, rest, state := p.X, p.Text, -1
		for len(rest) > 0 {
			var cl string
			cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			c := p
			c.Text, c.X, c.W = cl, x, text.RunWidth(p.Face, cl, size)
			out = append(out, c)
			x += c.W
		}
	}
	return out
}

func sameRun(a, b text.Piece) bool {
	return a.Face == b.Face && a.Attr == b.Attr && a.Style == b.Style
}

// stretchable reports whether space may be added between clusters a and b.
func stretchable(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == ' ' || wide(ra) || wide(rb)
}

// allWide reports whether every rune of s is full width.
func allWide(s string) bool {
	for _, r := range s {
		if !wide(r) {
			return false
		}
	}
	return s != ""
}

// wide is a full-width character (UAX #11): a Han ideograph or Chinese
// punctuation, each set on its own square.
func wide(r rune) bool {
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}
