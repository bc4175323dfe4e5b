package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/internal/readertest"
)

var update = flag.Bool("update", false, "rewrite the golden structure dumps in testdata/")

// TestEveryEditionIsTaggedAndArchival makes every edition of every year and
// checks each as a screen reader's and an archive's tools would: pdfinfo
// says it is tagged and has its metadata, every machine check of PDF/UA-1
// and PDF/A-3a passes (../shared/tools/uacheck), and the year's figures
// come back out of it byte for byte as `show` writes them.
func TestEveryEditionIsTaggedAndArchival(t *testing.T) {
	eachEdition(t, func(t *testing.T, path, name string, year int, lang string) {
		info := output(t, "pdfinfo", path)
		for _, want := range []string{"Tagged:          yes", "Metadata Stream: yes", "Suspects:        no"} {
			if !strings.Contains(info, want) {
				t.Errorf("pdfinfo lacks %q:\n%s", want, info)
			}
		}
		if failed, out := readertest.UACheck(t, path); len(failed) > 0 {
			t.Errorf("uacheck: %s\n%s", strings.Join(failed, "\n"), out)
		}
		checkDataInside(t, path, name, fmt.Sprint(year), lang)
	})
}

// eachEdition makes every edition of every year of the embedded data in
// one run and calls check on each file, a subtest named after it.
func eachEdition(t *testing.T, check func(t *testing.T, path, name string, year int, lang string)) {
	t.Helper()
	dir := t.TempDir() + "/"
	if res := runCmd(t, nil, "generate", "--year", "all", "--lang", "all", "--out", dir); res.code != 0 {
		t.Fatalf("generate --year all --lang all: %+v", res)
	}
	for _, y := range embedded(t).Years {
		for _, lang := range edition.Languages() {
			name := fmt.Sprintf("dipbrief-VN-%d-%s", y.Year, lang)
			t.Run(name, func(t *testing.T) { check(t, filepath.Join(dir, name+".pdf"), name, y.Year, lang) })
		}
	}
}

// checkDataInside saves the files the PDF carries and compares them with
// what `show` writes for the same year and language.
func checkDataInside(t *testing.T, path, name, year, lang string) {
	t.Helper()
	want := name + ".csv\n2: " + name + ".json\n"
	if list := output(t, "pdfdetach", "-list", path); !strings.HasSuffix(list, "\n1: "+want) {
		t.Errorf("pdfdetach -list:\n%s", list)
	}
	for i, format := range []string{"csv", "json"} {
		saved := filepath.Join(t.TempDir(), name+"."+format)
		output(t, "pdfdetach", "-save", fmt.Sprint(i+1), "-o", saved, path)
		got, err := os.ReadFile(saved)
		show := runCmd(t, nil, "show", "--format", format, "--year", year, "--lang", lang)
		if err != nil || show.code != 0 || !bytes.Equal(got, []byte(show.stdout)) {
			t.Errorf("the %s inside the PDF is not what show --format %s writes (%v)", format, format, err)
		}
	}
}

// TestStructureReadsInOrder pins the structure tree of one edition as
// poppler reads it, in reading order, so that a reviewer sees every change
// to what a screen reader is given; -update rewrites it after a change
// made on purpose.
func TestStructureReadsInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pdf")
	if res := runCmd(t, nil, "generate", "--year", "2025", "--lang", "en", "--out", path); res.code != 0 {
		t.Fatalf("generate: %+v", res)
	}
	cmd := exec.Command(tool(t, "pdfinfo"), "-struct-text", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("pdfinfo -struct-text: %v\n%s", err, stderr.String())
	}
	golden := filepath.Join("testdata", "struct-2025-en.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/dipbrief -run TestStructureReadsInOrder -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the structure tree differs from %s; -update rewrites it after a change made on purpose", golden)
	}
}

// TestScreenReaderGetsTheBriefing reads the newest edition in each language
// through pdf.js, Firefox's PDF engine (../shared/tools/atcheck): it must
// find the title and every section as headings in order, the table's
// header cells, a text alternative for every chart that states its data,
// links that hold their targets, and in the Vietnamese edition the Chinese
// source titles in a Chinese voice.
func TestScreenReaderGetsTheBriefing(t *testing.T) {
	ds := embedded(t)
	for _, lang := range edition.Languages() {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.pdf")
			if res := runCmd(t, nil, "generate", "--lang", lang, "--out", path); res.code != 0 {
				t.Fatalf("generate: %+v", res)
			}
			tree := readertest.ATCheck(t, path)
			checkAtcheck(t, tree)
			b, err := ds.BriefFor(ds.Latest())
			if err != nil {
				t.Fatal(err)
			}
			e, err := edition.New(b, lang)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"H1 " + e.Title, "H2 " + e.Key.Heading.Text, "H2 " + e.Trends.Heading.Text,
				"H2 " + e.Highlights.Heading.Text, "H2 " + e.Notes.Heading.Text, "H2 " + e.Sources.Heading.Text}
			if !inOrder(tree, want) {
				t.Errorf("the headings are not %q in this order:\n%s", want, tree)
			}
			for _, c := range e.Trends.Charts {
				if !strings.Contains(tree, "Figure alt="+quoteJSON(c.Alt)) {
					t.Errorf("no figure has the alternative %q", c.Alt)
				}
			}
			if n := strings.Count(tree, "\n          TH\n"); n < len(e.Key.Table.Columns) {
				t.Errorf("the tree has %d header cells, want at least %d", n, len(e.Key.Table.Columns))
			}
			if lang == "vi" && !strings.Contains(tree, "Span lang=zh") {
				t.Error("no run of the Vietnamese edition is read in Chinese: the Chinese source titles are")
			}
		})
	}
}

// checkAtcheck requires atcheck's checks to pass, but for one of its
// heuristics: it takes any Han character for Chinese, and a Japanese
// title, rightly tagged ja, has kanji.
func checkAtcheck(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "FAIL AT3") && onlyJapanese.MatchString(line):
		case strings.HasPrefix(line, "FAIL"):
			t.Errorf("atcheck: %s", line)
		}
	}
	if !strings.Contains(out, "PASS AT1") || !strings.Contains(out, "PASS AT6") {
		t.Errorf("atcheck did not run its checks:\n%s", out)
	}
}

var onlyJapanese = regexp.MustCompile(`^FAIL AT3 .*\[("ja:[^"]*",?)+\]$`)

// inOrder reports whether every string of want is in s, each after the last.
func inOrder(s string, want []string) bool {
	for _, w := range want {
		i := strings.Index(s, w)
		if i < 0 {
			return false
		}
		s = s[i+len(w):]
	}
	return true
}

// quoteJSON is s as atcheck prints it, a JSON string.
func quoteJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
