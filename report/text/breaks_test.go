package text

import (
	"fmt"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// lineBreak is one line segment: its text and whether a break must follow.
type lineBreak struct {
	Seg  string
	Must bool
}

// unisegLines is s cut into line segments by uniseg alone.
func unisegLines(s string) []lineBreak {
	var out []lineBreak
	for state := -1; s != ""; {
		var seg string
		var must bool
		seg, s, must, state = uniseg.FirstLineSegmentInString(s, state)
		out = append(out, lineBreak{seg, must})
	}
	return out
}

// fastLines is s cut into line segments the way segments cuts it.
func fastLines(s string) []lineBreak {
	var out []lineBreak
	for state := -1; s != ""; {
		var seg string
		var must bool
		seg, must, state = lineSegment(s, state)
		s = s[len(seg):]
		out = append(out, lineBreak{seg, must})
	}
	return out
}

// unisegClusters and fastClusters are s cut into grapheme clusters.
func unisegClusters(s string) []string {
	var out []string
	for state := -1; s != ""; {
		var cl string
		cl, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		out = append(out, cl)
	}
	return out
}

func fastClusters(s string) []string {
	var out []string
	for state := -1; s != ""; {
		var cl string
		cl, s, state = firstCluster(s, state)
		out = append(out, cl)
	}
	return out
}

// checkSameAsUniseg fails when the shortcuts cut or normalize s other than
// uniseg and norm do.
func checkSameAsUniseg(t *testing.T, s string) {
	t.Helper()
	if got, want := fastLines(s), unisegLines(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("line segments of %+q: got %+v, uniseg %+v", s, got, want)
	}
	if got, want := fastClusters(s), unisegClusters(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("clusters of %+q: got %q, uniseg %q", s, got, want)
	}
	if got, want := nfc(s), norm.NFC.String(s); got != want {
		t.Fatalf("nfc(%+q) = %+q, norm %+q", s, got, want)
	}
}

// checkSameAsReference fails when Wrap, Itemize or Drawable answer other
// than they did before the shortcuts. Wrap is compared without rules
// (the zero Rules), as UAX #14 alone breaks: the rules act on the break
// opportunities, whoever found them.
func checkSameAsReference(t *testing.T, spans []Span, size, width float64) {
	t.Helper()
	got, err := new(Rules).Wrap(spans, size, width)
	want, refErr := refWrap(spans, size, width)
	if fmt.Sprint(err) != fmt.Sprint(refErr) || !reflect.DeepEqual(got, want) {
		t.Fatalf("Wrap(%+v, %v, %v):\n got %+v, %v\nwant %+v, %v", spans, size, width, got, err, want, refErr)
	}
	for _, sp := range spans {
		for _, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, 7} {
			got, err := Itemize(sp.Text, st)
			want, refErr := refItemize(sp.Text, st)
			if fmt.Sprint(err) != fmt.Sprint(refErr) || !reflect.DeepEqual(got, want) {
				t.Fatalf("Itemize(%+q, %v): got %+v, %v; want %+v, %v", sp.Text, st, got, err, want, refErr)
			}
		}
		if got, want := Drawable(sp.Text), refDrawable(sp.Text); got != want {
			t.Fatalf("Drawable(%+q) = %v, want %v", sp.Text, got, want)
		}
	}
}

// Representatives of the classes lineSegment knows, and of some it leaves
// to uniseg (a combining mark, %, $, quote, tab, a no-break space, a wide
// opening bracket, a Thai letter, an Arabic-Indic digit).
var (
	knownSamples   = []string{"a", "0", "中", " ", ",", "/", "-", "(", ")", "、", "!", "\n"}
	unknownSamples = []string{"\u0301", "%", "$", `"`, "\t", "\u00a0", "（", "ก", "٣"}
)

// TestLineSegmentMatchesUnisegOnEveryShortString tries every string of up
// to five known characters, and of up to four known or unknown ones: the
// automaton in breaks.go and its hand-overs to uniseg.
func TestLineSegmentMatchesUnisegOnEveryShortString(t *testing.T) {
	all := append(append([]string(nil), knownSamples...), unknownSamples...)
	var try func(prefix string, alphabet []string, depth int)
	try = func(prefix string, alphabet []string, depth int) {
		checkSameAsUniseg(t, prefix)
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			try(prefix+c, alphabet, depth-1)
		}
	}
	known, mixed := 5, 4
	if testing.Short() {
		known, mixed = 4, 3
	}
	try("", knownSamples, known)
	try("", all, mixed)
}

// lineProbes holds a character of every line-break class uniseg knows
// (Unicode 15.0), wide and narrow brackets, an unassigned pictograph and
// the contexts of LB25 and LB21 (a number before a separator or slash, a
// letter before a hyphen).
var lineProbes = []string{
	"\v", "\r", "\n", "\u0085", " ", "\u200b", "\u2060", "\u00a0", "|", "-",
	"}", ")", "!", ",", "/", "(", `"`, "\u203c", "\u2014", "\ufffc", "\u00b4",
	"\u05d0", "a", "0", "$", "%", "中", "\U0001f466", "\U0001f3fb", "\u2026",
	"\u1100", "\u1160", "\u11a8", "\uac00", "\uac01", "\U0001f1e6", "\u0301",
	"\u200d", "\u0e01", "\u00a7", "\u3041", "\u0378", "（", "）", "\U0001f02c",
	"1.", "1/", "a-",
}

// graphemeProbes holds a character of every grapheme break property, the
// start of an emoji ZWJ sequence, and nothing.
var graphemeProbes = []string{
	"\r", "\n", "\x01", "\u0301", "\u200d", "\U0001f1e6", "\u0600", "\u0903",
	"\u1100", "\u1160", "\u11a8", "\uac00", "\uac01", "\U0001f600", "a",
	"\U0001f600\u200d", "",
}

// sampleOf is the representative of each known class.
var sampleOf = map[breakClass]string{
	alClass: "a", nuClass: "0", idClass: "中", spClass: " ", isClass: ",",
	clClass: "、", exClass: "!", lfClass: "\n", syClass: "/", hyClass: "-",
	opClass: "(", cpClass: ")",
}

// TestClassOfMatchesUniseg checks every character classOf names: it must
// break like its class's representative beside every probe and be inert
// to NFC, and every character standsAlone admits must cluster like "a".
func TestClassOfMatchesUniseg(t *testing.T) {
	type context struct {
		class         breakClass
		before, after string
	}
	lineWant := map[context][]string{}
	for c, rep := range sampleOf {
		for _, p := range lineProbes {
			lineWant[context{c, p, ""}] = lineShape(unisegLines(p + rep))
			lineWant[context{c, "", p}] = lineShape(unisegLines(rep + p))
		}
	}
	clusterWant := map[context][]int{}
	for _, p := range graphemeProbes {
		clusterWant[context{otherClass, p, ""}] = runeCounts(unisegClusters(p + "a"))
		clusterWant[context{otherClass, "", p}] = runeCounts(unisegClusters("a" + p))
	}
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		c := classOf(r)
		if c == otherClass && !standsAlone(r) {
			continue
		}
		n++
		s := string(r)
		if c != otherClass && !(norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore()) {
			t.Fatalf("%+q has a known class, so nfc passes it unasked, but it is not NFC or may combine with what precedes it", s)
		}
		for ctx, want := range lineWant {
			if ctx.class == c {
				if got := unisegLines(ctx.before + s + ctx.after); !reflect.DeepEqual(lineShape(got), want) {
					t.Fatalf("%+q in %+q breaks as %+v, unlike %+q", s, ctx, got, sampleOf[c])
				}
			}
		}
		if standsAlone(r) {
			for ctx, want := range clusterWant {
				if got := unisegClusters(ctx.before + s + ctx.after); !reflect.DeepEqual(runeCounts(got), want) {
					t.Fatalf("%+q in %+q clusters as %q, unlike a", s, ctx, got)
				}
			}
		}
	}
	t.Logf("%d characters checked", n)
}

// lineShape is a segmentation as rune counts, a must-break flag after each.
func lineShape(segs []lineBreak) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = fmt.Sprint(utf8.RuneCountInString(s.Seg), s.Must)
	}
	return out
}

// runeCounts is the number of runes in each string.
func runeCounts(ss []string) []int {
	out := make([]int, len(ss))
	for i, s := range ss {
		out[i] = utf8.RuneCountInString(s)
	}
	return out
}

// TestShortcutsOnTrickyText pins uniseg's answers where UAX #14 has
// special rules (numbers, separators after spaces, closing marks, uniseg's
// LB25 look-ahead that even cancels a newline's break) and checks the
// shortcuts and Wrap against uniseg and the reference on each.
func TestShortcutsOnTrickyText(t *testing.T) {
	tests := []struct {
		in   string
		want []string // line segments; "!" marks a break that must follow
	}{
		{"a.5", []string{"a.", "5!"}},
		{"1.5", []string{"1.5!"}},
		{"1..5", []string{"1..", "5!"}},
		{"1.5中", []string{"1.5", "中!"}},
		{"中1", []string{"中", "1!"}},
		{"36,6 tỷ USD", []string{"36,6 ", "tỷ ", "USD!"}},
		{"word , next", []string{"word , ", "next!"}},
		{"wow!next? ok", []string{"wow!", "next? ", "ok!"}},
		{"越南，中国。好", []string{"越", "南，", "中", "国。", "好!"}},
		{"（越南）中", []string{"（越", "南）", "中!"}},
		{"a\n\nb", []string{"a\n!", "\n!", "b!"}},
		{"a\r\nb", []string{"a\r\n!", "b!"}},
		{"a\n-5", []string{"a\n-5!"}},
		{" -5", []string{" -5!"}},
		{"x-1 e-mail", []string{"x-1 ", "e-", "mail!"}},
		{"USD[1] x", []string{"USD[1] ", "x!"}},
		{"(a b) c", []string{"(a ", "b) ", "c!"}},
		{"$5 % 1/2", []string{"$5 ", "% ", "1/2!"}},
		{"  lead trail  ", []string{"  ", "lead ", "trail  !"}},
		{"a·b", []string{"a·b!"}},
		{"a\u00a0b a\tb", []string{"a\u00a0b ", "a\t", "b!"}},
		{"e\u0301 é", []string{"e\u0301 ", "é!"}},
		{"Đối ngoại: 22 chuyến; 1.000,5 tỷ!", []string{"Đối ", "ngoại: ", "22 ", "chuyến; ", "1.000,5 ", "tỷ!!"}},
		{"\U0001F1FB\U0001F1F3\U0001F1FB", []string{"\U0001F1FB\U0001F1F3", "\U0001F1FB!"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, l := range unisegLines(tc.in) {
				if l.Must {
					l.Seg += "!"
				}
				got = append(got, l.Seg)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("uniseg cuts %+q as %+q, want %+q", tc.in, got, tc.want)
			}
			checkSameAsUniseg(t, tc.in)
			for _, w := range []float64{1, 15, 40, 1e6} {
				checkSameAsReference(t, plain(tc.in), 10, w)
				checkSameAsReference(t, []Span{{Text: tc.in[:len(tc.in)/2]}, {Text: tc.in[len(tc.in)/2:], Style: fonts.Bold, Attr: 1}}, 10, w)
			}
		})
	}
}

// FuzzShortcutsMatchUniseg compares lineSegment, firstCluster and nfc with
// uniseg and norm on any bytes.
func FuzzShortcutsMatchUniseg(f *testing.F) {
	for _, s := range []string{"Đối ngoại Việt Nam 2024", "越南已与193个国家建立外交关系，其中", "1.5, a.5; 1..5", "a\n-5", "e\u0301\u200d\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(checkSameAsUniseg)
}

// FuzzWrapMatchesReference compares Wrap, Itemize and Drawable with the
// code as it was before the shortcuts, on spans cut from any bytes.
func FuzzWrapMatchesReference(f *testing.F) {
	for _, s := range []string{
		"Đối ngoại Việt Nam 2024: 22 chuyến thăm, 1.000,5 tỷ USD[1].",
		"越南已与193个国家建立外交关系，其中全面战略伙伴6个。",
		"https://example.org/a-very-long-path?x=1&y=2",
		"a\n\nb c\r\nd", "  (a b) -5 % $5  ", "", "\xff",
	} {
		f.Add(s, uint8(len(s)/3), uint8(len(s)/2), uint8(0b100110), 60.0)
	}
	f.Fuzz(func(t *testing.T, s string, cut1, cut2, styles uint8, width float64) {
		i, j := int(cut1)%(len(s)+1), int(cut2)%(len(s)+1)
		i, j = min(i, j), max(i, j)
		var spans []Span
		for k, part := range []string{s[:i], s[i:j], s[j:]} {
			spans = append(spans, Span{Text: part, Style: fonts.Style(styles >> (2 * k) & 3), Attr: k % 2})
		}
		size := []float64{8.5, 10, 24, 10}[styles>>6]
		checkSameAsReference(t, spans, size, width)
		checkSameAsUniseg(t, s)
	})
}
