package report

import (
	"fmt"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// stretched is the embedded dataset made n years long by repeating its
// years' figures (events only in the newest year), to see what a long
// history costs a briefing of one year.
func stretched(b *testing.B, n int) *data.Dataset {
	b.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		b.Fatal(err)
	}
	last := ds.Years[len(ds.Years)-1].Year
	out := *ds
	out.Years = nil
	for i := range n {
		y := ds.Years[len(ds.Years)-1-i%len(ds.Years)]
		y.Year = last - i
		if i > 0 {
			y.Events = nil
		}
		out.Years = append([]data.Year{y}, out.Years...)
	}
	return &out
}

// BenchmarkBriefingByHistory briefs the newest year of datasets 2 to 50
// years long: the charts grow a bar per year; nothing else should grow.
func BenchmarkBriefingByHistory(b *testing.B) {
	for _, n := range []int{2, 7, 50} {
		ds := stretched(b, n)
		b.Run(fmt.Sprintf("years=%d", n), func(b *testing.B) { briefNewest(b, ds) })
	}
}
