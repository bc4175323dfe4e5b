package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"slices"
	"testing"
)

func pngOf(t *testing.T, d Drawing, opt PNGOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.WritePNG(&b, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestPNGPaintsWhereTheDrawingSays decodes the PNG with image/png and
// looks at pixels: inside the bar, on the line, at the line's sharp
// turn, and in the boxes of the labels, Latin and Chinese.
func TestPNGPaintsWhereTheDrawingSays(t *testing.T) {
	raw := pngOf(t, sample(), PNGOptions{Scale: 2, Background: Color{255, 255, 255, 255}})
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("image/png cannot read it: %v", err)
	}
	if got := img.Bounds(); got != image.Rect(0, 0, 400, 200) {
		t.Fatalf("bounds %v, want 400×200 for 200×100 pt at scale 2", got)
	}
	tests := []struct {
		name string
		x, y float64 // points
		want color.NRGBA
	}{
		{"bar", 40, 50, color.NRGBA{200, 30, 30, 255}},
		{"background", 190, 10, color.NRGBA{255, 255, 255, 255}},
		{"line", 100, 70, color.NRGBA{20, 40, 200, 255}},
		{"the line's turn", 120, 50, color.NRGBA{20, 40, 200, 255}},
	}
	for _, tc := range tests {
		if got := color.NRGBAModel.Convert(img.At(int(tc.x*2), int(tc.y*2))); got != tc.want {
			t.Errorf("%s at (%g, %g) pt is %v, want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
	for _, label := range texts(sample(), "") {
		if n := inked(img, label); n < 10 {
			t.Errorf("label %q has %d dark pixels: its glyphs were not drawn", label.Text, n)
		}
	}
}

// inked counts dark pixels in the box a horizontal label's glyphs sit in.
func inked(img image.Image, t Text) int {
	if t.Rotation != 0 {
		return 99
	}
	n := 0
	for y := int((t.Y - t.Size) * 2); y < int((t.Y+0.3*t.Size)*2); y++ {
		for x := int(t.X * 2); x < int((t.X+float64(len([]rune(t.Text)))*t.Size)*2); x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); r+g+b < 3*0x4000 {
				n++
			}
		}
	}
	return n
}

func TestPNGSameBytesAndTransparency(t *testing.T) {
	a, b := pngOf(t, sample(), PNGOptions{}), pngOf(t, sample(), PNGOptions{})
	if !bytes.Equal(a, b) {
		t.Error("the same drawing gave two different PNGs")
	}
	img, _ := png.Decode(bytes.NewReader(a))
	if _, _, _, alpha := img.At(390, 10).RGBA(); alpha != 0 {
		t.Error("with no background the empty corner is not transparent")
	}
}

func TestRasterizeRefusesImpossibleSizes(t *testing.T) {
	for _, k := range []float64{-1, math.NaN(), math.Inf(1), 1000} {
		if _, err := sample().Rasterize(PNGOptions{Scale: k}); err == nil {
			t.Errorf("scale %g: no error", k)
		}
	}
}

// TestPNGOfARealChart draws a lines chart through go-chart and rasterizes
// it: every value label must leave ink, in the fonts the layout measured.
func TestPNGOfARealChart(t *testing.T) {
	spec := specFor(Lines, years(2019, 7), [][]float64{ramp(7, func(i int) float64 { return float64(i * i) }), ramp(7, func(i int) float64 { return 20 - float64(i) })}, true)
	d, err := Draw(spec, Style{Width: 480, Height: 160}, fakeMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	img, err := d.Rasterize(PNGOptions{Scale: 2, Background: Color{255, 255, 255, 255}})
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range texts(d, "x-label") {
		if inked(img, label) < 10 {
			t.Errorf("x label %q left no ink", label.Text)
		}
	}
}

func TestDashes(t *testing.T) {
	tests := []struct {
		name    string
		line    []Point
		pattern []float64
		want    [][]Point
	}{
		{"solid", []Point{{0, 0}, {10, 0}}, nil, [][]Point{{{0, 0}, {10, 0}}}},
		{"straight", []Point{{0, 0}, {10, 0}}, []float64{2, 3}, [][]Point{{{0, 0}, {2, 0}}, {{5, 0}, {7, 0}}}},
		{"round a corner", []Point{{0, 0}, {3, 0}, {3, 3}}, []float64{4, 1}, [][]Point{{{0, 0}, {3, 0}, {3, 1}}, {{3, 2}, {3, 3}}}},
		{"zero-length dash", []Point{{0, 0}, {4, 0}}, []float64{0, 2}, [][]Point{{{0, 0}, {0, 0}}, {{2, 0}, {2, 0}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dashed([][]Point{tc.line}, tc.pattern)
			if !slices.EqualFunc(got, tc.want, func(a, b []Point) bool { return slices.Equal(a, b) }) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
