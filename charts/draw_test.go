package charts

import (
	"fmt"
	"math"
	"strconv"
	"testing"
)

// shapes are the data a briefing chart meets: few or many years, gaps,
// flat or negative or wildly spread values.
var shapes = []struct {
	name   string
	cats   []string
	series [][]float64
}{
	{"2 categories", years(2024, 2), [][]float64{{22, 30}, {18, 27}}},
	{"10 categories", years(2016, 10), [][]float64{ramp(10, func(i int) float64 { return float64(3 * i) }), ramp(10, func(i int) float64 { return float64(40 - i) })}},
	{"gaps", years(2019, 7), [][]float64{{1, nan, 3, 4, nan, 6, 7}, {nan, 2, 2, nan, 5, 5, nan}}},
	{"one point", years(2025, 1), [][]float64{{5}}},
	{"one series", years(2019, 7), [][]float64{{517.3, 545.4, 668.5, 732.5, 683, 786.3, 850}}},
	{"equal values", years(2019, 4), [][]float64{{5, 5, 5, 5}, {5, 5, 5, 5}}},
	{"all zero", years(2019, 3), [][]float64{{0, 0, 0}}},
	{"all missing", years(2019, 3), [][]float64{{nan, nan, nan}, {nan, nan, nan}}},
	{"negative", years(2019, 5), [][]float64{{7, 2.9, -5.1, 8, -0.4}, {-3, -2, -1, 0.5, 1}}},
	{"huge range", years(2019, 3), [][]float64{{1e-3, 1e9, 5e5}, {2, 3e8, 1e-3}}},
	{"50 categories", years(1976, 50), [][]float64{ramp(50, func(i int) float64 { return float64(i * i) }), ramp(50, func(i int) float64 {
		if i%7 == 3 {
			return nan
		}
		return float64(100 * i)
	})}},
}

func TestDrawShapes(t *testing.T) {
	st := DefaultStyle()
	for _, kind := range []Kind{Bars, StackedBars, Lines} {
		for _, sh := range shapes {
			for _, labels := range []bool{false, true} {
				spec := specFor(kind, sh.cats, sh.series, labels)
				t.Run(fmt.Sprintf("%d/%s/labels=%v", kind, sh.name, labels), func(t *testing.T) {
					d, err := Draw(spec, st, fakeMeasurer{})
					if err != nil {
						t.Fatalf("Draw: %v", err)
					}
					checkSane(t, d, st)
					checkApart(t, d, st, "x-label")
					checkApart(t, d, st, "y-label")
					checkApart(t, d, st, "value")
					checkMarks(t, d, spec)
					checkCategoryLabels(t, d, spec)
				})
			}
		}
	}
}

// checkMarks: one bar or one dot per present value, and a line that breaks
// at each gap.
func checkMarks(t *testing.T, d Drawing, spec Spec) {
	t.Helper()
	mark := "bar"
	if spec.Kind == Lines {
		mark = "dot"
	}
	if got, want := len(paths(d, mark)), countPresent(spec); got != want {
		t.Errorf("got %d %ss, want %d (one per present value)", got, mark, want)
	}
	if spec.Kind != Lines {
		return
	}
	lines := paths(d, "line")
	for j, s := range spec.Series {
		for _, l := range lines {
			if l.Stroke == DefaultPalette[j] {
				if got, want := moveTos(l), runs(s.Values); got != want {
					t.Errorf("series %d: got %d subpaths, want %d", j, got, want)
				}
			}
		}
	}
}

// checkCategoryLabels: every category up to 10 is labelled; beyond, the
// newest always is.
func checkCategoryLabels(t *testing.T, d Drawing, spec Spec) {
	t.Helper()
	got := map[string]bool{}
	for _, x := range texts(d, "x-label") {
		got[x.Text] = true
	}
	want := spec.Categories
	if len(want) > 10 {
		want = want[len(want)-1:]
	}
	for _, c := range want {
		if !got[c] {
			t.Errorf("category %q has no label", c)
		}
	}
}

func TestGapDrawsNoBarAndBreaksLine(t *testing.T) {
	bars, err := Draw(specFor(Bars, years(2021, 3), [][]float64{{1, nan, 3}}, false), Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(paths(bars, "bar")); got != 2 {
		t.Errorf("got %d bars for [1 NaN 3], want 2", got)
	}
	lines, err := Draw(specFor(Lines, years(2021, 5), [][]float64{{1, 2, nan, 3, 4}}, false), Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	ls := paths(lines, "line")
	if len(ls) != 1 || moveTos(ls[0]) != 2 {
		t.Fatalf("got %d line paths (first with %v subpaths), want one with 2", len(ls), ls)
	}
}

func TestZeroIsDataNotAGap(t *testing.T) {
	d, err := Draw(specFor(Bars, years(2021, 3), [][]float64{{0, 4, 0}}, true), Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(paths(d, "bar")); got != 3 {
		t.Errorf("got %d bars, want 3: a zero is a figure", got)
	}
	if got := len(texts(d, "value")); got != 3 {
		t.Errorf("got %d value labels, want 3", got)
	}
}

func TestValueLabelsSitOnTheirBars(t *testing.T) {
	spec := specFor(Bars, years(2023, 3), [][]float64{{12, -4, 7.5}}, true)
	spec.Format = func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	d, err := Draw(spec, Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	bars, vals := paths(d, "bar"), texts(d, "value")
	if len(vals) != 3 {
		t.Fatalf("got %d value labels, want 3", len(vals))
	}
	for i, v := range vals {
		top, bottom := bars[i].Segs[0].Pts[0].Y, bars[i].Segs[2].Pts[0].Y
		if want := spec.Format(spec.Series[0].Values[i]); v.Text != want {
			t.Errorf("label %d: got %q, want %q", i, v.Text, want)
		}
		if v.Y > top && v.Y < bottom {
			t.Errorf("label %q at y %.2f is inside its bar %.2f..%.2f", v.Text, v.Y, top, bottom)
		}
	}
}

func TestLegendKeepsOffTheData(t *testing.T) {
	d, err := Draw(specFor(Bars, years(2020, 6), [][]float64{ramp(6, func(i int) float64 { return 100 }), ramp(6, func(i int) float64 { return 90 })}, true), Style{}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	st := DefaultStyle()
	legendBottom, dataTop := 0.0, math.Inf(1)
	for _, l := range texts(d, "legend") {
		legendBottom = math.Max(legendBottom, textBox(l, st).y1)
	}
	for _, class := range []string{"bar", ""} { // "" is go-chart's grid
		for _, p := range paths(d, class) {
			dataTop = math.Min(dataTop, p.Segs[0].Pts[0].Y)
		}
	}
	for _, v := range texts(d, "value") {
		dataTop = math.Min(dataTop, textBox(v, st).y0)
	}
	if len(texts(d, "legend")) != 2 || legendBottom >= dataTop {
		t.Errorf("legend ends at %.2f, data starts at %.2f", legendBottom, dataTop)
	}
}
