package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// breakFile rewrites one file of a copied dataset.
func breakFile(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, name)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q to break", name, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBadDataGetsItsFileLineAndExit65(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 string // a substring of stderr: file:line:col: path: message
	}{
		{"unknown source", "2024.yaml", "source: phapluat-2025-01-30", "source: tgvn-2099", "2024.yaml:11:17: figures[0].cite[0].source: unknown source \"tgvn-2099\""},
		{"unknown metric", "2024.yaml", "metric: foreign_activities", "metric: foreign_activity", "2024.yaml:22:13: figures[2].metric: unknown metric \"foreign_activity\""},
		{"impossible date", "2024.yaml", `date: "2024-03-07"`, `date: "2024-13-07"`, `2024.yaml:269:11: events[0].date: date "2024-13-07" has no month 13`},
		{"negative count", "2024.yaml", "value: 59", "value: -59", "2024.yaml:23:12: figures[2].value: negative value -59; only percentages may be negative"},
		{"unknown field", "2024.yaml", "metric: foreign_activities", "metric: foreign_activities\n    colour: red", "2024.yaml:23:5: figures[2].colour: unknown field \"colour\""},
		{"a number as text", "2024.yaml", "value: 59", "value: fifty-nine", "2024.yaml:23:12: figures[2].value: want a number, got the text \"fifty-nine\""},
		{"year disagrees with file name", "2024.yaml", "year: 2024", "year: 2025", "2024.yaml:6:7: year: year 2025 does not match the file name 2024.yaml"},
		{"label missing a language", "metrics.yaml", "      en: Visits abroad by top leaders\n", "", "metrics.yaml:16:7: metrics[0].label.en: missing"},
		{"emoji no font has", "2024.yaml", "Việt Nam và Australia nâng", "Việt Nam 😀 và Australia nâng", `2024.yaml:277:11: events[0].summary.vi: no font can draw '😀' (U+1F600)`},
		{"right-to-left text", "metrics.yaml", "Visits abroad by top leaders", "زيارات", `metrics.yaml:17:11: metrics[0].label.en: no font can draw 'ز' (U+0632)`},
		{"malformed YAML", "2023.yaml", "figures:", "figures: [", "2023.yaml:7: invalid YAML: did not find expected node content"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyEmbedded(t)
			breakFile(t, dir, tc.file, tc.old, tc.new)
			out := t.TempDir()
			res := runCmd(t, nil, "generate", "--data", dir, "--out", out)
			if res.code != exitDataErr {
				t.Errorf("exit %d, want %d (stderr %q)", res.code, exitDataErr, res.stderr)
			}
			if !strings.Contains(res.stderr, filepath.Join(dir, tc.want)) {
				t.Errorf("stderr %q does not name %q", res.stderr, tc.want)
			}
			if got := files(t, out); len(got) != 0 {
				t.Errorf("a failed run left %v in the output folder", got)
			}
			if v := runCmd(t, nil, "validate", "--data", dir); v.code != exitDataErr || v.stderr != res.stderr {
				t.Errorf("validate: exit %d, stderr %q; want 65 and the same report as generate", v.code, v.stderr)
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocked, nil, 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"generate", "--colour"}, exitUsage, "unknown flag: --colour"},
		{"bad year", []string{"generate", "--year", "soon"}, exitUsage, `--year "soon"`},
		{"unknown command", []string{"brief"}, exitUsage, "unknown command"},
		{"unknown language", []string{"generate", "--lang", "fr", "--out", t.TempDir()}, exitUsage, `"fr"`},
		{"missing data folder", []string{"generate", "--data", "/nonexistent/vn"}, exitNoInput, "/nonexistent/vn"},
		{"year not in the data", []string{"generate", "--year", "2031", "--out", t.TempDir()}, exitNoInput, "2031"},
		{"output folder missing", []string{"generate", "--out", "/nonexistent/dir/x.pdf"}, exitCantCreate, "/nonexistent/dir/x.pdf"},
		{"output under a file", []string{"generate", "--out", filepath.Join(blocked, "x.pdf")}, exitCantCreate, "x.pdf"},
		{"valid embedded data", []string{"validate"}, exitOK, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runCmd(t, nil, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", res.code, tc.code, res.stderr)
			}
			if tc.want == "" && res.stderr != "" || !strings.Contains(res.stderr, tc.want) {
				t.Errorf("stderr %q, want it to mention %q", res.stderr, tc.want)
			}
			if tc.code != exitOK && strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("stderr %q is not one line", res.stderr)
			}
		})
	}
}

func TestFailedRunKeepsTheOldFile(t *testing.T) {
	dir := copyEmbedded(t)
	out := filepath.Join(t.TempDir(), "brief.pdf")
	if res := runCmd(t, nil, "generate", "--data", dir, "--out", out); res.code != 0 {
		t.Fatalf("generate: %+v", res)
	}
	before, _ := os.ReadFile(out)
	breakFile(t, dir, "2024.yaml", "value: 59", "value: -59")
	if res := runCmd(t, nil, "generate", "--data", dir, "--out", out); res.code != exitDataErr {
		t.Fatalf("generate on broken data: exit %d, want 65", res.code)
	}
	after, _ := os.ReadFile(out)
	if string(before) != string(after) {
		t.Error("a failed run changed the existing output file")
	}
	if got := files(t, filepath.Dir(out)); len(got) != 1 {
		t.Errorf("the output folder holds %v, want only brief.pdf", got)
	}
}

func TestFullDiskIsExit73(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("/dev/full is not available on this system")
	}
	if err := writeFileAtomic("/dev/full", []byte("x")); err == nil {
		t.Fatal("writing to /dev/full succeeded")
	} else if code := exitStatus(&strings.Builder{}, err); code != exitCantCreate {
		t.Errorf("exit %d, want %d for %v", code, exitCantCreate, err)
	}
}

func TestValidateSources(t *testing.T) {
	articles := "../../../shared/sources"
	if _, err := os.Stat(articles); err != nil {
		t.Skip("../shared/sources not found: the evidence check needs the source articles beside the repository")
	}
	res := runCmd(t, nil, "validate", "--sources", articles)
	if res.code != 0 || res.stderr != "" || !regexp.MustCompile(`^\d+ cited sources have no text in `).MatchString(res.stdout) {
		t.Fatalf("validate --sources on the embedded data: %+v, want exit 0, no problems, and a count of sources without text", res)
	}
	dir := copyEmbedded(t)
	breakFile(t, dir, "2024.yaml", `evidence: "21 chuyến thăm tới các nước"`, `evidence: "12 chuyến thăm tới các nước"`)
	res = runCmd(t, nil, "validate", "--data", dir, "--sources", articles)
	want := filepath.Join(dir, "2024.yaml") + ":12:19: figures[0].cite[0].evidence:"
	if res.code != exitDataErr || !strings.Contains(res.stderr, want) {
		t.Errorf("a broken snippet: exit %d, stderr %q; want 65 and %q", res.code, res.stderr, want)
	}
	empty := t.TempDir()
	res = runCmd(t, nil, "validate", "--sources", empty)
	if n := len(embedded(t).Sources); res.code != 0 || !strings.Contains(res.stdout, fmt.Sprintf("%d cited sources have no text in %s", n, empty)) {
		t.Errorf("sources without text: exit %d, stdout %q; want 0 and a count", res.code, res.stdout)
	}
}
