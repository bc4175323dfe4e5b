package data

import (
	"fmt"
	"math"
	"sort"
)

// Brief is what one year's briefing says, before it is put into any language.
type Brief struct {
	Info Info
	Year int
	Prev int // the year before, or 0 when the dataset does not have it
	// Years is the charts' x axis: every year from the dataset's first to
	// the briefing's own, never a later one, so that an archived or
	// re-sent edition shows only what was known of its year and before.
	Years  []int
	Rows   []Row // the year's figures in catalog order
	Charts []ChartData
	Events []Event // in date order
	Notes  []Note

	Catalog []Metric // every metric, to name the parts of a derived sum
	Sources []Source // the whole bibliography; the briefing lists those it cites
}

// Row is a metric's figure for the year beside the year before's.
type Row struct {
	Metric Metric
	Cur    *Figure
	Prev   *Figure      // nil when there is none
	Change *Change      // nil when the two cannot be compared
	Why    Incomparable // why Change is nil
	// Growth pairs a growth rate the sources state with the one worked
	// out from two figures, on both rows, when the two differ.
	Growth *Growth
}

// Growth is a stated yearly growth rate beside the one the briefing works
// out from the figure and the year before's (as percentages).
type Growth struct {
	Stated, Computed float64
	Rate, Of         Metric // the growth-rate metric and the metric it is the growth of
	Worked           bool   // the rate is itself worked out (from a multiple), not stated
}

// ChartData is one chart's series over Years: Values[i][j] is metric i
// in Years[j], NaN where the dataset has no figure (a gap, never a zero).
type ChartData struct {
	Chart   Chart
	Metrics []Metric
	Values  [][]float64
	Figures [][]*Figure // the figures behind Values, for citations
	// Total is the metric the stack adds up to and its figure in each
	// year (nil where there is none), when the chart names one.
	Total        *Metric
	TotalFigures []*Figure
}

// NoteKind says why a figure needs a word of explanation.
type NoteKind int

// The kinds of note on the data, in the order the briefing lists them.
const (
	NoteConflict NoteKind = iota // other sources give other values
	NoteDerived                  // worked out, not stated
	NotePartial                  // covers part of the year
	NoteExpected                 // a forecast made before the year closed
	NoteRemark                   // the figure's own note
)

// Note is one remark on a figure of the briefed year.
type Note struct {
	Kind   NoteKind
	Metric Metric
	Figure *Figure
}

// BriefFor assembles the briefing for year.
func (ds *Dataset) BriefFor(year int) (*Brief, error) {
	cur, ok := ds.Year(year)
	if !ok {
		return nil, fmt.Errorf("the dataset has no figures for %d (it has %v)", year, ds.yearList())
	}
	if len(cur.Figures) == 0 { // a year file with events only: a briefing with an empty table helps nobody
		return nil, Diagnostics{ds.positions.diag(fmt.Sprintf("%d.yaml", year), "figures", "no figures for %d: a briefing needs at least one", year)}
	}
	b := &Brief{Info: ds.Info, Year: year, Years: ds.span(year), Catalog: ds.Metrics, Sources: ds.Sources}
	if _, ok := ds.Year(year - 1); ok {
		b.Prev = year - 1
	}
	for _, m := range ds.Metrics {
		f, ok := cur.Figure(m.ID)
		if !ok {
			continue
		}
		row := Row{Metric: m, Cur: f}
		row.Prev, _ = ds.Figure(year-1, m.ID)
		row.Change, row.Why = compare(m, f, row.Prev)
		b.Rows = append(b.Rows, row)
		b.Notes = append(b.Notes, notesFor(m, f)...)
	}
	b.pairGrowth()
	sort.SliceStable(b.Notes, func(i, j int) bool { return b.Notes[i].Kind < b.Notes[j].Kind })
	b.Events = append([]Event(nil), cur.Events...)
	sort.SliceStable(b.Events, func(i, j int) bool { return b.Events[i].Date.Before(b.Events[j].Date) })
	for _, c := range ds.Info.Charts {
		b.Charts = append(b.Charts, ds.chartData(c, b.Years))
	}
	return b, nil
}

// pairGrowth finds each stated growth rate whose metric's worked-out
// change says otherwise (beyond the rounding of a rate to one decimal),
// and marks both rows, so that neither is printed without the other.
func (b *Brief) pairGrowth() {
	for i := range b.Rows {
		rate := &b.Rows[i]
		if rate.Metric.GrowthOf == "" {
			continue
		}
		for j := range b.Rows {
			of := &b.Rows[j]
			// A change between hedged figures is itself hedged: it cannot
			// be said to contradict a stated rate.
			if of.Metric.ID != rate.Metric.GrowthOf || of.Change == nil || !of.Change.HasPct || of.Change.Qualifier != "exact" {
				continue
			}
			// A rate given to n decimals may be off by half its last digit.
			if math.Abs(of.Change.Pct-rate.Cur.Value) > 0.5*math.Pow(10, -float64(Decimals(rate.Cur.Value))) {
				g := &Growth{Stated: rate.Cur.Value, Computed: of.Change.Pct, Rate: rate.Metric, Of: of.Metric,
					Worked: len(rate.Cur.Derivation) > 0 || len(rate.Cur.DerivedFrom) > 0}
				rate.Growth, of.Growth = g, g
			}
		}
	}
}

func notesFor(m Metric, f *Figure) []Note {
	var ns []Note
	add := func(k NoteKind, ok bool) {
		if ok {
			ns = append(ns, Note{Kind: k, Metric: m, Figure: f})
		}
	}
	add(NoteConflict, len(f.Alternatives) > 0)
	add(NoteDerived, len(f.DerivedFrom) > 0 || len(f.Derivation) > 0)
	add(NotePartial, f.Months != 0)
	add(NoteExpected, f.Expected)
	add(NoteRemark, len(f.Note) > 0 && len(f.Alternatives) == 0)
	return ns
}

func (ds *Dataset) chartData(c Chart, years []int) ChartData {
	cd := ChartData{Chart: c}
	for _, id := range c.Metrics {
		var m Metric
		if found, ok := ds.Metric(id); ok {
			m = *found
		}
		vals := make([]float64, len(years))
		figs := make([]*Figure, len(years))
		for j, y := range years {
			vals[j] = math.NaN()
			if f, ok := ds.Figure(y, id); ok {
				vals[j], figs[j] = f.Value, f
			}
		}
		cd.Metrics = append(cd.Metrics, m)
		cd.Values = append(cd.Values, vals)
		cd.Figures = append(cd.Figures, figs)
	}
	if m, ok := ds.Metric(c.Total); ok && c.Total != "" {
		cd.Total = m
		for _, y := range years {
			f, _ := ds.Figure(y, c.Total)
			cd.TotalFigures = append(cd.TotalFigures, f)
		}
	}
	return cd
}

func (ds *Dataset) yearList() []int {
	ys := make([]int, len(ds.Years))
	for i, y := range ds.Years {
		ys[i] = y.Year
	}
	return ys
}

// span is every calendar year from the first in the dataset to last, so
// a year without a file shows as a gap on the charts' axis.
func (ds *Dataset) span(last int) []int {
	if len(ds.Years) == 0 {
		return nil
	}
	var ys []int
	for y := ds.Years[0].Year; y <= last; y++ {
		ys = append(ys, y)
	}
	return ys
}
