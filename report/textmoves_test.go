package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dipbrief/dipbrief/internal/readertest"
)

// TestTextMovesAddUpToTheirPlaces checks, for every edition of every year,
// that the shipped file, where each run of text is moved from the last,
// puts every word where the same pages written with each run placed at its
// coordinates put it: pdftotext's box of every word, to a millionth of a
// point. The comparison with fpdf (TestFpdfDrawsWhatOurWriterDraws)
// renders the placed version, because a reader adds the moves in floating
// point and a sum one bit below a pixel's edge draws a glyph a pixel over;
// this test is what ties the two versions together.
func TestTextMovesAddUpToTheirPlaces(t *testing.T) {
	pdftotext := readertest.Path(t, "pdftotext")
	for _, ed := range allEditions(t) {
		t.Run(ed.name, func(t *testing.T) {
			var moved, placed bytes.Buffer
			if err := writePDF(&moved, ed.pages, ed.meta); err != nil {
				t.Fatal(err)
			}
			meta := ed.meta
			meta.absoluteText = true
			if err := writePDF(&placed, ed.pages, meta); err != nil {
				t.Fatal(err)
			}
			if bytes.Equal(moved.Bytes(), placed.Bytes()) {
				t.Fatal("placing text absolutely wrote the same file: the test compares nothing")
			}
			a, b := wordBoxes(t, pdftotext, moved.Bytes()), wordBoxes(t, pdftotext, placed.Bytes())
			if len(a) != len(b) {
				t.Fatalf("moved: %d words, placed: %d", len(a), len(b))
			}
			for i := range a {
				if !bytes.Equal(a[i], b[i]) {
					t.Fatalf("a word moved to a different place than it is placed at:\nmoved:  %s\nplaced: %s", a[i], b[i])
				}
			}
		})
	}
}

// wordBoxes is every word pdftotext finds with its box, a line each, in
// sorted order: a reader's reading order may follow how text objects are
// cut, which is not what is compared.
func wordBoxes(t *testing.T, pdftotext string, pdf []byte) [][]byte {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-bbox", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var words [][]byte
	for _, line := range bytes.Split(out, []byte("\n")) {
		if bytes.Contains(line, []byte("<word ")) {
			words = append(words, bytes.TrimSpace(line))
		}
	}
	if len(words) == 0 {
		t.Fatal("pdftotext found no words")
	}
	slices.SortFunc(words, bytes.Compare)
	return words
}
