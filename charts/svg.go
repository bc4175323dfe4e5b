package charts

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// SVGFonts is the font-family list of SVG labels: the faces the PDF draws
// with, where the viewer has them, then a CJK face and the generic family,
// so Vietnamese diacritics and Chinese both find a glyph.
const SVGFonts = "'Noto Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif"

// SVGOptions describe the document around the drawing.
type SVGOptions struct {
	Title      string // read by screen readers and shown as a tooltip
	Desc       string // what the chart shows, for a reader who cannot see it
	Lang       string // BCP 47, so a viewer picks Chinese rather than Japanese glyph forms
	Background Color  // painted under the chart; A == 0 leaves it transparent
}

// WriteSVG writes d as a standalone SVG 1.1 document at its size in points.
// Every text goes through XML escaping; numbers have two decimals so the
// same drawing always gives the same bytes.
func (d Drawing) WriteSVG(w io.Writer, opt SVGOptions) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%spt" height="%spt" viewBox="0 0 %s %s"`,
		num(d.Width), num(d.Height), num(d.Width), num(d.Height))
	if opt.Lang != "" {
		fmt.Fprintf(bw, ` xml:lang="%s"`, escapeXML(opt.Lang))
	}
	fmt.Fprintf(bw, ` font-family="%s">`+"\n", escapeXML(SVGFonts))
	if opt.Title != "" {
		fmt.Fprintf(bw, "<title>%s</title>\n", escapeXML(opt.Title))
	}
	if opt.Desc != "" {
		fmt.Fprintf(bw, "<desc>%s</desc>\n", escapeXML(opt.Desc))
	}
	if opt.Background.A != 0 {
		fmt.Fprintf(bw, `<rect width="%s" height="%s"%s/>`+"\n", num(d.Width), num(d.Height), paint("fill", opt.Background))
	}
	for _, op := range d.Ops {
		switch o := op.(type) {
		case Path:
			writeSVGPath(bw, o)
		case Text:
			writeSVGText(bw, o)
		}
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

func writeSVGPath(w *bufio.Writer, p Path) {
	if len(p.Segs) == 0 || (p.Fill.A == 0 && (p.Stroke.A == 0 || p.Width <= 0)) {
		return
	}
	w.WriteString(`<path d="` + svgPathData(p.Segs) + `"`)
	if p.Class != "" {
		w.WriteString(` class="` + escapeXML(p.Class) + `"`)
	}
	if p.Fill.A != 0 {
		w.WriteString(paint("fill", p.Fill))
	} else {
		w.WriteString(` fill="none"`)
	}
	if p.Stroke.A != 0 && p.Width > 0 {
		w.WriteString(paint("stroke", p.Stroke))
		fmt.Fprintf(w, ` stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"`, num(p.Width))
		if len(p.Dash) > 0 {
			dash := make([]string, len(p.Dash))
			for i, v := range p.Dash {
				dash[i] = num(v)
			}
			w.WriteString(` stroke-dasharray="` + strings.Join(dash, " ") + `"`)
		}
	}
	w.WriteString("/>\n")
}

// svgPathData writes segments in SVG's path syntax, which has the same
// five kinds: M, L, Q, C and Z.
func svgPathData(segs []Segment) string {
	letters := [...]string{MoveTo: "M", LineTo: "L", QuadTo: "Q", CubicTo: "C", Close: "Z"}
	counts := [...]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubicTo: 3, Close: 0}
	parts := make([]string, 0, len(segs))
	for _, s := range segs {
		part := letters[s.Kind]
		for _, pt := range s.Pts[:counts[s.Kind]] {
			part += " " + num(pt.X) + " " + num(pt.Y)
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, " ")
}

// writeSVGText places a label by its baseline's left end, as the PDF
// does; a rotation is counter-clockwise in the drawing, so it is negated
// for SVG, whose y axis points down.
func writeSVGText(w *bufio.Writer, t Text) {
	fmt.Fprintf(w, `<text x="%s" y="%s" font-size="%s"%s`, num(t.X), num(t.Y), num(t.Size), paint("fill", t.Color))
	if t.Class != "" {
		w.WriteString(` class="` + escapeXML(t.Class) + `"`)
	}
	if t.Rotation != 0 {
		fmt.Fprintf(w, ` transform="rotate(%s %s %s)"`, num(-t.Rotation), num(t.X), num(t.Y))
	}
	w.WriteString(` xml:space="preserve">` + escapeXML(t.Text) + "</text>\n")
}

// paint writes a colour attribute, with its opacity when not opaque,
// since SVG 1.1 has no #RRGGBBAA.
func paint(attr string, c Color) string {
	s := fmt.Sprintf(` %s="#%02X%02X%02X"`, attr, c.R, c.G, c.B)
	if c.A != 255 {
		s += fmt.Sprintf(` %s-opacity="%s"`, attr, strconv.FormatFloat(float64(c.A)/255, 'f', 3, 64))
	}
	return s
}

// escapeXML escapes &, <, >, quotes and white-space controls, and turns
// characters XML cannot hold into U+FFFD, so a label never breaks the file.
func escapeXML(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
