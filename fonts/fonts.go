package fonts

import (
	_ "embed"
	"sync"
)

var (
	//go:embed NotoSans-Regular.ttf
	notoRegular []byte
	//go:embed NotoSans-Bold.ttf
	notoBold []byte
	//go:embed NotoSans-Italic.ttf
	notoItalic []byte
	//go:embed NotoSansMath-Regular.ttf
	notoMath []byte
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

	loadOnce sync.Once
	tables   *glyphTables // what rune lookups read: cmap, hmtx, scale
	loadErr  error
	widths   widthCache
	inkCache
}

var (
	notoR  = &Face{Name: "NotoSans", Data: notoRegular}
	notoB  = &Face{Name: "NotoSansBold", Data: notoBold}
	notoI  = &Face{Name: "NotoSansItalic", Data: notoItalic}
	mathR  = &Face{Name: "NotoSansMath", Data: notoMath}
	droidR = &Face{Name: "DroidSansFallback", Data: droidFallback}
)

// Chain is the fallback order for a style: Noto Sans first, then Noto Sans
// Math for the signs Noto Sans lacks (the minus sign U+2212, ≥, ≤), then
// Droid Sans Fallback, which has the Chinese characters but no Latin letters.
func Chain(s Style) []*Face {
	switch s {
	case Bold:
		return []*Face{notoB, mathR, droidR}
	case Italic:
		return []*Face{notoI, mathR, droidR}
	}
	return []*Face{notoR, mathR, droidR}
}

// All lists every embedded face once, in a fixed order.
func All() []*Face { return []*Face{notoR, notoB, notoI, mathR, droidR} }

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool { return f.advance(r) >= 0 }

// Advance is r's width in thousandths of an em, or 0 when the face lacks it.
func (f *Face) Advance(r rune) float64 { return float64(max(f.advance(r), 0)) }

// Ascent and Descent are the face's line extents in thousandths of an em.
func (f *Face) Ascent() float64 {
	if t, err := f.load(); err == nil {
		return t.ascent
	}
	return 0
}

// Descent is positive below the baseline.
func (f *Face) Descent() float64 {
	if t, err := f.load(); err == nil {
		return t.descent
	}
	return 0
}

// Covers reports whether some embedded face can draw r: the test a dataset's
// texts must pass before a briefing prints them.
func Covers(r rune) bool {
	_, ok := Pick(Chain(Regular), string(r))
	return ok
}

// Pick is the font fallback rule, the one place it is written: the first
// face of chain that has every rune of a grapheme cluster (a letter with
// its marks is drawn by one face, whole). The layout, the PDF and the
// charts' PNG backend all draw a text with the face Pick gives.
func Pick(chain []*Face, cluster string) (*Face, bool) {
	for _, f := range chain {
		if f.hasAll(cluster) {
			return f, true
		}
	}
	return nil, false
}

func (f *Face) hasAll(s string) bool {
	for _, r := range s {
		if !f.Has(r) {
			return false
		}
	}
	return true
}
