package extract

import (
	"slices"
	"strings"

	"github.com/dipbrief/dipbrief/data"
)

// Article is one saved article and what is known about it.
type Article struct {
	Text      string
	Title     string
	Publisher string
	Date      data.Date // when it was published: the year of figures the text leaves undated
	Lang      string    // vi, en or zh
	URL       string
	// Page is set for a web page, whose text the provenance check cannot
	// read from the saved file (it reads the file as plain text).
	Page bool
}

// Proposal is one figure extract proposes, for an analyst to check.
type Proposal struct {
	Year       int
	Figure     data.Figure // with one citation: the source and the evidence
	Sentence   string      // the sentence it came from, folded
	Confidence float64     // 0 to 1: how sure the extractor is
}

// Languages are the languages extract reads.
func Languages() []string { return []string{"vi", "en", "zh"} }

// Extract proposes the figures an article states for the catalog's
// metrics, each cited to source with its evidence cut from the folded
// text. fallbackYear is the year of figures when neither the text nor the
// date says (0: the date's year). It never fails: an article with no
// figure gives none.
func Extract(a Article, metrics []data.Metric, source string, fallbackYear int) []Proposal {
	lx := lexicons[a.Lang]
	if lx == nil {
		return nil
	}
	folded, spans := sentences(a.Text)
	x := &extractor{a: a, lx: lx, pat: compiled()[lx], metrics: metrics, source: source,
		cues: compileCues(metrics, a.Lang)}
	x.year = x.articleYear(folded, fallbackYear)
	var out []Proposal
	for _, sp := range spans {
		out = append(out, x.sentence(folded[sp.start:sp.end])...)
	}
	return dedupe(out)
}

// extractor is one article's extraction.
type extractor struct {
	a       Article
	lx      *lexicon
	pat     *patterns
	metrics []data.Metric
	cues    []cue
	source  string
	year    int // the year of figures the sentence leaves undated
	// yearByDate is set when the text names no year of its own, so that
	// the year comes from the article's date.
	yearByDate bool

	places []places      // the sentence's: where each cue is found
	named  []yearMention // the sentence's: the years it names
}

// found is a number taken as a figure of a metric, before it is dated.
type found struct {
	num    number
	metric *data.Metric
	value  float64
	match  cueMatch
}

// sentence proposes the figures of one sentence.
func (x *extractor) sentence(s string) []Proposal {
	nums := numbers(s, x.lx)
	months, monthSpans := x.months(s)
	for i := range nums {
		if inAny(nums[i].digits[0], monthSpans) && nums[i].trap == "" {
			nums[i].trap = "months"
		}
	}
	x.places = x.places[:0]
	lower := strings.ToLower(s)
	for i := range x.cues {
		x.places = append(x.places, x.cues[i].find(s, lower, x.lx))
	}
	x.named = x.years(s, nums)
	figs := x.figures(s, nums)
	figs = append(figs, x.growths(s, nums, figs)...)
	slices.SortStableFunc(figs, func(a, b found) int { return a.num.digits[0] - b.num.digits[0] })
	var out []Proposal
	for _, f := range figs {
		out = append(out, x.propose(s, f, months))
	}
	return out
}

// figures fits each number to the cue that fits it best, among the metrics
// whose unit the number can be; a count that a later, narrower count in the
// sentence divides is dropped as a mix of tiers.
func (x *extractor) figures(s string, nums []number) []found {
	var out []found
	for i := range nums {
		num := &nums[i]
		if num.trap != "" {
			continue
		}
		if best := x.bestCue(s, num); best != nil {
			out = append(out, *best)
		}
	}
	return dropMixedTiers(s, out)
}

// bestCue is the figure num is by the cue that fits it best, among the
// metrics whose unit it can be and whose "!" cues do not fit it; nil when
// no cue fits.
func (x *extractor) bestCue(s string, num *number) *found {
	not := map[*data.Metric]bool{}
	for j := range x.cues {
		if c := &x.cues[j]; c.not {
			if _, ok := c.match(s, x.places[j], num, x.lx); ok {
				not[c.metric] = true
			}
		}
	}
	var best *found
	for j := range x.cues {
		c := &x.cues[j]
		v, ok := valueIn(c.metric, num)
		if !ok || c.not || not[c.metric] {
			continue
		}
		if m, ok := c.match(s, x.places[j], num, x.lx); ok && (best == nil || m.score() > best.match.score()) {
			best = &found{num: *num, metric: c.metric, value: v, match: m}
		}
	}
	return best
}

// dropMixedTiers drops a count followed closely by a smaller count whose cue
// names the same thing more narrowly: "17 strategic partners (three
// comprehensive strategic partners)" counts two tiers in its 17, which the
// catalog keeps apart by giving each its own metric and cues.
func dropMixedTiers(s string, figs []found) []found {
	return slices.DeleteFunc(slices.Clone(figs), func(a found) bool {
		for _, b := range figs {
			near := b.num.start > a.num.end && b.num.start-a.num.end < 60
			if near && b.metric != a.metric && b.value < a.value &&
				contains(cueText(s, b), cueText(s, a)) {
				return true
			}
		}
		return false
	})
}

// cueText is the words of a figure's cue, without the number.
func cueText(s string, f found) string {
	return Fold(s[f.match.span.start:f.num.start] + " " + s[f.num.end:f.match.span.end])
}

// contains reports whether s holds sub, ignoring case.
func contains(s, sub string) bool {
	return sub != "" && strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func inAny(i int, spans []span) bool {
	for _, sp := range spans {
		if i >= sp.start && i < sp.end {
			return true
		}
	}
	return false
}
