package report

import (
	"fmt"
	"strings"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/report/text"
)

const (
	tileCols = 3
	tileGap  = 10.0
	tileH    = 96.0
	tilePad  = 10.0
)

// keyFigures draws the year's key metrics as tiles, then every figure of
// the year in a table beside the year before.
func (r *builder) keyFigures() error {
	var keys []data.Row
	for _, row := range r.b.Rows {
		if row.Metric.Key {
			keys = append(keys, row)
		}
	}
	if err := r.f.heading(r.l.words.sectionKey, tileH); err != nil {
		return err
	}
	tileW := (contentW - tileGap*(tileCols-1)) / tileCols
	for i, row := range keys {
		col := i % tileCols
		if col == 0 {
			if i > 0 {
				r.f.y += tileH + tileGap
			}
			r.f.need(tileH)
		}
		if err := r.tile(row, marginX+float64(col)*(tileW+tileGap), r.f.y, tileW); err != nil {
			return err
		}
	}
	if len(keys) > 0 {
		r.f.y += tileH + 22
	}
	return r.figureTable()
}

// tile draws one key figure: label, value, change on the year before and
// source markers.
func (r *builder) tile(row data.Row, x, y, w float64) error {
	f := r.f
	f.add(Rect{X: x, Y: y, W: w, H: tileH, Fill: paleBlue}, Rect{X: x, Y: y, W: 3, H: tileH, Fill: teal})
	inner := w - 2*tilePad
	label := para{size: 8.5, leading: 1.25, color: grey}
	lines, err := wrap([]text.Span{plain(r.label(row.Metric))}, label, inner)
	if err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], label, x+tilePad, y+8)

	value := para{size: 20, leading: 1.1, color: navy}
	spans := []text.Span{bold(r.l.value(row.Metric, row.Cur.Value, row.Cur.Qualifier))}
	if lines, err = wrap(spans, value, inner); err != nil {
		return err
	}
	if len(lines) > 1 || lines[0].Width > inner {
		value.size = 15
		lines, _ = wrap(spans, value, inner)
	}
	f.placeLines(lines[:1], value, x+tilePad, y+34)

	change := para{size: 8, leading: 1.25, color: grey}
	cs, c := r.changeSpans(row)
	change.color = c
	cs = append(cs, plain(r.l.words.markGap))
	cs = append(cs, r.markers(r.citesOf(row.Cur))...)
	if lines, err = wrap(cs, change, inner); err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], change, x+tilePad, y+tileH-30)
	return nil
}

// changeSpans says how a figure moved since the year before, in the colour
// that goes with it.
func (r *builder) changeSpans(row data.Row) ([]text.Span, Color) {
	w := r.l.words
	var notes []string
	if row.Cur.Months != 0 {
		notes = append(notes, fmt.Sprintf(w.months, row.Cur.Months))
	}
	if row.Cur.Expected {
		notes = append(notes, w.expected)
	}
	suffix := ""
	if len(notes) > 0 {
		suffix = " · " + strings.Join(notes, w.comma)
	}
	switch {
	case row.Change != nil:
		c := grey
		if row.Change.Abs > 0 {
			c = green
		} else if row.Change.Abs < 0 {
			c = red
		}
		return []text.Span{bold(r.l.change(row.Metric, row.Change)), plain(" " + fmt.Sprintf(w.vsPrev, r.b.Year-1) + suffix)}, c
	case row.Prev != nil:
		return []text.Span{plain(w.notComparable + suffix)}, grey
	}
	return []text.Span{plain(fmt.Sprintf(w.noPrev, r.b.Year-1) + suffix)}, grey
}

// citesOf is a figure's citations; a derived figure without its own cites
// those of the figures it adds up.
func (r *builder) citesOf(f *data.Figure) []data.Citation {
	if len(f.Cite) > 0 || len(f.DerivedFrom) == 0 {
		return f.Cite
	}
	var cs []data.Citation
	for _, id := range f.DerivedFrom {
		for _, row := range r.b.Rows {
			if row.Metric.ID == id {
				cs = append(cs, row.Cur.Cite...)
			}
		}
	}
	return cs
}

func (r *builder) label(m data.Metric) string { return m.Label.In(r.l.lang()) }

// cellText is a figure's value with what qualifies it, for the table.
func (r *builder) cellText(m data.Metric, f *data.Figure) string {
	if f == nil {
		return "—"
	}
	s := r.l.value(m, f.Value, f.Qualifier)
	var extra []string
	if f.Months != 0 {
		extra = append(extra, fmt.Sprintf(r.l.words.months, f.Months))
	}
	if f.Expected {
		extra = append(extra, r.l.words.expected)
	}
	if len(extra) > 0 {
		s += r.l.aside(extra)
	}
	return s
}
