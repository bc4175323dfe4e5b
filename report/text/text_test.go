package text

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/dipbrief/dipbrief/fonts"
	"golang.org/x/text/unicode/norm"
)

func plain(s string) []Span { return []Span{{Text: s}} }

func lineTexts(t *testing.T, spans []Span, width float64) []string {
	t.Helper()
	lines, err := Wrap(spans, 10, width)
	if err != nil {
		t.Fatalf("Wrap: %v", err)
	}
	var out []string
	for _, l := range lines {
		out = append(out, l.Text())
	}
	return out
}

func TestItemizeGivesEachRuneAFaceThatHasIt(t *testing.T) {
	tests := []struct {
		name, in string
		faces    []string
	}{
		{"vietnamese", "Đối ngoại Việt Nam", []string{"NotoSans"}},
		{"chinese", "越南外交", []string{"DroidSansFallback"}},
		{"mixed", "Nguồn: 越通社 2024", []string{"NotoSans", "DroidSansFallback", "NotoSans"}},
		{"latin digits inside chinese", "进行22次访问", []string{"DroidSansFallback", "NotoSans", "DroidSansFallback"}},
		{"chinese punctuation", "全面、现代。", []string{"DroidSansFallback"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runs, err := Itemize(tc.in, fonts.Regular)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			var joined string
			for _, r := range runs {
				got = append(got, r.Face.Name)
				joined += r.Text
				for _, c := range r.Text {
					if !r.Face.Has(c) {
						t.Errorf("rune %q given to %s, which lacks it", c, r.Face.Name)
					}
				}
			}
			if joined != tc.in {
				t.Errorf("runs join to %q, want %q", joined, tc.in)
			}
			if strings.Join(got, ",") != strings.Join(tc.faces, ",") {
				t.Errorf("faces %v, want %v", got, tc.faces)
			}
		})
	}
}

func TestItemizeNamesAMissingRune(t *testing.T) {
	for _, in := range []string{"xin chào 😀", "مرحبا"} {
		_, err := Itemize(in, fonts.Regular)
		var mg *MissingGlyphError
		if !errors.As(err, &mg) {
			t.Fatalf("Itemize(%q): got %v, want a MissingGlyphError", in, err)
		}
		if !strings.ContainsRune(in, mg.Rune) || !strings.Contains(err.Error(), "U+") {
			t.Errorf("error %q does not name a rune of the input", err)
		}
	}
}

func TestItemizeNFDEqualsNFC(t *testing.T) {
	s := "Tổng Bí thư, Hội An, Đà Lạt, tỷ USD"
	a, err1 := Itemize(norm.NFD.String(s), fonts.Regular)
	b, err2 := Itemize(s, fonts.Regular)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if len(a) != len(b) || a[0].Text != b[0].Text {
		t.Errorf("NFD itemizes to %v, NFC to %v", a, b)
	}
}

func TestWrapBreaksOnlyAtOpportunities(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"fits", "Đối ngoại Việt Nam", 500, []string{"Đối ngoại Việt Nam"}},
		{"words", "hai mươi hai chuyến thăm", 60, []string{"hai mươi hai", "chuyến", "thăm"}},
		{"newline", "một\nhai", 500, []string{"một", "hai"}},
		{"newline before a negative number", "Năm 2024\n-5% so với\n-5", 500, []string{"Năm 2024", "-5% so với", "-5"}}, // uniseg alone joins these
		{"paragraph separator", "một\u2029-5", 500, []string{"một", "-5"}},
		{"CR LF is one break", "một\r\nhai", 500, []string{"một", "hai"}},
		{"marker stays with word", "680 tỷ USD[1]", 48, []string{"680 tỷ", "USD[1]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lineTexts(t, plain(tc.in), tc.width)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWrapChineseNeverStartsALineWithClosingPunctuation(t *testing.T) {
	s := "越南已与193个国家建立外交关系，其中全面战略伙伴6个，战略伙伴12个，全面伙伴12个。经济外交不断得到推进。"
	for w := 30.0; w < 200; w += 7 {
		lines := lineTexts(t, plain(s), w)
		if strings.Join(lines, "") != s {
			t.Fatalf("width %v: lines %q lose or duplicate characters", w, lines)
		}
		for _, l := range lines[1:] {
			if r := []rune(l)[0]; strings.ContainsRune("，。、」）", r) {
				t.Errorf("width %v: line %q starts with %q", w, l, r)
			}
		}
	}
}

func TestWrapSplitsAnUnbreakableStretch(t *testing.T) {
	url := "https://example.org/a-very-long-path-without-any-spaces-at-all"
	lines, err := Wrap(plain(url), 10, 80)
	if err != nil {
		t.Fatal(err)
	}
	var joined string
	for _, l := range lines {
		if l.Width > 80+1e-6 {
			t.Errorf("line %q is %.1f pt wide, want ≤ 80", l.Text(), l.Width)
		}
		joined += l.Text()
	}
	if joined != url {
		t.Errorf("lines join to %q, want %q", joined, url)
	}
}

func TestWrapKeepsSpanAttributes(t *testing.T) {
	spans := []Span{{Text: "FDI ", Style: fonts.Bold}, {Text: "36,6 tỷ USD"}, {Text: "[2]", Attr: 2}}
	lines, err := Wrap(spans, 10, 500)
	if err != nil {
		t.Fatal(err)
	}
	ps := lines[0].Pieces
	if len(ps) != 3 || ps[0].Style != fonts.Bold || ps[2].Attr != 2 || ps[2].Text != "[2]" {
		t.Errorf("pieces %+v, want bold label, text, marker with attr 2", ps)
	}
	if ps[1].X <= ps[0].X || ps[2].X <= ps[1].X {
		t.Errorf("pieces not placed left to right: %+v", ps)
	}
}

// FuzzWrap sets any text with the rules of every language and the
// country's names kept whole: no rune is lost or doubled or given to a
// font that lacks it, no line runs past the margin, and no line starts
// inside a unit the rules keep whole unless that unit alone is wider than
// the line.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"Đối ngoại Việt Nam 2024", "越南已与193个国家建立外交关系，其中", "a\nb c", "https://x.y/z", "",
		"2026年1月12日 (11 tháng) >19,1 triệu [3][4] [10–12] 2023–2027 Viet Nam", "https://a.vn/b-c-d?e=1#f"} {
		f.Add(s, 60.0)
	}
	rules := NewRules("Việt Nam", "Viet Nam", "越南")
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 1 || width > 1000 || width != width {
			return
		}
		lines, err := rules.Wrap(plain(s), 10, width)
		var mg *MissingGlyphError
		if errors.As(err, &mg) || errors.Is(err, ErrInvalidUTF8) {
			return
		}
		if err != nil {
			t.Fatalf("Wrap(%q): %v", s, err)
		}
		checkOverflow(t, lines, 10, width)
		var joined strings.Builder
		for _, l := range lines {
			for _, p := range l.Pieces {
				for _, r := range p.Text {
					if !p.Face.Has(r) {
						t.Fatalf("rune %q given to %s, which lacks it", r, p.Face.Name)
					}
				}
			}
			joined.WriteString(l.Text())
		}
		noSpace := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		if noSpace(joined.String()) != noSpace(norm.NFC.String(s)) {
			t.Fatalf("lines %q lose or duplicate runes of %q", joined.String(), s)
		}
		checkUnitsWhole(t, rules, s, 10, width, lines)
	})
}

// checkUnitsWhole fails when a line starts inside a unit of segments the
// rules glue together, where that unit alone fits the line.
func checkUnitsWhole(t *testing.T, r *Rules, s string, size, width float64, lines []Line) {
	t.Helper()
	segs, err := r.segments(plain(s), size)
	if err != nil {
		t.Fatal(err)
	}
	text := norm.NFC.String(s)
	starts := lineStarts(lines)
	lo := 0
	for i := 0; i < len(segs); {
		w := 0.0
		for ; segs[i].glue && i+1 < len(segs); i++ {
			w += segs[i].advance
		}
		w += segs[i].width
		if hi := segs[i].end; w <= width && splitInside(starts, text, lo, hi) {
			t.Fatalf("width %v: a line starts inside %q, %.1f pt wide: %q", width, text[lo:hi], w, texts(lines))
		}
		lo = segs[i].end
		i++
	}
}

// BenchmarkWrap sets a Vietnamese, a Chinese and a source-list paragraph:
// with Wrap (fast paths and no-break rules), with the fast paths alone (the
// zero Rules), and with the code as it was before its shortcuts, which
// has no rules: "uax14" against "reference" is what the fast paths save.
func BenchmarkWrap(b *testing.B) {
	paras := []struct {
		name  string
		spans []Span
	}{
		{"vi", plain("Năm 2024, Việt Nam đã tổ chức 22 chuyến thăm cấp cao (tăng 10% so với 2023); kim ngạch thương mại đạt 786,29 tỷ USD, FDI giải ngân 25,35 tỷ USD[1].")},
		{"zh", plain("越南已与193个国家建立外交关系，其中全面战略伙伴6个，战略伙伴12个，全面伙伴12个。经济外交不断得到推进，2024年进出口总额达7862.9亿美元。")},
		{"source", []Span{{Text: "VnExpress. ", Style: fonts.Bold}, {Text: "“Vietnam's exports hit record high”. 12/01/2025 · Vietnamese · "}, {Text: "https://vnexpress.net/xuat-khau-viet-nam-dat-ky-luc-4838123.html", Attr: -1}, {Text: "."}}},
	}
	for _, p := range paras {
		for _, impl := range []struct {
			name string
			wrap func([]Span, float64, float64) ([]Line, error)
		}{{"fast", Wrap}, {"uax14", new(Rules).Wrap}, {"reference", refWrap}} {
			b.Run(p.name+"/"+impl.name, func(b *testing.B) {
				for b.Loop() {
					if _, err := impl.wrap(p.spans, 10, 300); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
