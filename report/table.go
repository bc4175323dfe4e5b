package report

import (
	"github.com/dipbrief/dipbrief/pdf"
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
	node   *Node // the Table
}

const cellPad = 5.0

func (r *builder) figureTable() error {
	t := r.e.Key.Table
	tb, rows, err := r.keyTable()
	if err != nil {
		return err
	}
	title := para{size: 10.5, leading: 1.3, color: navy}
	r.f.need(title.size*2 + 60)
	tb.node = r.f.root.add(pdf.Table)
	r.f.at(tb.node.add(pdf.Caption))
	if err := r.f.paragraph([]text.Span{bold(t.Caption)}, title, marginX, contentW); err != nil {
		return err
	}
	r.f.y += 4
	if err := tb.draw(r.f, rows); err != nil {
		return err
	}
	if legend := r.e.Key.Legend; legend != "" {
		r.f.y += 4
		r.f.at(r.f.root.add(pdf.P))
		return r.f.paragraph([]text.Span{plain(legend)}, para{size: 7.5, leading: 1.35, color: grey}, marginX, contentW)
	}
	return nil
}

// keyTable is the key-figures table with its columns sized, and its rows
// as spans, ready to draw.
func (r *builder) keyTable() (table, [][][]text.Span, error) {
	t := r.e.Key.Table
	tb := table{body: para{size: 8.5, leading: 1.3, color: ink, rules: r.f.rules}}
	for _, c := range t.Columns {
		tb.cols = append(tb.cols, column{right: c.Numeric})
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
	return tb, rows, tb.fit(rows, contentW)
}

// Columns other than the first give way, when the table is too wide,
// down to these widths: a change may wrap, a value should not.
const (
	minLabelW   = 165.0
	minSourcesW = 52.0
	minChangeW  = 70.0
)

// fit sizes the columns from their content: each as wide as its widest
// cell on one line, the first column (the labels, which wrap best) taking
// what is left, or giving way first when the table is too wide, then the
// changes (which wrap at their words), then the sources (whose marker
// groups stay whole where they can); the figures keep their width.
func (t *table) fit(rows [][][]text.Span, total float64) error {
	natural := make([]float64, len(t.cols))
	for _, cells := range append([][][]text.Span{t.header}, rows...) {
		for i, c := range cells {
			lines, err := t.body.rules.Wrap(c, t.body.size, 1e6)
			if err != nil {
				return err
			}
			for _, l := range lines {
				natural[i] = max(natural[i], l.Width+2*cellPad+3) // columns stand apart by more than an em
			}
		}
	}
	w := append([]float64(nil), natural...)
	rest := func() float64 {
		sum := 0.0
		for _, x := range w[1:] {
			sum += x
		}
		return sum
	}
	w[0] = max(minLabelW, total-rest())
	last := len(w) - 1
	for _, shrink := range []struct {
		col int
		min float64
	}{{last - 1, minChangeW}, {last, minSourcesW}} {
		if over := w[0] + rest() - total; over > 0 && shrink.col > 0 {
			w[shrink.col] = max(shrink.min, w[shrink.col]-over)
		}
	}
	w[0] = total - rest()
	for i := range t.cols {
		t.cols[i].w = w[i]
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
	t.place(f, header, t.node.add(pdf.THead).add(pdf.TR), true)
	body := t.node.add(pdf.TBody)
	for _, cells := range rows {
		r, err := t.wrap(cells)
		if err != nil {
			return err
		}
		if f.y+r.h > bottomY {
			// The table goes on as a table of its own on the next page,
			// under the same header cells (see pageScoped).
			f.newPage()
			next := f.root.add(pdf.Table)
			t.place(f, header, next.add(pdf.THead).add(pdf.TR), true)
			body = next.add(pdf.TBody)
		}
		t.place(f, r, body.add(pdf.TR), false)
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

// place sets a row's cells, each its own header or data cell of row (the
// first cell of a body row heads its row), or all of them furniture.
func (t table) place(f *flow, r wrappedRow, row *Node, header bool) {
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
		switch {
		case row.artifact:
			f.at(row)
		case header || i == 0:
			f.at(row.add(pdf.TH)).RowHead = !header
		default:
			f.at(row.add(pdf.TD))
		}
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
