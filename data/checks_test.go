package data

import "testing"

// TestYearSpan: every trend chart gives each year from the first a band,
// so data spanning more years than a chart can hold is refused where the
// span is exceeded, rather than failing in generate with no place to fix.
func TestYearSpan(t *testing.T) {
	runBadCases(t, []badCase{{"101 years", one("1924.yaml", "", "year: 1924\nevents: []\n"),
		"testdata/ok/2024.yaml:1:7: year: years 1924 to 2024 are 101 years: the trend charts hold at most 100"}})
	fsys := fixture(t)
	change{"1925.yaml", "", "year: 1925\nevents: []\n"}.apply(t, fsys)
	mustLoad(t, fsys)
}

// TestLanguageTagsAreRegistered: a language tag of the right form whose
// subtags BCP 47 does not register (vn is Viet Nam's country code) is
// refused where it is written.
func TestLanguageTagsAreRegistered(t *testing.T) {
	runBadCases(t, []badCase{
		{"a country code as a source's language", one("sources.yaml", "language: vi", "language: vn"),
			`testdata/ok/sources.yaml:7:15: sources[0].language: "vn" is not a registered language tag (BCP 47): subtag "vn" is well-formed but unknown`},
		{"an unknown script", one("sources.yaml", "language: zh", "language: zh-Hanz"),
			`testdata/ok/sources.yaml:15:15: sources[1].language: "zh-Hanz" is not a registered language tag (BCP 47): subtag "Hanz" is well-formed but unknown`},
	})
	for _, tag := range []string{"vi", "zh-Hans", "zh-Hant-TW", "en-GB", "fil"} {
		fsys := fixture(t)
		change{"sources.yaml", "language: vi", "language: " + tag}.apply(t, fsys)
		mustLoad(t, fsys)
	}
}

// TestStaleEdition: a cited source dated after the dataset's as_of is a
// warning naming the newest such source, at as_of; a source no citation
// names does not count.
func TestStaleEdition(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"as of today", "", "", ""},
		{"a cited source after as_of", "date: 2024-01-11", "date: 2025-02-03",
			`testdata/ok/dataset.yaml:17:8: as_of: the edition date 2025-01-30 is before the source "press-vi" (2025-02-03) the data cites: move as_of to 2025-02-03 or later`},
		{"the same month, day unknown", "date: 2024-01-11", "date: 2025-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			if tc.old != "" {
				change{"sources.yaml", tc.old, tc.new}.apply(t, fsys)
			}
			d, stale := StaleEdition(mustLoad(t, fsys))
			if got := map[bool]string{true: d.Error()}[stale]; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	fsys := fixture(t)
	change{"sources.yaml", "sources:\n", "sources:\n  - {id: uncited, publisher: P, title: T, language: vi, date: 2030-01-01}\n"}.apply(t, fsys)
	if d, stale := StaleEdition(mustLoad(t, fsys)); stale {
		t.Errorf("a source no citation names: got %v, want no warning", d)
	}
}

// TestStockFigureAsOf: a level's as_of falls in the figure's year or the
// next (a year-end level reported in January); any other is refused at
// the as_of.
func TestStockFigureAsOf(t *testing.T) {
	at := "testdata/ok/2023.yaml:12:12: figures[1].as_of: "
	runBadCases(t, []badCase{
		{"a year before", one("2023.yaml", "value: 12\n    as_of: 2024-01\n    cite:\n      - source: press-vi\n        evidence: 12 đối tác chiến lược", "value: 12\n    as_of: 2022-12-31\n    cite:\n      - source: press-vi\n        evidence: 12 đối tác chiến lược"),
			at + "as_of 2022-12-31 is outside 2023 and 2024: a level reported then is not 2023's"},
		{"two years after", one("2023.yaml", "value: 12\n    as_of: 2024-01\n    cite:\n      - source: press-vi\n        evidence: 12 đối tác chiến lược", "value: 12\n    as_of: 2025-01\n    cite:\n      - source: press-vi\n        evidence: 12 đối tác chiến lược"),
			at + "as_of 2025-01 is outside 2023 and 2024: a level reported then is not 2023's"},
	})
	for _, d := range []string{"2023-01-01", "2023-12", "2024-12-31"} {
		fsys := fixture(t)
		change{"2023.yaml", "value: 24\n    as_of: 2024-01", "value: 24\n    as_of: " + d}.apply(t, fsys)
		mustLoad(t, fsys)
	}
}
