package data

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
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

// laughs is a year file whose aliases expand to more values than Load
// accepts: 50 figures of 50 alternatives of 50 citations.
var laughs = "year: 2024\nfigures:\n" +
	"- &f {metric: visits_abroad, value: 1, cite: &c [" +
	strings.Repeat("{source: press-vi, evidence: x}, ", 50) + "], alternatives: [" +
	strings.Repeat("{value: 1, cite: *c}, ", 50) + "]}\n" +
	strings.Repeat("- *f\n", 49)

func TestLoadDecodeErrors(t *testing.T) {
	runBadCases(t, []badCase{
		{"unknown field", one("2024.yaml", "    months: 11", "    monts: 11"),
			`testdata/ok/2024.yaml:15:5: figures[2].monts: unknown field "monts"`},
		{"text where a number is due", one("2024.yaml", "value: 21", `value: "21"`),
			`testdata/ok/2024.yaml:4:12: figures[0].value: want a number, got the text "21"`},
		{"list where a mapping is due", one("dataset.yaml",
			"country:\n  code: VN\n  name:\n    vi: Việt Nam\n    en: Viet Nam\n    zh: 越南\n", "country: [VN, Việt Nam]\n"),
			`testdata/ok/dataset.yaml:2:10: country: want a mapping, got a list`},
		{"mapping where a list is due", one("2024.yaml", "    cite:\n      - source: press-zh\n        evidence: 国事访问\n",
			"    cite: {source: press-zh, evidence: 国事访问}\n"),
			`testdata/ok/2024.yaml:26:11: events[0].cite: want a list, got a mapping`},
		{"yes is not a boolean", one("metrics.yaml", "group: activity\n    key: true", "group: activity\n    key: yes"),
			`testdata/ok/metrics.yaml:5:10: metrics[0].key: yes is true in YAML 1.1 and text in YAML 1.2: write true`},
		{"fraction where a whole number is due", one("2024.yaml", "months: 11", "months: 11.5"),
			`testdata/ok/2024.yaml:15:13: figures[2].months: want a whole number, got the number 11.5`},
		{"date that does not exist", one("dataset.yaml", "as_of: 2025-01-30", "as_of: 2025-02-30"),
			`testdata/ok/dataset.yaml:17:8: as_of: date "2025-02-30" does not exist: 2025-02 has 28 days`},
		{"date in words", one("2024.yaml", "date: 2024-03", "date: March 2024"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date "March 2024" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"date as a list", one("2024.yaml", "date: 2024-03", "date: [2024, 3]"),
			`testdata/ok/2024.yaml:20:11: events[0].date: want a date (YYYY, YYYY-MM or YYYY-MM-DD), got a list`},
		{"duplicate field", one("2024.yaml", "value: 21\n", "value: 21\n    value: 22\n"),
			`testdata/ok/2024.yaml:5:5: figures[0].value: duplicate key "value" (first at line 4)`},
		{"duplicate language", one("metrics.yaml", "      zh: 出访\n", "      zh: 出访\n      zh: 访问\n"),
			`testdata/ok/metrics.yaml:10:7: metrics[0].label.zh: duplicate key "zh" (first at line 9)`},
		{"tab in a one-line field", one("2024.yaml", "evidence: 21 chuyến thăm", `evidence: "21\tchuyến thăm"`),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: control character U+0009 in text`},
		{"line break in a one-line field", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: |\n          21 chuyến thăm"),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: line break in a one-line field (fold it with >- or join the lines)`},
		{"text too long", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: "+strings.Repeat("x", 10001)),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: text is 10001 bytes long; at most 10000`},
		{"invalid YAML", one("2024.yaml", "kind: state_visit", "kind: state_visit: now"),
			`testdata/ok/2024.yaml:21: invalid YAML: mapping values are not allowed in this context`},
		{"invalid YAML on line 1", one("2024.yaml", "year: 2024", "year: [2024"),
			`testdata/ok/2024.yaml:1: invalid YAML: did not find expected ',' or ']'`},
		{"unknown anchor", one("2024.yaml", "value: 21", "value: *twenty"),
			`testdata/ok/2024.yaml:4:12: invalid YAML: unknown anchor 'twenty' referenced`},
		{"invalid UTF-8", one("2024.yaml", "value: 21", "value: 2\xff1"),
			`testdata/ok/2024.yaml:4:13: invalid UTF-8 byte 0xff: the file must be UTF-8`},
		{"control character in the file", one("2024.yaml", "value: 21", "value: 2\x071"),
			`testdata/ok/2024.yaml:4:13: character U+0007 is not allowed in a YAML file`},
		{"two documents", one("2024.yaml", "events:", "---\nevents:"),
			`testdata/ok/2024.yaml:19:1: a second YAML document starts here; a file holds one`},
		{"root is a list", one("2024.yaml", "", "- 2024\n"),
			`testdata/ok/2024.yaml:1:1: want a mapping, got a list`},
		{"alias bomb", one("2024.yaml", "", laughs),
			`testdata/ok/2024.yaml:3:706: figures[12].alternatives[40].cite[19].evidence: more than 100000 values (too many aliases?)`},
	})
}

// TestDecodeCommonAgreesWithYAML: whatever decodeCommon decodes, it decodes
// as yaml.v3 does; the forms it leaves alone are yaml.v3's to decode or
// refuse.
func TestDecodeCommonAgreesWithYAML(t *testing.T) {
	targets := []reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[float64](), reflect.TypeFor[bool]()}
	tests := []struct {
		in     string
		common bool // decoded by decodeCommon for some target
	}{
		{"21", true}, {"0", true}, {"-0", true}, {"-17", true}, {"9223372036854775807", true},
		{"1.5", true}, {"-1.5", true}, {"0.25", true}, {"-0.0", true}, {"100.10", true},
		{"true", true}, {"false", true},
		{"007", false}, {"010", false}, {"0x1F", false}, {"0o17", false}, {"0b101", false},
		{"1_000", false}, {"+5", false}, {"1e3", false}, {"1.5e3", false}, {".5", false},
		{"5.", false}, {".inf", false}, {"-.inf", false}, {".nan", false},
		{"9223372036854775808", false}, {"-9223372036854775809", true}, // too small for an int64: a !!float
		{"True", false}, {"FALSE", false}, {"!!float 5", true}, {"!!int 1.5", false}, {"!!bool 1", false},
	}
	for _, tc := range tests {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(tc.in), &doc); err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		n := doc.Content[0]
		decoded := false
		for _, typ := range targets {
			t.Run(tc.in+" into "+typ.String(), func(t *testing.T) {
				got, want := reflect.New(typ), reflect.New(typ)
				if !decodeCommon(n.ShortTag(), n.Value, got.Elem()) {
					return
				}
				decoded = true
				if err := n.Decode(want.Interface()); err != nil {
					t.Fatalf("decodeCommon decoded %v, yaml.v3 refuses it: %v", got.Elem(), err)
				}
				if g, w := got.Elem().Interface(), want.Elem().Interface(); g != w ||
					fmt.Sprint(g) != fmt.Sprint(w) { // -0 and 0
					t.Errorf("decodeCommon decoded %v, yaml.v3 %v", g, w)
				}
			})
		}
		if decoded != tc.common {
			t.Errorf("%s: decoded by decodeCommon: %v, want %v", tc.in, decoded, tc.common)
		}
	}
}
