package charts

import (
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// placeholderFont is handed to go-chart as the chart font so that it never
// parses its embedded Roboto (chart.Render calls GetDefaultFont only when
// Chart.Font is nil). Nothing dereferences it: go-chart reads a font only in
// its own raster and SVG renderers and in Style.String, none of which run
// here; the recorder measures with the injected Measurer instead.
var placeholderFont = new(truetype.Font)

// recorder is a chart.Renderer that keeps go-chart's drawing as Ops instead
// of pixels. It works at 72 DPI, so go-chart's pixels are points.
type recorder struct {
	m          Measurer
	ascent     float64 // ratios of the font size
	ops        []Op
	path       []Segment
	class      string
	stroke     Color
	fill       Color
	width      float64
	dash       []float64
	fontSize   float64
	fontColor  Color
	rotation   float64 // radians, clockwise on the page, as go-chart gives it
	otherFonts int     // non-nil fonts other than placeholderFont seen: must stay 0
}

var _ chart.Renderer = (*recorder)(nil)

func newRecorder(m Measurer, ascent float64) *recorder {
	return &recorder{m: m, ascent: ascent}
}

func (r *recorder) ResetStyle() {
	r.class, r.stroke, r.fill, r.width, r.dash = "", Color{}, Color{}, 0, nil
	r.fontSize, r.fontColor, r.rotation = 0, Color{}, 0
}

func (r *recorder) GetDPI() float64                 { return 72 }
func (r *recorder) SetDPI(float64)                  {}
func (r *recorder) SetClassName(c string)           { r.class = c }
func (r *recorder) SetStrokeColor(c drawing.Color)  { r.stroke = Color(c) }
func (r *recorder) SetFillColor(c drawing.Color)    { r.fill = Color(c) }
func (r *recorder) SetStrokeWidth(w float64)        { r.width = w }
func (r *recorder) SetStrokeDashArray(d []float64)  { r.dash = d }
func (r *recorder) SetFontColor(c drawing.Color)    { r.fontColor = Color(c) }
func (r *recorder) SetFontSize(size float64)        { r.fontSize = size }
func (r *recorder) SetTextRotation(radians float64) { r.rotation = radians }
func (r *recorder) ClearTextRotation()              { r.rotation = 0 }
func (r *recorder) Save(io.Writer) error            { return nil }
func (r *recorder) Circle(radius float64, x, y int) {
	r.path = append(r.path, circle(float64(x), float64(y), radius)...)
}
func (r *recorder) MoveTo(x, y int)              { r.seg(MoveTo, pt(x, y)) }
func (r *recorder) LineTo(x, y int)              { r.seg(LineTo, pt(x, y)) }
func (r *recorder) QuadCurveTo(cx, cy, x, y int) { r.seg(QuadTo, pt(cx, cy), pt(x, y)) }
func (r *recorder) Close()                       { r.seg(Close) }

func pt(x, y int) Point { return Point{float64(x), float64(y)} }

func (r *recorder) seg(k SegKind, pts ...Point) {
	s := Segment{Kind: k}
	copy(s.Pts[:], pts)
	r.path = append(r.path, s)
}

// ArcTo follows go-chart: the arc starts at angle startAngle on the ellipse,
// joined by a line to the current point if there is one.
func (r *recorder) ArcTo(cx, cy int, rx, ry, startAngle, delta float64) {
	x, y := float64(cx)+rx*math.Cos(startAngle), float64(cy)+ry*math.Sin(startAngle)
	if len(r.path) == 0 {
		r.seg(MoveTo, Point{x, y})
	} else {
		r.seg(LineTo, Point{x, y})
	}
	r.path = append(r.path, arc(float64(cx), float64(cy), rx, ry, startAngle, delta)...)
}

func (r *recorder) SetFont(f *truetype.Font) {
	if f != nil && f != placeholderFont {
		r.otherFonts++
	}
}

func (r *recorder) Stroke()     { r.flush(Color{}, r.stroke) }
func (r *recorder) Fill()       { r.flush(r.fill, Color{}) }
func (r *recorder) FillStroke() { r.flush(r.fill, r.stroke) }

// flush ends the current path; what would paint nothing is not recorded.
func (r *recorder) flush(fill, stroke Color) {
	if r.width <= 0 {
		stroke = Color{}
	}
	if len(r.path) > 0 && (fill.A != 0 || stroke.A != 0) {
		r.add(Path{Class: r.class, Segs: r.path, Fill: fill, Stroke: stroke, Width: r.width, Dash: r.dash})
	}
	r.path = nil
}

func (r *recorder) add(op Op) { r.ops = append(r.ops, op) }

// Text records a run whose baseline starts at (x, y), as go-chart places it.
func (r *recorder) Text(body string, x, y int) {
	if body == "" || r.fontColor.A == 0 {
		return
	}
	r.add(Text{Class: r.class, X: float64(x), Y: float64(y), Text: body, Size: r.fontSize,
		Color: r.fontColor, Rotation: -r.rotation * 180 / math.Pi})
}

// MeasureText answers with the injected font metrics: the width the backend
// will draw and the ascent as height, since go-chart puts the baseline at
// "top + height". Sizes round up so layouts never undershoot.
func (r *recorder) MeasureText(body string) chart.Box {
	b := chart.Box{
		Right:  int(math.Ceil(r.m.TextWidth(body, r.fontSize))),
		Bottom: int(math.Ceil(r.ascent * r.fontSize)),
	}
	if r.rotation == 0 {
		return b
	}
	return b.Corners().Rotate(r.rotation * 180 / math.Pi).Box()
}
