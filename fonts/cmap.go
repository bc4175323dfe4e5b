package fonts

import (
	"encoding/binary"
	"fmt"
)

// charMap is one cmap subtable: format 4 (segments over the Basic
// Multilingual Plane) or 12 (groups over all planes).
type charMap struct {
	format uint16
	n      int    // segments or groups
	sub    []byte // from the subtable to the end of the cmap table
}

// readCharMap picks the subtable golang.org/x/image/font/sfnt picks, so that
// lookups agree with it: the first of the widest encoding, 4-byte (Unicode
// full repertoire, Windows UCS-4) over 2-byte (Unicode BMP, Windows UCS-2 or
// symbol) over Mac Roman, among the formats sfnt reads (0, 4, 6, 12). Only
// 4 and 12 are read here: the embedded fonts and their subsets use no other.
func readCharMap(cmap []byte) (charMap, error) {
	bad := func(what string) (charMap, error) { return charMap{}, fmt.Errorf("cmap table: %s", what) }
	if len(cmap) < 4 {
		return bad("too short")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if len(cmap) < 4+8*n {
		return bad("truncated subtable list")
	}
	bestWidth, bestFormat, bestAt := 0, uint16(0), 0
	for i := range n {
		rec := cmap[4+8*i:]
		pid, psid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		width := encodingWidth(pid, psid)
		if width <= bestWidth {
			continue
		}
		at := binary.BigEndian.Uint32(rec[4:])
		if uint64(at)+4 > uint64(len(cmap)) {
			return bad("subtable past the end")
		}
		format := binary.BigEndian.Uint16(cmap[at:])
		if format == 4 || format == 6 || format == 12 || format == 0 && pid == 1 && psid == 0 {
			bestWidth, bestFormat, bestAt = width, format, int(at)
		}
	}
	sub := cmap[bestAt:]
	switch {
	case bestWidth == 0:
		return bad("no Unicode subtable")
	case bestFormat == 4:
		if len(sub) < 14 || binary.BigEndian.Uint16(sub[6:])%2 != 0 {
			return bad("bad format 4 header")
		}
		segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
		if len(sub) < 16+8*segs {
			return bad("format 4 segments past the end")
		}
		return charMap{format: 4, n: segs, sub: sub}, nil
	case bestFormat == 12:
		if len(sub) < 16 {
			return bad("bad format 12 header")
		}
		groups := int(binary.BigEndian.Uint32(sub[12:]))
		if uint64(binary.BigEndian.Uint32(sub[4:])) != 16+12*uint64(groups) || len(sub) < 16+12*groups {
			return bad("format 12 length does not match its groups")
		}
		return charMap{format: 12, n: groups, sub: sub}, nil
	}
	return bad(fmt.Sprintf("format %d is not read", bestFormat))
}

// encodingWidth is the bytes per character a cmap encoding (platform and
// encoding id) allows, 0 for one no font here should use.
func encodingWidth(pid, psid uint16) int {
	switch {
	case pid == 0 && psid == 4, pid == 3 && psid == 10:
		return 4
	case pid == 0 && psid == 3, pid == 3 && (psid == 0 || psid == 1):
		return 2
	case pid == 1 && psid == 0:
		return 1
	}
	return 0
}

// glyph binary-searches the segments or groups for r: 0 when none holds it.
func (c *charMap) glyph(r rune) uint16 {
	if c.format == 12 {
		groups := c.sub[16:]
		for lo, hi := 0, c.n; lo < hi; {
			h := (lo + hi) / 2
			g := groups[12*h:]
			switch start, end := binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]); {
			case uint32(r) < start:
				hi = h
			case uint32(r) > end:
				lo = h + 1
			default:
				return uint16(uint32(r) - start + binary.BigEndian.Uint32(g[8:]))
			}
		}
		return 0
	}
	if r < 0 || r > 0xFFFF {
		return 0
	}
	n, ch := c.n, uint16(r)
	ends, starts := c.sub[14:], c.sub[16+2*n:]
	deltas, offsets := c.sub[16+4*n:], c.sub[16+6*n:]
	for lo, hi := 0, n; lo < hi; {
		h := (lo + hi) / 2
		switch start, end := binary.BigEndian.Uint16(starts[2*h:]), binary.BigEndian.Uint16(ends[2*h:]); {
		case ch < start:
			hi = h
		case ch > end:
			lo = h + 1
		default:
			delta := binary.BigEndian.Uint16(deltas[2*h:])
			off := int(binary.BigEndian.Uint16(offsets[2*h:]))
			if off == 0 {
				return ch + delta
			}
			// idRangeOffset counts bytes from its own slot to the glyph id,
			// to which idDelta is added (sfnt leaves the delta out here;
			// the embedded fonts have none in such segments).
			at := 16 + 6*n + 2*h + off + 2*int(ch-start)
			if at+2 > len(c.sub) {
				return 0
			}
			if id := binary.BigEndian.Uint16(c.sub[at:]); id != 0 {
				return id + delta
			}
			return 0
		}
	}
	return 0
}

// blocks marks the BMP blocks that some segment or group reaches: a rune in
// any other block is absent.
func (c *charMap) blocks() blockSet {
	var b blockSet
	mark := func(start, end uint32) {
		if start > 0xFFFF || end < start {
			return
		}
		for k := start / blockRunes; k <= min(end, 0xFFFF)/blockRunes; k++ {
			b[k/64] |= 1 << (k % 64)
		}
	}
	for h := range c.n {
		if c.format == 12 {
			g := c.sub[16+12*h:]
			mark(binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]))
		} else {
			mark(uint32(binary.BigEndian.Uint16(c.sub[16+2*c.n+2*h:])), uint32(binary.BigEndian.Uint16(c.sub[14+2*h:])))
		}
	}
	return b
}
