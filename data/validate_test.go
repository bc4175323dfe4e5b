package data

import (
	"regexp"
	"testing"

	"golang.org/x/text/width"
)

// minimalYears empties both year files, for cases that break what every
// figure refers to.
var minimalYears = []change{{"2023.yaml", "", "year: 2023\n"}, {"2024.yaml", "", "year: 2024\n"}}

// noCharts drops the fixture's charts, which refer to the catalog.
var noCharts = change{"dataset.yaml", fixtureCharts, ""}

const fixtureCharts = `charts:
  - id: visits
    kind: bars
    metrics: [visits_abroad]
    title:
      vi: Chuyến thăm
      en: Visits
      zh: 访问
  - id: partners
    kind: stacked
    metrics: [partners_strategic, partners_comprehensive]
    title:
      vi: Đối tác
      en: Partners
      zh: 伙伴
`

func TestLoadValidationErrors(t *testing.T) {
	runBadCases(t, []badCase{
		{"unknown metric", one("2024.yaml", "metric: visitors", "metric: tourists"),
			`testdata/ok/2024.yaml:13:13: figures[2].metric: unknown metric "tourists"`},
		{"unknown source", one("2024.yaml", "source: press-zh", "source: press-cn"),
			`testdata/ok/2024.yaml:27:17: events[0].cite[0].source: unknown source "press-cn"`},
		{"duplicate metric id", one("metrics.yaml", "  - id: visitors\n",
			"  - id: visitors\n    unit: million\n    group: culture\n    label: {vi: a, en: b, zh: c}\n  - id: visitors\n"),
			`testdata/ok/metrics.yaml:53:9: metrics[7].id: duplicate metric id "visitors"`},
		{"duplicate source id", one("sources.yaml", "      zh: 中文新闻。\n",
			"      zh: 中文新闻。\n  - id: press-vi\n    publisher: P\n    title: T\n    language: vi\n"),
			`testdata/ok/sources.yaml:20:9: sources[2].id: duplicate source id "press-vi"`},
		{"duplicate figure", one("2024.yaml", "figures:\n",
			"figures:\n  - metric: visitors\n    value: 1\n    cite: [{source: press-vi, evidence: x}]\n"),
			`testdata/ok/2024.yaml:16:13: figures[3].metric: duplicate figure for "visitors" (first at figures[0])`},
		{"year disagrees with the file name", one("2024.yaml", "year: 2024", "year: 2025"),
			`testdata/ok/2024.yaml:1:7: year: year 2025 does not match the file name 2024.yaml`},
		{"unknown valence", one("metrics.yaml", "    group: activity\n    key: true\n", "    group: activity\n    key: true\n    valence: good\n"),
			`testdata/ok/metrics.yaml:6:14: metrics[0].valence: unknown valence "good"; want one of none, up, down`},
		{"growth of an unknown metric", one("metrics.yaml", "    group: activity\n    key: true\n", "    group: activity\n    key: true\n    growth_of: exports\n"),
			`testdata/ok/metrics.yaml:6:16: metrics[0].growth_of: unknown metric "exports"`},
		{"growth that is not a percentage", one("metrics.yaml", "    group: activity\n    key: true\n", "    group: activity\n    key: true\n    growth_of: visitors\n"),
			`testdata/ok/metrics.yaml:6:16: metrics[0].growth_of: metric "visits_abroad" is in count: only a percent metric can be the growth of another`},
		{"definition missing a language", one("metrics.yaml", "    group: activity\n    key: true\n", "    group: activity\n    key: true\n    definition: {vi: a, en: b}\n"),
			`testdata/ok/metrics.yaml:6:17: metrics[0].definition.zh: missing`},
		{"unknown status", one("2024.yaml", "    value: 21\n", "    value: 21\n    status: draft\n"),
			`testdata/ok/2024.yaml:5:13: figures[0].status: unknown status "draft"; want one of final, preliminary, estimate`},
		{"revised base without a citation", one("2024.yaml", "    value: 21\n", "    value: 21\n    previous: {value: 20}\n"),
			`testdata/ok/2024.yaml:5:15: figures[0].previous.cite: no citation: a revised figure for the year before needs its source`},
		{"revised base that is negative", one("2024.yaml", "    value: 21\n", "    value: 21\n    previous: {value: -2, cite: [{source: press-vi, evidence: x}]}\n"),
			`testdata/ok/2024.yaml:5:23: figures[0].previous.value: negative value -2; only percentages may be negative`},
		{"year missing", one("2024.yaml", "year: 2024\n", ""),
			`testdata/ok/2024.yaml:1:1: year: missing`},
		{"year out of range", one("1899.yaml", "", "year: 1899\n"),
			`testdata/ok/1899.yaml:1:7: year: year 1899 is outside 1900-2100`},
		{"text missing a language", one("metrics.yaml", "      zh: 国际游客\n", ""),
			`testdata/ok/metrics.yaml:53:7: metrics[6].label.zh: missing`},
		{"text empty in a language", one("metrics.yaml", "en: Visits abroad", `en: " "`),
			`testdata/ok/metrics.yaml:8:11: metrics[0].label.en: empty`},
		{"text in an undeclared language", one("metrics.yaml", "      zh: 国际游客\n", "      zh: 国际游客\n      fr: Visiteurs\n"),
			`testdata/ok/metrics.yaml:56:11: metrics[6].label.fr: language "fr" is not among the languages of dataset.yaml`},
		{"dataset title missing", one("dataset.yaml", "title:\n  vi: Bản tin đối ngoại\n  en: Foreign affairs briefing\n  zh: 外交简报\n", ""),
			`testdata/ok/dataset.yaml:2:1: title: missing`},
		{"country name missing", one("dataset.yaml", "  name:\n    vi: Việt Nam\n    en: Viet Nam\n    zh: 越南\n", ""),
			`testdata/ok/dataset.yaml:3:3: country.name: missing`},
		{"publisher missing", one("dataset.yaml", "publisher:\n  vi: Nhóm thử nghiệm\n  en: Test team\n  zh: 测试组\n", ""),
			`testdata/ok/dataset.yaml:2:1: publisher: missing`},
		{"metric label missing", one("metrics.yaml", "    label:\n      vi: Khách quốc tế\n      en: International visitors\n      zh: 国际游客\n", ""),
			`testdata/ok/metrics.yaml:49:5: metrics[6].label: missing`},
		{"event summary missing", one("2024.yaml", "    summary:\n      vi: Chuyến thăm cấp nhà nước.\n      en: A state visit.\n      zh: 国事访问。\n", ""),
			`testdata/ok/2024.yaml:20:5: events[0].summary: missing`},
		{"unknown unit", one("metrics.yaml", "unit: million", "unit: million_people"),
			`testdata/ok/metrics.yaml:50:11: metrics[6].unit: unknown unit "million_people"; want one of count, usd_bn, percent, million`},
		{"unknown group", one("metrics.yaml", "group: culture", "group: tourism"),
			`testdata/ok/metrics.yaml:51:12: metrics[6].group: unknown group "tourism"; want one of activity, relations, economy, culture`},
		{"unknown qualifier", one("2023.yaml", "qualifier: approx", "qualifier: about"),
			`testdata/ok/2023.yaml:28:16: figures[4].qualifier: unknown qualifier "about"; want one of exact, approx, over, nearly`},
		{"unknown qualifier of an alternative", one("2023.yaml", "qualifier: nearly", "qualifier: almost"),
			`testdata/ok/2023.yaml:34:20: figures[4].alternatives[0].qualifier: unknown qualifier "almost"; want one of exact, approx, over, nearly`},
		{"unknown kind", one("2024.yaml", "kind: state_visit", "kind: visit"),
			`testdata/ok/2024.yaml:21:11: events[0].kind: unknown kind "visit"; want one of partnership_upgrade, relations, state_visit, multilateral, culture, citizen_protection, economy`},
		{"unknown tier", one("2023.yaml", "tier: comprehensive_strategic", "tier: csp"),
			`testdata/ok/2023.yaml:55:11: events[0].tier: unknown tier "csp"; want one of comprehensive_strategic, strategic, comprehensive`},
		{"months above 11", one("2024.yaml", "months: 11", "months: 12"),
			`testdata/ok/2024.yaml:15:13: figures[2].months: months 12 is outside 0-11 (0 is the full year)`},
		{"months negative", one("2024.yaml", "months: 11", "months: -1"),
			`testdata/ok/2024.yaml:15:13: figures[2].months: months -1 is outside 0-11 (0 is the full year)`},
		{"value NaN", one("2024.yaml", "value: 15.8", "value: .nan"),
			`testdata/ok/2024.yaml:14:12: figures[2].value: NaN is not a finite number`},
		{"value infinite", one("2024.yaml", "value: 15.8", "value: -.inf"),
			`testdata/ok/2024.yaml:14:12: figures[2].value: -Inf is not a finite number`},
		{"negative count", one("2024.yaml", "value: 21", "value: -21"),
			`testdata/ok/2024.yaml:4:12: figures[0].value: negative value -21; only percentages may be negative`},
		{"negative billions", one("2023.yaml", "value: 700", "value: -700"),
			`testdata/ok/2023.yaml:33:16: figures[4].alternatives[0].value: negative value -700; only percentages may be negative`},
		{"absurd value", one("2024.yaml", "value: 15.8", "value: 2e9"),
			`testdata/ok/2024.yaml:14:12: figures[2].value: value 2e+09 is absurd (over 1e9)`},
		{"count with a fraction", one("2024.yaml", "value: 21", "value: 21.5"),
			`testdata/ok/2024.yaml:4:12: figures[0].value: a count must be a whole number, got 21.5`},
		{"value missing", one("2024.yaml", "    value: 21\n", ""),
			`testdata/ok/2024.yaml:3:5: figures[0].value: missing`},
		{"value null", one("2024.yaml", "    value: 21\n", "    value:\n"),
			`testdata/ok/2024.yaml:4:11: figures[0].value: missing`},
		{"figure without citation", one("2024.yaml", "    cite:\n      - source: press-vi\n        evidence: 21 chuyến thăm\n", ""),
			`testdata/ok/2024.yaml:3:5: figures[0].cite: no citation: cite a source, or give derived_from or derivation`},
		{"alternative without citation", one("2023.yaml", "        cite:\n          - source: press-zh\n            evidence: 近7000亿美元\n", ""),
			`testdata/ok/2023.yaml:33:9: figures[4].alternatives[0].cite: no citation: an alternative value needs its source`},
		{"event without citation", one("2024.yaml", "    cite:\n      - source: press-zh\n        evidence: 国事访问\n", ""),
			`testdata/ok/2024.yaml:20:5: events[0].cite: no citation`},
		{"citation without source", one("2024.yaml", "source: press-zh", `source: ""`),
			`testdata/ok/2024.yaml:27:17: events[0].cite[0].source: missing`},
		{"citation without evidence", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence:"),
			`testdata/ok/2024.yaml:7:18: figures[0].cite[0].evidence: missing`},
		{"derived from an unknown metric", one("2023.yaml", "partners_comprehensive]", "partners_comprehensiv]"),
			`testdata/ok/2023.yaml:25:40: figures[3].derived_from[1]: unknown metric "partners_comprehensiv"`},
		{"derived from a metric without a figure", one("2023.yaml", "partners_comprehensive]", "visitors]"),
			`testdata/ok/2023.yaml:25:40: figures[3].derived_from[1]: no "visitors" figure in 2023 to derive from`},
		{"derived value is not the sum", one("2023.yaml", "value: 24", "value: 25"),
			`testdata/ok/2023.yaml:23:12: figures[3].value: value 25 is not the sum of derived_from (24)`},
		{"event date outside the year", one("2024.yaml", "date: 2024-03", "date: 2023-12"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date 2023-12 is outside 2024, the year of this file`},
		{"event date to the year only", one("2024.yaml", "date: 2024-03", "date: 2024"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date 2024 gives only the year; want YYYY-MM or YYYY-MM-DD`},
		{"event date missing", one("2024.yaml", "  - date: 2024-03\n    kind", "  - kind"),
			`testdata/ok/2024.yaml:20:5: events[0].date: missing`},
		{"source URL not http", one("sources.yaml", "url: https://example.org", "url: ftp://example.org"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "ftp://example.org/tong-ket" is not an http or https address`},
		{"source URL without host", one("sources.yaml", "url: https://example.org/tong-ket", "url: example.org/tong-ket"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "example.org/tong-ket" is not an http or https address`},
		{"source language code", one("sources.yaml", "language: zh", "language: Chinese"),
			`testdata/ok/sources.yaml:15:15: sources[1].language: "Chinese" is not a language code like vi or zh-Hans`},
		{"source title missing", one("sources.yaml", "    title: 越南外交回顾\n", ""),
			`testdata/ok/sources.yaml:9:5: sources[1].title: missing`},
		{"country code", one("dataset.yaml", "code: VN", "code: vn"),
			`testdata/ok/dataset.yaml:3:9: country.code: "vn" is not an ISO 3166-1 alpha-2 code (like VN)`},
		{"languages missing", one("dataset.yaml", "languages: [vi, en, zh]", "languages: []"),
			`testdata/ok/dataset.yaml:16:12: languages: missing: list the languages every text carries`},
		{"language listed twice", one("dataset.yaml", "languages: [vi, en, zh]", "languages: [vi, en, zh, en]"),
			`testdata/ok/dataset.yaml:16:25: languages[3]: language "en" is listed twice`},
		{"as_of missing", one("dataset.yaml", "as_of: 2025-01-30\n", ""),
			`testdata/ok/dataset.yaml:2:1: as_of: missing: the edition date`},
		{"unknown chart kind", one("dataset.yaml", "kind: stacked", "kind: pie"),
			`testdata/ok/dataset.yaml:27:11: charts[1].kind: unknown chart kind "pie"; want one of bars, stacked, lines`},
		{"chart of an unknown metric", one("dataset.yaml", "metrics: [visits_abroad]", "metrics: [visits]"),
			`testdata/ok/dataset.yaml:21:15: charts[0].metrics[0]: unknown metric "visits"`},
		{"chart mixing units", one("dataset.yaml", "metrics: [visits_abroad]", "metrics: [visits_abroad, trade_total]"),
			`testdata/ok/dataset.yaml:21:30: charts[0].metrics[1]: metric "trade_total" is in usd_bn, the chart's first metric in count: one axis, one unit`},
		{"chart without metrics", one("dataset.yaml", "    metrics: [visits_abroad]\n", ""),
			`testdata/ok/dataset.yaml:19:5: charts[0].metrics: missing: list the metrics the chart shows`},
		{"duplicate chart id", one("dataset.yaml", "id: partners", "id: visits"),
			`testdata/ok/dataset.yaml:26:9: charts[1].id: duplicate chart id "visits"`},
		{"empty metrics catalog", append([]change{{"metrics.yaml", "", "metrics: []\n"}, noCharts}, minimalYears...),
			`testdata/ok/metrics.yaml:1:10: metrics: empty catalog: list at least one metric`},
		{"no sources", append([]change{{"sources.yaml", "", "sources:\n"}}, minimalYears...),
			`testdata/ok/sources.yaml:1:9: sources: no sources: list at least one`},
	})
}

// TestFirstWide checks that no character before firstWide is set wide, as
// columns assumes.
func TestFirstWide(t *testing.T) {
	for r := rune(0); r < firstWide; r++ {
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			t.Errorf("%U is wide, before firstWide %U", r, firstWide)
		}
	}
	if k := width.LookupRune(firstWide).Kind(); k != width.EastAsianWide {
		t.Errorf("firstWide %U is not wide", firstWide)
	}
}

// TestCodesAgreeWithPatterns: the matchers for names and codes accept what
// the patterns of the format do, and nothing else.
func TestCodesAgreeWithPatterns(t *testing.T) {
	tests := []struct {
		name    string
		match   func(string) bool
		pattern string
		inputs  []string
	}{
		{"year file", isYearFile, `^[0-9]{4}\.yaml$`, []string{
			"2024.yaml", "0000.yaml", "202.yaml", "20245.yaml", "2024.yml", "2024.yaml.bak", "x2024.yaml",
			"abcd.yaml", ".yaml", "2024", "", "２０２４.yaml", "20-4.yaml",
		}},
		{"language", isLangCode, `^[a-z]{2,3}(-[A-Za-z0-9]+)*$`, []string{
			"vi", "en", "zh", "fil", "zh-Hans", "zh-Hant-TW", "sr-Latn-RS", "de-1996", "x", "abcd", "VI", "Vi",
			"vi-", "-vi", "vi--VN", "zh-Hans-", "zh_Hans", "zh-Hä", "vi ", "", "en-US-",
		}},
		{"country", isCountryCode, `^[A-Z]{2}$`, []string{"VN", "US", "V", "VNM", "vn", "Vn", "V1", "", "ÀB"}},
	}
	for _, tc := range tests {
		re := regexp.MustCompile(tc.pattern)
		for _, in := range tc.inputs {
			if got, want := tc.match(in), re.MatchString(in); got != want {
				t.Errorf("%s %q: got %v, want %v (%s)", tc.name, in, got, want, tc.pattern)
			}
		}
	}
}
