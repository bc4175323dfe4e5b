package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report"
)

// TestChartsCommand writes every chart of 2024 in every language as SVG
// and as PNG: one file per chart, named after it, the SVG well-formed
// with the chart's series names, year labels and footer as text and a
// desc that states its data, the PNG readable.
func TestChartsCommand(t *testing.T) {
	ds := embedded(t)
	brief, err := ds.BriefFor(2024)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"svg", "png"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			res := runCmd(t, nil, "charts", "--year", "2024", "--lang", "all", "--format", format, "--out", dir)
			if res.code != 0 || res.stderr != "" {
				t.Fatalf("charts: %+v", res)
			}
			var want []string
			for _, lang := range []string{"en", "vi", "zh"} {
				e, err := edition.New(brief, lang)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range e.Trends.Charts { // those with three years of figures
					want = append(want, "dipbrief-VN-2024-"+lang+"-"+c.ID+"."+format)
				}
			}
			slices.Sort(want)
			if got := files(t, dir); !slices.Equal(got, want) {
				t.Fatalf("wrote %v, want %v", got, want)
			}
			for _, lang := range []string{"vi", "en", "zh"} {
				e, err := edition.New(brief, lang)
				if err != nil {
					t.Fatal(err)
				}
				cs, err := report.Charts(e)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range cs {
					b, _ := os.ReadFile(filepath.Join(dir, "dipbrief-VN-2024-"+lang+"-"+c.ID+"."+format))
					if format == "svg" {
						checkSVGLabels(t, b, c)
					} else if _, err := png.Decode(bytes.NewReader(b)); err != nil {
						t.Errorf("%s %s: image/png cannot read it: %v", lang, c.ID, err)
					}
				}
			}
		})
	}
}

// checkSVGLabels parses the SVG with encoding/xml and finds every label of
// the chart's drawing among its texts, and the title.
func checkSVGLabels(t *testing.T, b []byte, c report.Chart) {
	t.Helper()
	var doc struct {
		Title string   `xml:"title"`
		Desc  string   `xml:"desc"`
		Texts []string `xml:"text"`
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("%s: not XML: %v", c.ID, err)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if cd, ok := tok.(xml.CharData); !ok || len(bytes.TrimSpace(cd)) > 0 {
			t.Errorf("%s: %v after the svg element", c.ID, tok)
			break
		}
	}
	if doc.Title != c.Title {
		t.Errorf("%s: title %q, want %q", c.ID, doc.Title, c.Title)
	}
	if doc.Desc == "" || doc.Desc != c.Alt || !strings.Contains(doc.Desc, "2024") {
		t.Errorf("%s: desc %q, want the chart's text alternative, with its data", c.ID, doc.Desc)
	}
	var want []string
	for _, op := range c.Drawing.Ops {
		if tx, ok := op.(charts.Text); ok {
			want = append(want, tx.Text)
		}
	}
	if !slices.Equal(doc.Texts, want) {
		t.Errorf("%s: texts %q, want %q", c.ID, doc.Texts, want)
	}
	if len(want) == 0 || !strings.Contains(strings.Join(doc.Texts, " "), "2024") {
		t.Errorf("%s: no year label among %q", c.ID, doc.Texts)
	}
}

func TestChartsFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no --format", []string{"charts", "--out", t.TempDir()}, exitUsage, "--format"},
		{"--format gif", []string{"charts", "--format", "gif", "--out", t.TempDir()}, exitUsage, `"gif"`},
		{"--out missing", []string{"charts", "--format", "svg", "--out", "/nonexistent/dir"}, exitCantCreate, "/nonexistent/dir"},
		{"--out a file", []string{"charts", "--format", "svg", "--out", file}, exitCantCreate, file},
		{"--lang fr", []string{"charts", "--format", "svg", "--lang", "fr", "--out", t.TempDir()}, exitUsage, `"fr"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkOneLine(t, runCmd(t, nil, tc.args...), tc.code, []string{tc.want})
		})
	}
}
