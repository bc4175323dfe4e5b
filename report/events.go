package report

import (
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

const dateColW = 100.0

// events lists the year's highlights in date order: the date and kind in a
// narrow column, the summary with its source markers beside it.
func (r *builder) events() error {
	h := r.e.Highlights
	if len(h.Items) == 0 {
		return nil
	}
	if err := r.f.heading(h.Heading.Text, 40); err != nil {
		return err
	}
	dateP := para{size: 9, leading: 1.3, color: navy}
	kindP := para{size: 7.5, leading: 1.3, color: grey}
	body := para{size: 9.5, leading: 1.4, color: ink, justify: r.e.Lang.Justify}
	list := r.f.perPage(func() *Node { return r.f.root.list(pdf.Disc) })
	for _, e := range h.Items {
		lines, err := r.wrap(r.spans(e.Body), body, contentW-dateColW)
		if err != nil {
			return err
		}
		dl, err := r.wrap(r.spans(e.Label), dateP, dateColW-8)
		if err != nil {
			return err
		}
		kl, err := r.wrap([]text.Span{plain(e.Kind)}, kindP, dateColW-8)
		if err != nil {
			return err
		}
		h := max(float64(len(lines))*body.size*body.leading, float64(len(dl))*dateP.size*dateP.leading+float64(len(kl))*kindP.size*kindP.leading)
		r.f.need(h + 8)
		item := list.current().add(pdf.LI)
		label, summary := item.add(pdf.Lbl), item.add(pdf.LBody)
		y := r.f.y
		r.f.at(label)
		ky := r.f.placeLines(dl, dateP, marginX, y)
		r.f.placeLines(kl, kindP, marginX, ky)
		r.f.at(summary)
		r.f.placeLines(lines, body, marginX+dateColW, y)
		r.f.y = y + h + 8
		r.f.add(Rule{X1: marginX + dateColW, Y1: r.f.y - 4, X2: marginX + contentW, Y2: r.f.y - 4, Width: 0.4, Color: lightGrey})
	}
	r.f.y += 8
	return nil
}
