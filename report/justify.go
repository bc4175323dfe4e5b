package report

import (
	"math"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/report/text"
	"github.com/rivo/uniseg"
	"golang.org/x/text/width"
)

// The most justify may add at one gap, as a share of the font size. Set
// in the manner of JIS X 4051 and the W3C's clreq: word spaces take the
// larger share of the slack, and Chinese characters are spread by a small
// fraction of an em at most. A line that would need more (it broke before a long
// unbreakable word) is set ragged: spreading every character of it reads
// as broken, and copies out with spaces between the characters.
const (
	maxSpaceStretch = 0.25 // after a word space
	maxCJKStretch   = 0.08 // beside a full-width character
)

// justify spreads a line's slack so that it ends flush at w, as Chinese
// body text is set. The slack goes where Chinese lets it go: at spaces and
// beside every full-width character, never inside a Latin word, a number or
// a source marker; each gap takes its share of the slack in proportion to
// its limit, and a line whose gaps would pass their limits is left as it
// is. PDF's word spacing (Tw) applies only to single-byte code 32, never to
// two-byte character codes, so the line's pieces are cut at those places
// and moved.
func justify(l text.Line, size, w float64) text.Line {
	slack := w - l.Width
	if slack <= 0.01 {
		return l
	}
	clusters := splitClusters(l, size)
	room := 0.0
	for i := 1; i < len(clusters); i++ {
		room += maxStretch(clusters[i-1].Text, clusters[i].Text)
	}
	if room == 0 || slack > room*size {
		return l
	}
	ratio := slack / (room * size)
	var out []text.Piece
	shift := 0.0
	for i, c := range clusters {
		var add float64
		if i > 0 {
			add = ratio * size * maxStretch(clusters[i-1].Text, c.Text)
		}
		if add > 0 {
			shift += add
			// Full-width characters in a row become one run whose glyphs
			// each carry add after them (PDF character spacing), so the
			// page holds one text run per line, not one per character.
			if last := &out[len(out)-1]; sameRun(*last, c) && abuts(clusters[i-1], c) && allWide(last.Text) && allWide(c.Text) {
				last.Text += c.Text
				last.W += add + c.W
				last.Tracking = add
				continue
			}
		} else if i > 0 && sameRun(clusters[i-1], c) && abuts(clusters[i-1], c) {
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

// abuts reports whether b starts where a ends, neither tracked: a mark set
// closer to the next (text's punctuation squeezing, a negative tracking)
// stays a piece of its own.
func abuts(a, b text.Piece) bool {
	return a.Tracking == 0 && b.Tracking == 0 && math.Abs(a.X+a.W-b.X) < 0.001
}

func sameRun(a, b text.Piece) bool {
	return a.Face == b.Face && a.Attr == b.Attr && a.Style == b.Style
}

// maxStretch is the most space justify may add between clusters a and b,
// in ems: after a word space, or beside a full-width character.
func maxStretch(a, b string) float64 {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	switch {
	case ra == ' ':
		return maxSpaceStretch
	case wide(ra) || wide(rb):
		return maxCJKStretch
	}
	return 0
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
