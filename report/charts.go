package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/data"
)

// Chart is one trend chart of an edition on its own, for an image file or
// an e-mail body: the same drawing the PDF shows, with its title.
type Chart struct {
	ID      string // the chart's id in dataset.yaml, e.g. "visits"
	Title   string // in the edition's language
	Drawing charts.Drawing
}

// ExportWidth is the width, in points, of a chart drawn for an image: a
// little less than the 600 px column an HTML e-mail is usually laid out in.
const ExportWidth = 480.0

// Charts draws the brief's trend charts in lang, in the order the briefing
// shows them, with the labels, number formats and measurements of the PDF,
// so an image and the PDF never disagree.
func Charts(b *data.Brief, lang string) ([]Chart, error) {
	l, err := localeFor(lang)
	if err != nil {
		return nil, err
	}
	r := &builder{b: b, l: l, cites: newCiteIndex(b.Sources)}
	out := make([]Chart, 0, len(b.Charts))
	for _, cd := range b.Charts {
		cell, err := r.chartCell(cd, ExportWidth)
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{ID: cd.Chart.ID, Title: cd.Chart.Title.In(lang), Drawing: cell.drawing})
	}
	return out, nil
}
