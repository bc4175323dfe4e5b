package extract

import (
	"encoding/json"
	"io"
)

// jsonSource and jsonFigure are the JSON form of the YAML: the same fields,
// with the comment's sentence and confidence as fields of their own.
type jsonSource struct {
	ID        string `json:"id"`
	File      string `json:"file,omitempty"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Language  string `json:"language"`
	URL       string `json:"url"`
}

type jsonFigure struct {
	Year       int            `json:"year"`
	Metric     string         `json:"metric"`
	Value      float64        `json:"value"`
	Qualifier  string         `json:"qualifier,omitempty"`
	Expected   bool           `json:"expected,omitempty"`
	Months     int            `json:"months,omitempty"`
	AsOf       string         `json:"as_of,omitempty"`
	Cite       []jsonCitation `json:"cite"`
	Sentence   string         `json:"sentence"`
	Confidence float64        `json:"confidence"`
}

type jsonCitation struct {
	Source   string `json:"source"`
	Evidence string `json:"evidence"`
}

type jsonResult struct {
	Source  jsonSource   `json:"source"`
	Figures []jsonFigure `json:"figures"`
}

// WriteJSON writes results as a JSON array, one object per article.
func WriteJSON(w io.Writer, results []Result) error {
	out := make([]jsonResult, 0, len(results))
	for _, r := range results {
		s := r.Source
		jr := jsonResult{Source: jsonSource{s.ID, s.File, s.Publisher, s.Title, s.Date.String(), s.Language, s.URL},
			Figures: []jsonFigure{}}
		for _, p := range r.Proposals {
			f := p.Figure
			jf := jsonFigure{Year: p.Year, Metric: f.Metric, Value: f.Value, Qualifier: f.Qualifier,
				Expected: f.Expected, Months: f.Months, AsOf: f.AsOf.String(), Sentence: p.Sentence, Confidence: p.Confidence}
			for _, c := range f.Cite {
				jf.Cite = append(jf.Cite, jsonCitation{c.Source, c.Evidence})
			}
			jr.Figures = append(jr.Figures, jf)
		}
		out = append(out, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
