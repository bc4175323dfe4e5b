package charts

import (
	"fmt"
	"math"
	"strconv"
	"testing"
	"unicode/utf8"
)

// fakeMeasurer makes every rune half an em wide: crude, but it is the same
// measure for layout and for the checks, which is what the package promises.
type fakeMeasurer struct{}

func (fakeMeasurer) TextWidth(s string, size float64) float64 {
	return 0.5 * size * float64(utf8.RuneCountInString(s))
}

var nan = math.NaN()

func years(from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(from + i)
	}
	return out
}

func ramp(n int, f func(i int) float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

func specFor(kind Kind, cats []string, values [][]float64, labels bool) Spec {
	s := Spec{Kind: kind, Categories: cats, ValueLabels: labels}
	for j, v := range values {
		s.Series = append(s.Series, Series{Name: fmt.Sprintf("Series %c", 'A'+j), Values: v})
	}
	return s
}

func paths(d Drawing, class string) []Path {
	var out []Path
	for _, op := range d.Ops {
		if p, ok := op.(Path); ok && p.Class == class {
			out = append(out, p)
		}
	}
	return out
}

func texts(d Drawing, class string) []Text {
	var out []Text
	for _, op := range d.Ops {
		if t, ok := op.(Text); ok && (class == "" || t.Class == class) {
			out = append(out, t)
		}
	}
	return out
}

// textBox is the area a text run's glyphs may cover, by the fake metrics,
// turned about the baseline's start as the backends turn a label (an
// upright value label reads upwards).
func textBox(t Text, st Style) box {
	w := fakeMeasurer{}.TextWidth(t.Text, t.Size)
	sin, cos := math.Sincos(t.Rotation * math.Pi / 180)
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [][2]float64{{0, -st.Ascent * t.Size}, {w, -st.Ascent * t.Size}, {0, st.Descent * t.Size}, {w, st.Descent * t.Size}} {
		x, y := t.X+c[0]*cos+c[1]*sin, t.Y-c[0]*sin+c[1]*cos
		b = box{math.Min(b.x0, x), math.Min(b.y0, y), math.Max(b.x1, x), math.Max(b.y1, y)}
	}
	return b
}

func countPresent(spec Spec) int {
	n := 0
	for _, s := range spec.Series {
		for _, v := range s.Values {
			if !math.IsNaN(v) {
				n++
			}
		}
	}
	return n
}

// runs counts the stretches of consecutive present values.
func runs(vals []float64) int {
	n, in := 0, false
	for _, v := range vals {
		if !math.IsNaN(v) && !in {
			n++
		}
		in = !math.IsNaN(v)
	}
	return n
}

func moveTos(p Path) int {
	n := 0
	for _, s := range p.Segs {
		if s.Kind == MoveTo {
			n++
		}
	}
	return n
}

// checkSane fails on any coordinate that is not a finite number and on any
// text that leaves the drawing.
func checkSane(t *testing.T, d Drawing, st Style) {
	t.Helper()
	for _, op := range d.Ops {
		switch o := op.(type) {
		case Path:
			for _, s := range o.Segs {
				for _, pt := range s.Pts {
					if !finite(pt.X) || !finite(pt.Y) {
						t.Fatalf("%s path has point %v", o.Class, pt)
					}
				}
			}
		case Text:
			if b := textBox(o, st); !b.within(d.Width+1e-9, d.Height+1e-9) {
				t.Errorf("%s text %q covers %v, outside %gx%g", o.Class, o.Text, b, d.Width, d.Height)
			}
		}
	}
}

// checkApart fails when two texts of a class overlap.
func checkApart(t *testing.T, d Drawing, st Style, class string) {
	t.Helper()
	ts := texts(d, class)
	for i := range ts {
		for j := i + 1; j < len(ts); j++ {
			if textBox(ts[i], st).overlaps(textBox(ts[j], st)) {
				t.Errorf("%s labels %q and %q overlap", class, ts[i].Text, ts[j].Text)
			}
		}
	}
}
