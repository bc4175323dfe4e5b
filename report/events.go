package report

import (
	"github.com/dipbrief/dipbrief/report/text"
)

const dateColW = 100.0

// events lists the year's highlights in date order: the date and kind in a
// narrow column, the summary with its source markers beside it.
func (r *builder) events() error {
	if len(r.b.Events) == 0 {
		return nil
	}
	if err := r.f.heading(r.l.words.sectionEvents, 40); err != nil {
		return err
	}
	lang := r.l.lang()
	dateP := para{size: 9, leading: 1.3, color: navy}
	kindP := para{size: 7.5, leading: 1.3, color: grey}
	body := para{size: 9.5, leading: 1.4, color: ink, justify: r.l.words.justify}
	for _, e := range r.b.Events {
		spans := append([]text.Span{plain(e.Summary.In(lang) + r.l.words.markGap)}, r.markers(e.Cite)...)
		lines, err := wrap(spans, body, contentW-dateColW)
		if err != nil {
			return err
		}
		dl, err := wrap([]text.Span{bold(r.l.date(e.Date))}, dateP, dateColW-8)
		if err != nil {
			return err
		}
		kl, err := wrap([]text.Span{plain(r.l.words.kinds[e.Kind])}, kindP, dateColW-8)
		if err != nil {
			return err
		}
		h := max(float64(len(lines))*body.size*body.leading, float64(len(dl))*dateP.size*dateP.leading+float64(len(kl))*kindP.size*kindP.leading)
		r.f.need(h + 8)
		y := r.f.y
		ky := r.f.placeLines(dl, dateP, marginX, y)
		r.f.placeLines(kl, kindP, marginX, ky)
		r.f.placeLines(lines, body, marginX+dateColW, y)
		r.f.y = y + h + 8
		r.f.add(Rule{X1: marginX + dateColW, Y1: r.f.y - 4, X2: marginX + contentW, Y2: r.f.y - 4, Width: 0.4, Color: lightGrey})
	}
	r.f.y += 8
	return nil
}
