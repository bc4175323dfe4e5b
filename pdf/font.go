package pdf

import (
	"crypto/sha256"
	"slices"
	"strconv"
	"unicode/utf16"

	"github.com/dipbrief/dipbrief/fonts"
)

// Font is a face as one document uses it. Each rune gets a number, from
// 1, the first time it is drawn, so two runes drawn with the same glyph (a
// space and a no-break space) still come back out as themselves; the
// number is its glyph in the subset, and gives its character code and
// CID (codeOf).
type Font struct {
	face  *fonts.Face
	res   string          // the resource name pages select it by: F1, F2...
	num   map[rune]uint16 // rune -> its number, from 1
	runes []rune          // number-1 -> rune
}

// encode appends s as a literal string of character codes.
func (f *Font) encode(b []byte, s string) []byte {
	codes := make([]byte, 0, 2*len(s))
	for _, r := range s {
		n, ok := f.num[r]
		if !ok {
			n = uint16(len(f.runes) + 1)
			f.num[r] = n
			f.runes = append(f.runes, r)
		}
		codes = appendCode(codes, n)
	}
	return literal(b, codes)
}

// The character codes text is written in. A rune numbered below oneByte
// is one byte, its number; the rest are two bytes, from 0xC000 on. Runes
// are numbered in the order they are first drawn, so a Latin face, which
// draws fewer than 192 characters in a briefing, is written a byte a
// character (half the glyph codes of Identity-H), and so are the commonest
// characters of a Chinese face. Each code is also its CID: the document's
// one embedded CMap (codeCMap) maps every code to itself, so that a reader
// which keys a font's ToUnicode by CID (MuPDF) finds every CID inside the
// code space.
const (
	oneByte  = 0xC0
	maxRunes = oneByte - 1 + (0x100-oneByte)*0x100 // 16,575
)

// codeOf is the character code, and CID, of the rune numbered n.
func codeOf(n uint16) uint16 {
	if n < oneByte {
		return n
	}
	return 0xC000 + n - oneByte
}

// appendCode appends the character code of the rune numbered n.
func appendCode(b []byte, n uint16) []byte {
	c := codeOf(n)
	if c < oneByte {
		return append(b, byte(c))
	}
	return append(b, byte(c>>8), byte(c))
}

// hexCode appends the character code of the rune numbered n as
// hexadecimal digits.
func hexCode(b []byte, n uint16) []byte {
	const digits = "0123456789ABCDEF"
	for _, c := range appendCode(nil, n) {
		b = append(b, digits[c>>4], digits[c&0xF])
	}
	return b
}

// codeSpace is the CMaps' declaration of the codes' lengths.
const codeSpace = "2 begincodespacerange\n<00> <BF>\n<C000> <FFFF>\nendcodespacerange\n"

// codeCMapName is the name of the CMap from codes to CIDs.
const codeCMapName = "DipbriefOneTwoByte-H"

// codeCMap is the embedded CMap every font's /Encoding names: each code,
// one byte 0x00-0xBF or two bytes 0xC000-0xFFFF, is the CID of its value.
func codeCMap() (extra string, data []byte) {
	info := "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
	return "/Type /CMap /CMapName /" + codeCMapName + " " + info + " /WMode 0",
		[]byte("%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
			info + " def\n/CMapName /" + codeCMapName + " def\n/CMapType 1 def\n/WMode 0 def\n" + codeSpace +
			"2 begincidrange\n<00> <BF> 0\n<C000> <FFFF> 49152\nendcidrange\n" +
			"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
}

// The objects a font needs, written in this order.
const (
	objType0 = iota
	objCIDFont
	objDescriptor
	objFontFile
	objToUnicode
	objCIDToGID // only for a font with two-byte codes
)

// objects is how many objects the font writes.
func (f *Font) objects() int {
	if len(f.runes) >= oneByte {
		return objCIDToGID + 1
	}
	return objCIDToGID
}

// write writes the font's objects, numbered from first, once every page is
// drawn and the font's runes are known; cmap is the CMap of the codes.
// Its file comes from program, made in the background (Document.background),
// each rune's glyph at its number: a one-byte code's CID is its glyph
// (/CIDToGIDMap /Identity when every code is one byte), a two-byte code's
// is mapped (cidToGID).
func (f *Font) write(w *writer, first, cmap int, program func() result) error {
	m, err := f.face.Metrics()
	if err != nil {
		return err
	}
	name := subsetTag(f.runes) + "+" + m.PostScriptName
	obj := func(k int) string { return ref(first + k) }

	w.object(first+objType0, "<< /Type /Font /Subtype /Type0 /BaseFont /"+name+
		" /Encoding "+ref(cmap)+" /DescendantFonts ["+obj(objCIDFont)+"] /ToUnicode "+obj(objToUnicode)+" >>")

	widths := []byte("[1 [")
	for i, r := range f.runes {
		switch {
		case i+1 == oneByte:
			widths = append(widths, "] "+strconv.Itoa(int(codeOf(oneByte)))+" ["...)
		case i > 0:
			widths = append(widths, ' ')
		}
		widths = num(widths, f.face.Advance(r), 0)
	}
	widths = append(widths, "]]"...)
	gids := "/Identity"
	if len(f.runes) >= oneByte {
		gids = obj(objCIDToGID)
	}
	w.object(first+objCIDFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /"+name+
		" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "+obj(objDescriptor)+
		" /DW 0 /W "+string(widths)+" /CIDToGIDMap "+gids+" >>")

	flags := 4 // symbolic: the glyphs reach past Adobe's standard Latin set
	if m.ItalicAngle != 0 {
		flags |= 64
	}
	var d []byte
	d = append(d, "<< /Type /FontDescriptor /FontName /"+name+" /Flags "+strconv.Itoa(flags)+" /FontBBox ["...)
	for i, v := range m.BBox {
		if i > 0 {
			d = append(d, ' ')
		}
		d = num(d, v, 0)
	}
	d = append(d, "] /ItalicAngle "...)
	d = num(d, m.ItalicAngle, 2)
	d = append(d, " /Ascent "...)
	d = num(d, m.Ascent, 0)
	d = append(d, " /Descent "...)
	d = num(d, m.Descent, 0)
	d = append(d, " /CapHeight "...)
	d = num(d, m.CapHeight, 0)
	d = append(d, " /StemV "...)
	d = num(d, stemV(m.Weight), 0)
	d = append(d, " /FontFile2 "+obj(objFontFile)+" >>"...)
	w.object(first+objDescriptor, string(d))

	w.deflatedLater(first+objFontFile, program)
	w.stream(first+objToUnicode, "", toUnicode(f.runes))
	if len(f.runes) >= oneByte {
		w.stream(first+objCIDToGID, "", cidToGID(len(f.runes)))
	}
	return nil
}

// program cuts the face down to the document's runes, glyph i+1 for CID
// i+1, and deflates it: the slow part of writing a font, which needs
// nothing but the runes drawn (see Document.background).
func (f *Font) program() result {
	sub, err := f.face.SubsetInOrder(f.runes)
	if err != nil {
		return result{err: err}
	}
	return result{extra: "/Length1 " + strconv.Itoa(len(sub.Data)), data: deflate(sub.Data)}
}

// cidToGID maps the CIDs of n runes to their glyphs: a one-byte code's
// CID is its glyph, a two-byte code's (0xC000 on) is glyph 0xC0 on. The
// run of zeros between them deflates to a few bytes.
func cidToGID(n int) []byte {
	last := codeOf(uint16(n))
	m := make([]byte, 2*(int(last)+1))
	for k := 1; k <= n; k++ {
		c := codeOf(uint16(k))
		m[2*int(c)], m[2*int(c)+1] = byte(k>>8), byte(k)
	}
	return m
}

// stemV estimates the width of vertical stems from the weight class, as
// font tools do when the font does not say.
func stemV(weight int) float64 {
	x := float64(weight) / 65
	return 50 + x*x
}

// subsetTag names a subset by its characters: six capital letters, the
// same for the same characters, as PDF asks of subset fonts.
func subsetTag(runes []rune) string {
	sorted := slices.Sorted(slices.Values(runes))
	h := sha256.New()
	for _, r := range sorted {
		h.Write([]byte(string(r)))
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// toUnicode is the CMap that maps each character code back to its character.
func toUnicode(runes []rune) []byte {
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		codeSpace)
	for start := 0; start < len(runes); start += 100 {
		chunk := runes[start:min(start+100, len(runes))]
		b = strconv.AppendInt(b, int64(len(chunk)), 10)
		b = append(b, " beginbfchar\n"...)
		for i, r := range chunk {
			b = append(b, '<')
			b = hexCode(b, uint16(start+i+1))
			b = append(b, "> <"...)
			for _, u := range utf16.AppendRune(nil, r) {
				b = hex16(b, u)
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}
