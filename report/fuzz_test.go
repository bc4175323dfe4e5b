package report

import (
	"errors"
	"io"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report/text"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// FuzzLayout lays out the test dataset's 2024 briefing with fuzzed text in
// every place a dataset puts text: the title, a metric label (which is also
// a chart legend and a table cell), the event summary, a source's publisher
// and title, a chart title and a figure's note. Whatever the text:
//   - Layout and the PDF writer (for lang < 128) do not panic;
//   - text the loader would refuse (invalid UTF-8, controls, characters no
//     font has) may fail, with a MissingGlyphError or ErrInvalidUTF8;
//   - blank text, which data.Load refuses, only must not panic;
//   - text longer than data.Load lets through where it is printed may fail
//     with ErrDoesNotFit, never with text cut off at the edge of a page;
//   - any other text lays out and writes, every run of glyphs goes to a face
//     that has all of them, every glyph lies on its page, and the event's
//     line, read back from the layout, holds the summary's characters once
//     each, in order, none lost.
func FuzzLayout(f *testing.F) {
	f.Add(uint8(0), "Bản tin đối ngoại", "Chuyến thăm cấp nhà nước.", "越南外交回顾")
	f.Add(uint8(1), "Foreign affairs briefing", "A state visit to "+strings.Repeat("Australia and New Zealand, ", 20), "A title")
	f.Add(uint8(2), "外交简报", "国事访问。越南已与193个国家建立外交关系，其中全面战略伙伴6个。", "https://example.org/"+strings.Repeat("a", 300))
	f.Add(uint8(0), "Đ\u0301ố\u0323i", "a\u00a0b\u3000c\u200bd", "Tổng kết "+strings.Repeat("đối ngoại ", 60))
	f.Fuzz(func(t *testing.T, lang uint8, title, summary, source string) {
		b := fixtureBrief(t, 2024)
		code := edition.Languages()[int(lang)%len(edition.Languages())]
		b.Info.Title = data.Text{code: title}
		b.Rows[0].Metric.Label = data.Text{code: title + " " + summary}
		b.Events[0].Summary = data.Text{code: summary}
		b.Sources = append([]data.Source(nil), b.Sources...)
		b.Sources[0].Publisher, b.Sources[0].Title = title, source
		b.Charts[0].Chart.Title = data.Text{code: source}
		b.Charts[0].Metrics[0].Label = data.Text{code: summary}
		b.Rows[2].Cur.Note = data.Text{code: source + "\n" + summary}
		opt := testOptions
		opt.Lang = code
		pages, meta, err := layoutBrief(b, opt)
		if err == nil && lang < 128 { // writing costs ten layouts: half the inputs
			err = writePDF(io.Discard, pages, meta)
		}
		if !loadable(title) || !loadable(summary) || !loadable(source) {
			var mg *text.MissingGlyphError
			// Text the loader refuses may be refused here too, cleanly: a
			// missing glyph, bad UTF-8, or (line breaks in a title) no room.
			if err != nil && !errors.As(err, &mg) && !errors.Is(err, text.ErrInvalidUTF8) && !errors.Is(err, ErrDoesNotFit) {
				t.Fatalf("got %v, want a MissingGlyphError, ErrInvalidUTF8 or ErrDoesNotFit", err)
			}
			return
		}
		if blank(title) || blank(summary) || blank(source) {
			return // data.Load refuses blank text, with its place; drawn, a blank label would leave its row a cell short
		}
		if errors.Is(err, ErrDoesNotFit) && (columns(title) > 64 || columns(title+" "+summary) > 200 || columns(source) > 200) {
			return // data.Load refuses these, with their place
		}
		if err != nil {
			t.Fatalf("text the loader accepts: %v", err)
		}
		checkFacesAndPages(t, pages)
		line := norm.NFC.String(summary + opt.words().markGap + "[2]")
		if got := eventLine(pages); noSpace(got) != noSpace(line) {
			t.Fatalf("the event line reads %q, want %q", got, line)
		}
	})
}

// loadable is what data.Load lets through to a briefing: UTF-8 that does
// not start with a combining mark, with no control, bidirectional control
// or line separator, every character (a letter with its marks) drawn whole
// by one font, and not longer than the loader's limit.
func loadable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	if s = norm.NFC.String(s); len(s) > 10_000 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.Is(unicode.M, r) {
		return false // a mark with no letter: it would join what the layout sets before it
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029' {
			return false
		}
	}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		if c := g.Str(); strings.TrimFunc(c, unicode.IsSpace) != "" && !text.Drawable(c) {
			return false
		}
	}
	return true
}

// blank is text data.Load refuses as empty.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// columns is data's measure of room: a wide character (UAX #11) counts two.
func columns(s string) int {
	n := 0
	for _, r := range s {
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n++
		}
		n++
	}
	return n
}

func (o testOpt) words() struct{ markGap string } {
	if o.Lang == "zh" {
		return struct{ markGap string }{""}
	}
	return struct{ markGap string }{"\u00a0"}
}

func checkFacesAndPages(t *testing.T, pages []*Page) {
	t.Helper()
	for i, p := range pages {
		for _, it := range p.Items {
			g, ok := it.(Glyphs)
			if !ok {
				continue
			}
			for _, r := range g.Text {
				if !g.Face.Has(r) {
					t.Fatalf("page %d: %q (%U) given to %s, which lacks it", i+1, r, r, g.Face.Name)
				}
			}
			right := g.right()
			if g.X < 0 || right > pageW || g.Y < g.Size || g.Y > pageH {
				t.Fatalf("page %d: %q at %.1f,%.1f-%.1f lies off the page", i+1, g.Text, g.X, g.Y, right)
			}
		}
	}
}

// eventLine is the text of the events section's body, as laid out: the
// glyphs set in the summary's size and colours, in order.
func eventLine(pages []*Page) string {
	var b strings.Builder
	for _, p := range pages {
		for _, it := range p.Items {
			if g, ok := it.(Glyphs); ok && g.Size == 9.5 && (g.Color == ink || g.Color == linkColor) {
				b.WriteString(g.Text)
			}
		}
	}
	return b.String()
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
