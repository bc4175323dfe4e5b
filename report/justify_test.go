package report

import (
	"math"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/report/text"
)

// TestJustifyEndsFlushAndKeepsEveryCharacter wraps Chinese with Latin
// words, numbers and markers in it and checks each justified line: same
// characters in the same order, pieces left to right without overlap, the
// last one ending at the column's edge, and no space inside a Latin word.
func TestJustifyEndsFlushAndKeepsEveryCharacter(t *testing.T) {
	s := "越南已与193个国家建立外交关系，其中Australia、France和Malaysia升为全面战略伙伴。经济外交不断推进，进出口总额约8000亿美元。[1]"
	spans := []text.Span{{Text: s[:len(s)-3]}, {Text: "[1]", Attr: 1}}
	flush := 0
	for w := 60.0; w <= 300; w += 11 {
		lines, err := wrap(spans, para{size: 9, justify: true}, w)
		if err != nil {
			t.Fatal(err)
		}
		var joined strings.Builder
		for i, l := range lines {
			joined.WriteString(l.Text())
			if i == len(lines)-1 || len(l.Pieces) == 0 {
				continue
			}
			x := 0.0
			for _, p := range l.Pieces {
				if p.X < x-1e-9 {
					t.Errorf("width %v: piece %q at %.2f overlaps the one before, which ends at %.2f", w, p.Text, p.X, x)
				}
				x = p.X + p.W
			}
			if l.Width == w {
				flush++
			}
			if math.Abs(x-l.Width) > 0.01 {
				t.Errorf("width %v: line %q ends at %.2f, want %.2f", w, l.Text(), x, l.Width)
			}
			for _, word := range []string{"Australia", "France", "Malaysia", "193", "8000", "[1]"} {
				if strings.Contains(l.Text(), word) && !pieceHas(l, word) {
					t.Errorf("width %v: %q is cut apart on line %q", w, word, l.Text())
				}
			}
		}
		if joined.String() != s {
			t.Fatalf("width %v: lines give %q, want %q", w, joined.String(), s)
		}
	}
	if flush == 0 {
		t.Error("no line was justified")
	}
}

func pieceHas(l text.Line, word string) bool {
	for _, p := range l.Pieces {
		if strings.Contains(p.Text, word) {
			return true
		}
	}
	return false
}

func TestJustifyLeavesALineThatWouldGapeRagged(t *testing.T) {
	lines, err := text.Wrap([]text.Span{{Text: "越南 Internationalisation"}}, 9, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 {
		t.Fatalf("lines %v, want the Latin word on a line of its own", lines)
	}
	got := justify(lines[0], 9, 100)
	if got.Width != lines[0].Width {
		t.Errorf("line %q stretched from %.1f to %.1f pt over one gap", got.Text(), lines[0].Width, got.Width)
	}
}
