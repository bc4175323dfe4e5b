package fonts

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// glyphSet is the glyphs a subset keeps: old ids in new-id order
// (.notdef first; an old glyph may be kept twice, for two runes drawn
// alike) and the old glyph table's records.
type glyphSet struct {
	old    []uint16          // new id -> old id
	newID  map[uint16]uint16 // old id -> the first new id that keeps it
	record func(uint16) []byte
}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
	haveInstrs     = 0x0100
)

// newGlyphSet keeps .notdef, then the glyphs first in the order given,
// then every glyph a composite among them is built from. It refuses a
// composite built, through its parts, from itself, or nested more than
// eight deep: a reader drawing it might never finish.
func newGlyphSet(t tables, first []uint16) (*glyphSet, error) {
	record, err := glyphRecords(t)
	if err != nil {
		return nil, err
	}
	height := map[uint16]int{}     // how deep a glyph's parts nest, once known
	parts := map[uint16][]uint16{} // a measured glyph's parts
	visiting := map[uint16]bool{}
	var measure func(gid uint16) (int, error)
	measure = func(gid uint16) (int, error) {
		if h, ok := height[gid]; ok {
			return h, nil
		}
		if visiting[gid] {
			return 0, fmt.Errorf("glyph %d: a composite glyph built from itself", gid)
		}
		visiting[gid] = true
		comps, err := components(record(gid))
		if err != nil {
			return 0, fmt.Errorf("glyph %d: %w", gid, err)
		}
		h := 0
		for _, c := range comps {
			ch, err := measure(c)
			if err != nil {
				return 0, err
			}
			h = max(h, ch+1)
		}
		if h > 8 {
			return 0, fmt.Errorf("glyph %d: composite glyphs nest too deep", gid)
		}
		visiting[gid] = false
		height[gid], parts[gid] = h, comps
		return h, nil
	}
	g := &glyphSet{old: append([]uint16{0}, first...), newID: map[uint16]uint16{}, record: record}
	for i, gid := range g.old {
		if _, err := measure(gid); err != nil {
			return nil, err
		}
		if _, ok := g.newID[gid]; !ok {
			g.newID[gid] = uint16(i)
		}
	}
	// The parts, breadth first, each kept once; a glyph kept already
	// (drawn for a rune too) is not kept again.
	for k := 0; k < len(g.old); k++ {
		for _, c := range parts[g.old[k]] { // every kept glyph was measured, parts included
			if _, ok := g.newID[c]; ok {
				continue
			}
			if len(g.old) >= 0xFFFF {
				return nil, fmt.Errorf("more than 65,535 glyphs")
			}
			g.newID[c] = uint16(len(g.old))
			g.old = append(g.old, c)
		}
	}
	return g, nil
}

// glyphRecords reads loca and returns a function giving a glyph's record.
func glyphRecords(t tables) (func(uint16) []byte, error) {
	long := binary.BigEndian.Uint16(t["head"][50:]) == 1
	numGlyphs := int(binary.BigEndian.Uint16(t["maxp"][4:]))
	loca, glyf := t["loca"], t["glyf"]
	at := func(i int) int {
		if long {
			return int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		return int(binary.BigEndian.Uint16(loca[2*i:])) * 2
	}
	size := 2
	if long {
		size = 4
	}
	if len(loca) < size*(numGlyphs+1) {
		return nil, fmt.Errorf("loca table too short for %d glyphs", numGlyphs)
	}
	return func(gid uint16) []byte {
		if int(gid) >= numGlyphs {
			return nil
		}
		lo, hi := at(int(gid)), at(int(gid)+1)
		if lo >= hi || hi > len(glyf) {
			return nil
		}
		return glyf[lo:hi]
	}, nil
}

// components lists the glyphs a composite glyph is built from.
func components(rec []byte) ([]uint16, error) {
	var out []uint16
	err := eachComponent(rec, func(_, gidAt, _ int) { out = append(out, binary.BigEndian.Uint16(rec[gidAt:])) })
	return out, err
}

// eachComponent calls fn with the offsets of each component's flags, glyph
// id and end in a composite record; a simple glyph has none.
func eachComponent(rec []byte, fn func(flagsAt, gidAt, end int)) error {
	if len(rec) < 10 || int16(binary.BigEndian.Uint16(rec)) >= 0 {
		return nil
	}
	for p := 10; ; {
		if p+4 > len(rec) {
			return fmt.Errorf("composite glyph record is truncated")
		}
		flags, start := binary.BigEndian.Uint16(rec[p:]), p
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if p > len(rec) {
			return fmt.Errorf("composite glyph record is truncated")
		}
		fn(start, start+2, p)
		if flags&moreComponents == 0 {
			return nil
		}
	}
}

// strip returns a glyph record without hinting instructions and with its
// components renumbered.
func (g *glyphSet) strip(rec []byte) []byte {
	if len(rec) < 10 {
		return nil
	}
	n := int16(binary.BigEndian.Uint16(rec))
	if n >= 0 { // simple: header, endPts, instructions, then flags and points
		at := 10 + 2*int(n)
		if at+2 > len(rec) {
			return nil
		}
		skip := int(binary.BigEndian.Uint16(rec[at:]))
		if at+2+skip > len(rec) {
			return nil
		}
		out := append(slices.Clone(rec[:at]), 0, 0)
		return append(out, rec[at+2+skip:]...)
	}
	out := slices.Clone(rec)
	end := 10
	eachComponent(out, func(flagsAt, gidAt, compEnd int) {
		flags := binary.BigEndian.Uint16(out[flagsAt:]) &^ haveInstrs
		binary.BigEndian.PutUint16(out[flagsAt:], flags)
		binary.BigEndian.PutUint16(out[gidAt:], g.newID[binary.BigEndian.Uint16(out[gidAt:])])
		end = compEnd
	})
	return out[:end]
}
