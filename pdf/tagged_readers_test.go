package pdf

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/internal/readertest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func taggedFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tagged.pdf")
	if err := os.WriteFile(path, taggedSample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTaggedSameDrawingSameBytes(t *testing.T) {
	if !bytes.Equal(taggedSample(t), taggedSample(t)) {
		t.Error("two writes of the same tagged drawing differ")
	}
}

// TestTaggedReaders opens the tagged sample with readers nobody here
// wrote: qpdf finds the file sound, poppler calls it tagged and reads its
// structure in order (compared with a golden text, so that a reviewer sees
// every change to the tree), poppler, MuPDF and Ghostscript draw it
// without a word,
// and the attached file comes back byte for byte.
func TestTaggedReaders(t *testing.T) {
	path := taggedFile(t)
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	if info := run(t, "pdfinfo", path); !strings.Contains(info, "Tagged:          yes") {
		t.Errorf("pdfinfo does not call the file tagged:\n%s", info)
	}
	golden(t, "tagged.struct.golden", run(t, "pdfinfo", "-struct-text", path))
	text := run(t, "pdftotext", "-raw", path, "-")
	for _, want := range []string{"Đối ngoại Việt Nam 2025", "全面战略伙伴", "Chuyến thăm 24", "tac-doi-ngoai-nam-2025", "Trang 2/2"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q:\n%s", want, text)
		}
	}
	for _, args := range [][]string{
		{"mutool", "draw", "-q", "-N", "-o", os.DevNull, path},
		{"gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", path},
		{"pdftoppm", "-r", "24", "-png", path, filepath.Join(t.TempDir(), "page")},
	} {
		if out := run(t, args[0], args[1:]...); strings.TrimSpace(out) != "" {
			t.Errorf("%s says:\n%s", args[0], out)
		}
	}
	if list := run(t, "pdfdetach", "-list", path); list != "1 embedded files\n1: vn-2025.csv\n" {
		t.Errorf("pdfdetach -list:\n%s", list)
	}
	saved := filepath.Join(t.TempDir(), "saved.csv")
	run(t, "pdfdetach", "-save", "1", "-o", saved, path)
	if got, err := os.ReadFile(saved); err != nil || !bytes.Equal(got, csvData) {
		t.Errorf("pdfdetach -save gives %q (%v), want %q", got, err, csvData)
	}
}

// TestTaggedPassesUACheck runs ../shared/tools/uacheck, which checks the
// machine-checkable PDF/UA-1 and PDF/A-3a rules through qpdf, on the
// tagged sample: every line must pass, and the file's data must be seen.
func TestTaggedPassesUACheck(t *testing.T) {
	failed, out := readertest.UACheck(t, taggedFile(t))
	for _, line := range failed {
		t.Errorf("uacheck: %s", line)
	}
	if !strings.Contains(out, "PASS EF1") {
		t.Errorf("uacheck did not see the attached file:\n%s", out)
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./pdf -run %s -update to accept):\n%s", path, t.Name(), got)
	}
}

// TestUntaggedStaysUntagged checks that a document whose drawing never
// calls the tagging API is written as before: no structure, no metadata,
// no claim of conformance, links without the tagged entries.
func TestUntaggedStaysUntagged(t *testing.T) {
	path := sampleFile(t)
	objects := run(t, "qpdf", "--json=1", "--json-key=objects", path)
	for _, key := range []string{"/StructTreeRoot", "/MarkInfo", "/Metadata", "/OutputIntents", "/AF", "/StructParents", "/StructParent", "/Tabs", "/F\": 4"} {
		if strings.Contains(objects, "\""+key) {
			t.Errorf("an untagged document has %s", key)
		}
	}
	if info := run(t, "pdfinfo", path); !strings.Contains(info, "Tagged:          no") {
		t.Errorf("pdfinfo calls the untagged sample tagged:\n%s", info)
	}
}
