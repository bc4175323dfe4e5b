package report

import (
	"github.com/dipbrief/dipbrief/data"
)

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
	Sources []SummarySource `json:"sources"`

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
	Derived   bool           `json:"derived"`
	Display   string         `json:"display"`
	Previous  *SummaryValue  `json:"previous"` // null when the year before has no figure
	Change    *SummaryChange `json:"change"`   // null when the two cannot be compared
	Sources   []int          `json:"sources"`  // numbers into Summary.Sources
}

// SummaryValue is the year before's figure.
type SummaryValue struct {
	Year    int     `json:"year"`
	Value   float64 `json:"value"`
	Display string  `json:"display"`
}

// SummaryChange is the difference from the year before; Pct is null for a
// percentage metric or a zero base.
type SummaryChange struct {
	Abs     float64  `json:"abs"`
	Pct     *float64 `json:"pct"`
	Display string   `json:"display"`
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

// Summarize puts the brief's figures and sources in lang.
func Summarize(b *data.Brief, lang string) (*Summary, error) {
	l, err := localeFor(lang)
	if err != nil {
		return nil, err
	}
	r := &builder{b: b, l: l, cites: newCiteIndex(b.Sources)}
	w := l.words
	s := &Summary{Country: b.Info.Country.Code, Year: b.Year, Lang: lang, Title: r.title(), AsOf: b.Info.AsOf.String(),
		headings: [4]string{w.colMetric, l.year(b.Year), w.colChange, w.colSources}}
	for _, row := range b.Rows {
		s.Figures = append(s.Figures, r.summaryFigure(row))
	}
	for i, src := range r.cites.order {
		s.Sources = append(s.Sources, SummarySource{N: i + 1, ID: src.ID, Publisher: src.Publisher, Title: src.Title,
			Date: src.Date.String(), Circa: src.Circa, Language: src.Language, URL: src.URL})
	}
	return s, nil
}

func (r *builder) summaryFigure(row data.Row) SummaryFigure {
	f, m := row.Cur, row.Metric
	q := f.Qualifier
	if q == "" {
		q = "exact"
	}
	sf := SummaryFigure{
		Metric: m.ID, Label: r.label(m), Unit: m.Unit, Value: f.Value, Qualifier: q,
		Months: f.Months, Expected: f.Expected, Derived: len(f.DerivedFrom) > 0 || len(f.Derivation) > 0,
		Display: r.cellText(m, f), Sources: r.cites.numbers(r.citesOf(f)),
	}
	if sf.Sources == nil {
		sf.Sources = []int{}
	}
	if row.Prev != nil {
		sf.Previous = &SummaryValue{Year: r.b.Prev, Value: row.Prev.Value, Display: r.cellText(m, row.Prev)}
	}
	if c := row.Change; c != nil {
		sf.Change = &SummaryChange{Abs: c.Abs, Display: r.l.change(m, c)}
		if c.HasPct {
			pct := c.Pct
			sf.Change.Pct = &pct
		}
	}
	return sf
}
