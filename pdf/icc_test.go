package pdf

import (
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestSRGBProfileIsWellFormed reads the profile's header and tag table as
// ICC.1:2001-04 lays them out: what PDF/A checks (class, colour space,
// version) and what any colour engine needs (sizes, tags inside the file,
// aligned).
func TestSRGBProfileIsWellFormed(t *testing.T) {
	b := srgbProfile()
	be := binary.BigEndian
	if got := int(be.Uint32(b)); got != len(b) {
		t.Errorf("header says %d bytes, the profile has %d", got, len(b))
	}
	if got := string(b[12:20]) + string(b[36:40]); got != "mntrRGB acsp" || b[8] != 2 || string(b[20:24]) != "XYZ " {
		t.Errorf("header: class, colour space, signature %q, version %d, PCS %q", got, b[8], b[20:24])
	}
	var sigs []string
	for i := range int(be.Uint32(b[128:])) {
		e := b[132+12*i:]
		at, size := int(be.Uint32(e[4:])), int(be.Uint32(e[8:]))
		sigs = append(sigs, string(e[:4]))
		if at%4 != 0 || at+size > len(b) || at < 132 {
			t.Errorf("tag %s at %d, %d bytes: outside the file or not aligned", e[:4], at, size)
		}
	}
	if got := strings.Join(sigs, " "); got != "desc cprt wtpt rXYZ gXYZ bXYZ rTRC gTRC bTRC" {
		t.Errorf("tags %s", got)
	}
}

// TestSRGBCurveIsWithinAStep reads the transfer curve back out of the
// profile and interpolates it as a colour engine does, linearly between
// its points: everywhere within one 16-bit step of sRGB's own curve.
func TestSRGBCurveIsWithinAStep(t *testing.T) {
	b := srgbProfile()
	be := binary.BigEndian
	var curve []byte
	for i := range int(be.Uint32(b[128:])) {
		if e := b[132+12*i:]; string(e[:4]) == "rTRC" {
			curve = b[be.Uint32(e[4:]):][:be.Uint32(e[8:])]
		}
	}
	if len(curve) < 12 || string(curve[:4]) != "curv" {
		t.Fatalf("no curv tag for rTRC")
	}
	n := int(be.Uint32(curve[8:]))
	point := func(k int) float64 { return float64(be.Uint16(curve[12+2*k:])) }
	worst := 0.0
	for i := range 100_001 {
		x := float64(i) / 100_000
		k := min(int(x*float64(n-1)), n-2)
		f := x*float64(n-1) - float64(k)
		got := point(k) + (point(k+1)-point(k))*f
		worst = max(worst, math.Abs(got-srgbDecode(x)*65535))
	}
	if worst >= 1 {
		t.Errorf("%d points: the interpolated curve is off by %.2f of a 16-bit step, want under 1", n, worst)
	}
}

// TestSRGBMatrixMatchesTheStandard checks the matrix made from the
// primaries: white (1, 1, 1) lands on D50, and each primary where the
// published D50-adapted sRGB values put it.
func TestSRGBMatrixMatchesTheStandard(t *testing.T) {
	m := srgbToD50()
	published := [3][3]float64{{0.4361, 0.3851, 0.1431}, {0.2225, 0.7169, 0.0606}, {0.0139, 0.0971, 0.7141}}
	for r := range 3 {
		if sum := m[r][0] + m[r][1] + m[r][2]; math.Abs(sum-iccD50[r]) > 1e-9 {
			t.Errorf("white, component %d: %.6f, want D50's %.4f", r, sum, iccD50[r])
		}
		for c := range 3 {
			if math.Abs(m[r][c]-published[r][c]) > 3e-4 {
				t.Errorf("matrix[%d][%d] = %.5f, published %.4f", r, c, m[r][c], published[r][c])
			}
		}
	}
	if v := srgbDecode(0.5); math.Abs(v-0.21404) > 1e-5 {
		t.Errorf("sRGB 0.5 decodes to %.5f, want 0.21404", v)
	}
}

// TestLittleCMSReadsTheProfileAsSRGB has LittleCMS, a colour engine nobody
// here wrote, convert colours through the profile and through its own
// built-in sRGB: the two must agree within a hundredth of a CIELAB unit.
func TestLittleCMSReadsTheProfileAsSRGB(t *testing.T) {
	transicc, err := exec.LookPath("transicc")
	if err != nil {
		if os.Getenv("DIPBRIEF_REQUIRE_TOOLS") != "" {
			t.Fatal("transicc is not installed (apt-get install liblcms2-utils)")
		}
		t.Skip("transicc is not installed: apt-get install liblcms2-utils to run this test")
	}
	path := filepath.Join(t.TempDir(), "srgb.icc")
	if err := os.WriteFile(path, srgbProfile(), 0o644); err != nil {
		t.Fatal(err)
	}
	colours := "255 0 0\n0 255 0\n0 0 255\n255 255 255\n128 64 32\n10 10 10\n"
	lab := func(profile string) []float64 {
		cmd := exec.Command(transicc, "-i", profile, "-o", "*Lab", "-t", "1", "-n")
		cmd.Stdin = strings.NewReader(colours)
		out, err := cmd.CombinedOutput()
		if err != nil || strings.Contains(string(out), "[transicc]") {
			t.Fatalf("transicc -i %s: %v\n%s", profile, err, out)
		}
		var vs []float64
		for _, line := range strings.Split(string(out), "\n")[2:] {
			for _, f := range strings.Fields(line) {
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					t.Fatalf("transicc printed %q", line)
				}
				vs = append(vs, v)
			}
		}
		return vs
	}
	ours, theirs := lab(path), lab("*sRGB")
	if len(ours) != 18 || len(theirs) != 18 {
		t.Fatalf("transicc gave %v and %v, want 6 colours each", ours, theirs)
	}
	for i := range ours {
		if math.Abs(ours[i]-theirs[i]) > 0.01 {
			t.Errorf("colour %d, L*a*b* component %d: %.4f through our profile, %.4f through LittleCMS's sRGB", i/3, i%3, ours[i], theirs[i])
		}
	}
}
