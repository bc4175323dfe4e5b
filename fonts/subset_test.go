package fonts

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestSubsetKeepsEveryRuneAndWidth parses each subset with an independent
// reader and checks it maps every rune to a glyph with the original's
// advance, and that it is much smaller than the font it came from.
func TestSubsetKeepsEveryRuneAndWidth(t *testing.T) {
	tests := []struct {
		face *Face
		text string
	}{
		{notoR, "Đối ngoại Việt Nam 2024: 36,6 tỷ USD ~ > [1] Hội An, Đà Lạt ữ ỡ ậ"},
		{notoB, "Số liệu chính — Nguồn"},
		{notoI, "Bản đăng lại trên một blog"},
		{droidR, "努力建设强大、全面和现代的越南外交。（亿美元）"},
	}
	for _, tc := range tests {
		t.Run(tc.face.Name, func(t *testing.T) {
			s, err := tc.face.Subset([]rune(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			b := s.Data
			if len(b)*20 > len(tc.face.Data) {
				t.Errorf("subset is %d bytes of %d: want well under 5%%", len(b), len(tc.face.Data))
			}
			sub, err := sfnt.Parse(b)
			if err != nil {
				t.Fatalf("the subset does not parse: %v", err)
			}
			sf := &Face{Name: "subset", Data: b}
			for _, r := range tc.text {
				if !tc.face.Has(r) {
					continue
				}
				if gi, err := sub.GlyphIndex(nil, r); err != nil || gi == 0 {
					t.Errorf("%q has no glyph in the subset", r)
				} else if uint16(gi) != s.Glyph[r] {
					t.Errorf("%q is glyph %d in the subset's cmap but Glyph says %d", r, gi, s.Glyph[r])
				}
				if got, want := sf.Advance(r), tc.face.Advance(r); got != want {
					t.Errorf("%q advance %v, want %v", r, got, want)
				}
			}
			if gi, _ := sub.GlyphIndex(nil, 'Q'); gi != 0 && !containsRune(tc.text, 'Q') {
				t.Error("the subset has a glyph for a rune it was not asked for")
			}
		})
	}
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

func TestSubsetIsDeterministic(t *testing.T) {
	a, _ := notoR.Subset([]rune("Việt Nam"))
	b, _ := notoR.Subset([]rune("maN tệiV"))
	if string(a.Data) != string(b.Data) {
		t.Error("the same runes in another order give another subset")
	}
}

func BenchmarkSubsetDroid(b *testing.B) {
	runes := []rune("努力建设强大、全面和现代的越南外交越南外长越南对外工作助力国家战略目标实现")
	for b.Loop() {
		if _, err := droidR.Subset(runes); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMetricsDescribeEachFace(t *testing.T) {
	tests := []struct {
		face   *Face
		name   string
		weight int
		italic bool
	}{
		{notoR, "NotoSans-Regular", 400, false},
		{notoB, "NotoSans-Bold", 700, false},
		{notoI, "NotoSans-Italic", 400, true},
		{droidR, "DroidSansFallback", 400, false},
	}
	for _, tc := range tests {
		t.Run(tc.face.Name, func(t *testing.T) {
			m, err := tc.face.Metrics()
			if err != nil {
				t.Fatal(err)
			}
			if m.PostScriptName != tc.name || m.Weight != tc.weight || (m.ItalicAngle < 0) != tc.italic {
				t.Errorf("got %+v", m)
			}
			if !(m.Ascent > 500 && m.Descent < -100 && m.CapHeight > 500 && m.CapHeight <= m.BBox[3] && m.BBox[1] < 0) {
				t.Errorf("implausible extents: %+v", m)
			}
		})
	}
}

// TestSubsetMapsEveryRune covers the cmaps a subset can get: format 4 for
// a few BMP runes, format 12 for runes past the BMP (Deseret, which Droid
// Sans Fallback has) and for more scattered runes than format 4 can hold.
func TestSubsetMapsEveryRune(t *testing.T) {
	var scattered []rune
	for r := rune(0x4E00); r < 0x9FA5; r += 2 {
		if droidR.Has(r) {
			scattered = append(scattered, r)
		}
	}
	tests := []struct {
		name   string
		runes  []rune
		format uint16
	}{
		{"a few BMP runes", []rune("越南外交"), 4},
		{"past the BMP", []rune("越𐐀𐐨南"), 12},
		{"10,000 scattered", scattered, 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := droidR.Subset(tc.runes)
			if err != nil {
				t.Fatal(err)
			}
			tabs, err := readTables(s.Data)
			if err != nil {
				t.Fatal(err)
			}
			if got := binary.BigEndian.Uint16(tabs["cmap"][12:]); got != tc.format {
				t.Errorf("cmap format %d, want %d", got, tc.format)
			}
			sub, err := sfnt.Parse(s.Data)
			if err != nil {
				t.Fatalf("the subset does not parse: %v", err)
			}
			for _, r := range tc.runes {
				gi, err := sub.GlyphIndex(nil, r)
				if err != nil || gi == 0 || uint16(gi) != s.Glyph[r] {
					t.Fatalf("%q: the subset's cmap gives glyph %d (%v), Glyph says %d", r, gi, err, s.Glyph[r])
				}
			}
		})
	}
}

// TestSubsetInOrderNumbersGlyphsAsGiven checks what a PDF's identity map
// from characters to glyphs relies on: glyph i+1 draws the i-th rune
// given, outline and advance, two runes drawn alike (a space and a
// no-break space) each get a glyph, composites' parts come after, a small
// subset's loca has two-byte offsets, a big one's four, its cmap maps code
// c at 0xF000+c to glyph c, as PDF reads a symbolic TrueType font, and its
// names keep the copyright and where the licence is.
func TestSubsetInOrderNumbersGlyphsAsGiven(t *testing.T) {
	tests := []struct {
		face  *Face
		runes []rune
		short bool
	}{
		{notoR, []rune("Việt Nam 2025 ữ\u00a0ở"), true},
		{notoB, []rune("ĐốiQ"), true},
		{droidR, []rune("越南外交，年"), true},
	}
	var many []rune
	for r := rune(0x4E00); len(many) < 3000; r++ {
		if droidR.Has(r) {
			many = append(many, r)
		}
	}
	tests = append(tests, struct {
		face  *Face
		runes []rune
		short bool
	}{droidR, many, false})
	for _, tc := range tests {
		t.Run(tc.face.Name, func(t *testing.T) {
			var runes []rune // each once, in the order of first use, as a PDF numbers them
			for _, r := range tc.runes {
				if !slices.Contains(runes, r) {
					runes = append(runes, r)
				}
			}
			s, err := tc.face.SubsetInOrder(runes)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := sfnt.Parse(s.Data)
			if err != nil {
				t.Fatalf("the subset does not parse: %v", err)
			}
			if got := sub.NumGlyphs(); got < len(runes)+1 {
				t.Fatalf("%d glyphs for %d runes and .notdef", got, len(runes))
			}
			var buf sfnt.Buffer
			for i, r := range runes {
				gi := sfnt.GlyphIndex(i + 1)
				if s.Glyph[r] != uint16(i+1) {
					t.Fatalf("%q: Glyph says %d, want %d", r, s.Glyph[r], i+1)
				}
				adv, err := sub.GlyphAdvance(&buf, gi, 1000, 0)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := float64(adv), tc.face.Advance(r); got != want {
					t.Errorf("glyph %d (%q) advance %v, want %v", i+1, r, got, want)
				}
				segs, err := sub.LoadGlyph(&buf, gi, 1000, nil)
				if err != nil {
					t.Fatalf("glyph %d (%q): %v", i+1, r, err)
				}
				if (len(segs) == 0) != (r == ' ' || r == '\u00a0') {
					t.Errorf("glyph %d (%q) has %d segments", i+1, r, len(segs))
				}
			}
			tabs, err := readTables(s.Data)
			if err != nil {
				t.Fatal(err)
			}
			if head := tabs["cmap"][:12]; string(head) != "\x00\x00\x00\x01\x00\x03\x00\x00\x00\x00\x00\x0c" {
				t.Errorf("cmap header % x: want one (3,0) subtable", head)
			}
			symbol, err := readCharMap(tabs["cmap"])
			if err != nil {
				t.Fatal(err)
			}
			for c := 1; c <= 0xFF; c++ {
				want := uint16(c)
				if c > len(runes) {
					want = 0
				}
				if got := symbol.glyph(rune(0xF000 + c)); got != want {
					t.Fatalf("code %d: the (3,0) cmap gives glyph %d, want %d", c, got, want)
				}
			}
			if got := symbol.glyph(runes[0]); got != 0 {
				t.Errorf("the cmap maps the rune %q to glyph %d: it maps codes, not runes", runes[0], got)
			}
			for _, id := range []sfnt.NameID{sfnt.NameIDCopyright, sfnt.NameIDFamily, sfnt.NameIDPostScript, sfnt.NameIDLicenseURL} {
				if v, err := sub.Name(&buf, id); err != nil || v == "" {
					t.Errorf("name %d is gone from the subset (%v)", id, err)
				}
			}
			for _, id := range []sfnt.NameID{sfnt.NameIDVersion, sfnt.NameIDTrademark, sfnt.NameIDLicense} {
				if v, err := sub.Name(&buf, id); err == nil {
					t.Errorf("the subset keeps name %d, %q", id, v)
				}
			}
			if short := binary.BigEndian.Uint16(tabs["head"][50:]) == 0; short != tc.short {
				t.Errorf("short loca %v, want %v", short, tc.short)
			}
		})
	}
}

// TestRefusesCompositeLoops builds glyph tables in which a composite glyph
// is made of itself, through another or directly, or nests nine deep, and
// checks that subsetting refuses them instead of writing a font a reader
// might never finish drawing.
func TestRefusesCompositeLoops(t *testing.T) {
	// composite is a glyph record made of the glyphs parts.
	composite := func(parts ...uint16) []byte {
		rec := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0} // numberOfContours -1, no box
		for i, p := range parts {
			flags := uint16(0)
			if i < len(parts)-1 {
				flags = moreComponents
			}
			rec = binary.BigEndian.AppendUint16(rec, flags)
			rec = binary.BigEndian.AppendUint16(rec, p)
			rec = append(rec, 0, 0) // byte offsets
		}
		return rec
	}
	simple := []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0} // no contours
	// chain is n glyphs after .notdef, each made of the next, the last simple.
	chain := func(n int) [][]byte {
		g := [][]byte{simple}
		for i := 1; i < n; i++ {
			g = append(g, composite(uint16(i+1)))
		}
		return append(g, simple)
	}
	tests := []struct {
		name   string
		glyphs [][]byte // by glyph id; 0 is .notdef
		want   string   // "" for a subset that is made
	}{
		{"made of itself", [][]byte{simple, composite(1)}, "built from itself"},
		{"made of itself through another", [][]byte{simple, composite(2), composite(1)}, "built from itself"},
		{"eight deep", chain(9), ""},
		{"nine deep", chain(10), "nest too deep"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var glyf, loca []byte
			for _, g := range tc.glyphs {
				loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
				glyf = append(glyf, g...)
			}
			loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
			head, maxp := make([]byte, 54), make([]byte, 6)
			binary.BigEndian.PutUint16(head[50:], 1) // long loca
			binary.BigEndian.PutUint16(maxp[4:], uint16(len(tc.glyphs)))
			_, err := newGlyphSet(tables{"head": head, "maxp": maxp, "loca": loca, "glyf": glyf}, []uint16{1})
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}
