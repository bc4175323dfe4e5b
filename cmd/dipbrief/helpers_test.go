package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/internal/readertest"
)

// result is what a command run left: exit status and streams.
type result struct {
	code           int
	stdout, stderr string
}

// runCmd runs dipbrief in-process with a fixed clock and environment.
func runCmd(t *testing.T, environ map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdout: &out, stderr: &errb,
		getenv: func(k string) string { return environ[k] },
		now:    func() time.Time { return time.Date(2025, 1, 15, 6, 0, 0, 0, time.UTC) },
	}
	code := run(args, e)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// tool finds a PDF reader (see readertest.Path).
func tool(t *testing.T, name string) string { return readertest.Path(t, name) }

// output runs a reader and returns what it printed, failing on a non-zero exit.
func output(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out) + stderr.String()
}

// copyEmbedded writes the embedded dataset to a folder a test may break.
func copyEmbedded(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(data.Embedded(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.Embedded(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// files lists the names in dir, to check a failed run wrote nothing.
func files(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// linkAnnotations lists the PDF's link annotations as qpdf reads them,
// wherever they sit (inline in a page's /Annots or as objects of their own).
func linkAnnotations(t *testing.T, path string) []map[string]any {
	t.Helper()
	var doc struct {
		Objects map[string]any `json:"objects"`
	}
	if err := json.Unmarshal([]byte(output(t, "qpdf", "--json=1", "--json-key=objects", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var links []map[string]any
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if x["/Subtype"] == "/Link" {
				links = append(links, x)
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(doc.Objects)
	return links
}
