package data

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/report/text"
	"github.com/rivo/uniseg"
	"golang.org/x/text/encoding/unicode"
)

// TestLoadHostileInput extends TestLoadDecodeErrors and
// TestLoadValidationErrors with what arrives by copy and paste from web
// pages and word processors, and with values no source could give: each
// must give one line naming the file, the line and column, and the field.
func TestLoadHostileInput(t *testing.T) {
	oneMB := strings.Repeat("x", 1<<20)
	runBadCases(t, []badCase{
		// Impossible dates and years out of range.
		{"month 13 in a full date", one("2024.yaml", "date: 2024-03", "date: 2024-13-01"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date "2024-13-01" has no month 13`},
		{"day 0", one("2024.yaml", "date: 2024-03", "date: 2024-03-00"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date "2024-03-00" does not exist: 2024-03 has 31 days`},
		{"29 February in a common year", one("2024.yaml", "date: 2024-03", "date: 2023-02-29"),
			`testdata/ok/2024.yaml:20:11: events[0].date: date "2023-02-29" does not exist: 2023-02 has 28 days`},
		{"year after 2100", one("2101.yaml", "", "year: 2101\n"),
			`testdata/ok/2101.yaml:1:7: year: year 2101 is outside 1900-2100`},
		{"year too large for a number", one("2024.yaml", "year: 2024", "year: 99999999999999999999"),
			`testdata/ok/2024.yaml:1:7: year: want a whole number, got the number 99999999999999999999`},

		// Numbers no source gives.
		{"value beyond any float", one("2024.yaml", "value: 15.8", "value: 1e400"),
			`testdata/ok/2024.yaml:14:12: figures[2].value: want a number, got the text "1e400"`},
		{"absurd negative percentage", one("2024.yaml", "value: -1.5", "value: -2e9"),
			`testdata/ok/2024.yaml:9:12: figures[1].value: value -2e+09 is absurd (over 1e9)`},
		{"thousands separator", one("2024.yaml", "value: 21", "value: 1,234"),
			`testdata/ok/2024.yaml:4:12: figures[0].value: want a number, got the text "1,234"`},
		{"infinity", one("2024.yaml", "value: 21", "value: .inf"),
			`testdata/ok/2024.yaml:4:12: figures[0].value: +Inf is not a finite number`},

		// Huge and invisible text.
		{"a 1 MB one-line string", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: "+oneMB),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: text is 1048576 bytes long; at most 10000`},
		{"a 1 MB note", one("2024.yaml", "    months: 11\n", "    months: 11\n    note:\n      vi: |\n"+
			strings.Repeat("        "+strings.Repeat("x", 99)+"\n", 10_000)+"      en: a\n      zh: b\n"),
			`testdata/ok/2024.yaml:17:11: figures[2].note.vi: text is 1000000 bytes long; at most 10000`},
		{"escape character", one("2024.yaml", "vi: Chuyến thăm cấp nhà nước.", `vi: "Chuyến thăm\e[31m cấp nhà nước."`),
			`testdata/ok/2024.yaml:23:11: events[0].summary.vi: control character U+001B in text`},
		{"NUL", one("2024.yaml", "evidence: 21 chuyến thăm", `evidence: "21\0 chuyến thăm"`),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: control character U+0000 in text`},
		{"next-line control", one("2024.yaml", "evidence: 21 chuyến thăm", `evidence: "21\N chuyến thăm"`),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: control character U+0085 in text`},
		{"C1 control in the file", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: 21\u0080 chuyến thăm"),
			`testdata/ok/2024.yaml:7:21: character U+0080 is not allowed in a YAML file`},
		{"DEL in the file", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: 21\x7f chuyến thăm"),
			`testdata/ok/2024.yaml:7:21: character U+007F is not allowed in a YAML file`},
		{"line separator in a one-line field", one("2024.yaml", "vi: Chuyến thăm cấp nhà nước.", `vi: "Chuyến thăm\Lcấp nhà nước."`),
			`testdata/ok/2024.yaml:23:11: events[0].summary.vi: line break in a one-line field (fold it with >- or join the lines)`},
		{"paragraph separator pasted", one("2024.yaml", "vi: Chuyến thăm cấp nhà nước.", "vi: \"Chuyến thăm\u2029cấp nhà nước.\""),
			`testdata/ok/2024.yaml:23:11: events[0].summary.vi: line break in a one-line field (fold it with >- or join the lines)`},
		{"right-to-left override", one("2024.yaml", "en: A state visit.", "en: A state \u202Etisiv."),
			`testdata/ok/2024.yaml:24:11: events[0].summary.en: bidirectional control character U+202E in text`},
		{"right-to-left mark", one("metrics.yaml", "en: Visits abroad", "en: Visits\u200F abroad"),
			`testdata/ok/metrics.yaml:8:11: metrics[0].label.en: bidirectional control character U+200F in text`},
		{"a mark with no letter", one("2024.yaml", "vi: Chuyến thăm cấp nhà nước.", "vi: \u0323Chuyến thăm cấp nhà nước."),
			`testdata/ok/2024.yaml:23:11: events[0].summary.vi: text starts with the combining mark U+0323, which has no letter to go on`},
		{"byte-order mark inside a file", one("2024.yaml", "events:", "\uFEFFevents:"),
			`testdata/ok/2024.yaml:19:1: character U+FEFF is not allowed in a YAML file`},
		{"a file saved as UTF-16", []change{{"2024.yaml", "", utf16(t, "year: 2024\n")}},
			`testdata/ok/2024.yaml:1:1: invalid UTF-8 byte 0xff: the file must be UTF-8`},

		// Text longer than the place the briefing prints it.
		{"a title too long for the cover", one("dataset.yaml", "zh: 外交简报", "zh: "+strings.Repeat("外交简报", 9)),
			`testdata/ok/dataset.yaml:11:7: title.zh: 72 columns long (a Chinese character counts two); at most 64 fit where it is printed`},
		{"a country name too long for the header", one("dataset.yaml", "en: Viet Nam", "en: "+strings.Repeat("The Socialist Republic ", 2)),
			`testdata/ok/dataset.yaml:6:9: country.name.en: 45 columns long (a Chinese character counts two); at most 40 fit where it is printed`},
		{"a label too long for a table row", one("metrics.yaml", "en: Visits abroad", "en: "+strings.Repeat("Visits abroad ", 15)),
			`testdata/ok/metrics.yaml:8:11: metrics[0].label.en: 209 columns long (a Chinese character counts two); at most 200 fit where it is printed`},
		{"a chart title too long for a chart", one("dataset.yaml", "zh: 访问", "zh: "+strings.Repeat("访问", 51)),
			`testdata/ok/dataset.yaml:25:11: charts[0].title.zh: 204 columns long (a Chinese character counts two); at most 200 fit where it is printed`},
		{"a summary longer than a page", one("2024.yaml", "en: A state visit.", "en: "+strings.Repeat("A state visit. ", 67)),
			`testdata/ok/2024.yaml:24:11: events[0].summary.en: 1004 columns long (a Chinese character counts two); at most 1000 fit where it is printed`},

		// Malformed YAML, wrong types, unknown fields.
		{"tab indentation", one("2024.yaml", "    value: 21", "\tvalue: 21"),
			`testdata/ok/2024.yaml:3: invalid YAML: found a tab character that violates indentation`},
		{"unclosed quote", one("2024.yaml", "evidence: 国事访问", `evidence: "国事访问`),
			`testdata/ok/2024.yaml:28: invalid YAML: found unexpected end of stream`},
		{"a number where a list is due", one("2024.yaml", "    cite:\n      - source: press-zh\n        evidence: 国事访问\n", "    cite: 5\n"),
			`testdata/ok/2024.yaml:26:11: events[0].cite: want a list, got the number 5`},
		{"a mapping where text is due", one("sources.yaml", "title: 越南外交回顾", "title: {zh: 越南外交回顾}"),
			`testdata/ok/sources.yaml:12:12: sources[1].title: want text, got a mapping`},
		{"a misspelled section", one("2024.yaml", "figures:", "figure:"),
			`testdata/ok/2024.yaml:2:1: figure: unknown field "figure"`},

		// Citations and links.
		{"evidence of spaces only", one("2024.yaml", "evidence: 21 chuyến thăm", `evidence: "   "`),
			`testdata/ok/2024.yaml:7:19: figures[0].cite[0].evidence: missing`},
		{"javascript: link", one("sources.yaml", "url: https://example.org/tong-ket", "url: javascript:alert(1)"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "javascript:alert(1)" is not an http or https address`},
		{"file: link", one("sources.yaml", "url: https://example.org/tong-ket", "url: file:///etc/passwd"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "file:///etc/passwd" is not an http or https address`},
		{"data: link", one("sources.yaml", "url: https://example.org/tong-ket", `url: "data:text/html,<b>x</b>"`),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "data:text/html,<b>x</b>" is not an http or https address`},
		{"mailto: link", one("sources.yaml", "url: https://example.org/tong-ket", "url: mailto:desk@example.org"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "mailto:desk@example.org" is not an http or https address`},
		{"link without a scheme", one("sources.yaml", "url: https://example.org/tong-ket", "url: //example.org/tong-ket"),
			`testdata/ok/sources.yaml:8:10: sources[0].url: "//example.org/tong-ket" is not an http or https address`},
	})
}

func utf16(t *testing.T, s string) string {
	t.Helper()
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLoadEmptyDataset gives Load five empty files: it must say what each
// one lacks, not fail on the first or report the absence of everything.
func TestLoadEmptyDataset(t *testing.T) {
	runBadCases(t, []badCase{{"every file empty", []change{
		{"dataset.yaml", "", ""}, {"metrics.yaml", "", ""}, {"sources.yaml", "", ""}, {"2023.yaml", "", ""}, {"2024.yaml", "", ""},
	}, `testdata/ok/2023.yaml:1:1: year: missing
testdata/ok/2024.yaml:1:1: year: missing
testdata/ok/dataset.yaml:1:1: as_of: missing: the edition date
testdata/ok/dataset.yaml:1:1: country.code: "" is not an ISO 3166-1 alpha-2 code (like VN)
testdata/ok/dataset.yaml:1:1: country.name: missing
testdata/ok/dataset.yaml:1:1: languages: missing: list the languages every text carries
testdata/ok/dataset.yaml:1:1: publisher: missing
testdata/ok/dataset.yaml:1:1: title: missing
testdata/ok/metrics.yaml:1:1: metrics: empty catalog: list at least one metric
testdata/ok/sources.yaml:1:1: sources: no sources: list at least one`}})
}

// TestBriefForAYearWithoutFigures: a year file may hold only events (a year
// under way), and the dataset is valid, but a briefing of that year would
// be an empty table; it is refused with the place to fix.
func TestBriefForAYearWithoutFigures(t *testing.T) {
	tests := []struct{ name, year, want string }{
		{"no figures field", "year: 2024\nevents: []\n",
			"testdata/ok/2024.yaml:1:1: figures: no figures for 2024: a briefing needs at least one"},
		{"an empty list", "year: 2024\nfigures: []\n",
			"testdata/ok/2024.yaml:2:10: figures: no figures for 2024: a briefing needs at least one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			change{"2024.yaml", "", tc.year}.apply(t, fsys)
			ds := mustLoad(t, fsys)
			_, err := ds.BriefFor(2024)
			var diags Diagnostics
			if !errors.As(err, &diags) || err.Error() != tc.want {
				t.Errorf("got %v, want Diagnostics %q", err, tc.want)
			}
			if _, err := ds.BriefFor(2023); err != nil {
				t.Errorf("the year before, with figures: %v", err)
			}
		})
	}
}

// TestLoadLineEnds loads the fixture with the line ends of every editor
// there has been: CRLF, a lone CR (classic Mac OS) and a mixture, each with
// and without a byte-order mark. All must give the same dataset, and no
// multi-line text may keep a carriage return.
func TestLoadLineEnds(t *testing.T) {
	ends := map[string]func([]byte) []byte{
		"CRLF": func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) },
		"CR":   func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) },
		"mixed": func(b []byte) []byte {
			lines := bytes.SplitAfter(b, []byte("\n"))
			for i := 0; i < len(lines); i += 2 {
				lines[i] = bytes.ReplaceAll(lines[i], []byte("\n"), []byte("\r\n"))
			}
			return bytes.Join(lines, nil)
		},
	}
	for name, convert := range ends {
		for _, bom := range []string{"", "\uFEFF"} {
			t.Run(name+map[string]string{"": "", "\uFEFF": " with BOM"}[bom], func(t *testing.T) {
				fsys := fixture(t)
				for _, f := range fsys {
					f.Data = append([]byte(bom), convert(f.Data)...)
				}
				got := mustLoad(t, fsys)
				if note := got.Years[0].Figures[4].Note.In("en"); strings.Contains(note, "\r") {
					t.Errorf("a note keeps a carriage return: %q", note)
				}
				assertSameData(t, got, mustLoad(t, fixture(t)))
			})
		}
	}
}

// TestLoadARunawayPasteQuickly: a string of 7.5 MB, a file just under
// MaxFileSize, is refused, and refused fast.
func TestLoadARunawayPasteQuickly(t *testing.T) {
	fsys := fixture(t)
	change{"2024.yaml", "evidence: 21 chuyến thăm", "evidence: " + strings.Repeat("chuyến thăm ", 1<<19)}.apply(t, fsys)
	start := time.Now()
	_, err := Load(fsys, fixtureDir)
	if err == nil || !strings.Contains(err.Error(), "at most 10000") {
		t.Errorf("got %v, want the text refused as too long", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("refusing a 7.5 MB string took %v", d)
	}
}

// TestCheckGlyphsNamesTheRuneAndTheField: right-to-left scripts, emoji and
// private characters have no glyph in the embedded fonts, and must be
// named with the field that holds them before a PDF shows a blank box.
// Evidence is never printed, so it may hold anything.
func TestCheckGlyphsNamesTheRuneAndTheField(t *testing.T) {
	tests := []struct {
		name    string
		changes []change
		want    string
	}{
		{"emoji in an event summary", one("2024.yaml", "en: A state visit.", "en: A state visit 🎉."),
			`testdata/ok/2024.yaml:24:11: events[0].summary.en: no font can draw '🎉' (U+1F389)`},
		{"emoji with a variation selector", one("2024.yaml", "en: A state visit.", "en: A state visit ©\uFE0F."),
			"testdata/ok/2024.yaml:24:11: events[0].summary.en: no font can draw '\uFE0F' (U+FE0F)"},
		{"Arabic in a label", one("metrics.yaml", "en: Visits abroad", "en: زيارات"),
			`testdata/ok/metrics.yaml:8:11: metrics[0].label.en: no font can draw 'ز' (U+0632)`},
		{"Hebrew in a source title", one("sources.yaml", "title: 越南外交回顾", "title: סקירה"),
			`testdata/ok/sources.yaml:12:12: sources[1].title: no font can draw 'ס' (U+05E1)`},
		{"a Chinese character with a Vietnamese mark", one("2024.yaml", "zh: 国事访问。", "zh: 国事访\u0323问。"),
			"testdata/ok/2024.yaml:25:11: events[0].summary.zh: no font can draw \"访\u0323\" (U+8BBF U+0323) as one character"},
		{"a private-use character", one("dataset.yaml", "en: Test team", "en: Test \uE000team"),
			`testdata/ok/dataset.yaml:14:7: publisher.en: no font can draw '\ue000' (U+E000)`},
		{"evidence is not printed", one("2024.yaml", "evidence: 21 chuyến thăm", "evidence: 21 chuyến thăm 😀"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			for _, c := range tc.changes {
				c.apply(t, fsys)
			}
			got := CheckGlyphs(mustLoad(t, fsys), text.Drawable)
			if tc.want == "" && len(got) > 0 || tc.want != "" && got.Error() != tc.want {
				t.Errorf("got\n%v\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestSinglesAgreesWithSegmentation checks the fast path of CheckGlyphs:
// where standsAlone says each rune of a text is its own grapheme cluster,
// UAX #29 segmentation must say so too.
func TestSinglesAgreesWithSegmentation(t *testing.T) {
	for _, s := range []string{
		"Đối ngoại Việt Nam 2024", "越南已与193个国家建立外交关系，其中", "a\r\nb", "e\u0301", "👍🏽", "🇻🇳",
		"한국", "ﾊﾞ", "黑\u0323", "x\u200dy", "㐀\U00020000", "tab\there", "ﬁ ß Ω",
	} {
		n := 0
		for state, rest := -1, s; len(rest) > 0; n++ {
			_, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		}
		singles := true
		for _, r := range s {
			singles = singles && standsAlone(r)
		}
		if singles && n != utf8.RuneCountInString(s) {
			t.Errorf("every rune of %q stands alone, but it has %d clusters for %d runes", s, n, utf8.RuneCountInString(s))
		}
	}
}
