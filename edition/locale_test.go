package edition

import (
	"fmt"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// each runs f once per edition with that edition's locale.
func each(t *testing.T, f func(t *testing.T, l *locale)) {
	for _, lang := range Languages() {
		t.Run(lang, func(t *testing.T) {
			l, err := localeFor(lang)
			if err != nil {
				t.Fatal(err)
			}
			f(t, l)
		})
	}
}

// perLang is one expected string per edition.
type perLang map[string]string

func metric(unit string) data.Metric { return data.Metric{ID: "m", Unit: data.Unit(unit)} }

func TestNumbersAsEachLanguageWritesThem(t *testing.T) {
	tests := []struct {
		v      float64
		digits int
		want   perLang
	}{
		{1234, 2, perLang{"vi": "1.234", "en": "1,234", "zh": "1234"}},
		{1234567, 0, perLang{"vi": "1.234.567", "en": "1,234,567", "zh": "1234567"}},
		{36.6, 2, perLang{"vi": "36,6", "en": "36.6", "zh": "36.6"}},
		{0.1 + 0.2, 2, perLang{"vi": "0,3", "en": "0.3", "zh": "0.3"}},
		{17.647, 1, perLang{"vi": "17,6", "en": "17.6", "zh": "17.6"}},
	}
	each(t, func(t *testing.T, l *locale) {
		for _, tc := range tests {
			if got, want := l.num(tc.v, tc.digits), tc.want[l.lang()]; got != want {
				t.Errorf("num(%v, %d) = %q, want %q", tc.v, tc.digits, got, want)
			}
		}
	})
}

func TestValuesWithUnitsAndQualifiers(t *testing.T) {
	tests := []struct {
		unit, qualifier string
		v               float64
		want            perLang
	}{
		{"usd_bn", "", 36.6, perLang{"vi": "36,6 tỷ USD", "en": "US$36.6 billion", "zh": "366亿美元"}},
		{"usd_bn", "approx", 800, perLang{"vi": "~800 tỷ USD", "en": "~US$800 billion", "zh": "约8000亿美元"}},
		{"usd_bn", "nearly", 700, perLang{"vi": "gần 700 tỷ USD", "en": "nearly US$700 billion", "zh": "近7000亿美元"}},
		{"usd_bn", "", 1234.5, perLang{"vi": "1.234,5 tỷ USD", "en": "US$1,234.5 billion", "zh": "1.23万亿美元"}},
		{"million", "over", 15.8, perLang{"vi": ">15,8 triệu", "en": ">15.8 million", "zh": "超过1580万"}},
		{"million", "", 150, perLang{"vi": "150 triệu", "en": "150 million", "zh": "1.5亿"}},
		{"percent", "", 44, perLang{"vi": "44%", "en": "44%", "zh": "44%"}},
		{"count", "over", 170, perLang{"vi": ">170", "en": ">170", "zh": "超过170"}},
		{"count", "", 1234, perLang{"vi": "1.234", "en": "1,234", "zh": "1234"}},
	}
	each(t, func(t *testing.T, l *locale) {
		for _, tc := range tests {
			if got, want := l.value(metric(tc.unit), tc.v, tc.qualifier), tc.want[l.lang()]; got != want {
				t.Errorf("value(%s %v %s) = %q, want %q", tc.unit, tc.v, tc.qualifier, got, want)
			}
		}
	})
}

func TestChangesWithSignAndPercentage(t *testing.T) {
	tests := []struct {
		unit string
		c    data.Change
		want perLang
	}{
		{"usd_bn", data.Change{Abs: 120, Pct: 17.647, HasPct: true}, perLang{"vi": "+120 tỷ USD (+17,6%)", "en": "+US$120 billion (+17.6%)", "zh": "+1200亿美元（+17.6%）"}},
		{"count", data.Change{Abs: -1, Pct: -4.545, HasPct: true}, perLang{"vi": "−1 (−4,5%)", "en": "−1 (−4.5%)", "zh": "−1（−4.5%）"}},
		{"count", data.Change{Abs: 0, HasPct: true}, perLang{"vi": "±0 (±0,0%)", "en": "±0 (±0.0%)", "zh": "±0（±0.0%）"}},
		{"million", data.Change{Abs: 2.5}, perLang{"vi": "+2,5 triệu", "en": "+2.5 million", "zh": "+250万"}},
		{"percent", data.Change{Abs: -5.25}, perLang{"vi": "−5,25 điểm %", "en": "−5.25 pp", "zh": "−5.25个百分点"}},
		{"usd_bn", data.Change{Abs: 143.71, Pct: 18.28, HasPct: true, Qualifier: "over", Decimals: 0},
			perLang{"vi": ">+143 tỷ USD (>+18%)", "en": ">+US$143 billion (>+18%)", "zh": "超过+1430亿美元（超过+18%）"}},
		{"count", data.Change{Abs: 180, Pct: 105.88, HasPct: true, Qualifier: "nearly", Decimals: 0},
			perLang{"vi": "gần +180 (gần +106%)", "en": "nearly +180 (nearly +106%)", "zh": "近+180（近+106%）"}},
		{"usd_bn", data.Change{Abs: -4.77, Pct: -19.26, HasPct: true, Qualifier: "over", Decimals: 0},
			perLang{"vi": ">−5 tỷ USD (>−20%)", "en": ">−US$5 billion (>−20%)", "zh": "超过−50亿美元（超过−20%）"}},
		{"million", data.Change{Abs: 3.5, Pct: 2187.5, HasPct: true, Decimals: -1},
			perLang{"vi": "+3,5 triệu (×22,9)", "en": "+3.5 million (×22.9)", "zh": "+350万（×22.9）"}},
		{"million", data.Change{Abs: 0.62, Pct: 3.1, HasPct: true, Qualifier: "under", Decimals: 1},
			perLang{"vi": "<+0,7 triệu (<+4%)", "en": "<+0.7 million (<+4%)", "zh": "不足+70万（不足+4%）"}},
	}
	each(t, func(t *testing.T, l *locale) {
		for _, tc := range tests {
			if got, want := l.change(metric(tc.unit), &tc.c), tc.want[l.lang()]; got != want {
				t.Errorf("change(%s %+v) = %q, want %q", tc.unit, tc.c, got, want)
			}
		}
	})
}

func TestDatesAsEachLanguageWritesThem(t *testing.T) {
	tests := []struct {
		d    data.Date
		want perLang
	}{
		{data.Date{Year: 2024, Month: 1, Day: 11}, perLang{"vi": "11/01/2024", "en": "11 January 2024", "zh": "2024年1月11日"}},
		{data.Date{Year: 2024, Month: 12, Day: 24}, perLang{"vi": "24/12/2024", "en": "24 December 2024", "zh": "2024年12月24日"}},
		{data.Date{Year: 2023, Month: 9}, perLang{"vi": "09/2023", "en": "September 2023", "zh": "2023年9月"}},
		{data.Date{Year: 2024}, perLang{"vi": "2024", "en": "2024", "zh": "2024年"}},
	}
	each(t, func(t *testing.T, l *locale) {
		for _, tc := range tests {
			if got, want := l.date(tc.d), tc.want[l.lang()]; got != want {
				t.Errorf("date(%v) = %q, want %q", tc.d, got, want)
			}
		}
	})
}

func TestListsAndAsides(t *testing.T) {
	items := []string{"A", "B", "C"}
	lists := perLang{"vi": "A; B; C", "en": "A, B and C", "zh": "A、B和C"}
	asides := perLang{"vi": " (11 tháng, dự kiến)", "en": " (11 months, forecast)", "zh": "（前11个月，预计）"}
	each(t, func(t *testing.T, l *locale) {
		if got, want := l.list(items), lists[l.lang()]; got != want {
			t.Errorf("list = %q, want %q", got, want)
		}
		if got := l.list(items[:1]); got != "A" {
			t.Errorf("list of one = %q, want %q", got, "A")
		}
		aside := l.aside([]string{fmt.Sprintf(l.words.months, 11), l.words.expected})
		if want := asides[l.lang()]; aside != want {
			t.Errorf("aside = %q, want %q", aside, want)
		}
	})
}

func TestChartValuesAreInTheEditionsUnit(t *testing.T) {
	vs := []float64{680, 36.6}
	want := perLang{"vi": "680 36,6", "en": "680 36.6", "zh": "6800 366"}
	each(t, func(t *testing.T, l *locale) {
		got := l.chartValues(metric("usd_bn"), vs)
		if s := l.num(got[0], 1) + " " + l.num(got[1], 1); s != want[l.lang()] {
			t.Errorf("chart values %q, want %q", s, want[l.lang()])
		}
	})
	if vs[0] != 680 {
		t.Error("chartValues changed the brief's own values")
	}
}

func TestUnknownLanguage(t *testing.T) {
	if _, err := localeFor("fr"); err == nil {
		t.Error(`localeFor("fr") succeeded, want an error naming the languages there are`)
	}
}
