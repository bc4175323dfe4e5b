package pdf

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/fonts"
)

// TestWriteToLeavesNothingRunning: the fonts and pages are worked on in
// the background while WriteTo writes objects. When a font cannot be cut
// down, WriteTo says so, and nothing it started still reads the pages
// when it returns, so the caller may draw on them again.
func TestWriteToLeavesNothingRunning(t *testing.T) {
	bad := &fonts.Face{Name: "broken", Data: []byte("not a font at all")}
	good := fonts.Chain(fonts.Regular)[0]
	d := New(600, 800, Info{})
	var pages []*Page
	for range 50 {
		p := d.AddPage()
		p.Text(d.Font(good), 10, 10, 10, strings.Repeat("hello world ", 500))
		pages = append(pages, p)
	}
	pages[0].Text(d.Font(bad), 10, 10, 10, "x")
	before := runtime.NumGoroutine()
	_, err := d.WriteTo(io.Discard)
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("WriteTo with a broken font: %v, want an error naming it", err)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines still running after WriteTo returned, %d before", after, before)
	}
	for _, p := range pages {
		p.Text(d.Font(good), 10, 20, 10, "more") // a race with a reader left behind, under -race
	}
}
