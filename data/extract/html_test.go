package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// TestReadPage reads a web page written for the test: the main text
// without navigation, header, "read more" box or footer, and the title,
// publisher, date, language and address from the page's metadata; then
// extract proposes the figures a careful analyst would take from it, and
// none of its traps.
func TestReadPage(t *testing.T) {
	page, err := os.ReadFile("testdata/review-en.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Read("review-en.html", page)
	if err != nil {
		t.Fatal(err)
	}
	meta := []struct{ field, got, want string }{
		{"title", a.Title, "A busy year abroad: the foreign ministry looks back on 2024"},
		{"publisher", a.Publisher, "Example Gazette"},
		{"date", a.Date.String(), "2025-01-08"},
		{"language", a.Lang, "en"},
		{"url", a.URL, "https://gazette.example/world/2025/01/busy-year-abroad"},
	}
	for _, m := range meta {
		if m.got != m.want {
			t.Errorf("%s: got %q, want %q", m.field, m.got, m.want)
		}
	}
	for _, clutter := range []string{"Home", "Issue 2,415", "metro lines", "Example Street"} {
		if strings.Contains(a.Text, clutter) {
			t.Errorf("the text keeps the page's %q", clutter)
		}
	}
	var gotten []string
	for _, p := range Extract(a, vn(t), "gazette-2025-01-08", 0) {
		gotten = append(gotten, got(p))
	}
	want := []string{
		"2024 visits_abroad 21", "2024 visits_inbound 25", "2024 diplomatic_relations 194 as_of=2025-01-08",
		"2024 trade_total 790 approx expected", "2024 trade_surplus 24.8", "2024 intl_arrivals 15.8 over m11",
		"2024 intl_arrivals_growth 44 m11", "2019 trade_total 517",
	}
	if strings.Join(gotten, "; ") != strings.Join(want, "; ") {
		t.Errorf("proposals:\n got %q\nwant %q", gotten, want)
	}
}

// TestReadText leaves a plain text's title, date and language to the
// caller, and reads a page saved under another name as a page.
func TestReadText(t *testing.T) {
	a, err := Read("a.txt", []byte("Đối ngoại năm 2024\nViệt Nam có quan hệ ngoại giao với 194 quốc gia.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" || a.Page || a.Lang != "" || a.Date != (data.Date{}) {
		t.Errorf("Read(a.txt): got title %q, page %v, lang %q, date %v; want none of them", a.Title, a.Page, a.Lang, a.Date)
	}
	page := "<!DOCTYPE html><html lang=vi><head><title>T</title></head><body><article><p>" +
		strings.Repeat("Việt Nam có quan hệ ngoại giao với 194 quốc gia. ", 20) + "</p></article></body></html>"
	if a, err := Read("saved.txt", []byte(page)); err != nil || !a.Page || a.Lang != "vi" {
		t.Errorf("Read(saved.txt) of a page: got page %v, lang %q, err %v; want a page in vi", a.Page, a.Lang, err)
	}
}
