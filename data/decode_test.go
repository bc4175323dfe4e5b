package data

import (
	"errors"
	"strings"
	"testing"
)

// badCase breaks the fixture in one place and gives the one line Load must
// report for it.
type badCase struct {
	name    string
	changes []change
	want    string
}

func runBadCases(t *testing.T, cases []badCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			for _, c := range tc.changes {
				c.apply(t, fsys)
			}
			_, err := Load(fsys, fixtureDir)
			var diags Diagnostics
			if !errors.As(err, &diags) {
				t.Fatalf("got error %v, want Diagnostics", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func one(file, old, new string) []change { return []change{{file, old, new}} }

// laughs is a year file whose aliases expand to millions of values.
var laughs = "year: 2024\n" +
	"c: &c [" + strings.TrimSuffix(strings.Repeat("{source: press-vi, evidence: x}, ", 50), ", ") + "]\n"

func TestLoadDecodeErrors(t *testing.T) {
	runBadCases(t, []badCase{
		{"unknown field", one("2024.yaml", "    months: 11", "    monts: 11"),
			`?`},
		{"text where a number is due", one("2024.yaml", "value: 21", `value: "21"`),
			`?`},
		{"list where a mapping is due", one("dataset.yaml", "country:\n  code: VN\n", "country: [VN]\nx:\n  code: VN\n"),
			`?`},
		{"mapping where a list is due", one("2024.yaml", "    cite:\n      - source: press-zh\n        evidence: 国事访问\n",
			"    cite: {source: press-zh, evidence: 国事访问}\n"),
			`?`},
		{"yes is not a boolean", one("metrics.yaml", "group: activity\n    key: true", "group: activity\n    key: yes"),
			`?`},
		{"fraction where a whole number is due", one("2024.yaml", "months: 11", "months: 11.5"),
			`?`},
		{"date that does not exist", one("dataset.yaml", "as_of: 2025-01-30", "as_of: 2025-02-30"),
			`?`},
		{"date in words", one("2024.yaml", "date: 2024-03", "date: March 2024"),
			`?`},
		{"date as a list", one("2024.yaml", "date: 2024-03", "date: [2024, 3]"),
			`?`},
		{"duplicate field", one("2024.yaml", "value: 21\n", "value: 21\n    value: 22\n"),
			`?`},
		{"duplicate language", one("metrics.yaml", "      zh: 出访\n", "      zh: 出访\n      zh: 访问\n"),
			`?`},
		{"tab in a one-line field", one("2024.yaml", "evidence: 21 chuyến thăm", `evidence: "21\tchuyến thăm"`),
			`?`},
		{"line break in a one-line field", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: |\n          21 chuyến thăm"),
			`?`},
		{"text too long", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: "+strings.Repeat("x", 10001)),
			`?`},
		{"invalid YAML", one("2024.yaml", "kind: state_visit", "kind: state_visit: now"),
			`?`},
		{"invalid YAML on line 1", one("2024.yaml", "year: 2024", "year: [2024"),
			`?`},
		{"unknown anchor", one("2024.yaml", "value: 21", "value: *twenty"),
			`?`},
		{"invalid UTF-8", one("2024.yaml", "value: 21", "value: 2\xff1"),
			`?`},
		{"control character in the file", one("2024.yaml", "value: 21", "value: 2\x071"),
			`?`},
		{"two documents", one("2024.yaml", "events:", "---\nevents:"),
			`?`},
		{"root is a list", one("2024.yaml", "", "- 2024\n"),
			`?`},
		{"alias bomb", one("2024.yaml", "", laughs),
			`?`},
	})
}
