package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
)

// Chart is one trend chart of an edition on its own, for an image file or
// an e-mail body: the same drawing the PDF shows, with its title and text
// alternative.
type Chart struct {
	ID      string // the chart's id in dataset.yaml, e.g. "visits"
	Title   string // in the edition's language
	Alt     string // what the chart shows, for a reader who cannot see it
	Drawing charts.Drawing
}

// ExportWidth is the width, in points, of a chart drawn for an image: a
// little less than the 600 px column an HTML e-mail is usually laid out in.
const ExportWidth = 480.0

// Charts draws the edition's trend charts in the order the briefing shows
// them, with the labels, number formats and measurements of the PDF, so an
// image and the PDF never disagree.
func Charts(e *edition.Edition) ([]Chart, error) {
	out := make([]Chart, 0, len(e.Trends.Charts))
	for _, c := range e.Trends.Charts {
		d, err := drawChart(c, ExportWidth)
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{ID: c.ID, Title: c.Title, Alt: c.Alt, Drawing: d})
	}
	return out, nil
}
