package report

import (
	"fmt"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/report/text"
)

// notes explains the figures that need it: where sources disagree, what is
// derived, partial or expected, and how charts show missing years.
func (r *builder) notes() error {
	if err := r.f.heading(r.l.words.sectionNotes, 30); err != nil {
		return err
	}
	body := para{size: 9, leading: 1.4, color: ink, justify: r.l.words.justify}
	items := [][]text.Span{}
	for _, n := range r.b.Notes {
		items = append(items, r.note(n))
	}
	if len(items) == 0 {
		items = append(items, []text.Span{plain(r.l.words.noNotes)})
	}
	items = append(items, []text.Span{plain(r.l.words.gapNote)})
	for _, spans := range items {
		r.f.need(body.size * body.leading)
		r.f.add(Rect{X: marginX + 2, Y: r.f.y + body.size*0.45, W: 3, H: 3, Fill: teal})
		if err := r.f.paragraph(spans, body, marginX+14, contentW-14); err != nil {
			return err
		}
		r.f.y += 4
	}
	r.f.y += 6
	return nil
}

// note writes one remark on a figure as a sentence with source markers.
func (r *builder) note(n data.Note) []text.Span {
	w, lang, f, m := r.l.words, r.l.lang(), n.Figure, n.Metric
	label, year := r.label(m), r.b.Year
	val := r.cellText(m, f)
	switch n.Kind {
	case data.NoteConflict:
		spans := []text.Span{plain(fmt.Sprintf(w.noteConflict, label, year, val) + w.markGap)}
		spans = append(spans, r.markers(f.Cite)...)
		for i, a := range f.Alternatives {
			sep := w.enum
			if i == 0 {
				sep = w.noteOthers
			}
			spans = append(spans, plain(sep+r.l.value(m, a.Value, a.Qualifier)+w.markGap))
			spans = append(spans, r.markers(a.Cite)...)
		}
		spans = append(spans, plain(w.stop))
		if len(f.Note) > 0 {
			spans = append(spans, plain(w.gap+f.Note.In(lang)))
		}
		return spans
	case data.NoteDerived:
		if len(f.DerivedFrom) > 0 {
			var parts []string
			for _, id := range f.DerivedFrom {
				for _, c := range r.b.Catalog {
					if c.ID == id {
						parts = append(parts, r.label(c))
					}
				}
			}
			return []text.Span{plain(fmt.Sprintf(w.noteDerived, label, year, val, r.l.list(parts)))}
		}
		return append([]text.Span{plain(fmt.Sprintf(w.noteWorked, label, year, val, f.Derivation.In(lang)) + w.markGap)}, r.markers(f.Cite)...)
	case data.NotePartial:
		return []text.Span{plain(fmt.Sprintf(w.notePartial, label, year, f.Months))}
	case data.NoteExpected:
		return []text.Span{plain(fmt.Sprintf(w.noteExpected, label, year, val))}
	}
	return []text.Span{plain(fmt.Sprintf(w.noteRemark, label, year, f.Note.In(lang)))}
}
