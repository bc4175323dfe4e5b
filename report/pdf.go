package report

import (
	"fmt"
	"io"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

// pdfWriter draws laid-out pages into a tagged pdf.Document: every item
// is marked content of its structure node or page furniture.
type pdfWriter struct {
	doc     *pdf.Document
	page    *pdf.Page
	anchors map[string]anchorAt
	elems   map[*Node]*pdf.Elem
	open    *Node // the node whose marked content is open on this page
	err     error // the first problem; drawing stops at it
}

// layoutArtifact is the node of the bands, rules and backgrounds.
var layoutArtifact = furniture(pdf.Layout)

// anchorAt is where an anchor sits: a page (from 0) and a height on it.
type anchorAt struct {
	page int
	y    float64
}

func writePDF(w io.Writer, pages []*Page, meta Meta) error {
	doc := pdf.New(pageW, pageH, pdf.Info{
		Title: meta.Title, Subject: meta.Subject, Author: meta.Author, Keywords: meta.Keywords,
		Creator: meta.Producer, Producer: meta.Producer, Created: meta.Created, Lang: meta.Lang,
	})
	doc.StructRoot()
	if meta.absoluteText {
		doc.PlaceTextAbsolutely()
	}
	for _, f := range meta.Files {
		doc.Attach(f)
	}
	pw := &pdfWriter{doc: doc, anchors: anchors(pages), elems: map[*Node]*pdf.Elem{}}
	for i, page := range pages {
		pw.page = doc.AddPage()
		for _, it := range page.Items {
			pw.draw(it, i)
		}
		pw.mark(nil)
	}
	if pw.err != nil {
		return fmt.Errorf("writing PDF: %w", pw.err)
	}
	if _, err := doc.WriteTo(w); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	return nil
}

// anchors finds every anchor before any page is drawn, so that a marker
// can link forward to the sources list.
func anchors(pages []*Page) map[string]anchorAt {
	at := map[string]anchorAt{}
	for i, page := range pages {
		for _, it := range page.Items {
			if a, ok := it.(Anchor); ok {
				at[a.Name] = anchorAt{page: i, y: a.Y}
			}
		}
	}
	return at
}

// elem is the structure element of a node, made the first time the node
// or anything in it is drawn, so that the tree keeps reading order.
func (w *pdfWriter) elem(n *Node) *pdf.Elem {
	if e, ok := w.elems[n]; ok {
		return e
	}
	var e *pdf.Elem
	if n.parent == nil {
		e = w.doc.StructRoot()
	} else {
		e = w.elem(n.parent).Add(n.Role)
	}
	if n.Lang != "" {
		e.SetLang(n.Lang)
	}
	if n.Alt != "" {
		e.SetAlt(n.Alt)
	}
	if n.RowHead {
		e.SetScope(pdf.Row)
	}
	if n.Numbering != pdf.NoNumbering {
		e.SetNumbering(n.Numbering)
	}
	w.elems[n] = e
	return e
}

// mark makes what is drawn next part of n (nil: of nothing, at a page's
// end), ending the sequence before it unless it was n's already.
func (w *pdfWriter) mark(n *Node) {
	if n == w.open {
		return
	}
	if w.open != nil {
		w.page.EndMarked()
	}
	w.open = n
	switch {
	case n == nil:
	case n.artifact:
		w.page.BeginArtifact(n.kind)
	default:
		w.page.BeginMarked(w.elem(n))
	}
}

func (w *pdfWriter) draw(it Item, pageIndex int) {
	p := w.page
	switch v := it.(type) {
	case Glyphs:
		if v.Tag == nil {
			w.fail(fmt.Errorf("page %d: the text %q is part of nothing: every text needs a role", pageIndex+1, clipText(v.Text)))
			return
		}
		w.mark(v.Tag)
		if v.Bold && v.Face != fonts.Chain(fonts.Bold)[0] {
			w.emboldened(v)
			break
		}
		p.SetCharSpacing(v.Tracking) // justified Chinese
		w.text(v.Face, v.Size, v.Color, v.X, v.Y, v.Text)
		p.SetCharSpacing(0)
	case Rect:
		w.mark(layoutArtifact)
		p.SetFill(rgb(v.Fill))
		p.Rect(v.X, v.Y, v.W, v.H)
	case Rule:
		w.mark(layoutArtifact)
		p.SetStroke(rgb(v.Color))
		p.SetLineWidth(v.Width)
		p.SetLineCap(pdf.ButtCap)
		p.SetDash(nil)
		p.Line(v.X1, v.Y1, v.X2, v.Y2)
	case LinkArea:
		if v.Tag == nil || v.Tag.Contents == "" {
			w.fail(fmt.Errorf("page %d: a link that says nothing of where it goes", pageIndex+1))
			return
		}
		if v.URL != "" {
			if uri, ok := edition.LinkURI(v.URL); ok {
				p.URILink(w.elem(v.Tag), v.X, v.Y, v.W, v.H, uri, v.Tag.Contents)
			}
		} else if a, ok := w.anchors[v.Anchor]; ok {
			p.PageLink(w.elem(v.Tag), v.X, v.Y, v.W, v.H, a.page, a.y, v.Tag.Contents)
		}
	case Bookmark:
		w.doc.Bookmark(v.Title, v.Level, pageIndex, v.Y)
	case Figure:
		if v.Tag == nil || v.Tag.Alt == "" {
			w.fail(fmt.Errorf("page %d: a chart with no text alternative", pageIndex+1))
			return
		}
		w.mark(v.Tag)
		w.elem(v.Tag).SetBBox(v.X, v.Y, v.Drawing.Width, v.Drawing.Height)
		w.chart(v)
	}
}

// fail keeps the first problem met while drawing.
func (w *pdfWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func rgb(c Color) pdf.RGB { return pdf.RGB{R: c.R, G: c.G, B: c.B} }

// text draws a run in its face, painted in the fill colour.
func (w *pdfWriter) text(f *fonts.Face, size float64, c Color, x, y float64, s string) {
	w.page.SetFill(rgb(c))
	w.page.Text(w.doc.Font(f), size, x, y, s)
}

// emboldened draws glyphs of a face with no bold weight filled and stroked
// in their colour, as word processors do, so Chinese in a bold heading is
// as heavy as the Latin digits beside it.
func (w *pdfWriter) emboldened(g Glyphs) {
	p := w.page
	p.SetStroke(rgb(g.Color))
	p.SetLineWidth(g.Size * boldStroke)
	p.SetLineJoin(pdf.MiterJoin) // not a chart's round joins left on the page
	p.SetTextRender(pdf.FillStrokeText)
	p.SetCharSpacing(g.Tracking) // justified Chinese is tracked in bold too
	w.text(g.Face, g.Size, g.Color, g.X, g.Y, g.Text)
	p.SetCharSpacing(0)
	p.SetTextRender(pdf.FillText)
}

// boldStroke is the outline stroke of an emboldened glyph, per point of size.
const boldStroke = 0.04

// chart draws a recorded chart with its origin moved to the figure's place.
func (w *pdfWriter) chart(fig Figure) {
	for _, op := range fig.Drawing.Ops {
		switch o := op.(type) {
		case charts.Path:
			w.path(o, fig.X, fig.Y)
		case charts.Text:
			w.chartText(o, fig.X, fig.Y)
		}
	}
}

func (w *pdfWriter) path(o charts.Path, dx, dy float64) {
	p := w.page
	fill := o.Fill.A != 0
	stroke := o.Stroke.A != 0 && o.Width > 0
	if (!fill && !stroke) || len(o.Segs) == 0 {
		return
	}
	if fill {
		p.SetFill(pdf.RGB{R: o.Fill.R, G: o.Fill.G, B: o.Fill.B})
	}
	if stroke {
		p.SetStroke(pdf.RGB{R: o.Stroke.R, G: o.Stroke.G, B: o.Stroke.B})
		p.SetLineWidth(o.Width)
		p.SetLineCap(pdf.RoundCap)
		p.SetLineJoin(pdf.RoundJoin)
		p.SetDash(o.Dash)
	}
	for _, s := range o.Segs {
		a, b, c := s.Pts[0], s.Pts[1], s.Pts[2]
		switch s.Kind {
		case charts.MoveTo:
			p.MoveTo(a.X+dx, a.Y+dy)
		case charts.LineTo:
			p.LineTo(a.X+dx, a.Y+dy)
		case charts.QuadTo:
			p.QuadTo(a.X+dx, a.Y+dy, b.X+dx, b.Y+dy)
		case charts.CubicTo:
			p.CubicTo(a.X+dx, a.Y+dy, b.X+dx, b.Y+dy, c.X+dx, c.Y+dy)
		case charts.Close:
			p.ClosePath()
		}
	}
	p.Paint(fill, stroke)
}

// chartText draws a chart label with font fallback, rotated about its
// baseline start when the chart asks for it.
func (w *pdfWriter) chartText(o charts.Text, dx, dy float64) {
	runs, err := text.Itemize(o.Text, fonts.Regular)
	if err != nil {
		if w.err == nil {
			w.err = err
		}
		return
	}
	x, y := o.X+dx, o.Y+dy
	c := o.Color
	if o.Rotation != 0 {
		w.page.Save()
		w.page.Rotate(o.Rotation, x, y)
	}
	for _, r := range runs {
		w.text(r.Face, o.Size, c, x, y, r.Text)
		x += text.RunWidth(r.Face, r.Text, o.Size)
	}
	if o.Rotation != 0 {
		w.page.Restore()
	}
}

// measurer gives charts the same widths the PDF draws with.
type measurer struct{}

func (measurer) TextWidth(s string, size float64) float64 {
	runs, err := text.Itemize(s, fonts.Regular)
	if err != nil {
		return 0
	}
	return text.Width(runs, size)
}
