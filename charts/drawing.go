package charts

import (
	"fmt"
	"math"
	"strings"
)

// Drawing is a chart as a list of vector operations in points, so that the
// PDF backend, an SVG or a PNG backend all draw the very same picture.
// The origin is the top-left corner and y grows downwards.
type Drawing struct {
	Width, Height float64
	Ops           []Op
}

// Op is one drawing operation: a Path or a Text. Backends switch on the type.
type Op interface{ isOp() }

// Color is an sRGB colour with alpha; kept free of go-chart's types so that
// backends need not import it. A is 255 for opaque; A == 0 means "none".
type Color struct{ R, G, B, A uint8 }

// Hex prints the colour as #RRGGBB, or #RRGGBBAA when it is not opaque,
// the form SVG and the golden files use.
func (c Color) Hex() string {
	if c.A == 255 {
		return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02X%02X%02X%02X", c.R, c.G, c.B, c.A)
}

// RGB builds an opaque colour from 0xRRGGBB, as palettes are written.
func RGB(hex uint32) Color {
	return Color{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 255}
}

// Point is a position in points from the top-left corner.
type Point struct{ X, Y float64 }

// SegKind says how a Segment continues a path.
type SegKind uint8

// The segment kinds: every backend can draw these (PDF m, l, c, h, with a
// quadratic written as its cubic; SVG M, L, Q, C, Z). Arcs and circles are
// already turned into cubic Béziers.
const (
	MoveTo  SegKind = iota // Pts[0] starts a new subpath
	LineTo                 // straight to Pts[0]
	QuadTo                 // control Pts[0], end Pts[1]
	CubicTo                // controls Pts[0], Pts[1], end Pts[2]
	Close                  // back to the subpath's start
)

// Segment is one step of a path; Pts holds as many points as its kind needs.
type Segment struct {
	Kind SegKind
	Pts  [3]Point
}

// Path is a filled and/or stroked shape. A colour with A == 0 means that
// part is not painted. Strokes are meant with round caps and joins.
type Path struct {
	Class  string    // role, e.g. "bar", "line", "dot", "baseline", "legend"; "" for go-chart's grid
	Segs   []Segment // may hold several subpaths, each opened by MoveTo
	Fill   Color
	Stroke Color
	Width  float64   // stroke width in points
	Dash   []float64 // dash pattern in points; nil for solid
}

// Text is a single-line text run. (X, Y) is the left end of its baseline;
// the glyphs reach Ascent×Size above and Descent×Size below it.
type Text struct {
	Class    string // "x-label", "y-label", "value" or "legend"
	X, Y     float64
	Text     string
	Size     float64 // font size in points
	Color    Color
	Rotation float64 // degrees counter-clockwise about (X, Y), as PDF's rotation matrices turn
}

func (Path) isOp() {}
func (Text) isOp() {}

// String prints one line per op with fixed two-decimal numbers, so that a
// golden file shows a chart change as a readable diff.
func (d Drawing) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "drawing %s %s\n", num(d.Width), num(d.Height))
	for _, op := range d.Ops {
		switch o := op.(type) {
		case Path:
			writePath(&b, o)
		case Text:
			fmt.Fprintf(&b, "text %s at %s %s size %s %s rot %s %q\n", class(o.Class),
				num(o.X), num(o.Y), num(o.Size), o.Color.Hex(), num(o.Rotation), o.Text)
		}
	}
	return b.String()
}

func writePath(b *strings.Builder, p Path) {
	fmt.Fprintf(b, "path %s", class(p.Class))
	if p.Fill.A != 0 {
		fmt.Fprintf(b, " fill %s", p.Fill.Hex())
	}
	if p.Stroke.A != 0 {
		fmt.Fprintf(b, " stroke %s w %s", p.Stroke.Hex(), num(p.Width))
	}
	for _, d := range p.Dash {
		fmt.Fprintf(b, " dash %s", num(d))
	}
	b.WriteString(":")
	letters := [...]string{MoveTo: "M", LineTo: "L", QuadTo: "Q", CubicTo: "C", Close: "Z"}
	counts := [...]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubicTo: 3, Close: 0}
	for _, s := range p.Segs {
		b.WriteString(" " + letters[s.Kind])
		for _, pt := range s.Pts[:counts[s.Kind]] {
			b.WriteString(" " + num(pt.X) + " " + num(pt.Y))
		}
	}
	b.WriteString("\n")
}

func class(c string) string {
	if c == "" {
		return "-"
	}
	return c
}

// num formats with two decimals and never prints "-0.00".
func num(v float64) string {
	if math.Abs(v) < 0.005 {
		v = 0
	}
	return fmt.Sprintf("%.2f", v)
}

// Shift moves every op of d by dx, dy, so that a chart can be set into a
// larger drawing (under a title, above a footer) and still be one picture.
func (d Drawing) Shift(dx, dy float64) []Op {
	out := make([]Op, 0, len(d.Ops))
	for _, op := range d.Ops {
		switch o := op.(type) {
		case Path:
			segs := make([]Segment, len(o.Segs))
			for i, s := range o.Segs {
				for k := range s.Pts {
					s.Pts[k].X += dx
					s.Pts[k].Y += dy
				}
				segs[i] = s
			}
			o.Segs = segs
			out = append(out, o)
		case Text:
			o.X += dx
			o.Y += dy
			out = append(out, o)
		}
	}
	return out
}
