package report

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
)

func defaultBrief(tb testing.TB) *data.Brief {
	tb.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		tb.Fatal(err)
	}
	b, err := ds.BriefFor(ds.Latest())
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

var testOptions = testOpt{Lang: "vi", Created: time.Date(2025, 1, 30, 0, 0, 0, 0, time.UTC), Producer: "dipbrief test"}

// TestTextStaysInTheColumn checks that no line runs past the margins or
// into the running header and footer, on every page.
func TestTextStaysInTheColumn(t *testing.T) {
	pages, _, err := layoutBrief(defaultBrief(t), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		for _, it := range p.Items {
			g, ok := it.(Glyphs)
			if !ok {
				continue
			}
			right := g.right()
			if g.X < marginX-0.01 || right > pageW-marginX+0.01 {
				t.Errorf("page %d: %q spans x %.1f-%.1f, outside the column %.1f-%.1f", i+1, g.Text, g.X, right, marginX, pageW-marginX)
			}
			if g.Y > pageH-20 || g.Y < 20 {
				t.Errorf("page %d: %q sits at y %.1f, off the page", i+1, g.Text, g.Y)
			}
		}
	}
}

// TestMarkersLinkToTheirSource checks that every source marker is a link
// to an anchor the sources list places, and that a range such as [3–6]
// links to the first source it names.
func TestMarkersLinkToTheirSource(t *testing.T) {
	pages, _, err := layoutBrief(defaultBrief(t), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[string]bool{}
	for _, p := range pages {
		for _, it := range p.Items {
			if a, ok := it.(Anchor); ok {
				anchors[a.Name] = true
			}
		}
	}
	links := 0
	for _, p := range pages {
		for i, it := range p.Items {
			l, ok := it.(LinkArea)
			if !ok || l.URL != "" {
				continue
			}
			links++
			if !anchors[l.Anchor] {
				t.Errorf("a marker links to %q, which the sources list does not place", l.Anchor)
			}
			if g, ok := p.Items[i-1].(Glyphs); ok {
				first := strings.SplitN(strings.Trim(strings.TrimSpace(g.Text), "[]"), "–", 2)[0]
				if want := "source-" + first; l.Anchor != want {
					t.Errorf("marker %q links to %s, want %s", g.Text, l.Anchor, want)
				}
			}
		}
	}
	if links == 0 {
		t.Error("no source marker is a link")
	}
}

// TestDumpShowsEveryPage checks the text view of a layout: one block per
// page, with the outline entries and the source anchors a reviewer looks for.
func TestDumpShowsEveryPage(t *testing.T) {
	pages, _, err := layoutBrief(defaultBrief(t), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	d := Dump(pages)
	for _, want := range []string{"page 1\n", "page " + strconv.Itoa(len(pages)) + "\n", `bookmark 0 "Số liệu chính"`, "anchor source-1 ", "text "} {
		if !strings.Contains(d, want) {
			t.Errorf("the layout dump has no %q", want)
		}
	}
}

// TestEveryPageHasHeaderAndFooter checks "Trang n/m" on each page.
func TestEveryPageHasHeaderAndFooter(t *testing.T) {
	pages, _, err := layoutBrief(defaultBrief(t), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		want := "Trang " + itoa(i+1) + "/" + itoa(len(pages))
		found := false
		for _, it := range p.Items {
			if g, ok := it.(Glyphs); ok && g.Text == want {
				found = true
			}
		}
		if !found {
			t.Errorf("page %d has no footer %q", i+1, want)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func itoa(n int) string { return strconv.Itoa(n) }

// BenchmarkDefaultBriefing makes the default briefing from loaded data to
// PDF bytes: assemble, lay out, draw charts, write.
func BenchmarkDefaultBriefing(b *testing.B) {
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		b.Fatal(err)
	}
	briefNewest(b, ds)
}

// briefNewest times assembling and writing the dataset's newest year.
func briefNewest(b *testing.B, ds *data.Dataset) {
	for b.Loop() {
		brief, err := ds.BriefFor(ds.Latest())
		if err != nil {
			b.Fatal(err)
		}
		pages, meta, err := layoutBrief(brief, testOptions)
		if err != nil {
			b.Fatal(err)
		}
		if err := writePDF(io.Discard, pages, meta); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWritePDF is the backend alone: laid-out pages to PDF bytes
// (font subsets, charts drawn as vectors, compression).
func BenchmarkWritePDF(b *testing.B) {
	for _, lang := range []string{"vi", "zh"} {
		b.Run(lang, func(b *testing.B) {
			opt := testOptions
			opt.Lang = lang
			pages, meta, err := layoutBrief(defaultBrief(b), opt)
			if err != nil {
				b.Fatal(err)
			}
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if err := writePDF(&buf, pages, meta); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size)/1000, "kB")
		})
	}
}

// BenchmarkLayout is the layout alone, without writing the PDF.
func BenchmarkLayout(b *testing.B) {
	brief := defaultBrief(b)
	for _, lang := range edition.Languages() {
		b.Run(lang, func(b *testing.B) {
			opt := testOptions
			opt.Lang = lang
			for b.Loop() {
				if _, _, err := layoutBrief(brief, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
