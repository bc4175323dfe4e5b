package report

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden layout dumps in testdata/")

// TestLayoutGolden pins the layout of the 2023 and 2025 editions in every
// language as a text dump, one placed item a line, so that every change to
// a page shows in review; run with -update after a change made on purpose.
func TestLayoutGolden(t *testing.T) {
	for _, year := range []int{2023, 2025} {
		_, b := editionBrief(t, year)
		for _, lang := range Languages() {
			t.Run(fmt.Sprintf("%d-%s", year, lang), func(t *testing.T) {
				pages, _ := layoutIn(t, b, lang)
				got := Dump(pages)
				path := filepath.Join("testdata", fmt.Sprintf("layout-%d-%s.golden", year, lang))
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./report -run TestLayoutGolden -update to write it)", err)
				}
				if got != string(want) {
					t.Errorf("the layout differs from %s (-update rewrites it after a change made on purpose):\n%s", path, firstDifference(string(want), got))
				}
			})
		}
	}
}

// firstDifference shows the first line where two dumps part, with its
// neighbours, rather than two files of thousands of lines.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, w, g)
		}
	}
	return "(same lines)"
}
