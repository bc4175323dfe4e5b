package edition

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"github.com/rivo/uniseg"
)

func embedded(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// everyEdition runs f on every edition of every year of ds.
func everyEdition(t *testing.T, ds *data.Dataset, f func(t *testing.T, b *data.Brief, e *Edition)) {
	for _, y := range ds.Years {
		b, err := ds.BriefFor(y.Year)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range Languages() {
			t.Run(fmt.Sprintf("%d-%s", y.Year, lang), func(t *testing.T) {
				e, err := New(b, lang)
				if err != nil {
					t.Fatal(err)
				}
				f(t, b, e)
			})
		}
	}
}

// qualifierWords are how each edition says a change is not exact.
var qualifierWords = map[string][]string{
	"vi": {">", "gần", "<", "~"}, "en": {">", "nearly", "<", "~"}, "zh": {"超过", "近", "不足", "约"},
}

var decimalsRe = regexp.MustCompile(`[0-9][.,]([0-9]+)`)

// TestNoChangeSaysMoreThanItsEnds checks every change of every edition: a
// change between figures of which one is hedged says so in its own words
// and is no more precise than the ends; a change is never given between a
// partial year and a full one, and where none is given the row says why.
func TestNoChangeSaysMoreThanItsEnds(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		for i, row := range b.Rows {
			sf := e.Summary.Figures[i]
			if row.Change == nil {
				if sf.NoChange == "" || sf.Change != nil {
					t.Errorf("%s: no change and no reason (%+v)", sf.Metric, sf)
				}
				continue
			}
			base, baseQ := row.Change.Base, ""
			if row.Change.Revised != nil {
				baseQ = row.Change.Revised.Qualifier
			} else {
				baseQ = row.Prev.Qualifier
				if row.Prev.Months != row.Cur.Months {
					t.Errorf("%s: a change between %d and %d months", sf.Metric, row.Cur.Months, row.Prev.Months)
				}
			}
			hedged := orExact(row.Cur.Qualifier) != "exact" || orExact(baseQ) != "exact"
			if !hedged {
				continue
			}
			said := false
			for _, w := range qualifierWords[e.Lang.Code] {
				said = said || strings.HasPrefix(sf.Change.Display, w)
			}
			if !said {
				t.Errorf("%s: %v on %v (%q on %q) is printed %q, as if exact", sf.Metric, row.Cur.Value, base, row.Cur.Qualifier, baseQ, sf.Change.Display)
			}
			allowed := min(data.Decimals(row.Cur.Value), data.Decimals(base))
			for _, m := range decimalsRe.FindAllStringSubmatch(sf.Change.Display, -1) {
				if len(m[1]) > allowed && !strings.Contains(m[0], "×") {
					t.Errorf("%s: %q has %d decimals; its ends support %d", sf.Metric, sf.Change.Display, len(m[1]), allowed)
				}
			}
		}
	})
}

// TestStatedAndWorkedOutGrowthStandTogether gives the catalog's growth
// rate its metric: where the rate the sources state and the one worked
// out from the two figures differ, each row says the other.
func TestStatedAndWorkedOutGrowthStandTogether(t *testing.T) {
	ds := embedded(t)
	for i := range ds.Metrics {
		if ds.Metrics[i].ID == "fdi_growth" {
			ds.Metrics[i].GrowthOf = "fdi_registered"
		}
	}
	b, err := ds.BriefFor(2023)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{ // fdi_registered's and fdi_growth's change cells
		"vi": {"nguồn nêu +34,5%", "tính ra +42,1%"},
		"en": {"stated +34.5%", "computed +42.1%"},
		"zh": {"来源为+34.5%", "推算为+42.1%"},
	}
	for _, lang := range Languages() {
		e, err := New(b, lang)
		if err != nil {
			t.Fatal(err)
		}
		cells := map[string]string{}
		for _, row := range e.Key.Table.Rows {
			cells[row[0].String()] = row[3].String()
		}
		for i, id := range []string{"fdi_registered", "fdi_growth"} {
			m, _ := ds.Metric(id)
			if got := cells[m.Label.In(lang)]; !strings.Contains(got, want[lang][i]) {
				t.Errorf("%s %s: the change cell reads %q, want it to say %q", lang, id, got, want[lang][i])
			}
		}
	}
}

// TestARevisedBaseIsSaidInTheRow works the change out on the year
// before's figure as this year's sources revise it, and says so beside it.
func TestARevisedBaseIsSaidInTheRow(t *testing.T) {
	ds := embedded(t)
	y, _ := ds.Year(2023)
	f, _ := y.Figure("fdi_registered")
	f.Previous = &data.Revision{Value: 29.3, Cite: []data.Citation{{Source: ds.Sources[0].ID, Evidence: "x"}}}
	b, err := ds.BriefFor(2023)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(b, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range e.Key.Table.Rows {
		if row[0].String() != "FDI attracted (registered)" {
			continue
		}
		if got := row[2].String(); got != "US$29.3 billion\u00a0r" {
			t.Errorf("the 2022 cell reads %q, want the revised figure with its mark", got)
		}
		if got := row[3].String(); !strings.HasPrefix(got, "+US$10.1 billion (+34.5%) on the revised 2022 figure\u00a0[") {
			t.Errorf("the change cell reads %q, want it worked out on the revised 2022 figure, with its source", got)
		}
		return
	}
	t.Fatal("no FDI row")
}

// TestColourFollowsMeaning: a change is neutral unless the catalog says
// which way is good news.
func TestColourFollowsMeaning(t *testing.T) {
	tests := []struct {
		valence string
		delta   float64
		want    Tone
	}{
		{"", 2, Neutral}, {"none", -2, Neutral}, {"up", 2, Good}, {"up", -2, Bad},
		{"down", 2, Bad}, {"down", -2, Good}, {"up", 0, Neutral},
	}
	for _, tc := range tests {
		if got := tone(data.Metric{Valence: tc.valence}, tc.delta); got != tc.want {
			t.Errorf("valence %q, change %v: tone %v, want %v", tc.valence, tc.delta, got, tc.want)
		}
	}
}

// TestEveryEditionSaysWhoAndHow checks the cover's publisher, the
// citation line, the licence and a definition for every metric the
// catalog defines, in every edition.
func TestEveryEditionSaysWhoAndHow(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		lang := e.Lang.Code
		pub := b.Info.Publisher.In(lang)
		if !strings.Contains(e.Publisher, pub) || !strings.Contains(e.Colophon.Cite, pub) || !strings.Contains(e.Colophon.Cite, e.Title) {
			t.Errorf("publisher %q, cite %q: want both to name %q", e.Publisher, e.Colophon.Cite, pub)
		}
		if lic := b.Info.License.In(lang); e.Colophon.Licence == "" || lic != "" && e.Colophon.Licence != lic {
			t.Errorf("licence %q, want %q", e.Colophon.Licence, lic)
		}
		defined := map[string]bool{}
		for _, it := range e.Definitions.Items {
			defined[it.Label.String()] = true
		}
		for _, row := range b.Rows {
			if row.Metric.Definition.In(lang) != "" && !defined[row.Metric.Label.In(lang)] {
				t.Errorf("%s has a definition the edition does not print", row.Metric.ID)
			}
		}
	})
}

// TestShowTextLinesUpInEveryLanguage: `show`'s columns start at the same
// terminal column on every row, Chinese characters counting two.
func TestShowTextLinesUpInEveryLanguage(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, _ *data.Brief, e *Edition) {
		var b strings.Builder
		if err := e.Summary.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")[2 : 3+len(e.Summary.Figures)]
		col := func(line, cell string) int { return uniseg.StringWidth(line[:strings.Index(line, cell)]) }
		want := col(lines[0], e.Summary.Headings()[1])
		for i, f := range e.Summary.Figures {
			if got := col(lines[i+1], "  "+f.Display) + 2; got != want {
				t.Errorf("%q: the value starts at column %d, the heading at %d", lines[i+1], got, want)
			}
		}
	})
}

// TestTheLeadStatesNoContestedChange: a change that a growth rate of the
// sources contradicts is said in its row with the other figure beside it,
// never alone in the lead.
func TestTheLeadStatesNoContestedChange(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		var lead strings.Builder
		for _, s := range e.Lead.Sentences {
			lead.WriteString(s.String())
		}
		for _, row := range b.Rows {
			if row.Growth != nil && row.Change != nil && strings.Contains(lead.String(), e.l().change(row.Metric, row.Change)) {
				t.Errorf("the lead says %s's change with no word of the stated %v%%", row.Metric.ID, row.Growth.Stated)
			}
		}
	})
}

// l is the edition's locale, for tests that write a number as it does.
func (e *Edition) l() *locale {
	l, _ := localeFor(e.Lang.Code)
	return l
}
