package fonts

import (
	"encoding/binary"
	"slices"
)

// write builds the subset's tables: glyphs renumbered and stripped of
// hinting, a long loca, full horizontal metrics, a format 4 cmap, and
// head, hhea, maxp and post adjusted to match; name and OS/2 are kept.
func (g *glyphSet) write(src tables, cmap map[rune]uint16) ([]byte, error) {
	n := len(g.old)
	var glyf []byte
	loca := make([]byte, 4*(n+1))
	hmtx := make([]byte, 4*n)
	for i, old := range g.old {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		glyf = append(glyf, g.strip(g.record(old))...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		adv, lsb := metrics(src, old)
		binary.BigEndian.PutUint16(hmtx[4*i:], adv)
		binary.BigEndian.PutUint16(hmtx[4*i+2:], lsb)
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))

	head := slices.Clone(src["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set by writeFont
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	hhea := slices.Clone(src["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(n)) // numberOfHMetrics
	maxp := slices.Clone(src["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	if len(maxp) >= 32 { // version 1.0: no instructions remain
		binary.BigEndian.PutUint16(maxp[14:], 1) // maxZones
		for at := 16; at <= 26; at += 2 {        // twilight points, storage, function and instruction defs, stack, instruction size
			binary.BigEndian.PutUint16(maxp[at:], 0)
		}
	}
	post := slices.Clone(src["post"][:32])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names

	return writeFont(tables{
		"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf,
		"cmap": g.cmap4(cmap), "post": post, "name": src["name"], "OS/2": src["OS/2"],
	}), nil
}

// metrics reads a glyph's advance and left side bearing from hmtx, where
// glyphs past numberOfHMetrics share the last advance.
func metrics(t tables, gid uint16) (adv, lsb uint16) {
	hm := int(binary.BigEndian.Uint16(t["hhea"][34:]))
	h := t["hmtx"]
	if int(gid) < hm {
		return binary.BigEndian.Uint16(h[4*int(gid):]), binary.BigEndian.Uint16(h[4*int(gid)+2:])
	}
	adv = binary.BigEndian.Uint16(h[4*(hm-1):])
	if at := 4*hm + 2*(int(gid)-hm); at+2 <= len(h) {
		lsb = binary.BigEndian.Uint16(h[at:])
	}
	return adv, lsb
}

// cmap4 maps each kept rune to its new glyph, one segment per run of
// consecutive runes with consecutive glyphs, in a Windows Unicode BMP
// (3,1) format 4 subtable.
func (g *glyphSet) cmap4(cmap map[rune]uint16) []byte {
	runes := make([]rune, 0, len(cmap))
	for r := range cmap {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for _, r := range runes {
		gid := g.newID[cmap[r]]
		delta := gid - uint16(r)
		if k := len(segs) - 1; k >= 0 && segs[k].end+1 == uint16(r) && segs[k].delta == delta {
			segs[k].end++
			continue
		}
		segs = append(segs, seg{uint16(r), uint16(r), delta})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	m := len(segs)
	sub := make([]byte, 16+8*m)
	binary.BigEndian.PutUint16(sub, 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*m))
	putSearch(sub[8:], m, 2)
	for i, s := range segs {
		binary.BigEndian.PutUint16(sub[14+2*i:], s.end)
		binary.BigEndian.PutUint16(sub[16+2*m+2*i:], s.start)
		binary.BigEndian.PutUint16(sub[16+4*m+2*i:], s.delta)
		// idRangeOffset stays 0: glyph = rune + delta
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}
