package data

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestComposed checks every rune composed accepts against the normalization
// tables (its own NFC, combining class 0, combining with nothing before it)
// and against what text rejects: a composed rune that is not a control needs
// no check of its own.
func TestComposed(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !composed(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("composed(%U) = true, but NFC %U, CCC %d, boundary before %v",
				r, []rune(norm.NFC.String(s)), p.CCC(), p.BoundaryBefore())
		}
		if unicode.In(r, unicode.M, unicode.Bidi_Control) || r == '\u2028' || r == '\u2029' {
			t.Errorf("composed(%U) = true, but it is a mark, a bidirectional control or a line break", r)
		}
		if plainText(s) == unicode.IsControl(r) {
			t.Errorf("plainText(%+q) = %v, want %v", s, plainText(s), !unicode.IsControl(r))
		}
	}
}

func TestNFC(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ASCII", "visits_abroad", "visits_abroad"},
		{"Vietnamese, precomposed", "Đối ngoại Việt Nam", "Đối ngoại Việt Nam"},
		{"Vietnamese, decomposed", "Đo\u0302\u0301i ngoa\u0323i", "Đối ngoại"},
		{"a mark on a composed letter", "e\u0302\u0301", "ế"},
		{"a mark after a precomposed letter", "ê\u0301", "ế"},
		{"a mark alone", "\u0301x", "\u0301x"},
		{"Chinese", "进行22次访问，", "进行22次访问，"},
		{"Korean syllables", "베트남이 수교한", "베트남이 수교한"},
		{"Korean jamo", "\u1100\u1161\u11A8", "각"},
		{"a syllable and a final jamo", "가\u11A8", "각"},
		{"CJK compatibility ideograph", "\uF900", "\u8C48"},
		{"en quad", "a\u2000b", "a\u2002b"},
		{"ohm sign", "5 \u2126", "5 \u03A9"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := nfc(tc.in)
			if got != tc.want {
				t.Errorf("nfc(%+q) = %+q, want %+q", tc.in, got, tc.want)
			}
			if std := norm.NFC.String(tc.in); got != std {
				t.Errorf("nfc(%+q) = %+q, norm.NFC gives %+q", tc.in, got, std)
			}
		})
	}
}
