package pdf

import (
	"math"
	"strconv"
	"time"
	"unicode/utf16"
)

// num appends v with at most prec decimals and no trailing zeros, the way
// PDF numbers are written compactly: 12, 12.5, -0.25, never "-0" or "1e-05".
// NaN is written as 0 and magnitudes are held within ±32767, the range PDF
// promises every reader handles: a layout never asks for more.
func num(b []byte, v float64, prec int) []byte {
	if math.IsNaN(v) {
		v = 0
	}
	v = max(-maxNumber, min(v, maxNumber))
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', prec, 64)
	if prec > 0 {
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if b[len(b)-1] == '.' {
			b = b[:len(b)-1]
		}
	}
	if string(b[start:]) == "-0" {
		b = append(b[:start], '0')
	}
	return b
}

// maxNumber is the largest magnitude num writes (ISO 32000-1, Annex C).
const maxNumber = 32767

// literal appends s as a PDF literal string, escaping the delimiters, the
// backslash and carriage return (which a reader would turn into a line feed).
func literal(b []byte, s []byte) []byte {
	b = append(b, '(')
	for _, c := range s {
		switch c {
		case '(', ')', '\\':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, c)
		}
	}
	return append(b, ')')
}

// textString appends s as a PDF text string: a literal when it is
// printable ASCII, else UTF-16BE with a byte order mark, as a literal too
// (half the size of hex, which matters for the hundreds of link
// descriptions a tagged briefing carries), which every reader decodes.
func textString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			ascii = false
			break
		}
	}
	if ascii {
		return literal(b, []byte(s))
	}
	u16 := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		u16 = append(u16, byte(u>>8), byte(u))
	}
	return literal(b, u16)
}

// hex8 appends c as two upper-case hex digits.
func hex8(b []byte, c byte) []byte {
	const digits = "0123456789ABCDEF"
	return append(b, digits[c>>4], digits[c&0xF])
}

// hex16 appends u as four upper-case hex digits.
func hex16(b []byte, u uint16) []byte {
	const digits = "0123456789ABCDEF"
	return append(b, digits[u>>12], digits[u>>8&0xF], digits[u>>4&0xF], digits[u&0xF])
}

// date appends t as a PDF date string in UTC: (D:20250115060000Z00'00').
func date(b []byte, t time.Time) []byte {
	return append(append(append(b, "(D:"...), t.UTC().Format("20060102150405")...), "Z00'00')"...)
}
