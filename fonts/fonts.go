package fonts

import (
	_ "embed"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var (
	//go:embed NotoSans-Regular.ttf
	notoRegular []byte
	//go:embed NotoSans-Bold.ttf
	notoBold []byte
	//go:embed NotoSans-Italic.ttf
	notoItalic []byte
	//go:embed DroidSansFallbackFull.ttf
	droidFallback []byte
)

// Style is the weight or slant a piece of text asks for.
type Style int

// The styles a briefing uses.
const (
	Regular Style = iota
	Bold
	Italic
)

// Face is one embedded font file. Its methods are safe for concurrent use.
type Face struct {
	Name string // a short family name, unique among the faces
	Data []byte // the TrueType file

	once     sync.Once
	font     *sfnt.Font
	parseErr error
	upem     float64
	ascent   float64 // thousandths of an em, positive up
	descent  float64 // thousandths of an em, positive down

	bmp   []atomic.Int32 // BMP rune -> advance+2 (1 when absent, 0 not yet looked up): no lock on the hot path
	mu    sync.Mutex
	cache map[rune]int // the same for runes past the BMP
}

var (
	notoR  = &Face{Name: "NotoSans", Data: notoRegular}
	notoB  = &Face{Name: "NotoSansBold", Data: notoBold}
	notoI  = &Face{Name: "NotoSansItalic", Data: notoItalic}
	droidR = &Face{Name: "DroidSansFallback", Data: droidFallback}
)

// Chain is the fallback order for a style: Noto Sans first, then Droid Sans
// Fallback, which has the Chinese characters but no Latin letters.
func Chain(s Style) []*Face {
	switch s {
	case Bold:
		return []*Face{notoB, droidR}
	case Italic:
		return []*Face{notoI, droidR}
	}
	return []*Face{notoR, droidR}
}

// All lists every embedded face once, in a fixed order.
func All() []*Face { return []*Face{notoR, notoB, notoI, droidR} }

func (f *Face) parse() error {
	f.once.Do(func() {
		f.font, f.parseErr = sfnt.Parse(f.Data)
		if f.parseErr != nil {
			f.parseErr = fmt.Errorf("font %s: %w", f.Name, f.parseErr)
			return
		}
		f.upem = float64(f.font.UnitsPerEm())
		m, err := f.font.Metrics(nil, fixed.I(int(f.upem)), font.HintingNone)
		if err != nil {
			f.parseErr = fmt.Errorf("font %s: %w", f.Name, err)
			return
		}
		f.ascent = float64(m.Ascent) / 64 * 1000 / f.upem
		f.descent = float64(m.Descent) / 64 * 1000 / f.upem
		f.cache = make(map[rune]int)
		f.bmp = make([]atomic.Int32, 0x10000)
	})
	return f.parseErr
}

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool { return f.advance(r) >= 0 }

// Advance is r's width in thousandths of an em, or 0 when the face lacks it.
func (f *Face) Advance(r rune) float64 { return float64(max(f.advance(r), 0)) }

// Ascent and Descent are the face's line extents in thousandths of an em.
func (f *Face) Ascent() float64 { f.parse(); return f.ascent }

// Descent is positive below the baseline.
func (f *Face) Descent() float64 { f.parse(); return f.descent }

func (f *Face) advance(r rune) int {
	if f.parse() != nil {
		return -1
	}
	if r >= 0 && r < 0x10000 {
		if v := f.bmp[r].Load(); v != 0 {
			return int(v) - 2
		}
		w := f.lookup(r)
		f.bmp[r].Store(int32(w + 2))
		return w
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if w, ok := f.cache[r]; ok {
		return w
	}
	w := f.lookup(r)
	f.cache[r] = w
	return w
}

// lookup reads r's advance from the font: -1 when the font lacks it.
func (f *Face) lookup(r rune) int {
	w := -1
	var buf sfnt.Buffer
	if gi, err := f.font.GlyphIndex(&buf, r); err == nil && gi != 0 {
		adv, err := f.font.GlyphAdvance(&buf, gi, fixed.I(int(f.upem)), font.HintingNone)
		if err == nil {
			w = int(math.Round(float64(adv) / 64 * 1000 / f.upem))
		}
	}
	return w
}

// Covers reports whether some embedded face can draw r: the test a dataset's
// texts must pass before a briefing prints them.
func Covers(r rune) bool {
	for _, f := range Chain(Regular) {
		if f.Has(r) {
			return true
		}
	}
	return false
}
