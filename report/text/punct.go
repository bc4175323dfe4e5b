package text

import (
	"strings"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
)

// Full-width punctuation is drawn in part of its em, the rest blank: a
// closing mark or a pause to the left or in the middle, an opening mark to
// the right. Two marks side by side would leave most of an em blank
// between them, so the pair is set closer where the glyphs' ink allows
// (标点挤压, punctuation squeezing, CLREQ §3.1.6), no two inks nearer than
// a quarter of an em, and by no more than maxSqueeze.
const (
	closingMarks = "，。、：；！？）》」』】〕〉〗｝］"
	openingMarks = "（《「『【〔〈〖｛［"
)

// squeezes reports whether two marks side by side leave blank between
// them that a line can close up: a closing mark before any mark, or any
// mark before an opening one.
func squeezes(a, b rune) bool {
	aClose, bOpen := strings.ContainsRune(closingMarks, a), strings.ContainsRune(openingMarks, b)
	return aClose && (bOpen || strings.ContainsRune(closingMarks, b)) ||
		bOpen && strings.ContainsRune(openingMarks, a)
}

// The most a pair is squeezed, and the blank kept between its inks, in
// thousandths of an em. Half an em is what CLREQ asks, but a reader that
// copies text (poppler's pdftotext among them) measures a glyph by its
// font width, not by the character spacing that shortens it, and takes a
// glyph set more than a fifth of an em into the one before for the start
// of a new line: so less than a fifth.
const (
	maxSqueeze = 180
	inkGap     = 250
)

// closeUp is how much closer two marks a and b, in faces fa and fb, are
// set, in points: what their blank between them holds beyond inkGap, up
// to half an em.
func closeUp(fa *fonts.Face, a rune, fb *fonts.Face, b rune, size float64) float64 {
	_, right, ok1 := fa.Ink(a)
	left, _, ok2 := fb.Ink(b)
	if !ok1 || !ok2 {
		return 0
	}
	return min(max(right+left-inkGap, 0), maxSqueeze) / 1000 * size
}

// squeeze sets each pair of full-width marks on a line closer. The first
// mark of a pair is cut into a piece of its own whose advance is shortened
// by tracking (PDF character spacing), rather than the second drawn over
// its blank: a reader that copies the text then finds every glyph after
// the one before it, on one line.
func squeeze(l Line, size float64) Line {
	if !hasMarks(l) {
		return l // most lines: nothing to cut, nothing to allocate
	}
	pieces := cutMarks(l.Pieces, size)
	shift := 0.0
	for i := range pieces {
		pieces[i].X -= shift
		if i+1 < len(pieces) {
			a, b := pieces[i], pieces[i+1]
			if ra, rb := lastRune(a.Text), firstRune(b.Text); utf8.RuneCountInString(a.Text) == 1 && squeezes(ra, rb) {
				d := closeUp(a.Face, ra, b.Face, rb, size)
				pieces[i].Tracking -= d
				pieces[i].W -= d
				shift += d
			}
		}
	}
	if shift == 0 {
		return l
	}
	return Line{Pieces: pieces, Width: l.Width - shift}
}

// cutMarks cuts pieces so that the first mark of every pair stands alone
// in its piece, each part keeping its place on the line.
func cutMarks(ps []Piece, size float64) []Piece {
	var out []Piece
	for k, p := range ps {
		var next rune
		if k+1 < len(ps) {
			next = firstRune(ps[k+1].Text)
		}
		start, x := 0, p.X
		cut := func(end int) {
			part := p
			part.Text, part.X = p.Text[start:end], x
			part.W = RunWidth(p.Face, part.Text, size) + p.Tracking*float64(utf8.RuneCountInString(part.Text))
			out = append(out, part)
			start, x = end, x+part.W
		}
		for i, r := range p.Text {
			j := i + utf8.RuneLen(r)
			after := next
			if j < len(p.Text) {
				after = firstRune(p.Text[j:])
			}
			if !squeezes(r, after) {
				continue
			}
			if i > start {
				cut(i)
			}
			if j < len(p.Text) {
				cut(j)
			}
		}
		tail := p
		tail.Text, tail.X, tail.W = p.Text[start:], x, p.W-(x-p.X)
		out = append(out, tail)
	}
	return out
}

// hasMarks reports whether a line holds any full-width mark at all.
func hasMarks(l Line) bool {
	for _, p := range l.Pieces {
		if strings.ContainsAny(p.Text, closingMarks+openingMarks) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
