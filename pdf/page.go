package pdf

import (
	"math"
	"strconv"
	"strings"
)

// RGB is an opaque colour, 0-255 per channel.
type RGB struct{ R, G, B uint8 }

// LineCap is how the open ends of lines are drawn.
type LineCap int

// The line caps.
const (
	ButtCap  LineCap = 0
	RoundCap LineCap = 1
)

// LineJoin is how the corners of paths are drawn.
type LineJoin int

// The line joins.
const (
	MiterJoin LineJoin = 0
	RoundJoin LineJoin = 1
)

// TextRender is how glyphs are painted.
type TextRender int

// The text rendering modes.
const (
	FillText       TextRender = 0
	FillStrokeText TextRender = 2 // the glyphs filled and outlined: a heavier weight
)

// Page is one page being drawn. Its methods append to the page's content
// stream, setting a graphics state parameter only when it changes.
type Page struct {
	doc     *Document
	index   int // from 0
	buf     []byte
	scratch []byte
	annots  []annot
	marks   marks
	text    textObject
	texts   []textRun // the strings of text, written into buf by content
	state   state
	saved   []state
	cur     point // the current point of the path being built, for QuadTo
	start   point // where its subpath started, where ClosePath returns
}

type point struct{ x, y float64 }

// param is a graphics state parameter the page sets.
type param int

const (
	fillColour param = iota
	strokeColour
	lineWidth
	lineCap
	lineJoin
	dashPattern
	charSpacing
	textRender
	textFont
	params
)

// state holds, for each parameter, the operator that last set it on this
// page ("" for PDF's default, which is not assumed), as PDF resets the
// graphics state at the start of every page and brings it back at Q.
type state [params]string

// newState is a page's state before it draws: character spacing and the
// rendering mode start at 0 in every content stream.
func newState() state {
	var s state
	s[charSpacing], s[textRender] = "0 Tc\n", "0 Tr\n"
	return s
}

// set writes op, which sets parameter k, unless k already has that value.
func (p *Page) set(k param, op []byte) {
	if p.state[k] == string(op) {
		return
	}
	p.state[k] = string(op)
	p.buf = append(p.buf, op...)
}

// annot is a link annotation: a rectangle in PDF space and where it goes.
type annot struct {
	x1, y1, x2, y2 float64
	uri            string // a web address, or
	page           int    // a page of this document (from 0)
	y              float64
	elem           *Elem  // the Link element it belongs to, in a tagged document
	contents       string // where it goes, in words
}

// y flips a top-down coordinate into PDF space.
func (p *Page) y(v float64) float64 { return p.doc.height - v }

func (p *Page) op(s string) { p.buf = append(p.buf, s...) }

func (p *Page) num(v float64) { p.buf = append(num(p.buf, v, 2), ' ') }

func (p *Page) point(x, y float64) { p.num(x); p.num(p.y(y)) }

// SetFill sets the colour shapes are filled and text is painted with.
func (p *Page) SetFill(c RGB) { p.set(fillColour, append(colour(p.scratch[:0], c), "rg\n"...)) }

// SetStroke sets the colour lines and outlines are drawn with.
func (p *Page) SetStroke(c RGB) { p.set(strokeColour, append(colour(p.scratch[:0], c), "RG\n"...)) }

func colour(b []byte, c RGB) []byte {
	for _, v := range []uint8{c.R, c.G, c.B} {
		b = append(num(b, float64(v)/255, 3), ' ')
	}
	return b
}

// SetLineWidth sets the width lines are drawn with, in points.
func (p *Page) SetLineWidth(w float64) { p.set(lineWidth, append(num(p.scratch[:0], w, 2), " w\n"...)) }

// SetLineCap sets how open line ends are drawn.
func (p *Page) SetLineCap(c LineCap) {
	p.set(lineCap, append(strconv.AppendInt(p.scratch[:0], int64(c), 10), " J\n"...))
}

// SetLineJoin sets how path corners are drawn.
func (p *Page) SetLineJoin(j LineJoin) {
	p.set(lineJoin, append(strconv.AppendInt(p.scratch[:0], int64(j), 10), " j\n"...))
}

// SetDash sets the dash pattern of lines: lengths of dashes and gaps in
// points, alternating. Nil, empty, or a pattern PDF would refuse (a
// negative length, or all of them zero) draws solid lines.
func (p *Page) SetDash(pattern []float64) {
	visible := false
	for _, v := range pattern {
		if !(v >= 0) { // NaN too
			visible = false
			break
		}
		visible = visible || v >= 0.005 // not zero once written with two decimals
	}
	if !visible {
		pattern = nil
	}
	b := append(p.scratch[:0], '[')
	for i, v := range pattern {
		if i > 0 {
			b = append(b, ' ')
		}
		b = num(b, v, 2)
	}
	p.set(dashPattern, append(b, "] 0 d\n"...))
}

// Rect fills a rectangle whose top-left corner is (x, y).
func (p *Page) Rect(x, y, w, h float64) {
	p.painted()
	p.draws(false)
	p.point(x, y+h)
	p.num(w)
	p.num(h)
	p.op("re f\n")
}

// Line strokes a straight line.
func (p *Page) Line(x1, y1, x2, y2 float64) {
	p.painted()
	p.draws(false)
	p.MoveTo(x1, y1)
	p.LineTo(x2, y2)
	p.op("S\n")
}

// MoveTo starts a new subpath of the current path.
func (p *Page) MoveTo(x, y float64) {
	p.draws(false)
	p.point(x, y)
	p.op("m\n")
	p.cur, p.start = point{x, y}, point{x, y}
}

// LineTo adds a straight segment to the current path.
func (p *Page) LineTo(x, y float64) {
	p.draws(false)
	p.point(x, y)
	p.op("l\n")
	p.cur = point{x, y}
}

// CubicTo adds a cubic Bézier segment with control points (x1, y1) and (x2, y2).
func (p *Page) CubicTo(x1, y1, x2, y2, x, y float64) {
	p.draws(false)
	p.point(x1, y1)
	p.point(x2, y2)
	p.point(x, y)
	p.op("c\n")
	p.cur = point{x, y}
}

// QuadTo adds a quadratic Bézier segment with control point (cx, cy),
// written as the cubic that draws the same curve.
func (p *Page) QuadTo(cx, cy, x, y float64) {
	c := p.cur
	p.CubicTo(c.x+2*(cx-c.x)/3, c.y+2*(cy-c.y)/3, x+2*(cx-x)/3, y+2*(cy-y)/3, x, y)
}

// ClosePath closes the current subpath with a straight line to its start.
func (p *Page) ClosePath() {
	p.draws(false)
	p.op("h\n")
	p.cur = p.start
}

// Paint fills, strokes, or fills and strokes the current path, and ends it.
func (p *Page) Paint(fill, stroke bool) {
	p.draws(false)
	if fill || stroke {
		p.painted()
	}
	switch {
	case fill && stroke:
		p.op("B\n")
	case fill:
		p.op("f\n")
	case stroke:
		p.op("S\n")
	default:
		p.op("n\n")
	}
}

// SetCharSpacing sets extra space after every glyph of text, in points.
func (p *Page) SetCharSpacing(tc float64) {
	p.set(charSpacing, append(num(p.scratch[:0], tc, 3), " Tc\n"...))
}

// SetTextRender sets how glyphs are painted; FillStrokeText strokes them
// with the stroke colour and line width.
func (p *Page) SetTextRender(mode TextRender) {
	p.set(textRender, append(strconv.AppendInt(p.scratch[:0], int64(mode), 10), " Tr\n"...))
}

// textRun is a string of text shown on a page: at offset at of its buf,
// the runes numbered nums in font, whose codes are not known until the
// document is written (see Font).
type textRun struct {
	at   int
	font *Font
	nums []uint16
}

// content is the page's content stream: its operators with the strings of
// text written in, once every font's characters are known.
func (p *Page) content() []byte {
	out := make([]byte, 0, len(p.buf)+3*len(p.texts)+2*len(p.buf)/3)
	last := 0
	for _, t := range p.texts {
		out = append(out, p.buf[last:t.at]...)
		out = t.font.appendCodes(out, t.nums)
		last = t.at
	}
	return append(out, p.buf[last:]...)
}

// textObject is the text object (BT … ET) open on a page. Runs of text
// drawn one after another share it, each placed by its move from where
// the run before it started (Td): lines of a paragraph are all the same
// move, which costs almost nothing once deflated. Positions are kept in
// hundredths of a point, as they are written, so that the moves add up to
// exactly the places asked.
type textObject struct {
	open   bool
	inMark bool // it began inside the open marked-content sequence
	placed bool // a run has been placed: at x, y
	x, y   int64
}

// Text draws s in font f at size points with its baseline starting at
// (x, y), painted with the fill colour. The document records which runes
// each font draws and embeds their glyphs.
func (p *Page) Text(f *Font, size, x, y float64, s string) {
	if s == "" {
		return
	}
	p.painted()
	p.draws(true)
	p.set(textFont, append(num(append(append(p.scratch[:0], '/'), f.res+" "...), size, 2), " Tf\n"...))
	t := &p.text
	hx, hy := hundredths(x), hundredths(p.y(y))
	if t.placed && (absHundredths(hx-t.x) > 100*maxNumber || absHundredths(hy-t.y) > 100*maxNumber) {
		p.endText() // a move PDF could not write: start again from the origin
		p.draws(true)
	}
	dx, dy, op := hx, hy, " Td "
	switch {
	case t.placed && p.doc.absolute:
		p.op("1 0 0 1 ")
		op = " Tm "
	case t.placed:
		dx, dy = hx-t.x, hy-t.y
	}
	p.buf = append(num(p.buf, float64(dx)/100, 2), ' ')
	p.buf = append(num(p.buf, float64(dy)/100, 2), op...)
	t.placed, t.x, t.y = true, hx, hy
	p.texts = append(p.texts, textRun{at: len(p.buf), font: f, nums: f.number(s)})
	p.op(" Tj\n")
}

func absHundredths(v int64) int64 { return max(v, -v) }

// hundredths is v in hundredths of a point, rounded as num writes it
// with two decimals (a decimal rounding of v, not of v*100).
func hundredths(v float64) int64 {
	var b [32]byte
	digits := strconv.AppendFloat(b[:0], max(-maxNumber, min(v, maxNumber)), 'f', 2, 64)
	n, _ := strconv.ParseInt(strings.Replace(string(digits), ".", "", 1), 10, 64)
	return n
}

// Save saves the graphics state; Restore brings it back. A page left with
// states saved is closed with as many restores when the document is written.
func (p *Page) Save() {
	p.draws(false)
	p.saved = append(p.saved, p.state)
	p.op("q\n")
}

// Restore brings back the graphics state of the matching Save.
func (p *Page) Restore() {
	p.draws(false)
	if len(p.saved) == 0 {
		return
	}
	p.state = p.saved[len(p.saved)-1]
	p.saved = p.saved[:len(p.saved)-1]
	p.op("Q\n")
}

// Rotate turns what is drawn next by deg degrees counter-clockwise about
// (x, y), until the Restore matching a Save made before it.
func (p *Page) Rotate(deg, x, y float64) {
	p.draws(false)
	rad := deg * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	px, py := x, p.y(y)
	for _, v := range []float64{cos, sin, -sin, cos} {
		p.buf = append(num(p.buf, v, 5), ' ')
	}
	// The turn's origin to 1e-5 pt, as fine as its angle: a rotated glyph is
	// set to the pixel, and two hundredths can move it by one.
	for _, v := range []float64{px - cos*px + sin*py, py - sin*px - cos*py} {
		p.buf = append(num(p.buf, v, 5), ' ')
	}
	p.op("cm\n")
}

// LinkToPage makes the rectangle at (x, y) a link to height top on page
// (counted from 0) of this document.
func (p *Page) LinkToPage(x, y, w, h float64, page int, top float64) {
	p.annots = append(p.annots, annot{x1: x, y1: p.y(y + h), x2: x + w, y2: p.y(y), page: page, y: p.y(top)})
}

// LinkToURI makes the rectangle at (x, y) a link to a web address, which
// must already be plain ASCII (percent-encoded).
func (p *Page) LinkToURI(x, y, w, h float64, uri string) {
	p.annots = append(p.annots, annot{x1: x, y1: p.y(y + h), x2: x + w, y2: p.y(y), uri: uri})
}
