package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report/text"
)

// Chart is one trend chart of an edition on its own, for an image file or
// an e-mail body: the PDF's drawing with its title above and its footer
// (note and sources) below, so that a chart that travels alone keeps its
// caveats; and its text alternative.
type Chart struct {
	ID      string // the chart's id in dataset.yaml, e.g. "visits"
	Title   string // in the edition's language
	Alt     string // what the chart shows, for a reader who cannot see it
	Drawing charts.Drawing
}

// ExportWidth is the width, in points, of a chart drawn for an image: a
// little less than the 600 px column an HTML e-mail is usually laid out in.
const ExportWidth = 480.0

// exportChartH is the plot's height in an image, wider than in the PDF.
const exportChartH = 220.0

var (
	exportTitle  = para{size: 11, leading: 1.3, color: navy}
	exportFooter = para{size: 8.5, leading: 1.35, color: grey}
)

// Charts draws the edition's trend charts in the order the briefing shows
// them, with the labels, number formats and measurements of the PDF, so an
// image and the PDF never disagree.
func Charts(e *edition.Edition) ([]Chart, error) {
	out := make([]Chart, 0, len(e.Trends.Charts))
	rules := text.NewRules(e.Keep...)
	for _, c := range e.Trends.Charts {
		d, err := exportDrawing(c, rules)
		if err != nil {
			return nil, err
		}
		out = append(out, Chart{ID: c.ID, Title: c.Title, Alt: c.Alt, Drawing: d})
	}
	return out, nil
}

// exportDrawing sets the chart between its title and its footer in one
// drawing, the text as labels that every backend draws.
func exportDrawing(c edition.Chart, rules *text.Rules) (charts.Drawing, error) {
	plot, err := drawChart(c, ExportWidth, exportChartH)
	if err != nil {
		return charts.Drawing{}, err
	}
	titleP, footerP := exportTitle, exportFooter
	titleP.rules, footerP.rules = rules, rules
	var title, note, source []text.Line
	if title, err = wrap([]text.Span{plain(c.Title)}, titleP, ExportWidth); err != nil {
		return charts.Drawing{}, err
	}
	if note, err = wrap([]text.Span{plain(c.Note)}, footerP, ExportWidth); err != nil {
		return charts.Drawing{}, err
	}
	if source, err = wrap([]text.Span{plain(c.Caption.String())}, footerP, ExportWidth); err != nil {
		return charts.Drawing{}, err
	}
	d := charts.Drawing{Width: ExportWidth}
	y := labelLines(&d, title, exportTitle, "title", 0) + 6
	d.Ops = append(d.Ops, plot.Shift(0, y)...)
	y += plot.Height + 6
	y = labelLines(&d, note, exportFooter, "note", y)
	y = labelLines(&d, source, exportFooter, "source", y)
	d.Height = y + 4
	return d, nil
}

// labelLines adds lines as chart labels with the first line's top at y,
// and returns the y under the last.
func labelLines(d *charts.Drawing, lines []text.Line, p para, class string, y float64) float64 {
	col := p.color
	for _, l := range lines {
		base := y + p.size*0.95
		for _, pc := range l.Pieces {
			d.Ops = append(d.Ops, charts.Text{Class: class, X: pc.X, Y: base, Text: pc.Text, Size: p.size, Color: col})
		}
		y += p.size * p.leading
	}
	return y
}
