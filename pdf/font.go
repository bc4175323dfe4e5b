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
// space and a no-break space) still come back out as themselves. The
// number is the rune's glyph in the subset and its character code: one
// byte in a font of at most 255 characters, written as a simple TrueType
// font (a briefing's Latin faces), two bytes (Identity-H) in a bigger one,
// written as a composite font (its Chinese face). Which one is known when
// the document is written, so pages keep their text as numbers until then
// (Page.content).
type Font struct {
	face  *fonts.Face
	res   string          // the resource name pages select it by: F1, F2...
	num   map[rune]uint16 // rune -> its number, from 1
	runes []rune          // number-1 -> rune
}

// maxSimple is the most characters a simple font holds: its codes are
// single bytes, and code 0 is left unused.
const maxSimple = 255

// simple reports whether the font is written as a simple TrueType font.
// Every reader takes a simple font's text out through its ToUnicode, where
// a composite font with an embedded CMap of one- and two-byte codes lost
// all its text in pdfminer (and so in pdfplumber and the ingestion tools
// built on it), which knows CMaps only by name.
func (f *Font) simple() bool { return len(f.runes) <= maxSimple }

// number numbers the runes of s, giving each new one the next number.
func (f *Font) number(s string) []uint16 {
	nums := make([]uint16, 0, len(s))
	for _, r := range s {
		n, ok := f.num[r]
		if !ok {
			n = uint16(len(f.runes) + 1)
			f.num[r] = n
			f.runes = append(f.runes, r)
		}
		nums = append(nums, n)
	}
	return nums
}

// appendCodes appends the runes numbered nums as a literal string of
// character codes: a byte each in a simple font, two in a composite one.
// (A simple font's code 32 is whatever rune was numbered 32: word spacing,
// Tw, which PDF applies to that code, is never set.)
func (f *Font) appendCodes(b []byte, nums []uint16) []byte {
	codes := make([]byte, 0, 2*len(nums))
	simple := f.simple()
	for _, n := range nums {
		if simple {
			codes = append(codes, byte(n))
		} else {
			codes = append(codes, byte(n>>8), byte(n))
		}
	}
	return literal(b, codes)
}

// The objects a font writes, in this order; a composite font adds its
// CIDFont.
const (
	objFont = iota
	objDescriptor
	objFontFile
	objToUnicode
	objCIDFont
)

// objects is how many objects the font writes.
func (f *Font) objects() int {
	if f.simple() {
		return objCIDFont
	}
	return objCIDFont + 1
}

// write writes the font's objects, numbered from first, once every page is
// drawn and the font's runes are known. Its file comes from program, made
// in the background (Document.background), each rune's glyph at its
// number: a simple font reaches it through the file's (3,0) cmap, code c
// at 0xF000+c, as PDF asks of a symbolic TrueType font; a composite font's
// CIDs are the glyphs (/CIDToGIDMap /Identity).
func (f *Font) write(w *writer, first int, program func() result) error {
	m, err := f.face.Metrics()
	if err != nil {
		return err
	}
	name := subsetTag(f.runes) + "+" + m.PostScriptName
	obj := func(k int) string { return ref(first + k) }

	widths := []byte("[")
	for i, r := range f.runes {
		if i > 0 {
			widths = append(widths, ' ')
		}
		widths = num(widths, f.face.Advance(r), 0)
	}
	widths = append(widths, ']')
	if f.simple() {
		// Symbolic, so no /Encoding: codes select glyphs through the cmap.
		w.object(first+objFont, "<< /Type /Font /Subtype /TrueType /BaseFont /"+name+
			" /FirstChar 1 /LastChar "+strconv.Itoa(max(len(f.runes), 1))+" /Widths "+string(widths)+
			" /FontDescriptor "+obj(objDescriptor)+" /ToUnicode "+obj(objToUnicode)+" >>")
	} else {
		w.object(first+objFont, "<< /Type /Font /Subtype /Type0 /BaseFont /"+name+
			" /Encoding /Identity-H /DescendantFonts ["+obj(objCIDFont)+"] /ToUnicode "+obj(objToUnicode)+" >>")
		w.object(first+objCIDFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /"+name+
			" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "+obj(objDescriptor)+
			" /DW 0 /W [1 "+string(widths)+"] /CIDToGIDMap /Identity >>")
	}

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
	w.stream(first+objToUnicode, "", f.toUnicode())
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

// toUnicode is the CMap that maps each character code back to its
// character.
func (f *Font) toUnicode() []byte {
	space, width := "<00> <FF>", 1
	if !f.simple() {
		space, width = "<0000> <FFFF>", 2
	}
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n" + space + "\nendcodespacerange\n")
	runes := f.runes
	for start := 0; start < len(runes); start += 100 {
		chunk := runes[start:min(start+100, len(runes))]
		b = strconv.AppendInt(b, int64(len(chunk)), 10)
		b = append(b, " beginbfchar\n"...)
		for i, r := range chunk {
			b = append(b, '<')
			n := uint16(start + i + 1)
			if width == 2 {
				b = hex16(b, n)
			} else {
				b = hex8(b, byte(n))
			}
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
