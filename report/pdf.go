package report

import (
	"fmt"
	"io"

	"codeberg.org/go-pdf/fpdf"
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

// pdfWriter is the one place that talks to fpdf: it draws laid-out pages
// and turns fpdf's sticky error into a returned one.
type pdfWriter struct {
	pdf     *fpdf.Fpdf
	fonts   map[*fonts.Face]bool
	links   map[string]int // anchor name -> fpdf link id
	curFace *fonts.Face
	curSize float64
	fill    *Color // the fill colour last set, nil before any
}

func writePDF(w io.Writer, pages []*Page, meta Meta) error {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}, OrientationStr: "P"})
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetCatalogSort(true)
	p.SetCreationDate(meta.Created)
	p.SetModificationDate(meta.Created)
	p.SetTitle(meta.Title, true)
	p.SetSubject(meta.Subject, true)
	p.SetAuthor(meta.Author, true)
	p.SetKeywords(meta.Keywords, true)
	p.SetCreator(meta.Producer, true)
	p.SetProducer(meta.Producer, true)
	p.SetLang(meta.Lang)
	p.SetDisplayMode("fullwidth", "OneColumn")
	pw := &pdfWriter{pdf: p, fonts: map[*fonts.Face]bool{}, links: map[string]int{}}
	pw.registerAnchors(pages)
	if err := pw.registerFonts(pages); err != nil {
		return err
	}
	for _, page := range pages {
		p.AddPage()
		for _, it := range page.Items {
			pw.draw(it)
		}
	}
	if err := p.Error(); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	if err := p.Output(w); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	return nil
}

// registerAnchors creates a link target for every anchor before any page
// is drawn, so a marker can link forward to the sources list.
func (w *pdfWriter) registerAnchors(pages []*Page) {
	for i, page := range pages {
		for _, it := range page.Items {
			if a, ok := it.(Anchor); ok {
				id := w.pdf.AddLink()
				w.pdf.SetLink(id, a.Y, i+1)
				w.links[a.Name] = id
			}
		}
	}
}

func (w *pdfWriter) draw(it Item) {
	p := w.pdf
	switch v := it.(type) {
	case Glyphs:
		if v.Bold && v.Face != fonts.Chain(fonts.Bold)[0] {
			w.emboldened(v)
			break
		}
		if v.Tracking != 0 { // character spacing, a text state that outlives BT/ET
			p.RawWriteStr(fmt.Sprintf("%.3f Tc\n", v.Tracking))
			defer p.RawWriteStr("0 Tc\n")
		}
		w.text(v.Face, v.Size, v.Color, v.X, v.Y, v.Text)
	case Rect:
		w.setFill(v.Fill)
		p.Rect(v.X, v.Y, v.W, v.H, "F")
	case Rule:
		p.SetDrawColor(int(v.Color.R), int(v.Color.G), int(v.Color.B))
		p.SetLineWidth(v.Width)
		p.Line(v.X1, v.Y1, v.X2, v.Y2)
	case LinkArea:
		if v.URL != "" {
			if uri, ok := linkURI(v.URL); ok {
				p.LinkString(v.X, v.Y, v.W, v.H, uri)
			}
		} else if id, ok := w.links[v.Anchor]; ok {
			p.Link(v.X, v.Y, v.W, v.H, id)
		}
	case Bookmark:
		// fpdf encodes a title as UTF-16 only while a UTF-8 font is current.
		if w.curFace == nil {
			w.useFace(fonts.Chain(fonts.Regular)[0], 10)
		}
		p.Bookmark(v.Title, v.Level, v.Y)
	case Figure:
		w.chart(v)
	}
}

// text draws a run in its face, which registerFonts has embedded.
func (w *pdfWriter) text(f *fonts.Face, size float64, c Color, x, y float64, s string) {
	w.useFace(f, size)
	w.setFill(c)
	w.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	w.pdf.Text(x, y, s)
}

// emboldened draws glyphs of a face with no bold weight filled and stroked
// in their colour, as word processors do, so Chinese in a bold heading is
// as heavy as the Latin digits beside it.
func (w *pdfWriter) emboldened(g Glyphs) {
	w.pdf.SetDrawColor(int(g.Color.R), int(g.Color.G), int(g.Color.B))
	w.pdf.SetLineWidth(g.Size * boldStroke)
	w.pdf.SetTextRenderingMode(2)
	w.text(g.Face, g.Size, g.Color, g.X, g.Y, g.Text)
	w.pdf.SetTextRenderingMode(0)
}

// boldStroke is the outline stroke of an emboldened glyph, per point of size.
const boldStroke = 0.04

// setFill sets the fill colour, which text is painted with too, only when
// it changes. Text drawn in the fill colour needs no colour of its own:
// fpdf otherwise wraps every run in "q <colour> rg ... Q", thousands of
// times in a justified Chinese edition.
func (w *pdfWriter) setFill(c Color) {
	if w.fill != nil && *w.fill == c {
		return
	}
	w.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	w.fill = &c
}

// registerFonts embeds each face the pages use, in a fixed order, as a
// subset of the glyphs they draw: fpdf then parses a few kilobytes, not the
// 4 MB Chinese font, and the PDF carries no hinting.
func (w *pdfWriter) registerFonts(pages []*Page) error {
	use, err := fontUse(pages)
	if err != nil {
		return err
	}
	for _, f := range fonts.All() {
		runes, ok := use[f]
		if !ok {
			continue
		}
		b, err := f.Subset(runes)
		if err != nil {
			return err
		}
		w.pdf.AddUTF8FontFromBytes(f.Name, "", b)
		w.fonts[f] = true
	}
	return nil
}

func (w *pdfWriter) useFace(f *fonts.Face, size float64) {
	if !w.fonts[f] {
		w.pdf.SetError(fmt.Errorf("font %s was drawn but not registered", f.Name))
		return
	}
	if w.curFace != f || w.curSize != size {
		w.pdf.SetFont(f.Name, "", size)
		w.curFace, w.curSize = f, size
	}
}

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
	p := w.pdf
	style := ""
	if o.Fill.A != 0 {
		style += "F"
		w.setFill(Color{o.Fill.R, o.Fill.G, o.Fill.B})
	}
	if o.Stroke.A != 0 && o.Width > 0 {
		style += "D"
		p.SetDrawColor(int(o.Stroke.R), int(o.Stroke.G), int(o.Stroke.B))
		p.SetLineWidth(o.Width)
		p.SetLineCapStyle("round")
		p.SetLineJoinStyle("round")
		p.SetDashPattern(o.Dash, 0)
	}
	if style == "" || len(o.Segs) == 0 {
		return
	}
	for _, s := range o.Segs {
		a, b, c := s.Pts[0], s.Pts[1], s.Pts[2]
		switch s.Kind {
		case charts.MoveTo:
			p.MoveTo(a.X+dx, a.Y+dy)
		case charts.LineTo:
			p.LineTo(a.X+dx, a.Y+dy)
		case charts.QuadTo:
			p.CurveTo(a.X+dx, a.Y+dy, b.X+dx, b.Y+dy)
		case charts.CubicTo:
			p.CurveBezierCubicTo(a.X+dx, a.Y+dy, b.X+dx, b.Y+dy, c.X+dx, c.Y+dy)
		case charts.Close:
			p.ClosePath()
		}
	}
	p.DrawPath(style)
	if o.Dash != nil {
		p.SetDashPattern(nil, 0)
	}
}

// chartText draws a chart label with font fallback, rotated about its
// baseline start when the chart asks for it.
func (w *pdfWriter) chartText(o charts.Text, dx, dy float64) {
	runs, err := text.Itemize(o.Text, fonts.Regular)
	if err != nil {
		w.pdf.SetError(err)
		return
	}
	x, y := o.X+dx, o.Y+dy
	c := Color{o.Color.R, o.Color.G, o.Color.B}
	if o.Rotation != 0 {
		w.pdf.TransformBegin()
		w.pdf.TransformRotate(o.Rotation, x, y)
	}
	for _, r := range runs {
		w.text(r.Face, o.Size, c, x, y, r.Text)
		x += text.RunWidth(r.Face, r.Text, o.Size)
	}
	if o.Rotation != 0 {
		w.pdf.TransformEnd()
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
