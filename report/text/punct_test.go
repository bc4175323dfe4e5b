package text

import (
	"math"
	"testing"
)

// TestPunctuationPairsAreSetCloser: two full-width marks side by side are
// set closer where their glyphs' blank allows, by less than a fifth of an
// em (more, and pdftotext reads a new line there), never so close that
// their ink touches; other text does not move.
func TestPunctuationPairsAreSetCloser(t *testing.T) {
	const size = 10.0
	tests := []struct {
		text string
		pair string // the pair whose second mark moves
		want float64
	}{
		{"（2025年）：本简报", "）：", 1.8},
		{"Lao Động：《标题》，约", "：《 and 》，", 3.6},
		{"标题》，约", "》，", 1.8},
		{"约为1.27）。", "）。", 1.56}, // ）'s ink is near its middle: only what leaves a quarter em
		{"越南外交。", "", 0},
	}
	for _, tc := range tests {
		lines, err := NewRules().Wrap([]Span{{Text: tc.text}}, size, 1000)
		if err != nil || len(lines) != 1 {
			t.Fatalf("%q: %v, %d lines", tc.text, err, len(lines))
		}
		plain, err := (&Rules{}).Wrap([]Span{{Text: tc.text}}, size, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if got := plain[0].Width - lines[0].Width; math.Abs(got-tc.want) > 0.01 {
			t.Errorf("%q is %.2f pt shorter, want %.2f", tc.text, got, tc.want)
		}
		if got := lines[0].Text(); got != tc.text {
			t.Errorf("%q reads %q once set", tc.text, got)
		}
	}
}
