package report

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/report/text"
)

// laidOut is one edition of the embedded dataset, laid out.
type laidOut struct {
	name  string // "2025-zh"
	brief *data.Brief
	pages []*Page
	meta  Meta
}

// everyEdition lays out every language of every year of the embedded
// dataset once for all the tests that read them.
var everyEdition = sync.OnceValues(func() ([]laidOut, error) {
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		return nil, err
	}
	var out []laidOut
	for _, y := range ds.Years {
		b, err := ds.BriefFor(y.Year)
		if err != nil {
			return nil, err
		}
		for _, lang := range Languages() {
			opt := testOptions
			opt.Lang = lang
			pages, meta, err := layoutBrief(b, opt)
			if err != nil {
				return nil, fmt.Errorf("%d-%s: %w", y.Year, lang, err)
			}
			out = append(out, laidOut{fmt.Sprintf("%d-%s", y.Year, lang), b, pages, meta})
		}
	}
	return out, nil
})

func allEditions(t *testing.T) []laidOut {
	t.Helper()
	eds, err := everyEdition()
	if err != nil {
		t.Fatal(err)
	}
	if len(eds) < 21 {
		t.Fatalf("%d editions, want every language of every year", len(eds))
	}
	return eds
}

// placedLine is the glyph runs placed one after another on one baseline.
type placedLine struct {
	page int
	runs []Glyphs
}

func (l placedLine) text() string {
	var b strings.Builder
	for _, g := range l.runs {
		b.WriteString(g.Text)
	}
	return b.String()
}

// placedLines groups each page's glyph runs, in the order they were placed,
// into lines: runs in a row on one baseline, each right of the last.
func placedLines(pages []*Page) []placedLine {
	var out []placedLine
	for i, p := range pages {
		var cur *placedLine
		for _, it := range p.Items {
			g, ok := it.(Glyphs)
			if !ok {
				continue
			}
			if cur != nil {
				last := cur.runs[len(cur.runs)-1]
				if g.Y == last.Y && g.Size == last.Size && g.X >= last.X {
					cur.runs = append(cur.runs, g)
					continue
				}
			}
			out = append(out, placedLine{page: i, runs: []Glyphs{g}})
			cur = &out[len(out)-1]
		}
	}
	return out
}

// advance is how far a run reaches from its X: its glyphs, and the
// tracking PDF adds after each.
func advance(g Glyphs) float64 {
	return text.RunWidth(g.Face, g.Text, g.Size) + g.Tracking*float64(utf8.RuneCountInString(g.Text))
}

// TestNoJustifiedGapPassesItsLimit checks every line of every edition: the
// space between two runs of a line, and the tracking inside one, is never
// more than justify may add there (a share of an em after a word space,
// less beside a Chinese character). A gap of an em or more is a column or
// a tile, not a line being justified.
func TestNoJustifiedGapPassesItsLimit(t *testing.T) {
	const eps = 1e-6
	stretched := 0
	for _, ed := range allEditions(t) {
		for _, l := range placedLines(ed.pages) {
			for i, g := range l.runs {
				if g.Tracking > maxCJKStretch*g.Size+eps {
					t.Errorf("%s p.%d: %q is tracked %.2f pt, more than %.2f", ed.name, l.page+1, g.Text, g.Tracking, maxCJKStretch*g.Size)
				}
				if i == 0 {
					continue
				}
				prev := l.runs[i-1]
				gap := g.X - prev.X - advance(prev)
				shown := prev
				shown.Text = strings.TrimRight(prev.Text, " ") // a line's closing space shows nothing
				if g.X-prev.X-advance(shown) >= g.Size {
					continue
				}
				if gap > eps {
					stretched++
				}
				if limit := maxStretch(prev.Text, g.Text) * g.Size; gap > limit+eps {
					t.Errorf("%s p.%d: %.2f pt between %q and %q, more than %.2f, in line %q", ed.name, l.page+1, gap, prev.Text, g.Text, limit, l.text())
				}
			}
		}
	}
	if stretched == 0 {
		t.Error("no line of any edition is justified: the test proves nothing")
	}
}

// noBreakInside matches a line break, shown as "\n", where a reader would
// not have one: between a number and its unit (a per cent sign, not the
// "%E1" of a percent-encoded address), inside or before a group of source
// markers, or inside a range of years.
var noBreakInside = regexp.MustCompile(`\d[  ]?\n(日|月|个月|年|万|亿|tháng|triệu|tỷ|million|billion|%([^0-9A-F]|[0-9A-F][^0-9A-F]|[0-9A-F]?$))|\]\n\[|\n\[\d+[\]–,]|\d[–—]\n\d|\d\n[–—]\d|(Việt|Viet) ?\nNam|越\n南`)

// TestNoLineEndsInsideANoBreakUnit reads every paragraph of every edition
// as placed (a line and the one under it at one line's distance, starting
// at the same x) and looks for a break that noBreakInside names. Lines set
// flush right (figures in the key-figures table) are left out: a unit
// wider than its column breaks there, as the rules allow, until the
// table sizes its columns from their content.
func TestNoLineEndsInsideANoBreakUnit(t *testing.T) {
	pairs := 0
	for _, ed := range allEditions(t) {
		lines := placedLines(ed.pages)
		for i := 1; i < len(lines); i++ {
			a, b := lines[i-1], lines[i]
			ra, rb := a.runs[0], b.runs[0]
			if a.page != b.page || ra.Size != rb.Size || math.Abs(ra.X-rb.X) > 0.01 || b.runs[0].Y-a.runs[0].Y > 1.7*ra.Size || rb.Y <= ra.Y {
				continue
			}
			pairs++
			if m := noBreakInside.FindString(a.text() + "\n" + b.text()); m != "" {
				t.Errorf("%s p.%d: %q is broken across\n\t%q\n\t%q", ed.name, a.page+1, m, a.text(), b.text())
			}
		}
	}
	if pairs < 500 {
		t.Errorf("only %d pairs of lines found: the test proves little", pairs)
	}
}

// countryNames are the country's names in every language of the dataset.
func countryNames(ds *data.Dataset) []string {
	var out []string
	for _, lang := range Languages() {
		out = append(out, ds.Info.Country.Name.In(lang))
	}
	return out
}

// TestCountryNameStaysWhole wraps every text of the dataset in each
// language but its web addresses, at many widths, with the rules a paragraph gets when the
// layout hands the breaker the country's names: no line ends inside a
// name. Without the names, some width must split one, or the test proves
// nothing.
func TestCountryNameStaysWhole(t *testing.T) {
	ds, _ := editionBrief(t, 2024)
	names := countryNames(ds)
	split := regexp.MustCompile(`(Việt|Viet)\nNam\b|越\n南`)
	kept := para{size: 9, justify: true, rules: text.NewRules(names...)}
	unaware := para{size: 9, justify: true}
	withoutNames := 0
	for _, lang := range Languages() {
		for _, s := range texts(ds, lang) {
			if strings.HasPrefix(s, "http") || !strings.Contains(s, names[0]) && !strings.Contains(s, names[1]) && !strings.Contains(s, names[2]) {
				continue // an address is cut where it must, name or not
			}
			for w := 60.0; w <= 320; w += 7 { // a name is 40 pt wide at most
				if m := split.FindString(wrappedText(t, s, kept, w)); m != "" {
					t.Errorf("width %v: %q is broken in %q", w, m, s)
				}
				if split.MatchString(wrappedText(t, s, unaware, w)) {
					withoutNames++
				}
			}
		}
	}
	if withoutNames == 0 {
		t.Error("no text splits the name even without the rules: the test proves nothing")
	}
}

// wrappedText is s wrapped as p at width w, its lines joined by "\n".
func wrappedText(t *testing.T, s string, p para, w float64) string {
	t.Helper()
	lines, err := wrap([]text.Span{{Text: s}}, p, w)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	var out []string
	for _, l := range lines {
		out = append(out, l.Text())
	}
	return strings.Join(out, "\n")
}
