package pdf

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// FuzzStrings checks that what the writer puts in a string is what a reader
// takes out: a literal's bytes survive PDF's escapes and end-of-line rules,
// and a text string decodes to the same characters.
func FuzzStrings(f *testing.F) {
	for _, s := range []string{"", "Plain", `a(b)\c`, "Việt Nam", "越南", "a\r\nb\rc", "😀", "(((", "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit := literal(nil, []byte(s))
		if got, ok := readLiteral(lit); !ok || got != s {
			t.Errorf("literal(%q) = %q, which a reader takes as %q", s, lit, got)
		}
		if !utf8.ValidString(s) {
			return
		}
		ts := textString(nil, s)
		if got := readTextString(t, ts); got != s {
			t.Errorf("textString(%q) = %q, which a reader takes as %q", s, ts, got)
		}
	})
}

// readLiteral decodes a literal string as PDF 32000-1 §7.3.4.2 says: escapes,
// an unescaped end of line (CR, LF or CR LF) read as LF, and balanced
// parentheses; ok is false when the string does not end where it should.
func readLiteral(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '(' {
		return "", false
	}
	var out []byte
	depth := 1
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch c {
		case '\\':
			i++
			if i == len(b) {
				return "", false
			}
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			default:
				out = append(out, e) // \( \) \\ (octal escapes are never written)
			}
		case '\r':
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			depth--
			if depth == 0 {
				return string(out), i == len(b)-1
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return "", false
}

func readTextString(t *testing.T, b []byte) string {
	t.Helper()
	if len(b) > 0 && b[0] == '(' {
		s, ok := readLiteral(b)
		if !ok {
			t.Fatalf("%q is not a whole literal", b)
		}
		if !strings.HasPrefix(s, "\xfe\xff") {
			return s
		}
		if len(s)%2 != 0 {
			t.Fatalf("%q: UTF-16 of an odd length", b)
		}
		u := make([]uint16, len(s)/2-1)
		for i := range u {
			u[i] = uint16(s[2+2*i])<<8 | uint16(s[3+2*i])
		}
		return string(utf16.Decode(u))
	}
	if !bytes.HasPrefix(b, []byte("<FEFF")) || b[len(b)-1] != '>' {
		t.Fatalf("%q is neither a literal nor UTF-16 with a byte order mark", b)
	}
	raw, err := hex.DecodeString(string(b[5 : len(b)-1]))
	if err != nil || len(raw)%2 != 0 {
		t.Fatalf("%q: %v", b, err)
	}
	u := make([]uint16, len(raw)/2)
	for i := range u {
		u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
	}
	return string(utf16.Decode(u))
}
