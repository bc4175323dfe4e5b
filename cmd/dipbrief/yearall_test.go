package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestEveryYearAndLanguageInOneRun makes every edition of every year at
// once (in parallel), and checks each equals the file a run for just that
// year and language makes.
func TestEveryYearAndLanguageInOneRun(t *testing.T) {
	ds := embedded(t)
	dir := t.TempDir()
	if res := runCmd(t, nil, "generate", "--year", "all", "--lang", "all", "--out", dir); res.code != 0 || res.stderr != "" {
		t.Fatalf("generate --year all --lang all: %+v", res)
	}
	if got, want := len(files(t, dir)), len(ds.Years)*3; got != want {
		t.Fatalf("wrote %d files, want %d (every year in vi, en and zh)", got, want)
	}
	for _, y := range []int{ds.Years[0].Year, ds.Latest()} {
		for _, lang := range []string{"vi", "zh"} {
			one := t.TempDir()
			if res := runCmd(t, nil, "generate", "--year", fmt.Sprint(y), "--lang", lang, "--out", one); res.code != 0 {
				t.Fatalf("generate --year %d --lang %s: %+v", y, lang, res)
			}
			name := fmt.Sprintf("dipbrief-VN-%d-%s.pdf", y, lang)
			a, _ := os.ReadFile(filepath.Join(dir, name))
			b, _ := os.ReadFile(filepath.Join(one, name))
			if len(a) == 0 || !bytes.Equal(a, b) {
				t.Errorf("%s from --year all differs from a run for that edition alone", name)
			}
		}
	}
	if res := runCmd(t, nil, "generate", "--year", "all", "--out", filepath.Join(dir, "one.pdf")); res.code != exitUsage {
		t.Errorf("--year all with a file --out: exit %d, want %d", res.code, exitUsage)
	}
}
