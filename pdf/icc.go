package pdf

import (
	"encoding/binary"
	"math"
	"sync"
)

// srgbProfile is an ICC version 2 display profile of sRGB, made here from
// the colour space's definition (IEC 61966-2-1: the primaries, the D65
// white and the transfer curve), so that no third party's file and licence
// travel in every PDF. PDF/A asks for it as the output intent that says
// what the pages' DeviceRGB colours mean.
var srgbProfile = sync.OnceValue(buildSRGB)

// sRGB's chromaticities (x, y), and the D50 white of the ICC's connection space.
var (
	srgbPrimaries = [3][2]float64{{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}}
	srgbWhite     = [2]float64{0.3127, 0.3290}
	iccD50        = [3]float64{0.9642, 1, 0.8249}
)

// curvePoints is the size of the transfer curve's table: enough that a
// linear interpolation is within a 16-bit step of the exact curve (0.78 of
// one at worst, TestSRGBCurveIsWithinAStep); 1,024 points cost 1.5 kB more
// in every file for nothing a reader can see.
const curvePoints = 256

func buildSRGB() []byte {
	m := srgbToD50()
	var tags []iccTag
	tags = append(tags, iccTag{"desc", textDescription("sRGB IEC61966-2.1")},
		iccTag{"cprt", textType("No copyright: built by dipbrief from IEC 61966-2-1; use freely (CC0)")},
		iccTag{"wtpt", xyzType(iccD50)})
	for c, sig := range []string{"rXYZ", "gXYZ", "bXYZ"} {
		tags = append(tags, iccTag{sig, xyzType([3]float64{m[0][c], m[1][c], m[2][c]})})
	}
	curve := curveType()
	for _, sig := range []string{"rTRC", "gTRC", "bTRC"} {
		tags = append(tags, iccTag{sig, curve})
	}
	return iccFile(tags)
}

type iccTag struct {
	sig  string
	data []byte
}

// iccFile lays out the header, the tag table and the tags' data; tags with
// the same data share it, as the three transfer curves do.
func iccFile(tags []iccTag) []byte {
	b := make([]byte, 128, 4096)
	b = binary.BigEndian.AppendUint32(b, uint32(len(tags)))
	table := len(b)
	b = append(b, make([]byte, 12*len(tags))...)
	var prev []byte
	prevAt := 0
	for i, t := range tags {
		at := len(b)
		if string(t.data) == string(prev) {
			at = prevAt
		} else {
			b = append(b, t.data...)
			for len(b)%4 != 0 {
				b = append(b, 0)
			}
		}
		prev, prevAt = t.data, at
		e := b[table+12*i:]
		copy(e, t.sig)
		binary.BigEndian.PutUint32(e[4:], uint32(at))
		binary.BigEndian.PutUint32(e[8:], uint32(len(t.data)))
	}
	h := b[:128]
	binary.BigEndian.PutUint32(h, uint32(len(b)))
	copy(h[8:], []byte{2, 0x10, 0, 0}) // version 2.1
	copy(h[12:], "mntrRGB XYZ ")
	for i, v := range []uint16{1999, 10, 18} { // IEC 61966-2-1's date, not a clock's
		binary.BigEndian.PutUint16(h[24+2*i:], v)
	}
	copy(h[36:], "acsp")
	for i, v := range iccD50 {
		binary.BigEndian.PutUint32(h[68+4*i:], s15f16(v))
	}
	return b
}

// srgbToD50 is the matrix from linear sRGB to CIE XYZ seen under D50, the
// ICC's connection space: the primaries scaled so that white is D65, then
// adapted to D50 with the Bradford transform, as ICC profiles do.
func srgbToD50() [3][3]float64 {
	xyz := func(c [2]float64) [3]float64 { return [3]float64{c[0] / c[1], 1, (1 - c[0] - c[1]) / c[1]} }
	var prim [3][3]float64
	for c := range 3 {
		v := xyz(srgbPrimaries[c])
		for r := range 3 {
			prim[r][c] = v[r]
		}
	}
	w := xyz(srgbWhite)
	s := mulVec(invert(prim), w)
	for r := range 3 {
		for c := range 3 {
			prim[r][c] *= s[c]
		}
	}
	bradford := [3][3]float64{{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}}
	src, dst := mulVec(bradford, w), mulVec(bradford, iccD50)
	var scale [3][3]float64
	for i := range 3 {
		scale[i][i] = dst[i] / src[i]
	}
	return mulMat(invert(bradford), mulMat(scale, mulMat(bradford, prim)))
}

// srgbDecode is the sRGB transfer function: a stored value in 0…1 to
// linear light.
func srgbDecode(v float64) float64 {
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// s15f16 is v as the ICC's signed 15.16 fixed-point number.
func s15f16(v float64) uint32 { return uint32(int32(math.Round(v * 65536))) }
