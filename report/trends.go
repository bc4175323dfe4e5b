package report

import (
	"fmt"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

const (
	chartCols = 2
	chartGap  = 18.0
	chartH    = 160.0
)

// trends draws each chart of the dataset over every year, two to a row,
// each with its title above and a caption naming its sources below.
func (r *builder) trends() error {
	cs := r.e.Trends.Charts
	if len(cs) == 0 {
		return nil
	}
	if err := r.f.heading(r.e.Trends.Heading.Text, chartH+60); err != nil {
		return err
	}
	w := (contentW - chartGap*(chartCols-1)) / chartCols
	for i := 0; i < len(cs); i += chartCols {
		row := cs[i:min(i+chartCols, len(cs))]
		cells := make([]chartCell, len(row))
		h := 0.0
		for j, cd := range row {
			c, err := r.chartCell(cd, w)
			if err != nil {
				return err
			}
			cells[j] = c
			h = max(h, c.height())
		}
		r.f.need(h)
		for j, c := range cells {
			c.place(r.f, marginX+float64(j)*(w+chartGap), r.f.y)
		}
		r.f.y += h + 16
	}
	return nil
}

// chartCell is a chart with its title and caption, ready to place.
type chartCell struct {
	title, caption []text.Line
	drawing        charts.Drawing
	alt            string
}

var (
	chartTitle   = para{size: 9.5, leading: 1.3, color: navy}
	chartCaption = para{size: 7.5, leading: 1.35, color: grey}
)

func (c chartCell) height() float64 {
	return float64(len(c.title))*chartTitle.size*chartTitle.leading + 4 + c.drawing.Height + 4 +
		float64(len(c.caption))*chartCaption.size*chartCaption.leading
}

// place sets the chart as a reader meets it: its title as the caption of
// a group that holds the figure, with its text alternative, and the line
// naming its sources.
func (c chartCell) place(f *flow, x, y float64) {
	group := f.root.add(pdf.Div)
	f.at(group.add(pdf.Caption))
	y = f.placeLines(c.title, chartTitle, x, y) + 4
	fig := group.add(pdf.Figure)
	fig.Alt = c.alt
	f.add(Figure{X: x, Y: y, Drawing: c.drawing, Tag: fig})
	f.at(group.add(pdf.P))
	f.placeLines(c.caption, chartCaption, x, y+c.drawing.Height+4)
}

func (r *builder) chartCell(c edition.Chart, w float64) (chartCell, error) {
	d, err := drawChart(c, w)
	if err != nil {
		return chartCell{}, err
	}
	title, err := r.wrap([]text.Span{bold(c.Title)}, chartTitle, w)
	if err != nil {
		return chartCell{}, err
	}
	caption, err := r.wrap(r.spans(c.Caption), chartCaption, w)
	return chartCell{title: title, caption: caption, drawing: d, alt: c.Alt}, err
}

// drawChart draws an edition's chart w points wide, measured with the
// fonts the PDF draws with.
func drawChart(c edition.Chart, w float64) (charts.Drawing, error) {
	face := fonts.Chain(fonts.Regular)[0]
	st := charts.Style{Width: w, Height: chartH, FontSize: 7.5, Ascent: face.Ascent() / 1000, Descent: face.Descent() / 1000}
	d, err := charts.Draw(c.Spec, st, measurer{})
	if err != nil {
		return charts.Drawing{}, fmt.Errorf("chart %q: %w", c.ID, err)
	}
	return d, nil
}
