package pdf

import (
	"crypto/sha256"
	"slices"
	"strconv"
	"unicode/utf16"

	"github.com/dipbrief/dipbrief/fonts"
)

// Font is a face as one document uses it. Each rune gets a character id
// (CID) the first time it is drawn, so two runes drawn with the same glyph
// (a space and a no-break space) still come back out as themselves.
type Font struct {
	face  *fonts.Face
	res   string          // the resource name pages select it by: F1, F2...
	cid   map[rune]uint16 // rune -> CID, from 1
	runes []rune          // CID-1 -> rune
}

// encode appends s as a literal string of two-byte CIDs.
func (f *Font) encode(b []byte, s string) []byte {
	codes := make([]byte, 0, 2*len(s))
	for _, r := range s {
		c, ok := f.cid[r]
		if !ok {
			c = uint16(len(f.runes) + 1)
			f.cid[r] = c
			f.runes = append(f.runes, r)
		}
		codes = append(codes, byte(c>>8), byte(c))
	}
	return literal(b, codes)
}

// fontObjects are the objects one font needs, written in this order.
const (
	objType0 = iota
	objCIDFont
	objDescriptor
	objFontFile
	objToUnicode
	fontObjects
)

// write writes the font's objects, numbered from first, once every page is
// drawn and the font's runes are known. Its file comes from program, made
// in the background (Document.background), with each CID's glyph at the
// same number, so that CIDs map to glyphs as they are.
func (f *Font) write(w *writer, first int, program func() result) error {
	m, err := f.face.Metrics()
	if err != nil {
		return err
	}
	name := subsetTag(f.runes) + "+" + m.PostScriptName
	obj := func(k int) string { return ref(first + k) }

	w.object(first+objType0, "<< /Type /Font /Subtype /Type0 /BaseFont /"+name+
		" /Encoding /Identity-H /DescendantFonts ["+obj(objCIDFont)+"] /ToUnicode "+obj(objToUnicode)+" >>")

	widths := []byte("[1 [")
	for i, r := range f.runes {
		if i > 0 {
			widths = append(widths, ' ')
		}
		widths = num(widths, f.face.Advance(r), 0)
	}
	widths = append(widths, "]]"...)
	w.object(first+objCIDFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /"+name+
		" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "+obj(objDescriptor)+
		" /DW 0 /W "+string(widths)+" /CIDToGIDMap /Identity >>")

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

// toUnicode is the CMap that maps each CID back to its character.
func toUnicode(runes []rune) []byte {
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for start := 0; start < len(runes); start += 100 {
		chunk := runes[start:min(start+100, len(runes))]
		b = strconv.AppendInt(b, int64(len(chunk)), 10)
		b = append(b, " beginbfchar\n"...)
		for i, r := range chunk {
			b = append(b, '<')
			b = hex16(b, uint16(start+i+1))
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
