package report

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/dipbrief/dipbrief/report/text"
)

// keptImages gathers what a person needs to see why the writers' pages
// differ: both PDFs and, for each differing page, both renderings and a
// map of the difference. They are written only on failure, to a directory
// that outlives the test (t.TempDir would be gone before anyone looks).
type keptImages struct {
	files map[string][]byte
	pages []keptPage
}

type keptPage struct {
	n    int
	a, b *image.RGBA
}

func (k *keptImages) page(n int, a, b *image.RGBA) {
	k.pages = append(k.pages, keptPage{n, a, b})
}

// save writes what was kept and returns the directory, or "" when no page
// differed.
func (k *keptImages) save(t *testing.T) string {
	if len(k.pages) == 0 {
		return ""
	}
	dir, err := os.MkdirTemp("", "dipbrief-fpdf-"+sanitize(t.Name())+"-")
	if err != nil {
		t.Log(err)
		return ""
	}
	for name, b := range k.files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Log(err)
		}
	}
	for _, p := range k.pages {
		for name, img := range map[string]image.Image{"ours": p.a, "fpdf": p.b, "diff": diffImage(p.a, p.b)} {
			if err := writePNG(filepath.Join(dir, fmt.Sprintf("%s-p%d.png", name, p.n)), img); err != nil {
				t.Log(err)
			}
		}
	}
	return dir
}

func sanitize(name string) string {
	b := []byte(name)
	for i, c := range b {
		if c == '/' || c == ' ' {
			b[i] = '_'
		}
	}
	return string(b)
}

// itemsNear lists the page's items whose box holds the pixel at px, in
// the layout dump's words, so a failure names what moved; a glyph run's
// box reaches a size above its baseline and a third below.
func itemsNear(p *Page, px image.Point) []string {
	x, y := pt(px.X), pt(px.Y)
	const slack = 2 // points: anti-aliasing and strokes reach past a box
	var near []string
	for _, it := range p.Items {
		r, ok := itemBox(it)
		if ok && x >= r[0]-slack && x <= r[2]+slack && y >= r[1]-slack && y <= r[3]+slack {
			near = append(near, it.dump())
		}
	}
	if len(near) == 0 {
		return []string{"(no item of the layout)"}
	}
	return near
}

// itemBox is an item's box as x1, y1, x2, y2 in points.
func itemBox(it Item) ([4]float64, bool) {
	switch v := it.(type) {
	case Glyphs:
		w := text.RunWidth(v.Face, v.Text, v.Size) + v.Tracking*float64(len([]rune(v.Text)))
		return [4]float64{v.X, v.Y - v.Size, v.X + w, v.Y + v.Size/3}, true
	case Rect:
		return [4]float64{v.X, v.Y, v.X + v.W, v.Y + v.H}, true
	case Rule:
		return [4]float64{min(v.X1, v.X2), min(v.Y1, v.Y2), max(v.X1, v.X2), max(v.Y1, v.Y2)}, true
	case Figure:
		return [4]float64{v.X, v.Y, v.X + v.Drawing.Width, v.Y + v.Drawing.Height}, true
	}
	return [4]float64{}, false
}
