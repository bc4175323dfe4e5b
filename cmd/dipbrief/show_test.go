package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
)

func TestShowCSVRoundTrips(t *testing.T) {
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"vi", "en", "zh"} {
		res := runCmd(t, nil, "show", "--format", "csv", "--lang", lang)
		if res.code != 0 || res.stderr != "" {
			t.Fatalf("show --format csv --lang %s: %+v", lang, res)
		}
		rows, err := csv.NewReader(strings.NewReader(res.stdout)).ReadAll()
		if err != nil {
			t.Fatalf("%s: the CSV does not parse: %v", lang, err)
		}
		if !slices.Equal(rows[0], edition.CSVHeader) {
			t.Errorf("%s: header %v, want %v", lang, rows[0], edition.CSVHeader)
		}
		y, _ := ds.Year(ds.Latest())
		if len(rows)-1 != len(y.Figures) {
			t.Errorf("%s: %d rows, want one per figure of %d (%d)", lang, len(rows)-1, y.Year, len(y.Figures))
		}
		for _, row := range rows[1:] {
			f, ok := ds.Figure(y.Year, row[2])
			if !ok {
				t.Errorf("%s: row for unknown metric %q", lang, row[2])
				continue
			}
			if v, err := strconv.ParseFloat(row[5], 64); err != nil || v != f.Value {
				t.Errorf("%s %s: value %q, want %v", lang, row[2], row[5], f.Value)
			}
			col := row[slices.Index(edition.CSVHeader, "sources")]
			for _, id := range strings.Split(col, ";") {
				if _, ok := ds.Source(id); !ok && col != "" {
					t.Errorf("%s %s: unknown source id %q", lang, row[2], id)
				}
			}
		}
	}
}

func TestShowFormats(t *testing.T) {
	res := runCmd(t, nil, "show", "--format", "json", "--lang", "en")
	var s edition.Summary
	if err := json.Unmarshal([]byte(res.stdout), &s); err != nil || res.code != 0 {
		t.Fatalf("show --format json: exit %d, %v", res.code, err)
	}
	if s.Year != embedded(t).Latest() || s.Lang != "en" || len(s.Figures) == 0 || len(s.Sources) == 0 {
		t.Fatalf("JSON summary of %d in %s has %d figures and %d sources; want the newest year, en, and both", s.Year, s.Lang, len(s.Figures), len(s.Sources))
	}
	text := runCmd(t, nil, "show", "--format", "text", "--lang", "en")
	md := runCmd(t, nil, "show", "--format", "markdown", "--lang", "en")
	for _, f := range s.Figures {
		change := f.NoChange
		if f.Change != nil {
			change = f.Change.Display
		}
		var marks strings.Builder
		for _, n := range f.Sources {
			fmt.Fprintf(&marks, "[%d]", n)
		}
		row := fmt.Sprintf("| %s | %s | %s | %s |", f.Label, f.Display, change, marks.String())
		if !strings.Contains(md.stdout, row) {
			t.Errorf("show --format markdown lacks the row %q", row)
		}
		if !strings.Contains(text.stdout, f.Label) || !strings.Contains(text.stdout, f.Display) {
			t.Errorf("show --format text lacks %q or %q", f.Label, f.Display)
		}
	}
	if res := runCmd(t, nil, "show", "--format", "xml"); res.code != exitUsage {
		t.Errorf("show --format xml: exit %d, want %d", res.code, exitUsage)
	}
}
