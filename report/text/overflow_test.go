package text

import (
	"math"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// widestCluster is the widest grapheme cluster set in lines, at size.
func widestCluster(lines []Line, size float64) float64 {
	w := 0.0
	for _, l := range lines {
		for _, p := range l.Pieces {
			g := uniseg.NewGraphemes(p.Text)
			for g.Next() {
				w = math.Max(w, RunWidth(p.Face, g.Str(), size))
			}
		}
	}
	return w
}

// checkOverflow fails on a line wider than width by more than the closing
// marks Wrap lets overflow (an em of them, and the one that crosses it),
// beyond a cluster that alone is wider than the line.
func checkOverflow(t *testing.T, lines []Line, size, width float64) {
	t.Helper()
	c := widestCluster(lines, size)
	for _, l := range lines {
		if l.Width > math.Max(width, c)+size+c+1e-6 {
			t.Fatalf("line %q is %.1f pt wide, for a width of %.1f", l.Text(), l.Width, width)
		}
	}
}

// TestWrapBreaksARunOfClosingMarks: a closing mark is kept on the line it
// closes, but a run of them (a paste of quotes, an ellipsis of 。) must
// still break, or the line runs off the page.
func TestWrapBreaksARunOfClosingMarks(t *testing.T) {
	for _, s := range []string{
		"https://example.org/aaaa" + strings.Repeat(`"`, 150) + "aaaa",
		"越南外交" + strings.Repeat("。", 80),
		strings.Repeat("!", 300),
	} {
		lines, err := Wrap(plain(s), 10, 80)
		if err != nil {
			t.Fatal(err)
		}
		checkOverflow(t, lines, 10, 80)
		var joined strings.Builder
		for _, l := range lines {
			joined.WriteString(l.Text())
		}
		if joined.String() != s {
			t.Errorf("lines join to %q, want %q", joined.String(), s)
		}
	}
}
