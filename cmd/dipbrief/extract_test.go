package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestExtractFlags checks that the flags fill the options, without running.
func TestExtractFlags(t *testing.T) {
	var got *extractOptions
	root := newRootCmd(newEnv())
	root.RemoveCommand(root.Commands()...)
	root.AddCommand(newExtractCmd(newEnv(), func(o *extractOptions) error { got = o; return nil }))
	root.SetArgs([]string{"extract", "--data", "d", "--lang", "zh", "--date", "2024-01-02", "--year", "2023",
		"--source-id", "vna-zh", "--format", "json", "a.txt"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	want := &extractOptions{Data: "d", Lang: "zh", Date: "2024-01-02", Year: 2023, SourceID: "vna-zh", Format: "json", Files: []string{"a.txt"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("options: got %+v, want %+v", got, want)
	}
}

// article writes a plain-text article written for the test into dir.
func article(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestExtractPasteValidate is the analyst's round: extract on an article,
// paste the source into sources.yaml and the figures into a new year's file
// as they are written (each without its year: line), and `validate
// --sources` accepts the evidence.
func TestExtractPasteValidate(t *testing.T) {
	texts := t.TempDir()
	path := article(t, texts, "review-2026.txt", "Tổng kết đối ngoại năm 2026\n\n"+
		"Trong năm 2026, lãnh đạo chủ chốt đã thực hiện 23 chuyến thăm nước ngoài và đón 30 đoàn lãnh đạo cấp cao.\n"+
		"Việt Nam hiện có quan hệ ngoại giao với 196 quốc gia. Kỷ niệm 80 năm ngày thành lập ngành ngoại giao.\n")
	res := runCmd(t, nil, "extract", "--date", "2027-01-05", path)
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("extract: %+v, want exit 0 and a quiet stderr", res)
	}
	source, figures, ok := strings.Cut(res.stdout, "figures:\n")
	if !ok || strings.Count(figures, "  - year: 2026\n") != 3 {
		t.Fatalf("want three figures of 2026, got:\n%s", res.stdout)
	}
	for _, metric := range []string{"visits_abroad", "visits_inbound", "diplomatic_relations"} {
		if !strings.Contains(figures, "metric: "+metric+"\n") {
			t.Errorf("no %s proposed:\n%s", metric, figures)
		}
	}
	_, entry, _ := strings.Cut(source, "source:\n")
	// A plain text does not say who published it or under what title: the
	// analyst fills them in, where the output asks.
	entry = strings.Replace(entry, `publisher: ""`, `publisher: "Báo Thử nghiệm"`, 1)
	entry = strings.Replace(entry, `title: ""`, `title: "Tổng kết đối ngoại năm 2026"`, 1)
	entry = "  -" + strings.TrimPrefix(strings.ReplaceAll(entry, "\n  ", "\n    "), " ")
	dir := copyEmbedded(t)
	appendFile(t, filepath.Join(dir, "sources.yaml"), entry)
	year := "year: 2026\nfigures:\n" + strings.ReplaceAll(figures, "  - year: 2026\n    ", "  - ")
	appendFile(t, filepath.Join(dir, "2026.yaml"), year)
	// The edition date moves to the newest source cited, as the README's
	// "To add a year" says, or validate warns that it is stale.
	info, err := os.ReadFile(filepath.Join(dir, "dataset.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(info), `as_of: "2026-01-12"`, `as_of: "2027-01-05"`, 1)
	if err := os.WriteFile(filepath.Join(dir, "dataset.yaml"), []byte(moved), 0o644); err != nil || moved == string(info) {
		t.Fatalf("moving as_of: %v", err)
	}
	if res := runCmd(t, nil, "validate", "--data", dir, "--sources", texts); res.code != 0 || res.stderr != "" {
		t.Errorf("validate --sources after the paste: %+v, want the evidence accepted\n%s%s", res, entry, year)
	}
}

// appendFile adds text to the end of a file, or makes it.
func appendFile(t *testing.T, file, text string) {
	t.Helper()
	f, err := os.OpenFile(file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		_, err = f.WriteString(text)
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestExtractStatuses checks the exit status and the one line on stderr of
// each way extract can end.
func TestExtractStatuses(t *testing.T) {
	dir := t.TempDir()
	nothing := article(t, dir, "nothing.txt", "A quiet year: the ministry moved to a new building.\n")
	vi := article(t, dir, "vi.txt", "Việt Nam có quan hệ ngoại giao với 194 quốc gia.\n")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of it; "" for none at all
	}{
		{"nothing found", []string{"--date", "2025-01-02", nothing}, 0, "nothing.txt: no figure found"},
		{"no date", []string{vi}, exitUsage, "give --date YYYY-MM-DD"},
		{"bad date", []string{"--date", "2025-13-01", vi}, exitUsage, "--date"},
		{"bad language", []string{"--lang", "fr", "--date", "2025-01-02", vi}, exitUsage, `--lang "fr"`},
		{"bad format", []string{"--format", "xml", "--date", "2025-01-02", vi}, exitUsage, `--format "xml"`},
		{"one id, two files", []string{"--source-id", "x", "--date", "2025-01-02", vi, nothing}, exitUsage, "--source-id"},
		{"missing file", []string{"--date", "2025-01-02", filepath.Join(dir, "gone.txt")}, exitNoInput, "gone.txt: no such file"},
		{"no file", nil, exitUsage, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, nil, append([]string{"extract"}, tt.args...)...)
			lines := strings.Count(res.stderr, "\n")
			if res.code != tt.code || !strings.Contains(res.stderr, tt.stderr) || lines != 1 {
				t.Errorf("got exit %d, stderr %q; want exit %d and one line holding %q", res.code, res.stderr, tt.code, tt.stderr)
			}
		})
	}
}

// TestExtractJSON gives the same as the YAML, as JSON, with the sentence
// and the confidence as fields.
func TestExtractJSON(t *testing.T) {
	p := article(t, t.TempDir(), "zh.txt", "2023年，越南已与193个国家建立外交关系。\n")
	res := runCmd(t, nil, "extract", "--format", "json", "--date", "2024-01-02", "--source-id", "vna", p)
	var out []struct {
		Source struct {
			ID, Language, Date, File string
		}
		Figures []struct {
			Year       int
			Metric     string
			Value      float64
			AsOf       string `json:"as_of"`
			Sentence   string
			Confidence float64
			Cite       []struct{ Source, Evidence string }
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil || res.code != 0 {
		t.Fatalf("extract --format json: %v, %+v", err, res)
	}
	if len(out) != 1 || len(out[0].Figures) != 1 {
		t.Fatalf("got %+v, want one article with one figure", out)
	}
	s, f := out[0].Source, out[0].Figures[0]
	if s.ID != "vna" || s.Language != "zh" || s.Date != "2024-01-02" || s.File != "zh.txt" ||
		f.Year != 2023 || f.Metric != "diplomatic_relations" || f.Value != 193 || f.AsOf != "2024-01-02" ||
		f.Cite[0].Evidence != "与193个国家建立外交关系" || f.Sentence == "" || f.Confidence <= 0 {
		t.Errorf("got source %+v, figure %+v", s, f)
	}
}
