package charts

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/vector"
)

// PNGOptions set the pixel size and what lies beneath the chart.
type PNGOptions struct {
	// Scale is pixels per point; 0 means 2, sharp on high-density screens
	// when the image is shown at its size in points (a 480 pt chart is
	// 960 px, shown 480 px wide).
	Scale      float64
	Background Color // A == 0 leaves it transparent
}

// WritePNG rasterizes d and writes it as a PNG. The same drawing gives the
// same bytes: nothing depends on the clock or on installed fonts.
func (d Drawing) WritePNG(w io.Writer, opt PNGOptions) error {
	img, err := d.Rasterize(opt)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	return enc.Encode(w, img)
}

// Rasterize paints d with golang.org/x/image/vector: fills as they are,
// strokes as outlines with round caps and joins, and labels as the
// outlines of the embedded fonts' glyphs, each placed by the advance the
// layout measured, so the picture matches the PDF's.
func (d Drawing) Rasterize(opt PNGOptions) (*image.RGBA, error) {
	k := opt.Scale
	if k == 0 {
		k = 2
	}
	if !finite(k) || k <= 0 || d.Width*k > 16384 || d.Height*k > 16384 {
		return nil, fmt.Errorf("%w: %g×%g pt at scale %g is no image size", ErrBadSpec, d.Width, d.Height, k)
	}
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, int(math.Ceil(d.Width*k)), int(math.Ceil(d.Height*k)))), k: k}
	if opt.Background.A != 0 {
		draw.Draw(c.img, c.img.Bounds(), image.NewUniform(nrgba(opt.Background)), image.Point{}, draw.Src)
	}
	for _, op := range d.Ops {
		switch o := op.(type) {
		case Path:
			c.path(o)
		case Text:
			if err := c.text(o); err != nil {
				return nil, err
			}
		}
	}
	return c.img, nil
}

// canvas is an image being painted; k converts points to pixels.
type canvas struct {
	img *image.RGBA
	k   float64
	z   vector.Rasterizer
}

func (c *canvas) path(p Path) {
	if p.Fill.A != 0 {
		var s shape
		for _, seg := range p.Segs {
			s.segment(seg, c.k)
		}
		c.paint(&s, p.Fill)
	}
	if p.Stroke.A != 0 && p.Width > 0 {
		var s shape
		for _, line := range dashed(flatten(p.Segs), p.Dash) {
			s.stroke(line, p.Width/2, c.k)
		}
		c.paint(&s, p.Stroke)
	}
}

// paint rasterizes a shape over its bounding box only, so a small label
// costs little however large the image.
func (c *canvas) paint(s *shape, col Color) {
	if len(s.cmds) == 0 {
		return
	}
	r := image.Rect(int(math.Floor(float64(s.min[0]))), int(math.Floor(float64(s.min[1]))),
		int(math.Ceil(float64(s.max[0])))+1, int(math.Ceil(float64(s.max[1])))+1).Intersect(c.img.Bounds())
	if r.Empty() {
		return
	}
	c.z.Reset(r.Dx(), r.Dy())
	s.replay(&c.z, float32(r.Min.X), float32(r.Min.Y))
	c.z.Draw(c.img, r, image.NewUniform(nrgba(col)), image.Point{})
}

func nrgba(c Color) color.NRGBA { return color.NRGBA{R: c.R, G: c.G, B: c.B, A: c.A} }
