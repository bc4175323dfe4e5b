package charts

import (
	"fmt"
	"math"
	"sync"
	"unicode"

	"github.com/dipbrief/dipbrief/fonts"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// text paints a label as glyph outlines. Each rune goes to the first face
// of the regular chain that has it, as the PDF's font fallback does, and
// the pen moves by the face's advance, the width the layout measured.
// Control characters draw nothing.
func (c *canvas) text(t Text) error {
	var s shape
	sin, cos := math.Sincos(t.Rotation * math.Pi / 180)
	// place turns an offset from the label's origin (u along the
	// baseline, v downwards, in pixels) into image pixels.
	place := func(u, v float64) [2]float32 {
		return [2]float32{float32(t.X*c.k + u*cos + v*sin), float32(t.Y*c.k - u*sin + v*cos)}
	}
	pen := 0.0
	for _, r := range norm.NFC.String(t.Text) {
		if unicode.IsControl(r) {
			continue
		}
		face, ok := fonts.Pick(fonts.Chain(fonts.Regular), string(r))
		if !ok {
			return fmt.Errorf("charts: no font can draw %q (U+%04X) in %q", r, r, t.Text)
		}
		segs, err := outline(face, r, t.Size*c.k)
		if err != nil {
			return err
		}
		for _, g := range segs {
			pts := make([][2]float32, 0, 3)
			for _, a := range g.Args[:argCount(g.Op)] {
				pts = append(pts, place(pen+float64(a.X)/64, float64(a.Y)/64))
			}
			s.add(segKind(g.Op), pts...)
		}
		pen += face.Advance(r) / 1000 * t.Size * c.k
	}
	c.paint(&s, t.Color)
	return nil
}

func segKind(op sfnt.SegmentOp) SegKind {
	switch op {
	case sfnt.SegmentOpMoveTo:
		return MoveTo
	case sfnt.SegmentOpQuadTo:
		return QuadTo
	case sfnt.SegmentOpCubeTo:
		return CubicTo
	}
	return LineTo
}

func argCount(op sfnt.SegmentOp) int {
	switch op {
	case sfnt.SegmentOpQuadTo:
		return 2
	case sfnt.SegmentOpCubeTo:
		return 3
	}
	return 1
}

// outline is r's glyph in face at ppem pixels per em, y down from the
// baseline's origin, unhinted so that it scales as the PDF's does.
func outline(face *fonts.Face, r rune, ppem float64) (sfnt.Segments, error) {
	f, err := parsed(face)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	gi, err := f.GlyphIndex(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("charts: font %s: %w", face.Name, err)
	}
	segs, err := f.LoadGlyph(&buf, gi, fixed.Int26_6(math.Round(ppem*64)), nil)
	if err != nil {
		return nil, fmt.Errorf("charts: font %s, %q: %w", face.Name, r, err)
	}
	return segs, nil
}

// sfntFonts keeps each face parsed once: the fonts package measures
// widths but does not hand out outlines.
var sfntFonts sync.Map // *fonts.Face -> *sfnt.Font

func parsed(face *fonts.Face) (*sfnt.Font, error) {
	if f, ok := sfntFonts.Load(face); ok {
		return f.(*sfnt.Font), nil
	}
	f, err := sfnt.Parse(face.Data)
	if err != nil {
		return nil, fmt.Errorf("charts: font %s: %w", face.Name, err)
	}
	actual, _ := sfntFonts.LoadOrStore(face, f)
	return actual.(*sfnt.Font), nil
}
