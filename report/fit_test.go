package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// room is what data.Load lets through for each printed text, in columns
// (a wide character counts two): the roomTitle... constants of package data.
var room = map[string]int{"title": 64, "country": 40, "label": 200, "chart": 200, "summary": 1000}

// setText puts s where a dataset's text of that kind is printed.
func setText(b *data.Brief, where, lang, s string) {
	switch where {
	case "title":
		b.Info.Title = data.Text{lang: s}
	case "country":
		b.Info.Country.Name = data.Text{lang: s}
	case "label":
		b.Rows[0].Metric.Label = data.Text{lang: s}
		b.Charts[0].Metrics[0].Label = data.Text{lang: s}
	case "chart":
		b.Charts[0].Chart.Title = data.Text{lang: s}
	case "summary":
		b.Events[0].Summary = data.Text{lang: s}
	}
}

// upTo is as much of s as fits in n columns.
func upTo(s string, n int) string {
	var b strings.Builder
	for _, r := range s {
		if n -= columns(string(r)); n < 0 {
			break
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// TestTextWithinTheLoadersRoomFits fills each printed text to the room the
// loader allows with the widest text there is (capitals, Chinese) and lays
// out every edition: the data package's limits and the layout must agree.
func TestTextWithinTheLoadersRoomFits(t *testing.T) {
	fillers := []string{strings.Repeat("WMW ", 300), strings.Repeat("越南外交简报，", 200), strings.Repeat("Đặng Thị Ngọc Thịnh ", 60)}
	for where, n := range room {
		for _, fill := range fillers {
			for _, lang := range Languages() {
				b := fixtureBrief(t, 2024)
				setText(b, where, lang, upTo(fill, n))
				opt := testOptions
				opt.Lang = lang
				pages, _, err := layoutBrief(b, opt)
				if err != nil {
					t.Errorf("%s of %d columns of %.10q… in %s: %v", where, n, fill, lang, err)
					continue
				}
				checkFacesAndPages(t, pages)
			}
		}
	}
}

// TestTooLongTextIsRefused: past the loader's room, a text is refused with
// ErrDoesNotFit rather than set off the cover or the page.
func TestTooLongTextIsRefused(t *testing.T) {
	long := strings.Repeat("Chuyến thăm cấp nhà nước ", 400)
	tests := []struct{ where, want string }{
		{"title", `does not fit: the country "Việt Nam" and the title "Chuyến thăm cấp nhà nước Chuyến thăm cấ…" are too long for the cover: shorten them`},
		{"country", `does not fit: the country "Chuyến thăm cấp nhà nước Chuyến thăm cấ…" and the title "Bản tin đối ngoại 2024" are too long for the cover: shorten them`},
		{"label", `does not fit: the text "Chuyến thăm cấp nhà nước Chuyến thăm cấ…" runs off page 5: shorten it`},
		{"chart", `does not fit: the text "cấp nhà nước Chuyến thăm cấp nhà nước C…" runs off page 4: shorten it`},
		{"summary", `does not fit: the text "Chuyến thăm cấp nhà nước Chuyến thăm cấ…" runs off page 2: shorten it`},
	}
	for _, tc := range tests {
		t.Run(tc.where, func(t *testing.T) {
			b := fixtureBrief(t, 2024)
			if tc.where == "chart" { // two years make no chart: the embedded data's newest year does
				b = defaultBrief(t)
			}
			setText(b, tc.where, "vi", long)
			_, _, err := layoutBrief(b, testOptions)
			if !errors.Is(err, ErrDoesNotFit) || err.Error() != tc.want {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

// TestALongSourceEntryGoesOnToTheNextPage: a source's note may run to the
// loader's limit; its entry then breaks across pages, every line on a page.
func TestALongSourceEntryGoesOnToTheNextPage(t *testing.T) {
	b := fixtureBrief(t, 2024)
	b.Sources = append([]data.Source(nil), b.Sources...)
	note := strings.TrimSpace(strings.Repeat("Bản tin tiếng Trung, đăng lại trên một trang khác. ", 160))
	b.Sources[1].Note = data.Text{"vi": note}
	pages, _, err := layoutBrief(b, testOptions)
	if err != nil {
		t.Fatal(err)
	}
	checkFacesAndPages(t, pages)
	var got strings.Builder
	for _, g := range glyphs(pages) {
		if g.Size == 8.5 && (g.Color == ink || g.Color == grey) { // the note is set in grey
			got.WriteString(g.Text)
		}
	}
	if !strings.Contains(noSpace(got.String()), noSpace(note)) {
		t.Error("the note is not whole in the sources list")
	}
}
