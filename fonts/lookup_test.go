package fonts

import (
	"math"
	"sync"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// sfntFace answers Has, Advance, Ascent and Descent through sfnt, as the
// package did before it read the cmap and hmtx itself.
type sfntFace struct {
	font *sfnt.Font
	upem fixed.Int26_6
}

func newSfntFace(t *testing.T, data []byte) sfntFace {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return sfntFace{f, fixed.I(int(f.UnitsPerEm()))}
}

// lookup is r's glyph id and rounded advance, or -1 when the font lacks r.
func (s sfntFace) lookup(r rune) (sfnt.GlyphIndex, int) {
	var buf sfnt.Buffer
	gi, err := s.font.GlyphIndex(&buf, r)
	if err != nil || gi == 0 {
		return 0, -1
	}
	adv, err := s.font.GlyphAdvance(&buf, gi, s.upem, font.HintingNone)
	if err != nil {
		return 0, -1
	}
	return gi, int(math.Round(float64(adv) / 64 * 1000 / float64(s.font.UnitsPerEm())))
}

func (s sfntFace) extents(t *testing.T) (ascent, descent float64) {
	m, err := s.font.Metrics(nil, s.upem, font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	upem := float64(s.font.UnitsPerEm())
	return float64(m.Ascent) / 64 * 1000 / upem, float64(m.Descent) / 64 * 1000 / upem
}

// sampleRunes is every BMP rune, all of planes 1 and 2 (where Droid Sans
// Fallback's supplementary characters are), a stride through the rest
// and a few that are no runes at all.
func sampleRunes() []rune {
	var rs []rune
	for r := rune(0); r < 0x30000; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x30000); r <= 0x10FFFF; r += 251 {
		rs = append(rs, r)
	}
	return append(rs, 0x10FFFF, 0x110000, -1, math.MaxInt32, math.MinInt32)
}

// TestLookupsMatchSfnt checks that reading cmap and hmtx directly gives what
// sfnt gives: the same coverage, advances, glyph ids and line extents, for
// every embedded face and for subsets, whose cmap is our own format 4.
func TestLookupsMatchSfnt(t *testing.T) {
	subset := func(f *Face, text string) *Face {
		b, err := f.Subset([]rune(text))
		if err != nil {
			t.Fatal(err)
		}
		return &Face{Name: f.Name + "Subset", Data: b.Data}
	}
	tests := []struct {
		face       *Face
		minCovered int // so that a face covering nothing cannot pass
	}{
		{notoR, 2000},
		{notoB, 2000},
		{notoI, 2000},
		{mathR, 1000},
		{droidR, 20000},
		{subset(notoR, "Việt Nam 2024: 36,6 tỷ USD"), 15},
		{subset(droidR, "努力建设强大、全面和现代的越南外交。（亿美元）"), 15},
	}
	if len(All()) != 5 {
		t.Fatalf("the table covers 5 embedded faces, All has %d", len(All()))
	}
	runes := sampleRunes()
	for _, tc := range tests {
		f := tc.face
		t.Run(f.Name, func(t *testing.T) {
			ref := newSfntFace(t, f.Data)
			asc, desc := ref.extents(t)
			if f.Ascent() != asc || f.Descent() != desc {
				t.Errorf("ascent, descent = %v, %v; sfnt gives %v, %v", f.Ascent(), f.Descent(), asc, desc)
			}
			covered, bad := 0, 0
			for _, r := range runes {
				gi, w := ref.lookup(r)
				if w >= 0 {
					covered++
				}
				if f.Has(r) != (w >= 0) || f.Advance(r) != float64(max(w, 0)) || f.gid(r) != uint16(gi) {
					if bad++; bad <= 10 {
						t.Errorf("%U: Has %v, Advance %v, gid %d; sfnt gives %v, %v, %d",
							r, f.Has(r), f.Advance(r), f.gid(r), w >= 0, max(w, 0), gi)
					}
				}
			}
			if bad > 10 {
				t.Errorf("and %d more runes differ", bad-10)
			}
			if covered < tc.minCovered {
				t.Errorf("%d runes covered, want at least %d", covered, tc.minCovered)
			}
		})
	}
}

// TestLookupsConcurrent has goroutines look up the same runes in fresh
// faces at once, filling the advance cache together (run it with -race).
func TestLookupsConcurrent(t *testing.T) {
	for _, data := range [][]byte{notoRegular, droidFallback} {
		want := &Face{Name: "want", Data: data}
		f := &Face{Name: "shared", Data: data}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for r := range rune(0x10000) {
					if f.Advance(r) != want.Advance(r) || f.Has(r) != want.Has(r) {
						t.Errorf("%U differs when looked up concurrently", r)
						return
					}
				}
			})
		}
		wg.Wait()
	}
}

// BenchmarkAdvance looks up a Vietnamese and a Chinese text's advances in
// warm faces, as the layout does.
func BenchmarkAdvance(b *testing.B) {
	vi := []rune("Đối ngoại Việt Nam 2024: 36,6 tỷ USD, Hội An, Đà Lạt")
	zh := []rune("努力建设强大、全面和现代的越南外交。（亿美元）")
	for b.Loop() {
		for _, r := range vi {
			notoR.Advance(r)
		}
		for _, r := range zh {
			droidR.Advance(r)
		}
	}
}
