package text

import (
	"strings"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
)

// Full-width punctuation is drawn in part of its em, the rest blank: a
// closing mark or a pause to the left or in the middle, an opening mark to
// the right. Two marks side by side would leave most of an em blank
// between them, so the pair is set closer, by half an em where the glyphs'
// ink allows (标点挤压, punctuation squeezing, CLREQ §3.1.6): "）：" and
// "》，" take an em and a half, and no two inks come nearer than a
// quarter of an em.
const (
	closingMarks = "，。、：；！？）》」』】〕〉〗｝］"
	openingMarks = "（《「『【〔〈〖｛［"
)

// squeezes reports whether two marks side by side leave an em of blank
// between them, which half an em less closes: a closing mark before any
// mark, or any mark before an opening one.
func squeezes(a, b rune) bool {
	aClose, bOpen := strings.ContainsRune(closingMarks, a), strings.ContainsRune(openingMarks, b)
	return aClose && (bOpen || strings.ContainsRune(closingMarks, b)) ||
		bOpen && strings.ContainsRune(openingMarks, a)
}

// The most a pair is squeezed, and the blank kept between its inks, in
// thousandths of an em.
const (
	maxSqueeze = 500
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

// squeeze sets each pair of full-width marks on a line closer, moving
// what follows the pair to the left: a piece is first cut between the two
// marks of a pair inside it.
func squeeze(l Line, size float64) Line {
	pieces := cutPairs(l.Pieces, size)
	shift := 0.0
	for i := range pieces {
		if i > 0 {
			a, b := pieces[i-1], pieces[i]
			if ra, rb := lastRune(a.Text), firstRune(b.Text); squeezes(ra, rb) {
				shift += closeUp(a.Face, ra, b.Face, rb, size)
			}
		}
		pieces[i].X -= shift
	}
	if shift == 0 {
		return l
	}
	return Line{Pieces: pieces, Width: l.Width - shift}
}

// cutPairs cuts pieces between the marks of every pair inside one, each
// part keeping its place on the line.
func cutPairs(ps []Piece, size float64) []Piece {
	var out []Piece
	for _, p := range ps {
		start, x := 0, p.X
		var prev rune
		for i, r := range p.Text {
			if i > start && squeezes(prev, r) {
				head := p
				head.Text, head.X = p.Text[start:i], x
				head.W = RunWidth(p.Face, head.Text, size) + p.Tracking*float64(utf8.RuneCountInString(head.Text))
				out = append(out, head)
				start, x = i, x+head.W
			}
			prev = r
		}
		tail := p
		tail.Text, tail.X, tail.W = p.Text[start:], x, p.W-(x-p.X)
		out = append(out, tail)
	}
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
