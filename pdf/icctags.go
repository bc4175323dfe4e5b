package pdf

import (
	"encoding/binary"
	"math"
)

// The ICC version 2 tag types the sRGB profile needs (ICC.1:2001-04 §6.5).

// textDescription is a textDescriptionType: ASCII, with empty Unicode and
// ScriptCode parts.
func textDescription(s string) []byte {
	b := append([]byte("desc"), 0, 0, 0, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(len(s)+1))
	b = append(append(b, s...), 0)
	b = append(b, make([]byte, 4+4+2+1+67)...) // Unicode code and count, ScriptCode code, count and 67 bytes
	return b
}

// textType is a textType: a NUL-terminated ASCII string.
func textType(s string) []byte {
	return append(append([]byte("text\x00\x00\x00\x00"), s...), 0)
}

// xyzType is an XYZType holding one colour.
func xyzType(v [3]float64) []byte {
	b := []byte("XYZ \x00\x00\x00\x00")
	for _, c := range v {
		b = binary.BigEndian.AppendUint32(b, s15f16(c))
	}
	return b
}

// curveType is a curveType tabulating the sRGB transfer function.
func curveType() []byte {
	b := binary.BigEndian.AppendUint32([]byte("curv\x00\x00\x00\x00"), curvePoints)
	for i := range curvePoints {
		v := srgbDecode(float64(i) / (curvePoints - 1))
		b = binary.BigEndian.AppendUint16(b, uint16(math.Round(v*65535)))
	}
	return b
}

func mulVec(m [3][3]float64, v [3]float64) [3]float64 {
	var out [3]float64
	for r := range 3 {
		out[r] = m[r][0]*v[0] + m[r][1]*v[1] + m[r][2]*v[2]
	}
	return out
}

func mulMat(a, b [3][3]float64) [3][3]float64 {
	var out [3][3]float64
	for r := range 3 {
		for c := range 3 {
			out[r][c] = a[r][0]*b[0][c] + a[r][1]*b[1][c] + a[r][2]*b[2][c]
		}
	}
	return out
}

// invert inverts a 3×3 matrix by its adjugate; the matrices here are
// well-conditioned colour transforms.
func invert(m [3][3]float64) [3][3]float64 {
	a, b, c := m[0][0], m[0][1], m[0][2]
	d, e, f := m[1][0], m[1][1], m[1][2]
	g, h, i := m[2][0], m[2][1], m[2][2]
	det := a*(e*i-f*h) - b*(d*i-f*g) + c*(d*h-e*g)
	return [3][3]float64{
		{(e*i - f*h) / det, (c*h - b*i) / det, (b*f - c*e) / det},
		{(f*g - d*i) / det, (a*i - c*g) / det, (c*d - a*f) / det},
		{(d*h - e*g) / det, (b*g - a*h) / det, (a*e - b*d) / det},
	}
}
