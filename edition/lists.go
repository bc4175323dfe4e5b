package edition

import (
	"fmt"

	"github.com/dipbrief/dipbrief/data"
)

// List is a section that is a list: highlights, notes, definitions.
type List struct {
	Heading Heading
	Items   []Item
}

// Item is one entry of a list: its label (a date, a term; empty for a
// bullet), a second, smaller label (an event's kind) and its body.
type Item struct {
	Label Text
	Sep   string // between a label and the body on its line: ": ", "："
	Kind  string
	Body  Text
}

// highlights are the year's events in date order, each with its markers.
func (w *writer) highlights() List {
	lang, ws := w.lang(), w.l.words
	l := List{Heading: Heading{Text: ws.sectionEvents, Level: 2}}
	for _, e := range w.b.Events {
		l.Items = append(l.Items, Item{Label: Text{strong(w.l.date(e.Date))}, Kind: ws.kinds[e.Kind],
			Body: w.cited(e.Summary.In(lang), e.Cite)})
	}
	return l
}

// notes explain the figures that need it: where sources disagree, what is
// derived, partial or expected, then how charts show missing years.
func (w *writer) notes() List {
	ws := w.l.words
	l := List{Heading: Heading{Text: ws.sectionNotes, Level: 2}}
	for _, n := range w.b.Notes {
		l.Items = append(l.Items, Item{Body: w.note(n)})
	}
	for _, row := range w.b.Rows {
		if r := row.Change; r != nil && r.Revised != nil {
			l.Items = append(l.Items, Item{Body: w.revisionNote(row)})
		}
	}
	if len(l.Items) == 0 {
		l.Items = append(l.Items, Item{Body: Text{plain(ws.noNotes)}})
	}
	l.Items = append(l.Items, Item{Body: Text{plain(ws.gapNote)}})
	return l
}

// note writes one remark on a figure as a sentence with source markers.
func (w *writer) note(n data.Note) Text {
	ws, lang, f, m := w.l.words, w.lang(), n.Figure, n.Metric
	label, year := w.label(m), w.b.Year
	val := w.l.value(m, f.Value, f.Qualifier)
	switch n.Kind {
	case data.NoteConflict:
		t := w.cited(fmt.Sprintf(ws.noteConflict, label, year, val), f.Cite)
		for i, a := range f.Alternatives {
			sep := ws.enum
			if i == 0 {
				sep = ws.noteOthers
			}
			t = append(t, w.cited(sep+w.l.value(m, a.Value, a.Qualifier), a.Cite)...)
		}
		t = append(t, plain(ws.stop))
		if len(f.Note) > 0 {
			t = append(t, plain(ws.gap+f.Note.In(lang)))
		}
		return t
	case data.NoteDerived:
		if len(f.DerivedFrom) > 0 {
			var parts []string
			for _, id := range f.DerivedFrom {
				for _, c := range w.b.Catalog {
					if c.ID == id {
						parts = append(parts, w.label(c))
					}
				}
			}
			return Text{plain(fmt.Sprintf(ws.noteDerived, label, year, val, w.l.list(parts)))}
		}
		return w.cited(fmt.Sprintf(ws.noteWorked, label, year, val, f.Derivation.In(lang)), f.Cite)
	case data.NotePartial:
		return Text{plain(fmt.Sprintf(ws.notePartial, label, year, f.Months))}
	case data.NoteExpected:
		return Text{plain(fmt.Sprintf(ws.noteExpected, label, year, val))}
	}
	return Text{plain(fmt.Sprintf(ws.noteRemark, label, year, f.Note.In(lang)))}
}

// revisionNote says which figure for the year before a change is worked
// out on, when this year's sources revise it.
func (w *writer) revisionNote(row data.Row) Text {
	ws, m, r := w.l.words, row.Metric, row.Change.Revised
	s := fmt.Sprintf(ws.noteRevised, w.label(m), w.b.Year, w.l.value(m, r.Value, r.Qualifier), w.b.Year-1)
	if row.Prev != nil {
		s += ws.semi + fmt.Sprintf(ws.noteFirstGiven, w.l.value(m, row.Prev.Value, row.Prev.Qualifier))
	}
	t := w.cited(s, r.Cite)
	t = append(t, plain(ws.stop))
	if note := r.Note.In(w.lang()); note != "" {
		t = append(t, plain(ws.gap+note))
	}
	return t
}

// definitions say what each metric the edition shows counts, in the
// catalog's words.
func (w *writer) definitions() List {
	l := List{Heading: Heading{Text: w.l.words.sectionDefs, Level: 2}}
	for _, row := range w.b.Rows {
		if d := row.Metric.Definition.In(w.lang()); d != "" {
			l.Items = append(l.Items, Item{Label: Text{strong(w.label(row.Metric))}, Sep: w.l.words.colon, Body: Text{plain(d)}})
		}
	}
	return l
}
