package report

import (
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

// notes sets the notes on the data as a bulleted list.
func (r *builder) notes() error { return r.bullets(r.e.Notes) }

// definitions sets what each metric counts: the term in bold, then its
// definition; nothing when the catalog defines none.
func (r *builder) definitions() error {
	if len(r.e.Definitions.Items) == 0 {
		return nil
	}
	return r.bullets(r.e.Definitions)
}

// bullets sets a list under its heading, one bulleted paragraph an item,
// a label (a term) leading its body.
func (r *builder) bullets(l edition.List) error {
	if err := r.f.heading(l.Heading.Text, 30); err != nil {
		return err
	}
	body := para{size: 9, leading: 1.4, color: ink, justify: r.e.Lang.Justify}
	list := r.f.perPage(func() *Node { return r.f.root.list(pdf.Disc) })
	for _, it := range l.Items {
		spans := append(r.spans(it.Label), plain(it.Sep))
		spans = append(spans, r.spans(it.Body)...)
		lines, err := r.wrap(spans, body, contentW-14)
		if err != nil {
			return err
		}
		r.f.keep(float64(len(lines)) * body.size * body.leading)
		r.f.at(list.current().add(pdf.LI).add(pdf.LBody)) // the bullet is drawn, not read
		r.f.add(Rect{X: marginX + 2, Y: r.f.y + body.size*0.45, W: 3, H: 3, Fill: teal})
		r.f.placeFlowing(lines, body, marginX+14)
		r.f.y += 4
	}
	r.f.y += 6
	return nil
}

// colophon closes the briefing: how to cite it, and the data's licence.
func (r *builder) colophon() error {
	c := r.e.Colophon
	body := para{size: 9, leading: 1.4, color: ink, justify: r.e.Lang.Justify}
	head := para{size: 10.5, leading: 1.3, color: navy}
	for _, part := range []struct {
		heading edition.Heading
		text    string
	}{{c.CiteHeading, c.Cite}, {c.LicenceHeading, c.Licence}} {
		r.f.need(head.size*head.leading + body.size*body.leading*2 + 8)
		r.f.y += 8
		r.f.at(r.f.root.add(headingRole(part.heading.Level)))
		if err := r.f.paragraph([]text.Span{bold(part.heading.Text)}, head, marginX, contentW); err != nil {
			return err
		}
		r.f.y += 2
		r.f.at(r.f.root.add(pdf.P))
		if err := r.f.paragraph([]text.Span{plain(part.text)}, body, marginX, contentW); err != nil {
			return err
		}
	}
	return nil
}

// headingRole is the structure type of a heading of the edition's level.
func headingRole(level int) pdf.StructType {
	return pdf.H1 + pdf.StructType(min(max(level, 1), 6)-1)
}
