package report

import (
	"bytes"
	"fmt"
	"image"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/internal/readertest"
)

// refDPI is the resolution both files are rendered at: fine enough that a
// shift of a tenth of a point shows, coarse enough that poppler renders an
// edition's nine pages in about a quarter of a second.
const refDPI = 100

// The tolerance. Both writers write the same operators with coordinates
// rounded to 0.01 pt, but not always to the same side (fpdf writes a
// rectangle from its top, ours from its bottom; fpdf writes curves to 5
// decimals), and poppler places glyphs at horizontal quarter-pixel steps,
// so a 0.005 pt disagreement can move a glyph's edges by a quarter pixel:
// up to 64 of 255 levels on an edge pixel, never more, and only on edges.
// A page may therefore differ by at most refEdgeLevels on any pixel, and
// on at most refEdgePixels pixels: 0.05 % of a page at 100 dpi, the edges
// of a few dozen glyphs. Today the writers' pages are identical, pixel for
// pixel. A run of text moved by a tenth of a point, an item left out or
// drawn twice, a colour changed over more than a word, or the emboldened
// Chinese of a page drawn with round corners rather than mitred ones
// breaks one of the two limits.
const (
	refEdgeLevels = 64
	refEdgePixels = 500
)

// TestFpdfDrawsWhatOurWriterDraws draws the default editions (the newest
// year in every language) and three older ones through our writer and
// through fpdf, renders both with pdftoppm and compares them pixel by
// pixel, so that tagging, artifacts and PDF/A can never change what a
// reader sees without this test failing. Differing pages are kept as PNG
// images (ours, fpdf's and a map of the difference) in a directory the
// failure names.
func TestFpdfDrawsWhatOurWriterDraws(t *testing.T) {
	pdftoppm := readertest.Path(t, "pdftoppm")
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	// The oldest year (nothing to compare with), the pandemic year (figures
	// missing) and a golden year, one language each, share the cost.
	editions := map[int][]string{ds.Latest(): Languages(), 2019: {"en"}, 2020: {"zh"}, 2023: {"vi"}}
	for _, year := range slices.Sorted(maps.Keys(editions)) {
		b, err := ds.BriefFor(year)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range editions[year] {
			t.Run(fmt.Sprintf("%d-%s", year, lang), func(t *testing.T) {
				pages, meta := layoutIn(t, b, lang)
				compareWriters(t, pdftoppm, pages, meta)
			})
		}
	}
}

// compareWriters writes pages through both writers and fails, page by
// page, where their renderings differ beyond anti-aliasing.
func compareWriters(t *testing.T, pdftoppm string, pages []*Page, meta Meta) {
	var ours, ref bytes.Buffer
	meta.absoluteText = true // see TestTextMovesAddUpToTheirPlaces
	if err := writePDF(&ours, pages, meta); err != nil {
		t.Fatal(err)
	}
	if err := writeFPDF(&ref, pages); err != nil {
		t.Fatal(err)
	}
	a := renderPages(t, pdftoppm, ours.Bytes(), "ours")
	b := renderPages(t, pdftoppm, ref.Bytes(), "fpdf")
	if len(a) != len(b) || len(a) != len(pages) {
		t.Fatalf("our writer made %d pages, fpdf %d, the layout %d", len(a), len(b), len(pages))
	}
	keep := &keptImages{files: map[string][]byte{"ours.pdf": ours.Bytes(), "fpdf.pdf": ref.Bytes()}}
	for i := range a {
		d := comparePixels(a[i], b[i])
		if d.sizeDiff || d.worst > refEdgeLevels || d.count > refEdgePixels {
			keep.page(i+1, a[i], b[i])
			t.Errorf("page %d: %s\n  near: %s", i+1, describe(d), strings.Join(itemsNear(pages[i], d.worstAt), "\n        "))
		} else if d.count > 0 {
			t.Logf("page %d, within the tolerance: %s", i+1, describe(d))
		}
	}
	if dir := keep.save(t); dir != "" {
		t.Logf("our writer's and fpdf's pages are kept in %s (ours-pN.png, fpdf-pN.png, diff-pN.png: differing pixels in red)", dir)
	}
}

// renderPages renders a PDF's pages with pdftoppm, in page order.
func renderPages(t *testing.T, pdftoppm string, pdf []byte, name string) []*image.RGBA {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(pdftoppm, "-r", strconv.Itoa(refDPI), in, filepath.Join(dir, "p"))
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("pdftoppm on %s's file: %v\n%s", name, err, stderr.Bytes())
	}
	files, err := filepath.Glob(filepath.Join(dir, "p-*.ppm"))
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(files, func(x, y string) int { return pageNumber(x) - pageNumber(y) })
	var imgs []*image.RGBA
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		img, err := readPPM(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		imgs = append(imgs, img)
	}
	return imgs
}

// pageNumber reads N from pdftoppm's p-N.ppm, which it pads with zeros to
// the width of the page count.
func pageNumber(path string) int {
	s := strings.TrimSuffix(filepath.Base(path), ".ppm")
	n, _ := strconv.Atoi(s[strings.LastIndexByte(s, '-')+1:])
	return n
}

// pt turns a pixel position into points from the page's top left, the
// layout's own measure.
func pt(px int) float64 { return float64(px) * 72 / refDPI }

func describe(d pixelDiff) string {
	if d.sizeDiff {
		return "our writer's page and fpdf's are not the same size"
	}
	return fmt.Sprintf("%d pixels differ (at most %d allowed, each by at most %d of 255 levels); the worst by %d levels at %.1f,%.1f pt from the top left; all within x %.1f-%.1f, y %.1f-%.1f pt",
		d.count, refEdgePixels, refEdgeLevels, d.worst, pt(d.worstAt.X), pt(d.worstAt.Y),
		pt(d.box.Min.X), pt(d.box.Max.X), pt(d.box.Min.Y), pt(d.box.Max.Y))
}
