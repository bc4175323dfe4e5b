package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
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
	glue      bool // no break after it, unless its unit is wider than a line
	end       int  // where it ends in the paragraph's text, in NFC (unset once cut)
}

// Wrap breaks a paragraph into lines no wider than width points, at
// size points, keeping whole what NewRules() keeps: numbers with their
// units, marker groups, ranges, and web addresses broken where readers
// expect. A stretch with no break opportunity that is wider than a line is
// split between grapheme clusters.
func Wrap(spans []Span, size, width float64) ([]Line, error) {
	return defaultRules.Wrap(spans, size, width)
}

// Wrap is text.Wrap with r's rules; nil Rules are NewRules().
func (r *Rules) Wrap(spans []Span, size, width float64) ([]Line, error) {
	if r == nil {
		r = defaultRules
	}
	segs, err := r.segments(spans, size)
	if err != nil {
		return nil, err
	}
	f := filler{width: width, size: size, squeeze: r.made}
	for i := 0; i < len(segs); {
		j := i + 1
		for j < len(segs) && segs[j-1].glue {
			j++
		}
		f.addUnit(segs[i:j])
		i = j
	}
	if len(f.cur) > 0 || len(f.lines) == 0 {
		f.flush()
	}
	return f.lines, nil
}

// filler fills lines greedily, a unit of glued segments at a time.
type filler struct {
	width, size float64
	squeeze     bool // set full-width punctuation pairs closer (NewRules)
	lines       []Line
	cur         []segment
	curW        float64
}

func (f *filler) flush() {
	l := makeLine(f.cur)
	if f.squeeze {
		l = squeeze(l, f.size)
	}
	f.lines = append(f.lines, l)
	f.cur, f.curW = f.cur[:0], 0
}

// addUnit sets segments that no line may end between: on this line if
// they fit, else on the next. A unit wider than a line breaks as its
// segments allow, each cut if wider still.
func (f *filler) addUnit(unit []segment) {
	w := 0.0
	for _, s := range unit[:len(unit)-1] {
		w += s.advance
	}
	w += unit[len(unit)-1].width
	if !(w <= f.width) { // NaN too
		for _, s := range splitWide(unit, f.width, f.size) {
			f.add(s, s.width)
		}
		return
	}
	for i, s := range unit {
		if i == 0 {
			f.add(s, w)
			continue
		}
		f.add(s, 0)
	}
}

// add puts s on the line, after a break if need more points (s's width,
// or its unit's) do not fit.
func (f *filler) add(s segment, need float64) {
	if len(f.cur) > 0 && f.curW+need > f.width+1e-9 {
		f.flush()
	}
	f.cur = append(f.cur, s)
	f.curW += s.advance
	if s.mustBreak {
		f.flush()
	}
}

// segmentEnd is where a segment ends: a line must break there, may, or
// may only if the unit the segments around it form is wider than a line.
type segmentEnd struct {
	at        int
	mustBreak bool
	glue      bool
}

// segments splits the spans' text, in NFC, at its UAX #14 line-break
// opportunities, as r changes them.
func (r *Rules) segments(spans []Span, size float64) ([]segment, error) {
	for _, sp := range spans {
		if !utf8.ValidString(sp.Text) {
			return nil, ErrInvalidUTF8
		}
	}
	var full strings.Builder
	bounds := make([]int, 0, len(spans)+1)
	for _, sp := range spans {
		bounds = append(bounds, full.Len())
		full.WriteString(nfc(sp.Text))
	}
	bounds = append(bounds, full.Len())
	text := full.String()
	// Where segments end first, so that they and their pieces are
	// allocated once.
	var ends []segmentEnd
	for start, state := 0, -1; start < len(text); {
		var seg string
		var mustBreak bool
		seg, mustBreak, state = lineSegment(text[start:], state)
		if n := hardBreak(seg); n < len(seg) {
			seg, mustBreak, state = seg[:n], true, -1
		}
		start += len(seg)
		ends = append(ends, segmentEnd{at: start, mustBreak: mustBreak && start < len(text)})
	}
	ends = r.apply(text, bounds, ends)
	b := segmenter{text: text, bounds: bounds, spans: spans, size: size}
	b.pieces = make([]Piece, 0, len(ends)+len(spans))
	segs := make([]segment, 0, len(ends))
	start := 0
	for _, e := range ends {
		s, err := b.build(start, e.at)
		if err != nil {
			return nil, err
		}
		s.mustBreak, s.glue, s.end = e.mustBreak, e.glue, e.at
		segs = append(segs, s)
		start = e.at
	}
	return segs, nil
}

// segmenter builds the segments of one paragraph: text is its spans' text
// in NFC, span i being text[bounds[i]:bounds[i+1]].
type segmenter struct {
	text   string
	bounds []int
	spans  []Span
	size   float64
	span   int     // the first span not wholly before the segment in hand
	pieces []Piece // backing store for every segment's pieces
	runs   []Run   // scratch
}

// build makes the segment text[start:end], itemized span by span.
func (b *segmenter) build(start, end int) (segment, error) {
	var s segment
	body := strings.TrimRightFunc(b.text[start:end], isNewline)
	trimmed := strings.TrimRightFunc(body, unicode.IsSpace)
	for b.span < len(b.spans) && b.bounds[b.span+1] <= start {
		b.span++
	}
	first := len(b.pieces)
	for i := b.span; i < len(b.spans) && b.bounds[i] < start+len(body); i++ {
		sp := b.spans[i]
		lo, hi := max(b.bounds[i], start), min(b.bounds[i+1], start+len(body))
		if lo >= hi {
			continue
		}
		runs, err := itemize(nfc(b.text[lo:hi]), chainOf(sp.Style), b.runs[:0])
		if err != nil {
			return s, err
		}
		b.runs = runs
		for _, r := range runs {
			w := RunWidth(r.Face, r.Text, b.size)
			b.pieces = append(b.pieces, Piece{Run: r, Attr: sp.Attr, X: s.advance, W: w, Style: sp.Style})
			s.advance += w
		}
	}
	s.pieces = b.pieces[first:len(b.pieces):len(b.pieces)]
	s.width = s.advance - trailingWidth(s.pieces, len(body)-len(trimmed), b.size)
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

// hardBreak is the length of seg up to and including its first line break
// (UAX #14 classes BK, CR, LF and NL), which must end a line: uniseg does
// not break after a line feed followed by "-5" (its LB25 look-ahead), and
// that line feed would reach a font. A CR before an LF breaks after the LF.
func hardBreak(seg string) int {
	for i, r := range seg {
		if isNewline(r) && !(r == '\r' && strings.HasPrefix(seg[i+1:], "\n")) {
			return i + utf8.RuneLen(r)
		}
	}
	return len(seg)
}

func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085'
}

// makeLine places segments one after another, drops white space at the
// line's end and merges neighbouring pieces that share face and attribute.
func makeLine(segs []segment) Line {
	n := 0
	for _, s := range segs {
		n += len(s.pieces)
	}
	var pieces []Piece
	if n > 0 {
		pieces = make([]Piece, 0, n)
	}
	var x, width float64
	for i, s := range segs {
		for _, p := range s.pieces {
			p.X += x
			pieces = append(pieces, p)
		}
		if i == len(segs)-1 {
			width = x + s.width
		} else {
			x += s.advance
		}
	}
	return Line{Pieces: merge(trimEnd(pieces, width)), Width: width}
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

// merge joins neighbouring pieces of one face, attribute and style, in
// place; it is nil when there are none.
func merge(ps []Piece) []Piece {
	if len(ps) == 0 {
		return nil
	}
	out := ps[:0]
	for i := 0; i < len(ps); {
		p := ps[i]
		j := i + 1
		for j < len(ps) && ps[j].Face == p.Face && ps[j].Attr == p.Attr && ps[j].Style == p.Style {
			j++
		}
		if j > i+1 {
			p.Text = joinTexts(ps[i:j])
			for _, q := range ps[i+1 : j] {
				p.W += q.W
			}
		}
		out = append(out, p)
		i = j
	}
	return out
}

// joinTexts is the pieces' texts end to end.
func joinTexts(ps []Piece) string {
	n := 0
	for _, p := range ps {
		n += len(p.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	return b.String()
}
