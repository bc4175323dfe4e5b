package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/internal/readertest"
	"golang.org/x/text/unicode/norm"
)

// shownAddresses maps the target of each web link an edition holds to
// the address as its sources list shows it.
func shownAddresses(t *testing.T, ed laidOut) map[string]string {
	t.Helper()
	all := map[string]string{}
	for _, s := range ed.brief.Sources {
		if uri, ok := edition.LinkURI(s.URL); ok {
			all[uri] = norm.NFC.String(edition.DisplayURL(s.URL))
		}
	}
	shown := map[string]string{}
	for _, l := range linkedTexts(ed.pages) {
		a, ok := all[l.uri]
		if !ok {
			t.Fatalf("%s: a link to %q, which no source has", ed.name, l.uri)
		}
		shown[l.uri] = a
	}
	return shown
}

// linkedText is, for each web link of the pages in order, the text of the
// glyph runs under its rectangle: runs whose baseline lies inside it.
type linkedText struct {
	uri, text string
	page      int
	y         float64
}

func linkedTexts(pages []*Page) []linkedText {
	var out []linkedText
	for i, p := range pages {
		for _, it := range p.Items {
			l, ok := it.(LinkArea)
			if !ok || l.URL == "" {
				continue
			}
			var b strings.Builder
			for _, it := range p.Items {
				if g, ok := it.(Glyphs); ok && g.Y >= l.Y && g.Y <= l.Y+l.H && g.X >= l.X-0.01 && g.X < l.X+l.W-0.01 {
					b.WriteString(g.Text)
				}
			}
			out = append(out, linkedText{l.URL, b.String(), i, l.Y})
		}
	}
	return out
}

// TestEveryLineOfAnAddressIsALink checks every edition of every year: the
// links to a source's address, one after another, cover the whole address
// as the list shows it, each on a line of its own, so every line of an
// address that wraps can be clicked.
func TestEveryLineOfAnAddressIsALink(t *testing.T) {
	wrapped := 0
	for _, ed := range allEditions(t) {
		shown := shownAddresses(t, ed)
		links := linkedTexts(ed.pages)
		for i := 0; i < len(links); {
			want := shown[links[i].uri]
			got, j := "", i
			for ; j < len(links) && links[j].uri == links[i].uri && got != want; j++ {
				if j > i && links[j].page == links[j-1].page && links[j].y <= links[j-1].y {
					t.Errorf("%s: two links to %q on one line", ed.name, links[i].uri)
				}
				got += links[j].text
			}
			if got != want {
				t.Errorf("%s: the links to %q cover %q, want the whole %q", ed.name, links[i].uri, got, want)
			}
			if j-i > 1 {
				wrapped++
			}
			i = j
		}
	}
	if wrapped < 100 {
		t.Errorf("only %d addresses wrap: the test proves little", wrapped)
	}
}

// TestEveryAddressCopiesWhole reads every edition of every year back with
// pdftotext: with its lines joined, the text holds every source's address
// as shown, whole; no line of one ends on a hyphen, which copy and paste
// would take for a hyphenation and drop.
func TestEveryAddressCopiesWhole(t *testing.T) {
	pdftotext := readertest.Path(t, "pdftotext")
	dir := t.TempDir()
	for _, ed := range allEditions(t) {
		var buf bytes.Buffer
		if err := writePDF(&buf, ed.pages, ed.meta); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, ed.name+".pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext: %v", ed.name, err)
		}
		joined := strings.ReplaceAll(norm.NFC.String(string(out)), "\n", "")
		shown := shownAddresses(t, ed)
		if len(shown) < 10 {
			t.Fatalf("%s: only %d addresses: the test proves little", ed.name, len(shown))
		}
		for _, u := range shown {
			if !strings.Contains(joined, u) {
				t.Errorf("%s: %q does not copy back whole", ed.name, u)
			}
		}
	}
}
