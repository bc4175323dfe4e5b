package charts

import (
	"encoding/binary"
	"math"
	"strconv"
	"testing"
)

// briefingStyle is a chart cell of the briefing: half the text column of an
// A4 page, at the size and with the metrics of Noto Sans.
var briefingStyle = Style{Width: 240.64, Height: 160, FontSize: 7.5, Ascent: 1.069, Descent: 0.293}

// FuzzDrawRenders states what FuzzDraw does not: every chart the briefing
// can ask for renders. Any kind, 1 to 60 years, 1 to 5 series, and values
// a valid dataset may hold (finite, within ±1e9, from 1e-4 up, with gaps,
// one point, all equal, or spanning every order of magnitude at once) give
// a drawing, never an error, whose every label lies inside it.
func FuzzDrawRenders(f *testing.F) {
	f.Add(uint8(0), uint8(7), uint8(3), []byte{0, 22, 4, 0, 3, 4, 0, 15, 4, 0, 22, 4})
	f.Add(uint8(1), uint8(50), uint8(4), []byte{0x7f, 0xff, 12, 0x80, 0x01, 0, 0xff, 0xff, 0xff})
	f.Add(uint8(2), uint8(1), uint8(1), []byte{0x3b, 0x9a, 12})
	f.Add(uint8(2), uint8(60), uint8(5), []byte{0, 1, 0, 0, 1, 12, 0, 1, 0})
	f.Add(uint8(0), uint8(8), uint8(2), []byte{0, 5, 4, 0, 5, 4, 0, 5, 4, 0, 5, 4})
	f.Fuzz(func(t *testing.T, kind, ncat, nser uint8, data []byte) {
		n := 1 + int(ncat)%60
		spec := Spec{Kind: Kind(kind % 3), Categories: years(2026-n, n), ValueLabels: n <= 8, YFromZero: true}
		for j := 0; j <= int(nser)%5; j++ {
			spec.Series = append(spec.Series, Series{Name: "Series " + strconv.Itoa(j), Values: honestValues(data, j, n)})
		}
		d, err := Draw(spec, briefingStyle, fakeMeasurer{})
		if err != nil {
			t.Fatalf("%d categories, %d series %v: %v", n, len(spec.Series), spec.Series, err)
		}
		checkSane(t, d, briefingStyle.withDefaults())
	})
}

// honestValues reads three bytes per value: a signed 16-bit mantissa and a
// decimal exponent from -4 to 4 (so up to ±3.3e8); 0x8000 is a gap. Past the
// end of data the values repeat the last one read, or are gaps.
func honestValues(data []byte, series, n int) []float64 {
	out := make([]float64, n)
	last := math.NaN()
	for i := range out {
		at := (series*n + i) * 3
		if at+3 <= len(data) {
			m := int16(binary.BigEndian.Uint16(data[at:]))
			last = float64(m) * math.Pow10(int(data[at+2]%9)-4)
			if m == math.MinInt16 {
				last = math.NaN()
			}
		}
		out[i] = last
	}
	return out
}
