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
	// minChartH is as low as a chart is drawn to fit the rest of a page
	// rather than leave it empty: still room for its axis and a legend.
	minChartH = 92.0
)

// trends draws the edition's charts two to a row, each with its title
// above and its footer (note and sources) below, the plots of a row on
// one line whatever their titles' lengths. A row that does not fit the
// rest of a page is drawn lower to fit when the page would otherwise be
// left more than a fifth empty.
func (r *builder) trends() error {
	t := r.e.Trends
	if len(t.Charts) == 0 && t.Note == "" {
		return nil
	}
	w := (contentW - chartGap*(chartCols-1)) / chartCols
	keep := 40.0
	if len(t.Charts) > 0 {
		first, err := r.chartRow(t.Charts[:min(chartCols, len(t.Charts))], w, minChartH)
		if err != nil {
			return err
		}
		keep = first.height()
	}
	if err := r.f.heading(t.Heading.Text, keep); err != nil {
		return err
	}
	for i := 0; i < len(t.Charts); i += chartCols {
		if err := r.placeChartRow(t.Charts[i:min(i+chartCols, len(t.Charts))], w); err != nil {
			return err
		}
	}
	if t.Note != "" {
		r.f.at(r.f.root.add(pdf.P))
		if err := r.f.paragraph([]text.Span{plain(t.Note)}, para{size: 8.5, leading: 1.4, color: grey}, marginX, contentW); err != nil {
			return err
		}
		r.f.y += 10
	}
	return nil
}

// placeChartRow places a row at full height where it fits, else at the
// height that fills the page when that is no lower than minChartH and the
// page would be left more than a fifth empty, else on the next page.
func (r *builder) placeChartRow(cs []edition.Chart, w float64) error {
	row, err := r.chartRow(cs, w, chartH)
	if err != nil {
		return err
	}
	if left := bottomY - r.f.y; row.height() > left && left > emptyLimit {
		if h := chartH - (row.height() - left); h >= minChartH {
			if row, err = r.chartRow(cs, w, h); err != nil {
				return err
			}
		}
	}
	r.f.need(row.height())
	row.place(r.f, r.f.y, w)
	r.f.y += row.height() + 14
	return nil
}

// emptyLimit is the most of a page's body that may be left empty by a
// block moving whole to the next page: a fifth.
const emptyLimit = (bottomY - topY) / 5

// chartRow is a row of charts ready to place: their titles share the
// height of the tallest, so the plots line up.
type chartRow struct {
	cells  []chartCell
	titleH float64
}

func (r *builder) chartRow(cs []edition.Chart, w, h float64) (chartRow, error) {
	var row chartRow
	for _, c := range cs {
		cell, err := r.chartCell(c, w, h)
		if err != nil {
			return chartRow{}, err
		}
		row.cells = append(row.cells, cell)
		row.titleH = max(row.titleH, lineHeight(cell.title, chartTitle))
	}
	return row, nil
}

func (row chartRow) height() float64 {
	h := 0.0
	for _, c := range row.cells {
		h = max(h, row.titleH+4+c.drawing.Height+4+c.footerHeight())
	}
	return h
}

// place sets each chart as a reader meets it: a group whose caption is
// the chart's title, then the figure with its text alternative, then its
// note and the line naming its sources.
func (row chartRow) place(f *flow, y, w float64) {
	for j, c := range row.cells {
		x := marginX + float64(j)*(w+chartGap)
		group := f.root.add(pdf.Div)
		f.at(group.add(pdf.Caption))
		f.placeLines(c.title, chartTitle, x, y+row.titleH-lineHeight(c.title, chartTitle))
		top := y + row.titleH + 4
		fig := group.add(pdf.Figure)
		fig.Alt = c.alt
		f.add(Figure{X: x, Y: top, Drawing: c.drawing, Tag: fig})
		f.at(group.add(pdf.P))
		fy := f.placeLines(c.note, chartCaption, x, top+c.drawing.Height+4)
		f.placeLines(c.caption, chartCaption, x, fy)
	}
}

// chartCell is a chart with its title and footer, ready to place.
type chartCell struct {
	title, note, caption []text.Line
	drawing              charts.Drawing
	alt                  string
}

var (
	chartTitle   = para{size: 9.5, leading: 1.3, color: navy}
	chartCaption = para{size: 7.5, leading: 1.35, color: grey}
)

func lineHeight(lines []text.Line, p para) float64 { return float64(len(lines)) * p.size * p.leading }

func (c chartCell) footerHeight() float64 {
	return lineHeight(c.note, chartCaption) + lineHeight(c.caption, chartCaption)
}

func (r *builder) chartCell(c edition.Chart, w, h float64) (chartCell, error) {
	d, err := drawChart(c, w, h)
	if err != nil {
		return chartCell{}, err
	}
	cell := chartCell{drawing: d, alt: c.Alt}
	if cell.title, err = r.wrap([]text.Span{bold(c.Title)}, chartTitle, w); err != nil {
		return chartCell{}, err
	}
	if cell.note, err = r.wrap([]text.Span{plain(c.Note)}, chartCaption, w); err != nil {
		return chartCell{}, err
	}
	cell.caption, err = r.wrap(r.spans(c.Caption), chartCaption, w)
	return cell, err
}

// drawChart draws an edition's chart w by h points, measured with the
// fonts the PDF draws with.
func drawChart(c edition.Chart, w, h float64) (charts.Drawing, error) {
	face := fonts.Chain(fonts.Regular)[0]
	st := charts.Style{Width: w, Height: h, FontSize: 7.5, Ascent: face.Ascent() / 1000, Descent: face.Descent() / 1000}
	d, err := charts.Draw(c.Spec, st, measurer{})
	if err != nil {
		return charts.Drawing{}, fmt.Errorf("chart %q: %w", c.ID, err)
	}
	return d, nil
}
