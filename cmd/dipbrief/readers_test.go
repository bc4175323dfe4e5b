package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// The four readers every PDF the tests make must open without a word of
// complaint: qpdf checks the structure, poppler and MuPDF extract and
// render, Ghostscript interprets every page. Their names are those of the
// Debian packages poppler-utils, qpdf, mupdf-tools and ghostscript.
var readers = []struct {
	name string
	args func(pdf, dir string) []string
	ok   func(out string) bool // what the reader may print when all is well
}{
	{"qpdf", func(pdf, _ string) []string { return []string{"--check", pdf} }, qpdfSaysNothingWrong},
	{"pdftotext", func(pdf, _ string) []string { return []string{"-enc", "UTF-8", pdf, os.DevNull} }, silent},
	{"pdftoppm", func(pdf, dir string) []string { return []string{"-r", "24", "-png", pdf, filepath.Join(dir, "page")} }, silent},
	// -N: this MuPDF build has no colour management and says so on every
	// run; that is about the build, not the file.
	{"mutool", func(pdf, _ string) []string { return []string{"draw", "-q", "-N", "-o", os.DevNull, pdf} }, silent},
	// Ghostscript reports a damaged file on stdout and still exits 0.
	{"gs", func(pdf, _ string) []string {
		return []string{"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", pdf}
	}, silent},
}

func silent(out string) bool { return strings.TrimSpace(out) == "" }

// qpdfSaysNothingWrong accepts qpdf --check's report on a sound file and
// nothing else: a warning makes qpdf exit 3, but its lines are checked too.
func qpdfSaysNothingWrong(out string) bool {
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		switch {
		case strings.HasPrefix(line, "checking "), strings.HasPrefix(line, "PDF Version: "),
			line == "File is not encrypted", line == "File is not linearized",
			line == "No syntax or stream encoding errors found; the file may still contain",
			line == "errors that qpdf cannot detect":
		default:
			return false
		}
	}
	return strings.Contains(out, "No syntax or stream encoding errors found")
}

// checked remembers the PDFs (by content) that passed, so that helpers
// called by many tests read each distinct file once.
var checked sync.Map

// checkReaders opens the PDF at path with every reader and fails the test
// on an exit status other than 0, or on any error or warning they print,
// on stdout or stderr. pdftoppm must also render every page.
func checkReaders(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if _, ok := checked.Load(sum); ok {
		return
	}
	failed := false
	for _, r := range readers {
		dir := t.TempDir()
		cmd := exec.Command(tool(t, r.name), r.args(path, dir)...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil || !r.ok(out.String()) {
			t.Errorf("%s on %s: %v\n%s", r.name, filepath.Base(path), err, out.String())
			failed = true
		}
		if r.name == "pdftoppm" && !failed {
			if pngs, n := files(t, dir), pageCount(t, path); len(pngs) != n {
				t.Errorf("pdftoppm rendered %d pages of %d", len(pngs), n)
				failed = true
			}
		}
	}
	if !failed {
		checked.Store(sum, true)
	}
}

// TestEveryEditionOpensInEveryReader makes the editions the tests care
// about and opens each with the four readers: the newest and the first
// year of the embedded dataset (the first has no year before it) in every
// language, and the two-year test dataset.
func TestEveryEditionOpensInEveryReader(t *testing.T) {
	ds := embedded(t)
	runs := []struct {
		name string
		args []string
	}{
		{"newest year", []string{"generate", "--lang", "all"}},
		{"first year", []string{"generate", "--lang", "all", "--year", strconv.Itoa(ds.Years[0].Year)}},
		{"two-year dataset", []string{"generate", "--lang", "all", "--data", "../../data/testdata/ok"}},
		{"two-year dataset, first year", []string{"generate", "--lang", "all", "--data", "../../data/testdata/ok", "--year", "2023"}},
	}
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			dir := t.TempDir()
			if res := runCmd(t, nil, append(run.args, "--out", dir)...); res.code != 0 {
				t.Fatalf("%v: %+v", run.args, res)
			}
			pdfs := files(t, dir)
			if len(pdfs) != 3 {
				t.Fatalf("--lang all wrote %v, want three editions", pdfs)
			}
			for _, name := range pdfs {
				checkReaders(t, filepath.Join(dir, name))
			}
		})
	}
}

// TestTheReadersCatchABrokenFile makes sure the check can fail: a PDF cut
// short, as a full disk would leave it, must not pass.
func TestTheReadersCatchABrokenFile(t *testing.T) {
	path, b := generateDefault(t)
	cut := filepath.Join(t.TempDir(), "cut.pdf")
	if err := os.WriteFile(cut, b[:len(b)*2/3], 0o644); err != nil {
		t.Fatal(err)
	}
	for _, r := range readers {
		dir := t.TempDir()
		cmd := exec.Command(tool(t, r.name), r.args(cut, dir)...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err == nil && r.ok(out.String()) {
			t.Errorf("%s finds nothing wrong with a PDF cut short", r.name)
		}
	}
	checkReaders(t, path)
}

// TestTextExtractorsAgree makes every edition of every year and takes its
// text out with four extractors that share no code: poppler, MuPDF,
// Ghostscript and pdfminer (python3-pdfminer; pdfplumber and many
// text-ingestion tools are built on it, and it knows a font's encoding
// only by name). Each must give back every character the others do, as
// many times, so that a search index or a language model fed the file
// reads what a person does.
func TestTextExtractorsAgree(t *testing.T) {
	eachEdition(t, func(t *testing.T, path, _ string, _ int, _ string) {
		t.Parallel()
		gsText := filepath.Join(t.TempDir(), "gs.txt")
		output(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile="+gsText, path)
		fromGS, err := os.ReadFile(gsText)
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{
			"pdftotext": output(t, "pdftotext", "-enc", "UTF-8", path, "-"),
			"mutool":    output(t, "mutool", "draw", "-q", "-N", "-F", "txt", "-o", "-", path),
			"gs":        string(fromGS),
			"pdfminer":  output(t, "pdf2txt", path),
		}
		want := characters(texts["mutool"])
		if total := sum(maps.Values(want)); total < 1000 {
			t.Fatalf("MuPDF gives only %d characters", total)
		}
		for name, text := range texts {
			got := characters(text)
			if name == "pdftotext" { // it joins a word broken at its hyphen, dropping the hyphen
				got['-'] = want['-']
			}
			if !maps.Equal(got, want) {
				t.Errorf("%s gives back other characters than MuPDF: %s", name, charDiff(got, want))
			}
		}
	})
}

// characters counts the characters of text other than spaces and breaks.
func characters(text string) map[rune]int {
	n := map[rune]int{}
	for _, r := range text {
		if !unicode.IsSpace(r) {
			n[r]++
		}
	}
	return n
}

func sum(counts func(yield func(int) bool)) int {
	n := 0
	for c := range counts {
		n += c
	}
	return n
}

// charDiff says which characters two counts disagree on, a few of them.
func charDiff(got, want map[rune]int) string {
	var diffs []string
	for _, r := range slices.Sorted(maps.Keys(maps.Collect(func(yield func(rune, int) bool) {
		for r := range got {
			yield(r, 0)
		}
		for r := range want {
			yield(r, 0)
		}
	}))) {
		if got[r] != want[r] && len(diffs) < 12 {
			diffs = append(diffs, fmt.Sprintf("%q %d (want %d)", r, got[r], want[r]))
		}
	}
	return strings.Join(diffs, ", ")
}
