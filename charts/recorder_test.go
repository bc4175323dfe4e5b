package charts

import (
	"errors"
	"math"
	"testing"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

var zeroStyle chart.Style

func TestGoChartGetsOnlyThePlaceholderFont(t *testing.T) {
	for _, kind := range []Kind{Bars, StackedBars, Lines} {
		p, err := render(specFor(kind, years(2019, 7), shapes[2].series, true), DefaultStyle(), fakeMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		if p.rec.otherFonts != 0 {
			t.Errorf("kind %d: go-chart set %d other fonts: it would have parsed Roboto", kind, p.rec.otherFonts)
		}
	}
}

func TestRecorderDropsWhatPaintsNothing(t *testing.T) {
	r := newRecorder(fakeMeasurer{}, 1)
	r.SetStrokeColor(drawing.ColorTransparent)
	r.SetStrokeWidth(1)
	r.MoveTo(0, 0)
	r.LineTo(10, 0)
	r.Stroke()
	r.SetFontSize(8)
	r.Text("invisible", 0, 0)
	if len(r.ops) != 0 {
		t.Errorf("got %v, want no ops", r.ops)
	}
}

func TestRecorderArcEndsWhereGoChartSays(t *testing.T) {
	r := newRecorder(fakeMeasurer{}, 1)
	r.SetFillColor(drawing.ColorBlack)
	r.ArcTo(50, 50, 10, 10, 0, math.Pi/2) // from (60, 50) clockwise to (50, 60)
	r.Fill()
	segs := r.ops[0].(Path).Segs
	start, end := segs[0].Pts[0], segs[len(segs)-1].Pts[2]
	if !near(start, Point{60, 50}) || !near(end, Point{50, 60}) {
		t.Errorf("arc from %v to %v, want (60,50) to (50,60)", start, end)
	}
}

func TestCircleStaysOnItsRadius(t *testing.T) {
	segs := circle(0, 0, 10)
	from := segs[0].Pts[0]
	for _, s := range segs[1:5] {
		mid := cubicAt(from, s, 0.5)
		from = s.Pts[2]
		if d := math.Hypot(mid.X, mid.Y); math.Abs(d-10) > 0.01 {
			t.Errorf("arc midpoint %v is %.4f from the centre, want 10", mid, d)
		}
	}
}

func TestMeasureTextUsesTheMeasurer(t *testing.T) {
	r := newRecorder(fakeMeasurer{}, 0.9)
	r.SetFontSize(10)
	if b := r.MeasureText("2025"); b.Width() != 20 || b.Height() != 9 {
		t.Errorf("got %dx%d, want 20x9", b.Width(), b.Height())
	}
}

func TestDrawRefusesBadInput(t *testing.T) {
	ok := specFor(Bars, years(2024, 2), [][]float64{{1, 2}}, false)
	short := specFor(Bars, years(2024, 2), [][]float64{{1}}, false)
	inf := specFor(Bars, years(2024, 2), [][]float64{{1, math.Inf(1)}}, false)
	tests := []struct {
		name string
		spec Spec
		st   Style
		m    Measurer
		want error
	}{
		{"no categories", Spec{Series: ok.Series}, Style{}, fakeMeasurer{}, ErrEmpty},
		{"no series", Spec{Categories: ok.Categories}, Style{}, fakeMeasurer{}, ErrEmpty},
		{"short series", short, Style{}, fakeMeasurer{}, ErrBadSpec},
		{"infinite value", inf, Style{}, fakeMeasurer{}, ErrBadSpec},
		{"unknown kind", Spec{Kind: 7, Categories: ok.Categories, Series: ok.Series}, Style{}, fakeMeasurer{}, ErrBadSpec},
		{"no measurer", ok, Style{}, nil, ErrBadSpec},
		{"negative width", ok, Style{Width: -5}, fakeMeasurer{}, ErrBadSpec},
		{"postage stamp", ok, Style{Width: 40, Height: 30}, fakeMeasurer{}, ErrTooSmall},
	}
	for _, tt := range tests {
		if _, err := Draw(tt.spec, tt.st, tt.m); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

func near(a, b Point) bool { return math.Abs(a.X-b.X) < 1e-9 && math.Abs(a.Y-b.Y) < 1e-9 }

// cubicAt evaluates the cubic segment s, which starts at p0, at u in [0, 1].
func cubicAt(p0 Point, s Segment, u float64) Point {
	p1, p2, p3 := s.Pts[0], s.Pts[1], s.Pts[2]
	v := 1 - u
	return Point{
		v*v*v*p0.X + 3*v*v*u*p1.X + 3*v*u*u*p2.X + u*u*u*p3.X,
		v*v*v*p0.Y + 3*v*v*u*p1.Y + 3*v*u*u*p2.Y + u*u*u*p3.Y,
	}
}
