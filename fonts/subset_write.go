package fonts

import (
	"encoding/binary"
	"maps"
	"slices"
)

// write builds the subset's tables: glyphs renumbered and stripped of
// hinting, a loca of two-byte offsets when the glyphs fit in 128 kB (of
// four-byte ones when not), full horizontal metrics, the cmap given, and
// head, hhea, maxp and post adjusted to match; OS/2 is kept, and of name
// what names the font, its copyright and where its licence is (keptNames).
func (g *glyphSet) write(src tables, cmap []byte) ([]byte, error) {
	n := len(g.old)
	size := 0
	for _, old := range g.old {
		size += len(g.record(old)) + 3
	}
	glyf := make([]byte, 0, size) // stripping only shortens a record
	offsets := make([]int, n+1)
	hmtx := make([]byte, 4*n)
	for i, old := range g.old {
		offsets[i] = len(glyf)
		glyf = append(glyf, g.strip(g.record(old))...)
		for len(glyf)%2 != 0 { // the short loca counts in two-byte words
			glyf = append(glyf, 0)
		}
		adv, lsb := metrics(src, old)
		binary.BigEndian.PutUint16(hmtx[4*i:], adv)
		binary.BigEndian.PutUint16(hmtx[4*i+2:], lsb)
	}
	offsets[n] = len(glyf)
	short := len(glyf) <= 2*0xFFFF
	var loca []byte
	for _, o := range offsets {
		if short {
			loca = binary.BigEndian.AppendUint16(loca, uint16(o/2))
		} else {
			loca = binary.BigEndian.AppendUint32(loca, uint32(o))
		}
	}

	head := slices.Clone(src["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set by writeFont
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long offsets
	if short {
		binary.BigEndian.PutUint16(head[50:], 0)
	}
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
		"cmap": cmap, "post": post, "name": keptNames(src["name"]), "OS/2": src["OS/2"],
	}), nil
}

// symbolCmap is the cmap of a font drawn by glyph number: one Microsoft
// Symbol (3,0) format 4 subtable mapping 0xF001-0xF000+n to glyphs 1-n, as
// PDF reads a symbolic simple TrueType font (code c selects 0xF000+c). A
// composite font reaches its glyphs by CID and ignores it. A map of the
// runes would be the subset's biggest table after its glyphs (1.5 kB of a
// briefing's fonts, 3.4 kB of the Chinese edition's).
func symbolCmap(n int) []byte {
	if n == 0 {
		return format4(0, nil)
	}
	return format4(0, []segment{{0xF001, 0xF000 + uint16(n), 0x1000}}) // glyph = code + 0x1000 (mod 2^16)
}

// segment is a run of a format 4 subtable: codes start to end, each
// mapped to its glyph code+delta (mod 2^16).
type segment struct{ start, end, delta uint16 }

// format4 is a cmap table of one Windows (3, encoding) format 4 subtable
// holding segs, in ascending order, and the final 0xFFFF segment it needs.
func format4(encoding byte, segs []segment) []byte {
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1}) // 0xFFFF + 1 wraps to glyph 0
	m := len(segs)
	sub := make([]byte, 16+8*m)
	binary.BigEndian.PutUint16(sub, 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*m))
	putSearch(sub[8:], m, 2)
	for i, sg := range segs {
		binary.BigEndian.PutUint16(sub[14+2*i:], sg.end)
		binary.BigEndian.PutUint16(sub[16+2*m+2*i:], sg.start)
		binary.BigEndian.PutUint16(sub[16+4*m+2*i:], sg.delta) // idRangeOffset stays 0
	}
	return append([]byte{0, 0, 0, 1, 0, 3, 0, encoding, 0, 0, 0, 12}, sub...)
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

// cmapTable maps each rune to its glyph: a Windows Unicode BMP
// (3,1) format 4 subtable, which every reader knows, when the runes are all
// in the Basic Multilingual Plane and it fits in its 16-bit length; else a
// (3,10) format 12 subtable, which holds any rune and any number of them.
// A font made for another writer (fpdf, in the tests) finds its glyphs
// through it.
func cmapTable(glyph map[rune]uint16) []byte {
	runes := slices.Sorted(maps.Keys(glyph))
	type run struct{ start, end rune } // consecutive runes with consecutive glyphs
	var runs []run
	for _, r := range runes {
		if k := len(runs) - 1; k >= 0 && runs[k].end+1 == r && glyph[r] == glyph[runs[k].end]+1 {
			runs[k].end = r
			continue
		}
		runs = append(runs, run{r, r})
	}
	if len(runes) == 0 || runes[len(runes)-1] <= 0xFFFF && 16+8*(len(runs)+1) <= 0xFFFF {
		segs := make([]segment, len(runs))
		for i, rn := range runs {
			segs[i] = segment{uint16(rn.start), uint16(rn.end), glyph[rn.start] - uint16(rn.start)}
		}
		return format4(1, segs) // (3,1): Unicode BMP
	}
	sub := make([]byte, 16+12*len(runs))
	binary.BigEndian.PutUint16(sub, 12)
	binary.BigEndian.PutUint32(sub[4:], uint32(len(sub)))
	binary.BigEndian.PutUint32(sub[12:], uint32(len(runs)))
	for i, rn := range runs {
		binary.BigEndian.PutUint32(sub[16+12*i:], uint32(rn.start))
		binary.BigEndian.PutUint32(sub[20+12*i:], uint32(rn.end))
		binary.BigEndian.PutUint32(sub[24+12*i:], uint32(glyph[rn.start]))
	}
	return append([]byte{0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12}, sub...)
}

// keptNames is a name table with only the records that name the font
// (family, style, full and PostScript names), its copyright and the
// address of its licence (name IDs 0, 1, 2, 4, 6, 14). The version,
// trademark, makers, description, the licence's summary and the other
// addresses are left out: a kilobyte of every briefing, for text that
// the repository's licence files (fonts/LICENSE-*) carry in full.
// A table it cannot read is kept whole.
func keptNames(name []byte) []byte {
	if len(name) < 6 || binary.BigEndian.Uint16(name) != 0 {
		return name
	}
	count, storage := int(binary.BigEndian.Uint16(name[2:])), int(binary.BigEndian.Uint16(name[4:]))
	if 6+12*count > len(name) || storage > len(name) {
		return name
	}
	keep := map[uint16]bool{0: true, 1: true, 2: true, 4: true, 6: true, 14: true}
	var records, stringsData []byte
	n := 0
	for i := range count {
		rec := name[6+12*i : 18+12*i]
		length, offset := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		if !keep[binary.BigEndian.Uint16(rec[6:])] {
			continue
		}
		if storage+offset+length > len(name) {
			return name
		}
		out := slices.Clone(rec)
		binary.BigEndian.PutUint16(out[10:], uint16(len(stringsData)))
		records = append(records, out...)
		stringsData = append(stringsData, name[storage+offset:storage+offset+length]...)
		n++
	}
	head := make([]byte, 6)
	binary.BigEndian.PutUint16(head[2:], uint16(n))
	binary.BigEndian.PutUint16(head[4:], uint16(6+12*n))
	return append(append(head, records...), stringsData...)
}
