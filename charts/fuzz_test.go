package charts

import (
	"encoding/binary"
	"math"
	"strconv"
	"testing"
)

// FuzzDraw states the contract for any input: Draw never panics, and it
// returns either an error or a drawing whose points are all finite and
// whose texts all lie inside it.
func FuzzDraw(f *testing.F) {
	f.Add(uint8(0), uint8(7), uint8(2), true, []byte{1, 2, 3})
	f.Add(uint8(1), uint8(60), uint8(5), false, []byte{0xff, 0xf8, 0, 0, 0, 0, 0, 1})
	f.Add(uint8(2), uint8(1), uint8(1), true, binary.BigEndian.AppendUint64(nil, math.Float64bits(1e308)))
	f.Add(uint8(2), uint8(0), uint8(3), true, []byte{})
	f.Fuzz(func(t *testing.T, kind, ncat, nser uint8, labels bool, data []byte) {
		spec := Spec{Kind: Kind(kind % 4), Categories: years(1970, int(ncat%61)), ValueLabels: labels}
		for j := 0; j < int(nser%6); j++ {
			spec.Series = append(spec.Series, Series{Name: "S" + strconv.Itoa(j), Values: fuzzValues(data, j, len(spec.Categories))})
		}
		d, err := Draw(spec, Style{}, fakeMeasurer{})
		if err == nil {
			checkSane(t, d, DefaultStyle())
		}
	})
}

// fuzzValues reads float64s from data; a short read is a small integer, so
// that the fuzzer reaches both ordinary and absurd values. Past the end of
// data every value is missing.
func fuzzValues(data []byte, series, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		at := (series*n + i) * 8
		switch {
		case at+8 <= len(data):
			out[i] = math.Float64frombits(binary.BigEndian.Uint64(data[at:]))
		case at < len(data):
			out[i] = float64(int8(data[at]))
		default:
			out[i] = math.NaN()
		}
	}
	return out
}

func BenchmarkDraw(b *testing.B) {
	spec := specFor(Bars, years(2019, 7), [][]float64{
		{22, 3, nan, 15, 22, 30, 28}, {18, 1, 4, 12, 25, 27, 31}, {5, 6, 7, 8, 9, 10, 11},
	}, true)
	for b.Loop() {
		if _, err := Draw(spec, Style{}, fakeMeasurer{}); err != nil {
			b.Fatal(err)
		}
	}
}
