package fonts

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync/atomic"
)

// glyphTables is what rune lookups read from a font file: the character
// map, the advances and the scale. Reading them takes microseconds and
// copies nothing, where sfnt.Parse copies the whole glyph location table.
type glyphTables struct {
	cmap        charMap
	mapped      blockSet // the BMP blocks some cmap segment or group reaches
	hmtx        []byte
	numGlyphs   int
	numHMetrics int
	upem        float64
	ascent      float64 // thousandths of an em, positive up
	descent     float64 // thousandths of an em, positive down
}

func readGlyphTables(data []byte) (*glyphTables, error) {
	t, err := readTables(data)
	if err != nil {
		return nil, err
	}
	head, hhea, maxp, hmtx := t["head"], t["hhea"], t["maxp"], t["hmtx"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("head, hhea or maxp table too short")
	}
	g := &glyphTables{
		hmtx:        hmtx,
		numGlyphs:   int(binary.BigEndian.Uint16(maxp[4:])),
		numHMetrics: int(binary.BigEndian.Uint16(hhea[34:])),
		upem:        float64(binary.BigEndian.Uint16(head[18:])),
	}
	switch {
	case g.upem == 0:
		return nil, fmt.Errorf("head table gives 0 units per em")
	case g.numHMetrics == 0 || g.numHMetrics > g.numGlyphs:
		return nil, fmt.Errorf("hhea table gives %d horizontal metrics for %d glyphs", g.numHMetrics, g.numGlyphs)
	case len(hmtx) < 4*g.numHMetrics:
		return nil, fmt.Errorf("hmtx table too short for %d metrics", g.numHMetrics)
	}
	g.ascent = float64(int16(binary.BigEndian.Uint16(hhea[4:]))) * 1000 / g.upem
	g.descent = -float64(int16(binary.BigEndian.Uint16(hhea[6:]))) * 1000 / g.upem
	if g.cmap, err = readCharMap(t["cmap"]); err != nil {
		return nil, err
	}
	g.mapped = g.cmap.blocks()
	return g, nil
}

// glyph is r's glyph id, 0 when the font has none.
func (g *glyphTables) glyph(r rune) uint16 {
	if id := g.cmap.glyph(r); int(id) < g.numGlyphs {
		return id
	}
	return 0
}

// width is r's advance in thousandths of an em, rounded, or -1 when the
// font lacks r. Glyphs past numberOfHMetrics share the last advance.
func (g *glyphTables) width(r rune) int {
	id := g.glyph(r)
	if id == 0 {
		return -1
	}
	i := min(int(id), g.numHMetrics-1)
	units := binary.BigEndian.Uint16(g.hmtx[4*i:])
	return int(math.Round(float64(units) * 1000 / g.upem))
}

// load reads the tables rune lookups need, once.
func (f *Face) load() (*glyphTables, error) {
	f.loadOnce.Do(func() {
		f.tables, f.loadErr = readGlyphTables(f.Data)
		if f.loadErr != nil {
			f.loadErr = fmt.Errorf("font %s: %w", f.Name, f.loadErr)
		}
	})
	return f.tables, f.loadErr
}

// gid is r's glyph id in the face, 0 when the face lacks r.
func (f *Face) gid(r rune) uint16 {
	t, err := f.load()
	if err != nil {
		return 0
	}
	return t.glyph(r)
}

// blockRunes is how many BMP runes share a block of the advance cache.
const blockRunes = 64

// widthCache holds the BMP advances looked up so far, advance+2 (1 when
// absent, 0 not yet looked up), in blocks allocated on first use: a fresh
// process allocates and touches only the blocks its text reaches, and a
// lookup takes no lock.
type widthCache [0x10000 / blockRunes]atomic.Pointer[[blockRunes]atomic.Int32]

// blockSet is a bit per block of blockRunes BMP runes.
type blockSet [0x10000 / blockRunes / 64]uint64

func (b *blockSet) has(block int) bool { return b[block/64]&(1<<(block%64)) != 0 }

// advance is r's width in thousandths of an em, -1 when the face lacks it.
// BMP runes are cached, except in blocks the cmap does not reach (Chinese
// in Noto Sans), which need no lookup; the rest are looked up each time.
func (f *Face) advance(r rune) int {
	t, err := f.load()
	if err != nil {
		return -1
	}
	if r < 0 || r > 0xFFFF {
		return t.width(r)
	}
	k := int(r) / blockRunes
	block := f.widths[k].Load()
	if block == nil {
		if !t.mapped.has(k) {
			return -1
		}
		f.widths[k].CompareAndSwap(nil, new([blockRunes]atomic.Int32))
		block = f.widths[k].Load()
	}
	cached := &block[int(r)%blockRunes]
	if v := cached.Load(); v != 0 {
		return int(v) - 2
	}
	w := t.width(r)
	cached.Store(int32(w + 2))
	return w
}
