package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWhatValidateAcceptsGenerateBriefs: data at the ends of the years the
// format allows, 1900 and 2100, briefs; data spanning more years than a
// trend chart holds is refused by validate itself, at the year file, and
// generate says the same and writes nothing.
func TestWhatValidateAcceptsGenerateBriefs(t *testing.T) {
	tests := []struct {
		years []int
		want  string // validate's complaint after the data folder; "" for none
	}{
		{[]int{1900, 1999}, ""},
		{[]int{2001, 2100}, ""},
		{[]int{1900, 2100}, "2100.yaml:1:7: year: years 1900 to 2100 are 201 years: the trend charts hold at most 100"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.years), func(t *testing.T) {
			dir := withYears(t, tc.years...)
			v := runCmd(t, nil, "validate", "--data", dir)
			if tc.want != "" {
				want := "dipbrief: the dataset has 1 problem:\n" + filepath.Join(dir, tc.want) + "\n"
				if v.code != exitDataErr || v.stderr != want {
					t.Errorf("validate: exit %d, stderr %q; want 65 and %q", v.code, v.stderr, want)
				}
				refused(t, dir, exitDataErr, want)
				return
			}
			if v.code != 0 || v.stderr != "" {
				t.Fatalf("validate: exit %d, stderr %q; want 0 and nothing", v.code, v.stderr)
			}
			out := t.TempDir()
			if res := runCmd(t, nil, "generate", "--data", dir, "--year", "all", "--out", out); res.code != 0 || res.stderr != "" {
				t.Fatalf("generate --year all: exit %d, stderr %q; want 0 and nothing", res.code, res.stderr)
			}
			var want []string
			for _, y := range tc.years {
				want = append(want, fmt.Sprintf("dipbrief-VN-%d-vi.pdf", y))
			}
			if got := files(t, out); !slices.Equal(got, want) {
				t.Errorf("generate --year all wrote %v, want %v", got, want)
			}
		})
	}
}

// withYears is a copy of the embedded dataset whose only year files are
// the years given, each with one cited figure.
func withYears(t *testing.T, years ...int) string {
	t.Helper()
	dir := copyEmbedded(t)
	for _, name := range files(t, dir) {
		if isYearName(name) {
			os.Remove(filepath.Join(dir, name))
		}
	}
	for _, y := range years {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.yaml", y)), fmt.Sprintf(`year: %d
figures:
  - metric: visits_abroad
    value: 24
    cite:
      - source: vtcnews-2026-01-03
        evidence: "24 chuyến công tác nước ngoài của lãnh đạo cấp cao"
`, y))
	}
	return dir
}

func isYearName(name string) bool {
	var y int
	n, _ := fmt.Sscanf(name, "%4d.yaml", &y)
	return n == 1 && len(name) == len("2024.yaml")
}
