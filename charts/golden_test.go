package charts

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden pins the whole layout of two small charts as text: a change in
// go-chart or here shows up as a readable diff, one op per line.
func TestGolden(t *testing.T) {
	small := Style{Width: 240, Height: 140}
	tests := []struct {
		name string
		spec Spec
	}{
		{"bars", specFor(Bars, years(2022, 3), [][]float64{{22, nan, 30}, {18, 7, 27}}, true)},
		{"lines", specFor(Lines, years(2021, 5), [][]float64{{7, 2.9, nan, -5.1, 6.5}}, true)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Draw(tt.spec, small, fakeMeasurer{})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(d.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got := d.String(); got != string(want) {
				t.Errorf("drawing differs from %s (go test -update rewrites it):\n%s", path, got)
			}
		})
	}
}

func TestSameInputSameDrawing(t *testing.T) {
	spec := specFor(StackedBars, years(2016, 10), shapes[1].series, true)
	a, errA := Draw(spec, Style{}, fakeMeasurer{})
	b, errB := Draw(spec, Style{}, fakeMeasurer{})
	if errA != nil || errB != nil || a.String() != b.String() {
		t.Errorf("two runs differ (errors %v, %v)", errA, errB)
	}
}
