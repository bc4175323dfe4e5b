package edition

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// chartData is the brief's data behind an edition's chart.
func chartData(t *testing.T, b *data.Brief, id string) data.ChartData {
	t.Helper()
	for _, cd := range b.Charts {
		if cd.Chart.ID == id {
			return cd
		}
	}
	t.Fatalf("no chart %q in the brief", id)
	return data.ChartData{}
}

// TestChartsEndAtTheEditionsYear: an edition charts its own year and the
// years before it, never a later one; its year is picked out; a chart
// with fewer than three years of figures is left out, and the section
// says so.
func TestChartsEndAtTheEditionsYear(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		if last := b.Years[len(b.Years)-1]; last != b.Year {
			t.Fatalf("the brief's years end in %d, the edition's year is %d", last, b.Year)
		}
		for _, c := range e.Trends.Charts {
			cats := c.Spec.Categories
			if len(cats) != len(b.Years) || cats[len(cats)-1] != fmt.Sprint(b.Year) || !c.Spec.FocusLast {
				t.Errorf("%s: categories %v, focus %v: want the years up to %d, the last picked out", c.ID, cats, c.Spec.FocusLast, b.Year)
			}
			if n := yearsWithFigures(chartData(t, b, c.ID)); n < minYears {
				t.Errorf("%s is charted with %d years of figures", c.ID, n)
			}
		}
		for _, cd := range b.Charts {
			title := cd.Chart.Title.In(e.Lang.Code)
			charted := slices.ContainsFunc(e.Trends.Charts, func(c Chart) bool { return c.ID == cd.Chart.ID })
			if !charted && !strings.Contains(e.Trends.Note, title) && len(e.Trends.Charts) > 0 {
				t.Errorf("%s is left out and the section's note %q does not say so", cd.Chart.ID, e.Trends.Note)
			}
		}
		if len(e.Trends.Charts) == 0 && e.Trends.Note == "" {
			t.Error("no chart and no word why")
		}
	})
}

// TestGapsAreMarkedAndExplained: a year without a figure gets the "no
// data" slot, and the chart's note names the year.
func TestGapsAreMarkedAndExplained(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		for _, c := range e.Trends.Charts {
			cd := chartData(t, b, c.ID)
			if c.Spec.NoData == "" {
				t.Errorf("%s: no words for a gap", c.ID)
			}
			for j, y := range b.Years {
				if !present(cd, j) && !namesYear(c.Note, y) {
					t.Errorf("%s: %d has no figure and the note %q does not name it", c.ID, y, c.Note)
				}
			}
			for i := range cd.Metrics {
				for j := range b.Years {
					if (cd.Figures[i][j] == nil) != math.IsNaN(c.Spec.Series[i].Values[j]) {
						t.Errorf("%s, %s, %d: a gap must be NaN and only a gap", c.ID, c.Spec.Series[i].Name, b.Years[j])
					}
				}
			}
		}
	})
}

// chartQualifiers are the marks a value label may carry, by edition.
var chartQualifiers = map[string][]string{"vi": {">", "~", "<"}, "en": {">", "~", "<"}, "zh": {"超", "近", "约", "不足"}}

var numberRe = regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)*`)

// TestLabelsSayWhatTheTableSays: every value of a charted series has a
// label, a hedged figure's label carries its qualifier, and the label's
// number is the table's, at its precision.
func TestLabelsSayWhatTheTableSays(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		cells := map[string]string{}
		for _, row := range e.Key.Table.Rows {
			cells[row[0].String()] = row[1].String()
		}
		for _, c := range e.Trends.Charts {
			cd := chartData(t, b, c.ID)
			for i, m := range cd.Metrics {
				for j, f := range cd.Figures[i] {
					if f == nil {
						continue
					}
					label := c.Spec.Labels[i][j]
					hedged := slices.ContainsFunc(chartQualifiers[e.Lang.Code], func(q string) bool { return strings.HasPrefix(label, q) })
					if hedged != (orExact(f.Qualifier) != "exact") {
						t.Errorf("%s %s %d: label %q for a figure %q", c.ID, m.ID, b.Years[j], label, f.Qualifier)
					}
					if b.Years[j] != b.Year {
						continue
					}
					num := numberRe.FindString(label)
					if cell := cells[m.Label.In(e.Lang.Code)]; num == "" || !strings.Contains(cell, num) {
						t.Errorf("%s %s: label %q, the table writes %q", c.ID, m.ID, label, cell)
					}
				}
			}
		}
	})
}

// TestEveryChartHasANoteAndNamedSources: the footer under every chart
// has a note and names at least one publisher before its markers.
func TestEveryChartHasANoteAndNamedSources(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		ws := editionWords(t, e.Lang.Code)
		prefix, _, _ := strings.Cut(ws.chart.note, "%s")
		for _, c := range e.Trends.Charts {
			if !strings.HasPrefix(c.Note, prefix) || len(c.Note) <= len(prefix) {
				t.Errorf("%s: note %q", c.ID, c.Note)
			}
			named := false
			for _, s := range b.Sources {
				named = named || strings.Contains(c.Caption.String(), s.Publisher)
			}
			if !named || len(c.Caption.Sources()) == 0 {
				t.Errorf("%s: the source line %q names no publisher or has no marker", c.ID, c.Caption.String())
			}
		}
	})
}

func editionWords(t *testing.T, lang string) words {
	t.Helper()
	l, err := localeFor(lang)
	if err != nil {
		t.Fatal(err)
	}
	return l.words
}

// TestOneScalePerChart: no series of a chart of side-by-side bars or
// lines is drawn at less than a tenth of the chart's largest value.
func TestOneScalePerChart(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		for _, c := range e.Trends.Charts {
			if c.Spec.Kind == 1 || len(c.Spec.Series) < 2 { // stacks add up: their parts are smaller by design
				continue
			}
			top, peaks := 0.0, []float64{}
			for _, s := range c.Spec.Series {
				peak := 0.0
				for _, v := range s.Values {
					if !math.IsNaN(v) {
						peak = math.Max(peak, math.Abs(v))
					}
				}
				peaks, top = append(peaks, peak), math.Max(top, peak)
			}
			for i, p := range peaks {
				if p < top/10 {
					t.Errorf("%s: %s peaks at %v beside %v", c.ID, c.Spec.Series[i].Name, p, top)
				}
			}
		}
	})
}

// TestTotalsAgreeOrSayWhy: where a stack's parts do not add up to the
// headline figure of the metric they are parts of, the note gives both.
func TestTotalsAgreeOrSayWhy(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		l, _ := localeFor(e.Lang.Code)
		for _, c := range e.Trends.Charts {
			cd := chartData(t, b, c.ID)
			if cd.Total == nil {
				continue
			}
			for j, tf := range cd.TotalFigures {
				sum, whole := 0.0, tf != nil
				for i := range cd.Metrics {
					if f := cd.Figures[i][j]; f != nil {
						sum += f.Value
					} else {
						whole = false
					}
				}
				if !whole || sum == tf.Value {
					continue
				}
				for _, want := range []string{l.value(*cd.Total, sum, ""), l.value(*cd.Total, tf.Value, tf.Qualifier), cd.Total.Label.In(e.Lang.Code)} {
					if !strings.Contains(c.Note, want) {
						t.Errorf("%s %d: the parts add to %v, the total is %v; the note %q does not say %q", c.ID, b.Years[j], sum, tf.Value, c.Note, want)
					}
				}
			}
		}
	})
}

// TestAltStatesTheData: a chart's text alternative names each series
// and gives every value as the table writes it, and its gaps.
func TestAltStatesTheData(t *testing.T) {
	everyEdition(t, embedded(t), func(t *testing.T, b *data.Brief, e *Edition) {
		l, _ := localeFor(e.Lang.Code)
		for _, c := range e.Trends.Charts {
			cd := chartData(t, b, c.ID)
			if !strings.Contains(c.Alt, c.Title) {
				t.Errorf("%s: the alt %q does not name the chart", c.ID, c.Alt)
			}
			for i, m := range cd.Metrics {
				if !strings.Contains(c.Alt, m.Label.In(e.Lang.Code)) {
					t.Errorf("%s: the alt does not name %s", c.ID, m.ID)
				}
				for j, f := range cd.Figures[i] {
					if f == nil {
						if !namesYear(c.Alt, b.Years[j]) {
							t.Errorf("%s: the alt does not name the gap in %d", c.ID, b.Years[j])
						}
						continue
					}
					if v := fmt.Sprintf(l.words.altPoint, l.year(b.Years[j]), l.value(m, f.Value, f.Qualifier)); !strings.Contains(c.Alt, v) {
						t.Errorf("%s: the alt %q does not say %q", c.ID, c.Alt, v)
					}
				}
			}
		}
	})
}

var yearRangeRe = regexp.MustCompile(`(\d{4})年?(?:–|至)(\d{4})`)

// namesYear reports whether s names year y, alone or inside a range of
// years ("2019–2022", "2019年至2022年").
func namesYear(s string, y int) bool {
	if strings.Contains(s, fmt.Sprint(y)) {
		return true
	}
	for _, m := range yearRangeRe.FindAllStringSubmatch(s, -1) {
		var a, b int
		fmt.Sscan(m[1], &a)
		fmt.Sscan(m[2], &b)
		if a <= y && y <= b {
			return true
		}
	}
	return false
}
