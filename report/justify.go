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
		room += maxStretch(clusters[i-1].text(l), clusters[i].text(l))
	}
	if room == 0 || slack > room*size {
		return l
	}
	ratio := slack / (room * size)
	var out []text.Piece
	var last cluster // where the last piece of out lies in l, while it lies in one piece
	shift := 0.0
	for i, c := range clusters {
		var add float64
		if i > 0 {
			add = ratio * size * maxStretch(clusters[i-1].text(l), c.text(l))
		}
		joins := i > 0 && c.sameRun(l, clusters[i-1]) && clusters[i-1].abuts(l, c)
		if add > 0 {
			shift += add
			// Full-width characters in a row become one run whose glyphs
			// each carry add after them (PDF character spacing), so the
			// page holds one text run per line, not one per character.
			if joins && last.wide && c.wide {
				p := &out[len(out)-1]
				last.extend(l, p, c)
				p.W += add + c.w
				p.Tracking = add
				continue
			}
		} else if joins {
			p := &out[len(out)-1]
			last.extend(l, p, c)
			p.W += c.w
			continue
		}
		p := l.Pieces[c.src]
		p.Text, p.X, p.W = c.text(l), c.x+shift, c.w
		out = append(out, p)
		last = c
	}
	return text.Line{Pieces: out, Width: w}
}

// cluster is one grapheme cluster of a line cut for justifying:
// l.Pieces[src].Text[lo:hi], placed at x and w wide. As the last piece of
// a justified line, it is where that piece's text lies (src < 0 once the
// piece holds text from two of the line's pieces).
type cluster struct {
	x, w        float64
	src, lo, hi int
	wide        bool // every character full width
}

func (c cluster) text(l text.Line) string { return l.Pieces[c.src].Text[c.lo:c.hi] }

func (c cluster) sameRun(l text.Line, d cluster) bool {
	return sameRun(l.Pieces[c.src], l.Pieces[d.src])
}

// abuts reports whether d starts where c ends, neither tracked (see abuts).
func (c cluster) abuts(l text.Line, d cluster) bool {
	return l.Pieces[c.src].Tracking == 0 && l.Pieces[d.src].Tracking == 0 && math.Abs(c.x+c.w-d.x) < 0.001
}

// extend adds c's text to p, the piece last describes: a longer slice of
// the same piece when c follows on in it, as it nearly always does, so that
// a line is not copied once for every character put back.
func (last *cluster) extend(l text.Line, p *text.Piece, c cluster) {
	last.wide = last.wide && c.wide
	if last.src >= 0 && last.src == c.src && last.hi == c.lo {
		last.hi = c.hi
		p.Text = last.text(l)
		return
	}
	last.src = -1
	p.Text += c.text(l)
}

// splitClusters cuts a line's pieces into grapheme clusters, each placed
// where it was.
func splitClusters(l text.Line, size float64) []cluster {
	n := 0
	for _, p := range l.Pieces {
		n += utf8.RuneCountInString(p.Text) // at least as many as clusters
	}
	out := make([]cluster, 0, n)
	for i, p := range l.Pieces {
		x, rest, state := p.X, p.Text, -1
		for len(rest) > 0 {
			lo := len(p.Text) - len(rest)
			var cl string
			cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			w := text.RunWidth(p.Face, cl, size)
			out = append(out, cluster{x: x, w: w, src: i, lo: lo, hi: lo + len(cl), wide: allWide(cl)})
			x += w
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
