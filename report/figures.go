package report

import (
	"github.com/dipbrief/dipbrief/edition"
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
	k := r.e.Key
	if err := r.f.heading(k.Heading.Text, tileH); err != nil {
		return err
	}
	tileW := (contentW - tileGap*(tileCols-1)) / tileCols
	for i, t := range k.Tiles {
		col := i % tileCols
		if col == 0 {
			if i > 0 {
				r.f.y += tileH + tileGap
			}
			r.f.need(tileH)
		}
		if err := r.tile(t, marginX+float64(col)*(tileW+tileGap), r.f.y, tileW); err != nil {
			return err
		}
	}
	if len(k.Tiles) > 0 {
		r.f.y += tileH + 22
	}
	return r.figureTable()
}

// tile draws one key figure: label, value with its marks, change on the
// year before and source markers.
func (r *builder) tile(t edition.Tile, x, y, w float64) error {
	f := r.f
	f.add(Rect{X: x, Y: y, W: w, H: tileH, Fill: paleBlue}, Rect{X: x, Y: y, W: 3, H: tileH, Fill: teal})
	inner := w - 2*tilePad
	label := para{size: 8.5, leading: 1.25, color: grey}
	lines, err := wrap([]text.Span{plain(t.Label)}, label, inner)
	if err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], label, x+tilePad, y+8)

	value := para{size: 20, leading: 1.1, color: navy}
	marks := para{size: 8, leading: 1.1, color: grey}
	var ml []text.Line
	if t.Marks != "" {
		if ml, err = wrap([]text.Span{plain(t.Marks)}, marks, inner); err != nil {
			return err
		}
	}
	room := inner
	if len(ml) > 0 {
		room -= ml[0].Width + 4
	}
	spans := []text.Span{bold(t.Value)}
	if lines, err = wrap(spans, value, room); err != nil {
		return err
	}
	if len(lines) > 1 || lines[0].Width > room {
		value.size = 15
		lines, _ = wrap(spans, value, room)
	}
	f.placeLines(lines[:1], value, x+tilePad, y+34)
	if len(ml) > 0 { // the marks sit small on the value's baseline
		f.placeLine(ml[0], marks, x+tilePad+lines[0].Width+4, y+34+value.size*0.95)
	}

	change := para{size: 8, leading: 1.25, color: toneColor[t.Tone]}
	if lines, err = wrap(r.spans(t.Change), change, inner); err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], change, x+tilePad, y+tileH-30)
	return nil
}

// toneColor is the colour of a change by what it means: neutral grey,
// unless the catalog says which way is good news.
var toneColor = map[edition.Tone]Color{edition.Neutral: grey, edition.Good: green, edition.Bad: red}
