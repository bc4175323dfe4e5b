package extract

import (
	"strconv"

	"github.com/dipbrief/dipbrief/data"
)

// monthWords are the months a partial year is written with in words.
var monthWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "sáu": 6, "chín": 9, "mười": 10, "mười một": 11,
	"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
	"前三季度": 9, "上半年": 6}

// months reads a partial year from a sentence ("11 tháng đầu năm", "in the
// first nine months", "前11个月"), and where it is written, so that its
// number is not taken for a figure. 0 is the whole year.
func (x *extractor) months(s string) (int, []span) {
	months := 0
	var spans []span
	for _, re := range x.pat.months {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			spans = append(spans, span{m[0], m[1]})
			g := s[m[2]:m[3]]
			n, err := strconv.Atoi(g)
			if err != nil {
				n = monthWords[g]
			}
			if n >= 1 && n <= 11 && months == 0 {
				months = n
			}
		}
	}
	return months, spans
}

// propose dates a figure and cites it.
func (x *extractor) propose(s string, f found, months int) Proposal {
	year, named := x.yearOf(s, f.num.digits[0])
	fig := data.Figure{Metric: f.metric.ID, Value: f.value, Qualifier: f.num.qualifier, Months: months,
		Expected: lastWithin(x.pat.expected, s, f.num.start, 12, x.lx.dense) >= 0,
		Cite:     []data.Citation{{Source: x.source, Evidence: s[f.match.span.start:f.match.span.end]}}}
	if f.metric.Stock {
		if fig.AsOf = asOf(s, x.a.Lang); fig.AsOf.IsZero() {
			fig.AsOf = x.a.Date
		}
	}
	if !named {
		year = x.flowYear(year, &f, months, fig.Expected)
	}
	return Proposal{Year: year, Figure: fig, Sentence: s, Confidence: confidence(f.match, named)}
}

// confidence grows with a cue found on both sides of the number, right next
// to it, and with a year the sentence names, and falls with the words
// between cue and number.
func confidence(m cueMatch, named bool) float64 {
	c := 0.5 + 0.15*float64(m.sides) - 0.05*float64(m.gap)
	if named {
		c += 0.1
	}
	return round(min(max(c, 0.1), 0.95)*100) / 100
}

// dedupe keeps one of the proposals that say the same thing (a headline
// repeating the lead), the surest, in text order.
func dedupe(ps []Proposal) []Proposal {
	type key struct {
		year      int
		metric, q string
		value     float64
		months    int
		expected  bool
	}
	first := map[key]int{}
	var out []Proposal
	for _, p := range ps {
		k := key{p.Year, p.Figure.Metric, p.Figure.Qualifier, p.Figure.Value, p.Figure.Months, p.Figure.Expected}
		if i, ok := first[k]; ok {
			if p.Confidence > out[i].Confidence {
				out[i] = p
			}
			continue
		}
		first[k] = len(out)
		out = append(out, p)
	}
	return out
}
