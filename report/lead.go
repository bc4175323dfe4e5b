package report

import (
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

// leadPara is the lead's type: a size up from the body, so that it reads
// as the page's opening paragraph.
var leadPara = para{size: 10, leading: 1.45, color: ink}

// lead sets "The year in brief" under the masthead, before the key
// figures: its sentences as one paragraph, each with its markers.
func (r *builder) lead() error {
	l := r.e.Lead
	if len(l.Sentences) == 0 {
		return nil
	}
	p := leadPara
	p.justify = r.e.Lang.Justify
	var spans []text.Span
	for i, s := range l.Sentences {
		if i > 0 && l.Gap != "" {
			spans = append(spans, plain(l.Gap))
		}
		spans = append(spans, r.spans(s)...)
	}
	lines, err := r.wrap(spans, p, contentW)
	if err != nil {
		return err
	}
	if err := r.f.heading(l.Heading.Text, float64(len(lines))*p.size*p.leading); err != nil {
		return err
	}
	r.f.at(r.f.root.add(pdf.P))
	if err := r.f.paragraph(spans, p, marginX, contentW); err != nil {
		return err
	}
	r.f.y += 6
	return nil
}
