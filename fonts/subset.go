package fonts

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// Subset is a face cut down to the glyphs one document draws.
type Subset struct {
	Data  []byte          // a TrueType file
	Glyph map[rune]uint16 // each kept rune's glyph id in Data
}

// Subset returns a small TrueType font holding only the glyphs for runes
// (and the glyphs those are built from), in the order of the runes sorted,
// with hinting dropped: a PDF is read at any size, so instructions are
// dead weight. The result is deterministic for a given set of runes.
func (f *Face) Subset(runes []rune) (*Subset, error) {
	return f.subset(sortedRunes(runes), true)
}

// SubsetInOrder is Subset with the glyph ids in the order given: glyph i+1
// draws runes[i] (a rune the face lacks gets a copy of its .notdef), and
// the glyphs composites are built from come after them. A PDF whose
// character ids number the runes in the same order can then map them to
// glyphs as they are (/CIDToGIDMap /Identity), and a simple font's codes
// reach them through its cmap (symbolCmap). The runes must be distinct.
func (f *Face) SubsetInOrder(runes []rune) (*Subset, error) {
	return f.subset(runes, false)
}

func (f *Face) subset(runes []rune, withCmap bool) (*Subset, error) {
	if _, err := f.load(); err != nil {
		return nil, err
	}
	src, err := readTables(f.Data)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", f.Name, err)
	}
	if len(runes) > 0xFFFE {
		return nil, fmt.Errorf("font %s: more than 65,534 glyphs", f.Name)
	}
	old := make([]uint16, len(runes))
	for i, r := range runes {
		old[i] = f.gid(r)
	}
	g, err := newGlyphSet(src, old)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", f.Name, err)
	}
	glyph := make(map[rune]uint16, len(runes))
	for i, r := range runes {
		if old[i] != 0 {
			glyph[r] = uint16(i + 1)
		}
	}
	cmap := symbolCmap(min(len(runes), 0xFF))
	if withCmap {
		cmap = cmapTable(glyph)
	}
	b, err := g.write(src, cmap)
	if err != nil {
		return nil, err
	}
	return &Subset{Data: b, Glyph: glyph}, nil
}

func sortedRunes(rs []rune) []rune {
	out := slices.Clone(rs)
	slices.Sort(out)
	return slices.Compact(out)
}

// tables is a parsed table directory: tag -> table bytes.
type tables map[string][]byte

func readTables(b []byte) (tables, error) {
	if len(b) < 12 {
		return nil, fmt.Errorf("too short for a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	t := tables{}
	for i := range n {
		rec := b[12+16*i:]
		if len(rec) < 16 {
			return nil, fmt.Errorf("truncated table directory")
		}
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(ln) > uint64(len(b)) {
			return nil, fmt.Errorf("table %q runs past the end", rec[:4])
		}
		t[string(rec[:4])] = b[off : off+ln]
	}
	for _, need := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "name", "OS/2", "post"} {
		if t[need] == nil {
			return nil, fmt.Errorf("no %q table", need)
		}
	}
	return t, nil
}

// writeFont assembles tables into a font file with the directory sorted by
// tag, every table padded to four bytes and head's checksum adjustment set.
func writeFont(t tables) []byte {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	putSearch(out[6:], n, 16)
	headAt := 0
	for i, tag := range tags {
		data := t[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// putSearch writes the binary-search hints TrueType puts before a sorted
// array of n entries of size bytes: searchRange, entrySelector, rangeShift.
func putSearch(b []byte, n, size int) {
	entry, sel := 1, 0
	for entry*2 <= n {
		entry *= 2
		sel++
	}
	binary.BigEndian.PutUint16(b, uint16(entry*size))
	binary.BigEndian.PutUint16(b[2:], uint16(sel))
	binary.BigEndian.PutUint16(b[4:], uint16((n-entry)*size))
}
