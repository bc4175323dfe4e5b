package report

import (
	"fmt"
	"io"

	"codeberg.org/go-pdf/fpdf"
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

// fpdfPages is a second, independent writer of laid-out pages: fpdf, the
// library the design first named and this project's backend until our own
// pdf package replaced it. fpdf cannot tag a file, so it never ships; the
// tests draw the same pages through it to see that nothing our writer adds
// for tagging, artifacts or PDF/A changes what a reader sees. It draws only
// what shows: no structure, no outline, no metadata, no attached files.
// It shares with our writer only what the design fixes: the laid-out
// items, the faces (embedded as the fonts package's subsets), the font
// fallback of chart labels (text.Itemize) and the emboldening stroke
// (boldStroke). Every PDF operator, the coordinate flip, the font
// programs fpdf cuts and the encoding of text are fpdf's own.
type fpdfPages struct {
	pdf     *fpdf.Fpdf
	fonts   map[*fonts.Face]bool
	links   map[string]int // anchor name -> fpdf link id
	curFace *fonts.Face
	curSize float64
}

// writeFPDF draws pages through fpdf, A4 in points with the origin at the
// top left, as the layout measures.
func writeFPDF(w io.Writer, pages []*Page) error {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}, OrientationStr: "P"})
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	fw := &fpdfPages{pdf: p, fonts: map[*fonts.Face]bool{}, links: map[string]int{}}
	fw.registerAnchors(pages)
	if err := fw.registerFonts(pages); err != nil {
		return err
	}
	for _, page := range pages {
		// fpdf carries caps and joins over from the page before, where
		// every PDF page, and each of our writer's, starts from PDF's
		// defaults: so a stroke that sets less than it needs shows here.
		p.AddPage()
		for _, it := range page.Items {
			fw.draw(it)
		}
	}
	if err := p.Output(w); err != nil {
		return fmt.Errorf("fpdf: %w", err)
	}
	return nil
}

// registerAnchors makes a link target of every anchor before any page is
// drawn, so that a marker can link forward to the sources list.
func (w *fpdfPages) registerAnchors(pages []*Page) {
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

func (w *fpdfPages) draw(it Item) {
	p := w.pdf
	switch v := it.(type) {
	case Glyphs:
		w.glyphs(v)
	case Rect:
		w.setFill(v.Fill)
		p.Rect(v.X, v.Y, v.W, v.H, "F")
	case Rule:
		p.SetDrawColor(int(v.Color.R), int(v.Color.G), int(v.Color.B))
		p.SetLineWidth(v.Width)
		p.SetLineCapStyle("butt")
		p.SetDashPattern(nil, 0)
		p.Line(v.X1, v.Y1, v.X2, v.Y2)
	case LinkArea:
		if v.URL != "" {
			if uri, ok := edition.LinkURI(v.URL); ok {
				p.LinkString(v.X, v.Y, v.W, v.H, uri)
			}
		} else if id, ok := w.links[v.Anchor]; ok {
			p.Link(v.X, v.Y, v.W, v.H, id)
		}
	case Figure:
		w.chart(v)
	}
}

// glyphs draws a run: tracked when justified Chinese asks for it (the
// character spacing fpdf has no call for, written raw), and filled and
// stroked with mitred corners when bold is asked of a face with no bold
// weight.
func (w *fpdfPages) glyphs(g Glyphs) {
	p := w.pdf
	if g.Bold && g.Face != fonts.Chain(fonts.Bold)[0] {
		p.SetDrawColor(int(g.Color.R), int(g.Color.G), int(g.Color.B))
		p.SetLineWidth(g.Size * boldStroke)
		p.SetLineJoinStyle("miter")
		p.SetTextRenderingMode(2)
		defer p.SetTextRenderingMode(0)
	}
	if g.Tracking != 0 {
		p.RawWriteStr(fmt.Sprintf("%.3f Tc\n", g.Tracking))
		defer p.RawWriteStr("0 Tc\n")
	}
	w.text(g.Face, g.Size, g.Color, g.X, g.Y, g.Text)
}

// text draws a run in its face, which registerFonts has embedded, in the
// fill colour: fpdf then needs no colour of the text's own.
func (w *fpdfPages) text(f *fonts.Face, size float64, c Color, x, y float64, s string) {
	if !w.fonts[f] {
		w.pdf.SetError(fmt.Errorf("font %s was drawn but not registered", f.Name))
		return
	}
	if w.curFace != f || w.curSize != size {
		w.pdf.SetFont(f.Name, "", size)
		w.curFace, w.curSize = f, size
	}
	w.setFill(c)
	w.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	w.pdf.Text(x, y, s)
}

func (w *fpdfPages) setFill(c Color) { w.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }

// registerFonts embeds each face the pages draw with, in a fixed order, as
// the fonts package's subset of the runes drawn (as our writer embeds
// them): fpdf then parses kilobytes, not the 4 MB Chinese face.
func (w *fpdfPages) registerFonts(pages []*Page) error {
	use, err := fpdfFontUse(pages)
	if err != nil {
		return err
	}
	for _, f := range fonts.All() {
		runes, ok := use[f]
		if !ok {
			continue
		}
		sub, err := f.Subset(runes)
		if err != nil {
			return err
		}
		w.pdf.AddUTF8FontFromBytes(f.Name, "", sub.Data)
		w.fonts[f] = true
	}
	return w.pdf.Error()
}

// fpdfFontUse lists, for each face the pages draw with, the runes it draws.
func fpdfFontUse(pages []*Page) (map[*fonts.Face][]rune, error) {
	use := map[*fonts.Face][]rune{}
	add := func(f *fonts.Face, s string) { use[f] = append(use[f], []rune(s)...) }
	for _, p := range pages {
		for _, it := range p.Items {
			switch v := it.(type) {
			case Glyphs:
				add(v.Face, v.Text)
			case Figure:
				for _, op := range v.Drawing.Ops {
					t, ok := op.(charts.Text)
					if !ok {
						continue
					}
					runs, err := text.Itemize(t.Text, fonts.Regular)
					if err != nil {
						return nil, err
					}
					for _, r := range runs {
						add(r.Face, r.Text)
					}
				}
			}
		}
	}
	return use, nil
}
