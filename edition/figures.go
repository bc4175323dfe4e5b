package edition

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/dipbrief/dipbrief/data"
)

// KeyFigures is the first section: the key metrics as tiles, then every
// figure of the year in a table beside the year before, with the legend of
// the marks the table uses.
type KeyFigures struct {
	Heading Heading
	Tiles   []Tile
	Table   Table
	Legend  string // "" when no figure carries a mark
}

// Tile is one key figure: its label, value, status marks and its change on
// the year before with its source markers.
type Tile struct {
	Metric string // the catalog id
	Label  string
	Value  string
	Marks  string // compact status marks, e.g. "p" or "11 mo."
	Change Text
	Tone   Tone
}

// Tone is what a change means, not which way it went: a rise in trade is
// good news, a partner leaving a tier by an upgrade is no bad news. Only a
// metric whose catalog entry has a valence gets a tone other than Neutral.
type Tone int

// The tones of a change.
const (
	Neutral Tone = iota
	Good
	Bad
)

// Table is a data table: a caption, column headers and rows whose first
// cell is the row's header.
type Table struct {
	Caption string
	Columns []Column
	Rows    [][]Text // one Text per column
}

// Column is a table column: its header and whether it holds numbers (set
// flush right).
type Column struct {
	Header  string
	Numeric bool
}

// figure is what the edition writes of one row, shared by its tile, its
// table row and the summary.
type figure struct {
	row            data.Row
	value, marks   string
	prev, prevMark string
	used           []string // the kinds of mark and qualifier the row shows, for the legend
	change         Text     // the change or why there is none, with its notes
	tone           Tone
	sources        []int
}

func (w *writer) keyFigures() KeyFigures {
	ws := w.l.words
	k := KeyFigures{Heading: Heading{Text: ws.sectionKey, Level: 2}}
	var figs []figure
	for _, row := range w.b.Rows {
		if row.Metric.Key {
			f := w.figure(row)
			k.Tiles = append(k.Tiles, Tile{Metric: row.Metric.ID, Label: w.label(row.Metric), Value: f.value, Marks: f.marks,
				Change: w.tileChange(f), Tone: f.tone})
		}
	}
	for _, row := range w.b.Rows {
		figs = append(figs, w.figure(row))
	}
	w.figs = figs
	k.Table = w.table(figs)
	k.Legend = w.legend(figs)
	return k
}

// figure writes one row. Source markers are numbered here, so it is
// called in reading order: tiles, then the table.
func (w *writer) figure(row data.Row) figure {
	m, ws := row.Metric, w.l.words
	f := figure{row: row, value: w.l.value(m, row.Cur.Value, row.Cur.Qualifier), prev: "—"}
	f.marks, f.used = w.marks(row.Cur, m, w.b.Year)
	f.used = append(f.used, "q:"+row.Cur.Qualifier)
	f.sources = w.cites.numbers(w.citesOf(row.Cur))
	switch {
	case row.Change != nil && row.Change.Revised != nil:
		q := row.Change.Revised.Qualifier
		f.prev, f.prevMark = w.l.value(m, row.Change.Base, q), ws.marks.revis
		f.used = append(f.used, "revised", "q:"+q)
	case row.Prev != nil:
		var used []string
		f.prev = w.l.value(m, row.Prev.Value, row.Prev.Qualifier)
		f.prevMark, used = w.marks(row.Prev, m, w.b.Year-1)
		f.used = append(f.used, append(used, "q:"+row.Prev.Qualifier)...)
	}
	if row.Change == nil {
		f.change = Text{plain(w.why(row))}
		return f
	}
	f.change = Text{strong(w.l.change(m, row.Change))}
	f.used = append(f.used, "q:"+row.Change.Qualifier) // a change's sign (~, >, <) is explained too
	f.tone = tone(m, row.Change.Abs)
	if r := row.Change.Revised; r != nil {
		f.change = append(f.change, plain(ws.gap+fmt.Sprintf(ws.onRevised, w.b.Year-1)+ws.markGap))
		f.change = append(f.change, w.markers(r.Cite)...)
	}
	if g := row.Growth; g != nil {
		f.change = append(f.change, plain(w.growthNote(row, g)))
	}
	return f
}

// growthNote puts the stated growth beside the worked-out one, on the row
// of each: "; sources state +34.5%".
func (w *writer) growthNote(row data.Row, g *data.Growth) string {
	ws := w.l.words
	pct := func(v float64, digits int) string { return w.l.sign(v) + w.l.fixed(abs(v), digits) + "%" }
	if row.Metric.ID == g.Rate.ID {
		return ws.enumSep() + fmt.Sprintf(ws.computedGrowth, pct(g.Computed, 1))
	}
	stated := pct(g.Stated, min(data.Decimals(g.Stated), 1))
	if g.Worked {
		return ws.enumSep() + fmt.Sprintf(ws.givenGrowth, stated)
	}
	return ws.enumSep() + fmt.Sprintf(ws.statedGrowth, stated)
}

// why says in a word or two why a figure has no change on the year before.
func (w *writer) why(row data.Row) string {
	ws := w.l.words
	switch row.Why {
	case data.PartialYear:
		n := row.Cur.Months
		if n == 0 && row.Prev != nil {
			n = row.Prev.Months
		}
		return fmt.Sprintf(ws.months, n)
	case data.NewDefinition:
		return ws.newDefinition
	case data.OppositeBounds:
		return ws.oppositeBounds
	}
	return fmt.Sprintf(ws.noPrev, w.b.Year-1)
}

// tileChange is the change line of a tile: the change, the year it is
// on, and the figure's source markers.
func (w *writer) tileChange(f figure) Text {
	ws := w.l.words
	t := append(Text{}, f.change...)
	if f.row.Change != nil && f.row.Change.Revised == nil {
		t = append(t, plain(" "+fmt.Sprintf(ws.vsPrev, w.b.Year-1)))
	}
	// The figure's own sources, less those the change already cites (a
	// revision from the same article): no "[1] [1]".
	said := t.Sources()
	var cites []data.Citation
	for _, c := range w.citesOf(f.row.Cur) {
		if !slices.Contains(said, w.cites.number(c.Source)) {
			cites = append(cites, c)
		}
	}
	if len(cites) == 0 {
		return t
	}
	t = append(t, plain(ws.markGap))
	return append(t, w.markers(cites)...)
}

func tone(m data.Metric, delta float64) Tone {
	switch {
	case delta == 0 || (m.Valence != "up" && m.Valence != "down"):
		return Neutral
	case (delta > 0) == (m.Valence == "up"):
		return Good
	}
	return Bad
}

// marks are a figure's compact status marks: estimate, preliminary,
// forecast, part of a year, and the month of a level reported before the
// year's end.
func (w *writer) marks(f *data.Figure, m data.Metric, year int) (string, []string) {
	mk := w.l.words.marks
	var out, used []string
	add := func(key, mark string) { out, used = append(out, mark), append(used, key) }
	switch f.Status {
	case "estimate":
		add("estimate", mk.estimate)
	case "preliminary":
		add("preliminary", mk.preliminary)
	}
	if f.Expected {
		add("forecast", mk.forecast)
	}
	if f.Months != 0 {
		add("months", fmt.Sprintf(mk.months, f.Months))
	}
	if m.Stock && f.AsOf.Year == year && f.AsOf.Month >= 1 && f.AsOf.Month < 12 {
		add("asOf", fmt.Sprintf(mk.asOf, mk.shortMonths[f.AsOf.Month-1]))
	}
	return strings.Join(out, " "), used
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func (ws *words) enumSep() string { return ws.semi }

// table writes every figure of the year beside the year before's.
func (w *writer) table(figs []figure) Table {
	ws := w.l.words
	t := Table{
		Caption: fmt.Sprintf(ws.allFigures, w.b.Year),
		Columns: []Column{{Header: ws.colMetric}, {Header: w.l.year(w.b.Year), Numeric: true},
			{Header: w.l.year(w.b.Year - 1), Numeric: true}, {Header: ws.colChange, Numeric: true}, {Header: ws.colSources}},
	}
	for _, f := range figs {
		t.Rows = append(t.Rows, []Text{
			{plain(w.label(f.row.Metric))},
			withMark(Text{strong(f.value)}, f.marks, ws.markGap),
			withMark(Text{plain(f.prev)}, f.prevMark, ws.markGap),
			f.change,
			orDash(w.markers(w.citesOf(f.row.Cur))),
		})
	}
	return t
}

// withMark sets status marks after a value, set back, kept on its line.
func withMark(t Text, mark, gap string) Text {
	if mark == "" {
		return t
	}
	if gap == "" {
		gap = "\u00a0"
	}
	return append(t, Run{Text: gap + mark, Aside: true})
}

// legend explains the marks and signs the table uses, and only those.
func (w *writer) legend(figs []figure) string {
	mk := w.l.words.marks
	lg := mk.legend
	used := map[string]bool{}
	for _, f := range figs {
		for _, k := range f.used {
			used[k] = true
		}
	}
	entries := []struct {
		key, mark, says string
	}{
		{"estimate", mk.estimate, lg.estimate},
		{"preliminary", mk.preliminary, lg.preliminary},
		{"forecast", mk.forecast, lg.forecast},
		{"revised", mk.revis, lg.revis},
		{"months", fmt.Sprintf(mk.months, 11), lg.months},
		{"asOf", fmt.Sprintf(mk.asOf, mk.shortMonths[7]), lg.asOf},
		{"q:over", strings.TrimSpace(fmt.Sprintf(w.l.words.over, "")), lg.over},
		{"q:nearly", strings.TrimSpace(fmt.Sprintf(w.l.words.nearly, "")), lg.nearly},
		{"q:approx", strings.TrimSpace(fmt.Sprintf(w.l.words.approx, "")), lg.approx},
		{"q:under", strings.TrimSpace(fmt.Sprintf(w.l.words.under, "")), lg.under},
	}
	var parts []string
	for _, e := range entries {
		// A qualifier written as a word needs no legend; a sign does.
		if used[e.key] && !(strings.HasPrefix(e.key, "q:") && strings.IndexFunc(e.mark, unicode.IsLetter) >= 0) {
			parts = append(parts, e.mark+w.l.words.colon+e.says)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return mk.title + " " + strings.Join(parts, w.l.words.semi)
}

// orDash is a cell's text, or a dash where it has none: no cell is empty.
func orDash(t Text) Text {
	if len(t) == 0 {
		return Text{plain("—")}
	}
	return t
}
