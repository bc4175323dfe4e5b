package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// Span is a piece of a paragraph with its own look: a bold label, a linked
// source marker. Attr is carried through to the pieces untouched.
type Span struct {
	Text  string
	Style fonts.Style
	Attr  int
}

// Piece is a run placed on a line: X is its offset from the line's start.
type Piece struct {
	Run
	Attr  int
	X, W  float64
	Style fonts.Style
	// Tracking is space added after every glyph, in points: justified
	// Chinese spreads a line's slack between its characters this way,
	// in one run rather than one per character.
	Tracking float64
}

// Line is one line of a wrapped paragraph.
type Line struct {
	Pieces []Piece
	Width  float64
}

// Text is the line's characters, as a reader would copy them.
func (l Line) Text() string {
	var b strings.Builder
	for _, p := range l.Pieces {
		b.WriteString(p.Text)
	}
	return b.String()
}

// segment is an unbreakable stretch between two UAX #14 opportunities.
type segment struct {
	pieces    []Piece // positioned from 0 within the segment
	width     float64 // without trailing white space
	advance   float64 // with it
	mustBreak bool
}

// Wrap breaks a paragraph into lines no wider than width points, at
// size points. A stretch with no break opportunity that is wider than a line
// (a long URL) is split between grapheme clusters.
func Wrap(spans []Span, size, width float64) ([]Line, error) {
	segs, err := segments(spans, size)
	if err != nil {
		return nil, err
	}
	var lines []Line
	var cur []segment
	var curW float64
	flush := func() {
		lines = append(lines, makeLine(cur))
		cur, curW = nil, 0
	}
	for _, s := range splitWide(segs, width, size) {
		if len(cur) > 0 && curW+s.width > width+1e-9 {
			flush()
		}
		cur = append(cur, s)
		curW += s.advance
		if s.mustBreak {
			flush()
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines, nil
}

func segments(spans []Span, size float64) ([]segment, error) {
	for _, sp := range spans {
		if !utf8.ValidString(sp.Text) {
			return nil, ErrInvalidUTF8
		}
	}
	var full strings.Builder
	bounds := make([]int, 0, len(spans)+1)
	for _, sp := range spans {
		bounds = append(bounds, full.Len())
		full.WriteString(norm.NFC.String(sp.Text))
	}
	bounds = append(bounds, full.Len())
	text := full.String()

	var segs []segment
	state, start := -1, 0
	for start < len(text) {
		seg, _, mustBreak, st := uniseg.FirstLineSegmentInString(text[start:], state)
		state = st
		end := start + len(seg)
		s, err := buildSegment(text, start, end, bounds, spans, size)
		if err != nil {
			return nil, err
		}
		s.mustBreak = mustBreak && end < len(text)
		segs = append(segs, s)
		start = end
	}
	return segs, nil
}

func buildSegment(text string, start, end int, bounds []int, spans []Span, size float64) (segment, error) {
	var s segment
	body := strings.TrimRightFunc(text[start:end], isNewline)
	trimmed := strings.TrimRightFunc(body, unicode.IsSpace)
	for i, sp := range spans {
		lo, hi := max(bounds[i], start), min(bounds[i+1], start+len(body))
		if lo >= hi {
			continue
		}
		runs, err := Itemize(text[lo:hi], sp.Style)
		if err != nil {
			return s, err
		}
		for _, r := range runs {
			w := RunWidth(r.Face, r.Text, size)
			s.pieces = append(s.pieces, Piece{Run: r, Attr: sp.Attr, X: s.advance, W: w, Style: sp.Style})
			s.advance += w
		}
	}
	s.width = s.advance - trailingWidth(s.pieces, len(body)-len(trimmed), size)
	return s, nil
}

func trailingWidth(pieces []Piece, nbytes int, size float64) float64 {
	var w float64
	for i := len(pieces) - 1; i >= 0 && nbytes > 0; i-- {
		t := pieces[i].Text
		n := min(nbytes, len(t))
		w += RunWidth(pieces[i].Face, t[len(t)-n:], size)
		nbytes -= n
	}
	return w
}

func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085'
}

// makeLine places segments one after another, drops white space at the
// line's end and merges neighbouring pieces that share face and attribute.
func makeLine(segs []segment) Line {
	var l Line
	var x float64
	for i, s := range segs {
		last := i == len(segs)-1
		for _, p := range s.pieces {
			p.X += x
			l.Pieces = append(l.Pieces, p)
		}
		if last {
			l.Width = x + s.width
		} else {
			x += s.advance
		}
	}
	l.Pieces = trimEnd(l.Pieces, l.Width)
	return Line{Pieces: merge(l.Pieces), Width: l.Width}
}

func trimEnd(ps []Piece, width float64) []Piece {
	for len(ps) > 0 {
		p := &ps[len(ps)-1]
		t := strings.TrimRightFunc(p.Text, unicode.IsSpace)
		if t != "" || p.Text == "" {
			if t != p.Text {
				p.Text, p.W = t, width-p.X
			}
			break
		}
		ps = ps[:len(ps)-1]
	}
	return ps
}

func merge(ps []Piece) []Piece {
	var out []Piece
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].Face == p.Face && out[n-1].Attr == p.Attr && out[n-1].Style == p.Style {
			out[n-1].Text += p.Text
			out[n-1].W += p.W
			continue
		}
		out = append(out, p)
	}
	return out
}
