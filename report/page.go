package report

import (
	"fmt"
	"strings"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/fonts"
)

// A4 in points, the unit of every length in this package.
const (
	pageW = 595.28
	pageH = 841.89
)

// Color is an sRGB colour, the charts' own type, so that a chart's
// drawing and the page around it need no conversion; always opaque here.
type Color = charts.Color

// Page is one laid-out page: positioned items, drawn in order.
type Page struct{ Items []Item }

// Item is something placed on a page; the PDF backend draws each kind.
type Item interface{ dump() string }

// Glyphs is a run of text in one face with its baseline at Y. Bold is the
// weight the text asked for, which its face may not have (Droid Sans
// Fallback has one weight): the backend then emboldens it.
type Glyphs struct {
	X, Y, Size float64
	Face       *fonts.Face
	Text       string
	Color      Color
	Bold       bool
	Tracking   float64 // space after each glyph, points (justified Chinese)
	Tag        *Node   // what the text is part of, or page furniture
}

// Rect is a filled rectangle.
type Rect struct {
	X, Y, W, H float64
	Fill       Color
}

// Rule is a straight line.
type Rule struct {
	X1, Y1, X2, Y2, Width float64
	Color                 Color
}

// LinkArea makes a rectangle a link: to a named anchor in the document,
// or, when URL is set, to a web page (only ever an http or https address:
// see linkURI).
type LinkArea struct {
	X, Y, W, H float64
	Anchor     string
	URL        string
	Tag        *Node // the Link node, whose Contents say where it goes
}

// Anchor is a named place a LinkArea can point to.
type Anchor struct {
	Name string
	Y    float64
}

// Bookmark is an entry of the PDF outline pointing here.
type Bookmark struct {
	Title string
	Level int
	Y     float64
}

// Figure is a chart drawing placed with its top-left corner at X, Y.
type Figure struct {
	X, Y    float64
	Drawing charts.Drawing
	Tag     *Node // the Figure node, with its text alternative
}

func (g Glyphs) dump() string {
	tr := ""
	if g.Tracking != 0 {
		tr = fmt.Sprintf(" +%.2f", g.Tracking)
	}
	return fmt.Sprintf("text %.1f,%.1f %s %.1f%s #%02x%02x%02x %q", g.X, g.Y, g.Face.Name, g.Size, tr, g.Color.R, g.Color.G, g.Color.B, g.Text)
}
func (r Rect) dump() string {
	return fmt.Sprintf("rect %.1f,%.1f %.1fx%.1f #%02x%02x%02x", r.X, r.Y, r.W, r.H, r.Fill.R, r.Fill.G, r.Fill.B)
}
func (r Rule) dump() string {
	return fmt.Sprintf("rule %.1f,%.1f-%.1f,%.1f w%.2f", r.X1, r.Y1, r.X2, r.Y2, r.Width)
}
func (l LinkArea) dump() string {
	if l.URL != "" {
		return fmt.Sprintf("link %.1f,%.1f %.1fx%.1f -> %s", l.X, l.Y, l.W, l.H, l.URL)
	}
	return fmt.Sprintf("link %.1f,%.1f %.1fx%.1f -> %s", l.X, l.Y, l.W, l.H, l.Anchor)
}
func (a Anchor) dump() string   { return fmt.Sprintf("anchor %s y%.1f", a.Name, a.Y) }
func (b Bookmark) dump() string { return fmt.Sprintf("bookmark %d %q y%.1f", b.Level, b.Title, b.Y) }
func (f Figure) dump() string {
	return fmt.Sprintf("chart %.1f,%.1f %.1fx%.1f ops=%d", f.X, f.Y, f.Drawing.Width, f.Drawing.Height, len(f.Drawing.Ops))
}

// Dump lists every item of every page, one per line: a text view of the
// layout that reviews far better than PDF bytes.
func Dump(pages []*Page) string {
	var b strings.Builder
	for i, p := range pages {
		fmt.Fprintf(&b, "page %d\n", i+1)
		for _, it := range p.Items {
			b.WriteString("  " + it.dump() + "\n")
		}
	}
	return b.String()
}
