package report

import (
	"github.com/dipbrief/dipbrief/report/text"
)

// column is one column of a table: its width and whether it is set flush right.
type column struct {
	w     float64
	right bool
}

// table lays out rows of cells under a header that is repeated on every
// page the table reaches.
type table struct {
	cols   []column
	header [][]text.Span
	body   para
	pad    float64
}

const cellPad = 5.0

// columnWidths are the key-figures table's columns: indicator, the year,
// the year before, change, sources.
var columnWidths = []float64{178, 122, 78, 77, contentW - 455}

func (r *builder) figureTable() error {
	t := r.e.Key.Table
	tb := table{body: para{size: 8.5, leading: 1.3, color: ink}}
	for i, c := range t.Columns {
		tb.cols = append(tb.cols, column{w: columnWidths[i], right: c.Numeric})
		tb.header = append(tb.header, []text.Span{bold(c.Header)})
	}
	var rows [][][]text.Span
	for _, row := range t.Rows {
		var cells [][]text.Span
		for _, c := range row {
			cells = append(cells, r.spans(c))
		}
		rows = append(rows, cells)
	}
	title := para{size: 10.5, leading: 1.3, color: navy}
	r.f.need(title.size*2 + 60)
	if err := r.f.paragraph([]text.Span{bold(t.Caption)}, title, marginX, contentW); err != nil {
		return err
	}
	r.f.y += 4
	if err := tb.draw(r.f, rows); err != nil {
		return err
	}
	if legend := r.e.Key.Legend; legend != "" {
		r.f.y += 4
		return r.f.paragraph([]text.Span{plain(legend)}, para{size: 7.5, leading: 1.35, color: grey}, marginX, contentW)
	}
	return nil
}

// draw places the header and the rows, starting a new page (and repeating
// the header) when a row does not fit. Each cell is wrapped once.
func (t table) draw(f *flow, rows [][][]text.Span) error {
	header, err := t.wrap(t.header)
	if err != nil {
		return err
	}
	t.place(f, header, true)
	for _, cells := range rows {
		r, err := t.wrap(cells)
		if err != nil {
			return err
		}
		if f.y+r.h > bottomY {
			f.newPage()
			t.place(f, header, true)
		}
		t.place(f, r, false)
	}
	return nil
}

// wrappedRow is a row's cells broken into lines, and the row's height.
type wrappedRow struct {
	cells [][]text.Line
	h     float64
}

func (t table) wrap(cells [][]text.Span) (wrappedRow, error) {
	r := wrappedRow{cells: make([][]text.Line, len(cells))}
	n := 1
	for i, c := range cells {
		lines, err := wrap(c, t.body, t.cols[i].w-2*cellPad)
		if err != nil {
			return wrappedRow{}, err
		}
		r.cells[i] = lines
		n = max(n, len(lines))
	}
	r.h = float64(n)*t.body.size*t.body.leading + 2*cellPad
	return r, nil
}

func (t table) place(f *flow, r wrappedRow, header bool) {
	if header {
		f.add(Rect{X: marginX, Y: f.y, W: contentW, H: r.h, Fill: paleBlue})
	}
	x := marginX
	p := t.body
	if header {
		p.color = navy
	}
	for i, lines := range r.cells {
		col := t.cols[i]
		for j, l := range lines {
			lx := x + cellPad
			if col.right {
				lx = x + col.w - cellPad - l.Width
			}
			f.placeLine(l, p, lx, f.y+cellPad+float64(j)*p.size*p.leading+p.size*0.95)
		}
		x += col.w
	}
	f.y += r.h
	f.add(Rule{X1: marginX, Y1: f.y, X2: marginX + contentW, Y2: f.y, Width: 0.5, Color: lightGrey})
}
