package report

import (
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/pdf"
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
	for i := 0; i < len(k.Tiles); i += tileCols {
		row := k.Tiles[i:min(i+tileCols, len(k.Tiles))]
		if i > 0 {
			r.f.y += tileH + tileGap
		}
		r.f.need(tileH)
		size, err := r.valueSize(row, tileW-2*tilePad)
		if err != nil {
			return err
		}
		for col, t := range row {
			r.f.at(r.f.root.add(pdf.P)) // a tile reads as one paragraph
			if err := r.tile(t, marginX+float64(col)*(tileW+tileGap), r.f.y, tileW, size); err != nil {
				return err
			}
		}
	}
	if len(k.Tiles) > 0 {
		r.f.y += tileH + 22
	}
	return r.figureTable()
}

// The sizes of a tile's value: the larger unless a value of its row does
// not fit, so that a row's values share one size and one baseline.
const (
	valueSize      = 20.0
	valueSizeSmall = 15.0
)

// valueSize is the one size the values of a row of tiles are set in.
func (r *builder) valueSize(row []edition.Tile, inner float64) (float64, error) {
	for _, t := range row {
		room, err := r.valueRoom(t, inner)
		if err != nil {
			return 0, err
		}
		lines, err := r.wrap([]text.Span{bold(t.Value)}, para{size: valueSize}, room)
		if err != nil {
			return 0, err
		}
		if len(lines) > 1 || lines[0].Width > room {
			return valueSizeSmall, nil
		}
	}
	return valueSize, nil
}

var tileMarks = para{size: 8, leading: 1.1, color: grey}

// valueRoom is the width a tile's value has beside its marks.
func (r *builder) valueRoom(t edition.Tile, inner float64) (float64, error) {
	if t.Marks == "" {
		return inner, nil
	}
	ml, err := r.wrap([]text.Span{plain(t.Marks)}, tileMarks, inner)
	if err != nil || len(ml) == 0 {
		return inner, err
	}
	return inner - ml[0].Width - 4, nil
}

// tile draws one key figure: label, value with its marks, change on the
// year before and source markers.
func (r *builder) tile(t edition.Tile, x, y, w, size float64) error {
	f := r.f
	f.add(Rect{X: x, Y: y, W: w, H: tileH, Fill: paleBlue}, Rect{X: x, Y: y, W: 3, H: tileH, Fill: teal})
	inner := w - 2*tilePad
	label := para{size: 8.5, leading: 1.25, color: grey}
	lines, err := r.wrap([]text.Span{plain(t.Label)}, label, inner)
	if err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], label, x+tilePad, y+8)

	value := para{size: size, leading: 1.1, color: navy}
	room, err := r.valueRoom(t, inner)
	if err != nil {
		return err
	}
	if lines, err = r.wrap([]text.Span{bold(t.Value)}, value, room); err != nil {
		return err
	}
	base := y + 34 + valueSize*0.95 // one baseline whatever the size
	f.placeLine(lines[0], value, x+tilePad, base)
	if t.Marks != "" { // the marks sit small on the value's baseline
		ml, err := r.wrap([]text.Span{plain(t.Marks)}, tileMarks, inner)
		if err != nil {
			return err
		}
		f.placeLine(ml[0], tileMarks, x+tilePad+lines[0].Width+4, base)
	}

	change := para{size: 8, leading: 1.25, color: toneColor[t.Tone]}
	if lines, err = r.wrap(r.spans(t.Change), change, inner); err != nil {
		return err
	}
	f.placeLines(lines[:min(len(lines), 2)], change, x+tilePad, y+tileH-30)
	return nil
}

// toneColor is the colour of a change by what it means: neutral grey,
// unless the catalog says which way is good news.
var toneColor = map[edition.Tone]Color{edition.Neutral: grey, edition.Good: green, edition.Bad: red}
