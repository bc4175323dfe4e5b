package text

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// lineStarts is, for each line after the first, how many characters
// other than white space the lines before it hold: where it starts in the
// paragraph, counted so that the spaces and line breaks lines drop at
// their ends do not count.
func lineStarts(lines []Line) []int {
	var starts []int
	n := 0
	for i, l := range lines {
		if i > 0 {
			starts = append(starts, n)
		}
		n += visible(l.Text())
	}
	return starts
}

// visible is the number of runes of s that are not white space.
func visible(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// splitInside reports whether a line starts strictly inside text[lo:hi].
func splitInside(starts []int, text string, lo, hi int) bool {
	vlo, vhi := visible(text[:lo]), visible(text[:hi])
	for _, s := range starts {
		if s > vlo && s < vhi {
			return true
		}
	}
	return false
}

// TestRulesKeepUnitsWhole sets each text at every width from the width of
// whole (the stretch between the break opportunities around a unit) up:
// no line may start inside whole. Without the rules, some width must
// split it, or the case tests nothing.
func TestRulesKeepUnitsWhole(t *testing.T) {
	tests := []struct {
		name, in, whole string
		keep            []string
	}{
		{"zh day", "会议于2026年1月12日在河内举行，双方签署协议。", "12日", nil},
		{"zh month", "该会议于2022年4月26日举行。", "4月", nil},
		{"zh months", "贸易额44%（前11个月）增长。", "11个月）", nil},
		{"zh year", "在2025年越南接待外国游客。", "2025年", nil},
		{"zh ten thousands", "游客达到2120万人次。", "2120万", nil},
		{"zh hundred millions", "进出口超过9300亿美元。", "9300亿", nil},
		{"vi months", "đạt 10,6 tỷ USD (11 tháng) năm nay", "(11 tháng)", nil},
		{"vi millions", "đón >19,1 triệu lượt khách quốc tế", ">19,1 triệu", nil},
		{"vi billions", "kim ngạch 786,29 tỷ USD trong năm", "786,29 tỷ", nil},
		{"en millions", "arrivals of >18 million visitors", ">18 million", nil},
		{"en billions", "trade of US$786.29 billion in all", "US$786.29 billion", nil},
		{"percent", "up by 44 % on the year", "44 %", nil},
		{"marker group", "the term. [3][4] and more words", "term. [3][4]", nil},
		{"marker range", "cited twice [10–12] here", "twice [10–12]", nil},
		{"marker after chinese", "较2024年[6]增长", "2024年[6]", nil},
		{"range", "the plan for 2023–2027 holds", "2023–2027", nil},
		{"country", "visits to Viet Nam rose", "Viet Nam", []string{"Viet Nam"}},
		{"country in vietnamese", "Đối ngoại Việt Nam năm 2025", "Việt Nam", []string{"Việt Nam"}},
		{"country named in NFD", "Đối ngoại Việt Nam năm 2025", "Việt Nam", []string{norm.NFD.String(" Việt Nam ")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo := strings.Index(tc.in, tc.whole)
			if lo < 0 {
				t.Fatalf("%q is not in %q", tc.whole, tc.in)
			}
			hi := lo + len(tc.whole)
			r := NewRules(tc.keep...)
			wholeW := lineWidth(t, r, tc.whole)
			split := false
			for w := wholeW; w < lineWidth(t, r, tc.in)+10; w += 0.5 {
				lines, err := r.Wrap(plain(tc.in), 10, w)
				if err != nil {
					t.Fatal(err)
				}
				if splitInside(lineStarts(lines), tc.in, lo, hi) {
					t.Errorf("width %v: %q is split: %q", w, tc.whole, texts(lines))
				}
				plainLines, err := new(Rules).Wrap(plain(tc.in), 10, w)
				if err != nil {
					t.Fatal(err)
				}
				split = split || splitInside(lineStarts(plainLines), tc.in, lo, hi)
			}
			if !split {
				t.Errorf("UAX #14 alone never splits %q in %q: the case proves nothing", tc.whole, tc.in)
			}
		})
	}
}

// TestRulesBreakAUnitWiderThanTheLine: a unit that cannot fit breaks where
// UAX #14 allows, not between letters.
func TestRulesBreakAUnitWiderThanTheLine(t *testing.T) {
	r := NewRules("Viet Nam")
	lines, err := r.Wrap(plain("to Viet Nam today"), 10, lineWidth(t, r, "Viet Nam")-1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(texts(lines), "|"), "to Viet|Nam|today"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestZonesOnlyWhereTheRulesSay: words that look like units but are not
// after a number, or run on into a longer word, are not kept with it.
func TestZonesOnlyWhereTheRulesSay(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"12 millionaires", nil},
		{"12 million.", []string{"12 million"}},
		{"12 pptx, 3 tháng", []string{"3 tháng"}},
		{"a [x] b [3]", []string{"b [3]"}},
		{"[3] opens", []string{"[3]"}},
		{"[3, 4]", []string{"[3, 4]"}},
		{"2023-2027 and 5–", nil},
		{"Nam Định, Viet Nameless, Viet Nam", []string{"Viet Nam"}},
	}
	r := NewRules("Viet Nam")
	for _, tc := range tests {
		var got []string
		for _, z := range r.zones(tc.in) {
			got = append(got, tc.in[z.lo:z.hi])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("zones of %q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestURLBreaks pins where an address may break: after a slash, before
// . - ? & = # _ ~ %, between Chinese characters as Chinese breaks, never
// between two slashes or right after the scheme.
func TestURLBreaks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"https://example.org/a-b/c?d=1&e=2#f", []string{"https://example", ".org/", "a", "-b/", "c", "?d", "=1", "&e", "=2", "#f"}},
		{"http://x.vn//y--z", []string{"http://x", ".vn//", "y", "--z"}},
		{"HTTPS://A.B/%E1%84", []string{"HTTPS://A", ".B/", "%E1", "%84"}},
		{"https://cn.vn/越南/1.htm", []string{"https://cn", ".vn/", "越", "南/", "1", ".htm"}},
		{"https://a.vn/外长：《越南》-1", []string{"https://a", ".vn/", "外", "长：", "《越", "南》", "-1"}},
	}
	for _, tc := range tests {
		var got []string
		at := 0
		for _, b := range urlBreaks(tc.in, zone{0, len(tc.in)}) {
			got = append(got, tc.in[at:b])
			at = b
		}
		got = append(got, tc.in[at:])
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q breaks as %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestURLRanges finds addresses in running text, up to white space, the
// end of their span, or a full stop that ends the sentence.
func TestURLRanges(t *testing.T) {
	tests := []struct {
		spans []string
		want  []string
	}{
		{[]string{"see https://a.vn/x. Then"}, []string{"https://a.vn/x"}},
		{[]string{"，https://a.vn/越南", "。外交"}, []string{"https://a.vn/越南"}},
		{[]string{"xhttps://a.vn no", " and http://b.vn/"}, []string{"http://b.vn/"}},
	}
	for _, tc := range tests {
		text, bounds := "", []int{0}
		for _, s := range tc.spans {
			text += s
			bounds = append(bounds, len(text))
		}
		var got []string
		for _, z := range urlRanges(text, bounds) {
			got = append(got, text[z.lo:z.hi])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("addresses in %q: got %q, want %q", tc.spans, got, tc.want)
		}
	}
}

// TestWrapNeverEndsALineOfAnAddressOnAHyphen sets a hyphenated address at
// every width: no line ends on a hyphen, and the lines give it back whole.
func TestWrapNeverEndsALineOfAnAddressOnAHyphen(t *testing.T) {
	url := "https://news.laodong.vn/thoi-su/doi-ngoai-viet-nam-gop-phan-thuc-hien-thang-loi-cac-muc-tieu-chien-luoc-1640842.ldo"
	spans := []Span{{Text: "Lao Động: “Đối ngoại”, 2026, "}, {Text: url, Attr: -1}, {Text: "."}}
	for w := 60.0; w < 500; w += 3 {
		lines, err := Wrap(spans, 8.5, w)
		if err != nil {
			t.Fatal(err)
		}
		var joined string
		for _, l := range lines {
			if strings.HasSuffix(l.Text(), "-") {
				t.Errorf("width %v: line %q ends on a hyphen", w, l.Text())
			}
			joined += l.Text()
		}
		if !strings.Contains(joined, url) {
			t.Errorf("width %v: lines %q join to %q, without the address whole", w, texts(lines), joined)
		}
	}
}

func lineWidth(t *testing.T, r *Rules, s string) float64 {
	t.Helper()
	lines, err := r.Wrap(plain(s), 10, 1e6)
	if err != nil {
		t.Fatal(err)
	}
	return lines[0].Width
}

func texts(lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.Text())
	}
	return out
}

// TestAnAddressHoldsNoUnit: inside an address, "85%" is no number with
// its unit nor "2023–2027" a range; the address breaks by its own rules,
// and the text after it by the rest.
func TestAnAddressHoldsNoUnit(t *testing.T) {
	url := "https://x.vn/%E1%85%B1-2023–2027"
	segs, err := NewRules().segments(plain(url+" has 12 million"), 10)
	if err != nil {
		t.Fatal(err)
	}
	glued := 0
	for _, s := range segs {
		if s.glue && s.end <= len(url) {
			t.Errorf("a break at %d of %q is glued", s.end, url)
		}
		if s.glue {
			glued++
		}
	}
	if glued != 1 {
		t.Errorf("%d glued breaks after the address, want 1 (12 million)", glued)
	}
}
