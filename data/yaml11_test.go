package data

import "testing"

// TestLoadRefusesYAML11Forms: a number whose reading depends on the YAML
// version, or on knowing YAML's rules at all, is refused with its place
// and what it would be read as; so is a plain word that YAML 1.1 reads as
// a boolean. Numbers in plain decimals, signed, with a fraction or an
// exponent, still load (TestLoadAcceptsPlainNumbers).
func TestLoadRefusesYAML11Forms(t *testing.T) {
	at := "testdata/ok/2024.yaml:4:12: figures[0].value: "
	runBadCases(t, []badCase{
		{"leading zero, octal in YAML 1.1", one("2024.yaml", "value: 21", "value: 021"),
			at + "number 021 has a leading zero, which makes it octal (17) in YAML 1.1: write it without"},
		{"leading zero, not octal", one("2024.yaml", "value: 21", "value: 09"),
			at + "number 09 has a leading zero: write it without"},
		{"leading zero before a fraction", one("2024.yaml", "value: 21", "value: 021.5"),
			at + "number 021.5 has a leading zero: write it without"},
		{"negative with a leading zero", one("2024.yaml", "value: -1.5", "value: -01"),
			"testdata/ok/2024.yaml:9:12: figures[1].value: number -01 has a leading zero, which makes it octal (-1) in YAML 1.1: write it without"},
		{"leading zero in months", one("2024.yaml", "months: 11", "months: 011"),
			"testdata/ok/2024.yaml:15:13: figures[2].months: number 011 has a leading zero, which makes it octal (9) in YAML 1.1: write it without"},
		{"leading zero in a year", one("2024.yaml", "year: 2024", "year: 02024"),
			"testdata/ok/2024.yaml:1:7: year: number 02024 has a leading zero, which makes it octal (1044) in YAML 1.1: write it without"},
		{"hexadecimal", one("2024.yaml", "value: 21", "value: 0x15"),
			at + "number 0x15 is hexadecimal (21): write it in plain decimals"},
		{"hexadecimal in capitals", one("2024.yaml", "value: 21", "value: 0X15"),
			at + "number 0X15 is hexadecimal (21): write it in plain decimals"},
		{"octal, YAML 1.2 style", one("2024.yaml", "value: 21", "value: 0o25"),
			at + "number 0o25 is octal (21): write it in plain decimals"},
		{"binary", one("2024.yaml", "value: 21", "value: 0b10101"),
			at + "number 0b10101 is binary (21): write it in plain decimals"},
		{"underscore", one("2024.yaml", "value: 21", "value: 1_21"),
			at + "number 1_21 has an underscore, and is read as 121: write it without"},
		{"underscore in a fraction", one("2024.yaml", "value: 15.8", "value: 15.8_1"),
			"testdata/ok/2024.yaml:14:12: figures[2].value: number 15.8_1 has an underscore, and is read as 15.81: write it without"},
		{"sexagesimal", one("2024.yaml", "value: 21", "value: 1:20"),
			at + "1:20 is the base-60 number 80 in YAML 1.1 and text in YAML 1.2: write the number in plain decimals"},
		{"sexagesimal months", one("2024.yaml", "months: 11", "months: 0:11"),
			"testdata/ok/2024.yaml:15:13: figures[2].months: 0:11 is the base-60 number 11 in YAML 1.1 and text in YAML 1.2: write the number in plain decimals"},
		{"a YAML 1.1 boolean for a number", one("2024.yaml", "value: 21", "value: yes"),
			at + "yes is true in YAML 1.1 and text in YAML 1.2: want a number"},
		{"a YAML 1.1 boolean for a boolean", one("metrics.yaml", "group: activity\n    key: true", "group: activity\n    key: off"),
			"testdata/ok/metrics.yaml:5:10: metrics[0].key: off is false in YAML 1.1 and text in YAML 1.2: write false"},
		{"the Norway problem", one("dataset.yaml", "code: VN", "code: NO"),
			`testdata/ok/dataset.yaml:3:9: country.code: NO is false in YAML 1.1 and text in YAML 1.2: quote it ("NO") to keep it text`},
		{"a YAML 1.1 boolean as a language", one("sources.yaml", "language: vi", "language: on"),
			`testdata/ok/sources.yaml:7:15: sources[0].language: on is true in YAML 1.1 and text in YAML 1.2: quote it ("on") to keep it text`},
	})
}

// TestLoadAcceptsPlainNumbers: every way of writing a number that means
// what it looks like loads, to the value it looks like; and a quoted
// YAML 1.1 boolean is text.
func TestLoadAcceptsPlainNumbers(t *testing.T) {
	for _, tc := range []struct {
		written string
		want    float64
	}{{"0", 0}, {"+21", 21}, {"21.0", 21}, {"0.5", 0.5}, {".5", 0.5}, {"5.", 5}, {"2.1e1", 21}, {"21E0", 21}, {"-0", 0}} {
		t.Run(tc.written, func(t *testing.T) {
			fsys := fixture(t)
			change{"2024.yaml", "value: 15.8", "value: " + tc.written}.apply(t, fsys)
			if got := mustLoad(t, fsys).Years[1].Figures[2].Value; got != tc.want {
				t.Errorf("value: %s: got %v, want %v", tc.written, got, tc.want)
			}
		})
	}
	fsys := fixture(t)
	change{"sources.yaml", "title: 越南外交回顾", `title: "no"`}.apply(t, fsys)
	if got := mustLoad(t, fsys).Sources[1].Title; got != "no" {
		t.Errorf(`title: "no": got %q, want the text "no"`, got)
	}
}
