package edition

import "math"

// Summary is a year's figures and sources in one language, for a
// newsletter body or a spreadsheet: the briefing's key figures table
// without the layout. Its JSON form is a documented, stable format.
type Summary struct {
	Country string          `json:"country"`
	Year    int             `json:"year"`
	Lang    string          `json:"lang"`
	Title   string          `json:"title"`
	AsOf    string          `json:"as_of"`
	Figures []SummaryFigure `json:"figures"`
	Legend  string          `json:"legend"`  // what the marks in the display fields mean; "" when none is used
	Sources []SummarySource `json:"sources"` // the sources the lead and the figures cite, numbered as in the PDF

	headings [4]string // metric, year, change, sources: for the text forms
}

// SummaryFigure is one metric's figure with its change on the year before.
// Display fields are written as the edition writes them; the others are
// plain values for machines.
type SummaryFigure struct {
	Metric    string         `json:"metric"`
	Label     string         `json:"label"`
	Unit      string         `json:"unit"`
	Value     float64        `json:"value"`
	Qualifier string         `json:"qualifier"` // exact, approx, over, nearly
	Months    int            `json:"months"`    // 0 for the full year
	Expected  bool           `json:"expected"`
	Status    string         `json:"status"` // final, preliminary or estimate
	Derived   bool           `json:"derived"`
	Display   string         `json:"display"`   // the value with its qualifier and status marks
	Marks     string         `json:"marks"`     // the status marks alone; see Summary.Legend
	Previous  *SummaryValue  `json:"previous"`  // null when the year before has no figure
	Change    *SummaryChange `json:"change"`    // null when the two cannot be compared
	NoChange  string         `json:"no_change"` // why there is no change, in a word or two; "" when there is one
	Sources   []int          `json:"sources"`   // numbers into Summary.Sources, the same as the PDF's
}

// SummaryValue is the year before's figure.
type SummaryValue struct {
	Year    int     `json:"year"`
	Value   float64 `json:"value"`
	Display string  `json:"display"`
}

// SummaryChange is the difference from the year before; Pct is null for a
// percentage metric or a zero base. Qualifier says how sure the change is,
// from its two ends: exact, approx, over, nearly or under.
type SummaryChange struct {
	Abs       float64  `json:"abs"`
	Pct       *float64 `json:"pct"`
	Qualifier string   `json:"qualifier"`
	Base      float64  `json:"base"`    // the year before's value it is worked out on
	Revised   bool     `json:"revised"` // Base is a revision this year's sources give
	Display   string   `json:"display"`
}

// SummarySource is a numbered entry of the sources list.
type SummarySource struct {
	N         int    `json:"n"`
	ID        string `json:"id"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Date      string `json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD
	Circa     bool   `json:"circa"`
	Language  string `json:"language"`
	URL       string `json:"url"`
}

// summary is the figures of the edition with the sources they and the
// lead cite (the newsletter opens with the lead), under the numbers the
// whole edition gives them.
func (w *writer) summary(k KeyFigures) *Summary {
	ws := w.l.words
	s := &Summary{Country: w.b.Info.Country.Code, Year: w.b.Year, Lang: w.lang(), Title: w.title(), AsOf: w.b.Info.AsOf.String(),
		Legend: k.Legend, headings: [4]string{ws.colMetric, w.l.year(w.b.Year), ws.colChange, ws.colSources}}
	cited := map[int]bool{}
	for _, f := range w.figs {
		s.Figures = append(s.Figures, w.summaryFigure(f))
		for _, n := range f.sources {
			cited[n] = true
		}
	}
	for _, n := range w.cites.numbers(w.leadCites) {
		cited[n] = true
	}
	for i, src := range w.cites.order {
		if cited[i+1] {
			s.Sources = append(s.Sources, SummarySource{N: i + 1, ID: src.ID, Publisher: src.Publisher, Title: src.Title,
				Date: src.Date.String(), Circa: src.Circa, Language: src.Language, URL: src.URL})
		}
	}
	return s
}

func (w *writer) summaryFigure(f figure) SummaryFigure {
	cur, m := f.row.Cur, f.row.Metric
	sf := SummaryFigure{
		Metric: m.ID, Label: w.label(m), Unit: string(m.Unit), Value: cur.Value, Qualifier: orExact(cur.Qualifier),
		Months: cur.Months, Expected: cur.Expected, Status: orFinal(cur.Status), Derived: len(cur.DerivedFrom) > 0 || len(cur.Derivation) > 0,
		Display: joinMark(f.value, f.marks), Marks: f.marks, Sources: f.sources,
	}
	if sf.Sources == nil {
		sf.Sources = []int{}
	}
	if p := f.row.Prev; p != nil {
		sf.Previous = &SummaryValue{Year: w.b.Year - 1, Value: p.Value, Display: joinMark(w.l.value(m, p.Value, p.Qualifier), f.prevMark)}
	}
	if c := f.row.Change; c != nil {
		sf.Change = &SummaryChange{Abs: c.Abs, Qualifier: c.Qualifier, Base: c.Base, Revised: c.Revised != nil, Display: f.change.String()}
		if c.HasPct {
			pct := math.Round(c.Pct*100) / 100 // as the CSV writes it
			sf.Change.Pct = &pct
		}
	} else {
		sf.NoChange = f.change.String()
	}
	return sf
}

func orExact(q string) string {
	if q == "" {
		return "exact"
	}
	return q
}

func orFinal(s string) string {
	if s == "" {
		return "final"
	}
	return s
}

func joinMark(v, mark string) string {
	if mark == "" {
		return v
	}
	return v + " " + mark
}
