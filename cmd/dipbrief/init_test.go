package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestInitWritesAnEditableCopy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mydata")
	if res := runCmd(t, nil, "init", dir); res.code != 0 || res.stderr != "" {
		t.Fatalf("init: %+v", res)
	}
	for _, name := range []string{"dataset.yaml", "metrics.yaml", "sources.yaml", "2024.yaml", "README.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("init did not write %s: %v", name, err)
		}
	}
	if res := runCmd(t, nil, "validate", "--data", dir); res.code != 0 {
		t.Errorf("validate on the copy: %+v", res)
	}
	out := t.TempDir()
	if res := runCmd(t, nil, "generate", "--data", dir, "--out", out); res.code != 0 {
		t.Errorf("generate from the copy: %+v", res)
	}
}

func TestInitNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "notes.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	res := runCmd(t, nil, "init", dir)
	if res.code != exitCantCreate {
		t.Errorf("init on an existing folder: exit %d, want %d", res.code, exitCantCreate)
	}
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("init changed an existing folder: it holds %v", got)
	}
	if res := runCmd(t, nil, "init"); res.code != exitUsage {
		t.Errorf("init without DIR: exit %d, want %d", res.code, exitUsage)
	}
	parentMissing := filepath.Join(t.TempDir(), "no", "such", "dir")
	if res := runCmd(t, nil, "init", parentMissing); res.code != exitCantCreate {
		t.Errorf("init under a missing folder: exit %d, want %d (%s)", res.code, exitCantCreate, res.stderr)
	}
}
