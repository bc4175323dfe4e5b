package report

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
)

// readPPM decodes the binary PPM (P6, maxval 255) pdftoppm writes: its own
// format is read here because it is trivial, and pdftoppm writes it several
// times faster than PNG.
func readPPM(b []byte) (*image.RGBA, error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var magic string
	var w, h, maxval int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxval); err != nil {
		return nil, fmt.Errorf("PPM header: %w", err)
	}
	if magic != "P6" || maxval != 255 || w <= 0 || h <= 0 {
		return nil, fmt.Errorf("PPM header %s %d %d %d: want P6 with maxval 255", magic, w, h, maxval)
	}
	if _, err := r.ReadByte(); err != nil { // the one whitespace before the samples
		return nil, err
	}
	rgb := make([]byte, 3*w*h)
	if _, err := io.ReadFull(r, rgb); err != nil {
		return nil, fmt.Errorf("PPM samples: %w", err)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range w * h {
		copy(img.Pix[4*i:4*i+3], rgb[3*i:3*i+3])
		img.Pix[4*i+3] = 255
	}
	return img, nil
}

// pixelDiff is how two renderings of one page differ.
type pixelDiff struct {
	count    int             // pixels differing by more than sameLevels
	worst    int             // the largest difference of one channel, 0-255
	worstAt  image.Point     // where it is
	box      image.Rectangle // the smallest box holding every differing pixel
	sizeDiff bool            // the pages are not the same size
}

// sameLevels is the difference of one channel that counts as none: the
// rounding of one colour written as "0.169" by one writer and as 43/255
// by the other.
const sameLevels = 2

// comparePixels compares two renderings pixel by pixel.
func comparePixels(a, b *image.RGBA) pixelDiff {
	var d pixelDiff
	if a.Bounds() != b.Bounds() {
		d.sizeDiff = true
		return d
	}
	w := a.Bounds().Dx()
	for i := 0; i < len(a.Pix); i += 4 {
		m := 0
		for c := range 3 {
			m = max(m, absInt(int(a.Pix[i+c])-int(b.Pix[i+c])))
		}
		if m <= sameLevels {
			continue
		}
		p := image.Pt(i/4%w, i/4/w)
		d.count++
		d.box = d.box.Union(image.Rectangle{Min: p, Max: p.Add(image.Pt(1, 1))})
		if m > d.worst {
			d.worst, d.worstAt = m, p
		}
	}
	return d
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// diffImage is b faded to a tenth of its contrast with every pixel that
// differs from a painted red: where to look, at a glance.
func diffImage(a, b *image.RGBA) *image.RGBA {
	out := image.NewRGBA(b.Bounds())
	for i := 0; i < len(b.Pix); i += 4 {
		differs := false
		for c := range 3 {
			differs = differs || absInt(int(a.Pix[i+c])-int(b.Pix[i+c])) > sameLevels
		}
		px := color.RGBA{R: 230 + b.Pix[i]/10, G: 230 + b.Pix[i+1]/10, B: 230 + b.Pix[i+2]/10, A: 255}
		if differs {
			px = color.RGBA{R: 255, A: 255}
		}
		out.SetRGBA(i/4%b.Bounds().Dx(), i/4/b.Bounds().Dx(), px)
	}
	return out
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
