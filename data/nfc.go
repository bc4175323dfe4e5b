package data

import "golang.org/x/text/unicode/norm"

// nfc puts s in NFC, as norm.NFC.String does. A string made only of
// composed runes is in NFC already and comes back as it is, without a look-up
// in the normalization tables for each rune: nearly every string of the
// data is so.
func nfc(s string) string {
	for _, r := range s {
		if !composed(r) {
			return norm.NFC.String(s)
		}
	}
	return s
}

// composed reports whether r is in a block where every character is its own
// NFC, with combining class 0, and never combines with a character before it
// (Unicode's NFC_Quick_Check=Yes): Latin with the letters Vietnamese uses,
// common punctuation, CJK ideographs and punctuation, Hangul syllables and
// fullwidth forms. A string of such runes is in NFC. TestComposed checks
// every rune of these blocks against the tables.
func composed(r rune) bool {
	switch {
	case r <= 0x24F: // ASCII, Latin-1, Latin Extended-A and -B
		return true
	case r < 0x1EA0:
		return false
	case r <= 0x1EF9: // Latin Extended Additional: Vietnamese
		return true
	case r < 0x2010:
		return false
	case r <= 0x2027: // dashes, quotation marks, bullets, ellipsis
		return true
	case r < 0x3000:
		return false
	case r <= 0x3029: // CJK symbols and punctuation, up to the tone marks
		return true
	case r < 0x4E00:
		return false
	case r <= 0x9FFF: // CJK unified ideographs
		return true
	case r < 0xAC00:
		return false
	case r <= 0xD7A3: // Hangul syllables
		return true
	}
	return r >= 0xFF01 && r <= 0xFF5E // fullwidth ASCII: ，：！？（）
}
