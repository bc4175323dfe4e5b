package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/internal/readertest"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		v    float64
		prec int
		want string
	}{
		{12, 2, "12"},
		{12.5, 2, "12.5"},
		{595.28, 2, "595.28"},
		{-0.25, 2, "-0.25"},
		{-0.001, 2, "0"},
		{1e-7, 3, "0"},
		{0.1 + 0.2, 3, "0.3"},
		{32766.996, 2, "32767"},
		{1234567.891, 2, "32767"},
		{-1e39, 2, "-32767"},
		{math.Inf(1), 2, "32767"},
		{math.NaN(), 2, "0"},
		{100, 0, "100"},
	}
	for _, tc := range tests {
		if got := string(num(nil, tc.v, tc.prec)); got != tc.want {
			t.Errorf("num(%v, %d) = %q, want %q", tc.v, tc.prec, got, tc.want)
		}
	}
}

func TestStrings(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Plain title", "(Plain title)"},
		{`a(b)\c`, `(a\(b\)\\c)`},
		{"Việt", "(\xfe\xff\x00V\x00i\x1e\xc7\x00t)"},
		{"越南", "(\xfe\xff\x8d\x8aSW)"},
		{"tab\there", "(\xfe\xff\x00t\x00a\x00b\x00\t\x00h\x00e\x00r\x00e)"},
		{"😀", "(\xfe\xff\xd8=\xde\x00)"},
		{"(a)", "(\\(a\\))"},
		{"", "()"},
	}
	for _, tc := range tests {
		if got := string(textString(nil, tc.in)); got != tc.want {
			t.Errorf("textString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if got := string(literal(nil, []byte{'a', '\r', '\n', 0, ')'})); got != "(a\\r\\n\x00\\))" {
		t.Errorf("literal keeps a carriage return a reader would turn into a line feed: %q", got)
	}
}

var (
	regular = fonts.Chain(fonts.Regular)[0]
	bold    = fonts.Chain(fonts.Bold)[0]
	chinese = fonts.Chain(fonts.Regular)[2] // Droid Sans Fallback, after Noto Sans Math
)

// sample draws a two-page document with every kind of mark the writer
// makes, and returns its bytes.
func sample(t *testing.T) []byte {
	t.Helper()
	d := New(595.28, 841.89, Info{
		Title: "Đối ngoại Việt Nam 2025", Subject: "越南外交", Author: "dipbrief", Keywords: "a, b",
		Creator: "test", Producer: "test", Created: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), Lang: "vi-VN",
	})
	p := d.AddPage()
	d.Bookmark("Đầu trang", 0, 0, 40)
	p.SetFill(RGB{0x1F, 0x3A, 0x5F})
	p.Text(d.Font(bold), 20, 50, 60, "Đối ngoại (2025) \\ ≈")
	p.SetFill(RGB{0, 0, 0})
	p.Text(d.Font(regular), 10, 50, 100, "36,6\u00a0tỷ USD và 24 chuyến thăm")
	p.Text(d.Font(chinese), 10, 50, 120, "越南外交取得成果")
	p.SetCharSpacing(1.5)
	p.Text(d.Font(chinese), 10, 50, 140, "全面战略伙伴")
	p.SetCharSpacing(0)
	p.SetStroke(RGB{200, 0, 0})
	p.SetLineWidth(0.5)
	p.SetDash([]float64{2, 1})
	p.Line(50, 150, 300, 150)
	p.SetDash(nil)
	p.MoveTo(50, 200)
	p.QuadTo(100, 160, 150, 200)
	p.CubicTo(170, 180, 190, 220, 210, 200)
	p.ClosePath()
	p.Paint(true, true)
	p.Rect(50, 220, 100, 20)
	p.Save()
	p.Rotate(90, 40, 300)
	p.Text(d.Font(regular), 8, 40, 300, "Rotated")
	p.Restore()
	p.LinkToPage(50, 90, 100, 12, 1, 50)
	p.LinkToURI(50, 110, 100, 12, "https://example.org/a%20b?c=(1)")
	q := d.AddPage()
	d.Bookmark("Nguồn", 1, 1, 50)
	d.Bookmark("Trang hai", 0, 1, 50)
	d.Bookmark("Mục con", 1, 1, 80)
	q.SetFill(RGB{0, 0, 0})
	q.Text(d.Font(regular), 10, 50, 60, "Trang 2/2")
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSameDrawingSameBytes(t *testing.T) {
	if !bytes.Equal(sample(t), sample(t)) {
		t.Error("two writes of the same drawing differ")
	}
}

// TestCrossReferencePointsAtObjects reads the cross-reference stream as a
// reader does and checks that every object is where it says: a plain
// object at its offset, a packed one at its index in the object stream.
func TestCrossReferencePointsAtObjects(t *testing.T) {
	b := sample(t)
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref at the end")
	}
	at, _ := strconv.Atoi(string(m[1]))
	dict, data := streamAt(t, b, at)
	w := regexp.MustCompile(`/W \[1 (\d) 2\] /DecodeParms << /Predictor 12 /Columns (\d+) >>`).FindStringSubmatch(dict)
	if !strings.Contains(dict, "/Type /XRef") || w == nil {
		t.Fatalf("startxref %d does not point at a cross-reference stream with PNG rows: %s", at, dict)
	}
	fw, _ := strconv.Atoi(w[1])
	cols, _ := strconv.Atoi(w[2])
	if cols != 3+fw {
		t.Fatalf("/Columns %d for /W [1 %d 2]", cols, fw)
	}
	entries := unpredict(t, data, cols)
	field := func(e []byte) int {
		v := 0
		for _, c := range e[1 : 1+fw] {
			v = v<<8 | int(c)
		}
		return v
	}
	var packed [][2]int // object number, index in its stream
	stm := -1
	for n := 0; n < len(entries)/cols; n++ {
		e := entries[cols*n:]
		idx := int(e[1+fw])<<8 | int(e[2+fw])
		switch e[0] {
		case 0:
			if n != 0 {
				t.Errorf("object %d is free: every number is used", n)
			}
		case 1:
			if at, want := field(e), strconv.Itoa(n)+" 0 obj\n"; !bytes.HasPrefix(b[at:], []byte(want)) {
				t.Errorf("object %d: offset %d holds %q", n, at, b[at:min(at+12, len(b))])
			}
		case 2:
			packed = append(packed, [2]int{n, idx})
			stm = field(e)
		}
	}
	if len(packed) == 0 {
		t.Fatal("no object is packed in an object stream")
	}
	off := field(entries[cols*stm:])
	dict, body := streamAt(t, b, off)
	first, _ := strconv.Atoi(regexp.MustCompile(`/First (\d+)`).FindStringSubmatch(dict)[1])
	header := strings.Fields(string(body[:first]))
	for _, p := range packed {
		if got := header[2*p[1]]; got != strconv.Itoa(p[0]) {
			t.Errorf("object %d: entry %d of the object stream is object %s", p[0], p[1], got)
		}
	}
}

// unpredict undoes PNG row filters as a reader does: each row is a
// filter-type byte and cols bytes; only Up (2), which the writer uses,
// and None (0) are expected.
func unpredict(t *testing.T, data []byte, cols int) []byte {
	t.Helper()
	if len(data)%(cols+1) != 0 {
		t.Fatalf("%d bytes of rows: not a whole number of %d-byte rows", len(data), cols+1)
	}
	out := make([]byte, 0, len(data))
	for r := 0; r < len(data); r += cols + 1 {
		row := data[r+1 : r+1+cols]
		for _, v := range row {
			switch data[r] {
			case 0:
			case 2:
				if k := len(out) - cols; k >= 0 {
					v += out[k]
				}
			default:
				t.Fatalf("row %d: PNG filter %d", r/(cols+1), data[r])
			}
			out = append(out, v)
		}
	}
	return out
}

// streamAt reads the stream object at offset: its dictionary and its
// inflated data.
func streamAt(t *testing.T, b []byte, offset int) (string, []byte) {
	t.Helper()
	rest := b[offset:]
	start := bytes.Index(rest, []byte(">>\nstream\n"))
	if start < 0 {
		t.Fatalf("no stream at %d", offset)
	}
	dict := string(rest[:start+2])
	n, _ := strconv.Atoi(regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(dict)[1])
	data := rest[start+len(">>\nstream\n"):][:n]
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return dict, out
}

// TestContentStaysWithinPDFRules draws what PDF forbids or a layout should
// never ask for, and checks the content stream a reader gets is still
// valid: dash patterns with no dash draw solid lines, an unmatched save is
// restored, an empty text draws nothing, numbers stay in range.
func TestContentStaysWithinPDFRules(t *testing.T) {
	d := New(100, 100, Info{})
	p := d.AddPage()
	for _, dash := range [][]float64{{0, 0}, {0.001}, {-2, 1}, {math.NaN(), 1}, {3, 0}} {
		p.SetDash(dash)
		p.Line(0, 0, 1e39, -1e39)
	}
	p.Save()
	p.Save()
	p.Restore()
	p.Text(d.Font(regular), 10, 5, 5, "")
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(buf.Bytes(), []byte("\n6 0 obj\n")) // page 1 is object 5, its content 6
	if at < 0 {
		t.Fatal("no object 6 in the file")
	}
	_, content := streamAt(t, buf.Bytes(), at+1)
	line := "0 100 m\n32767 32767 l\nS\n"
	want := "[] 0 d\n" + line + line + line + line + "[3 0] 0 d\n" + line + "q\nq\nQ\nQ\n"
	if string(content) != want {
		t.Errorf("content stream:\n%s\nwant:\n%s", content, want)
	}
}

// TestEachRuneHasItsOwnCode draws a space and a no-break space, which share
// a glyph, and checks each gets its own character code that maps back to it.
func TestEachRuneHasItsOwnCode(t *testing.T) {
	d := New(100, 100, Info{})
	f := d.Font(regular)
	got := string(f.appendCodes(nil, f.number("a b\u00a0a")))
	if want := "(\x01\x02\x03\x04\x01)"; got != want {
		t.Errorf("codes = %q, want %q", got, want)
	}
	cmap := string(f.toUnicode())
	for _, want := range []string{"<00> <FF>", "4 beginbfchar\n", "<02> <0020>\n", "<04> <00A0>\n"} {
		if !strings.Contains(cmap, want) {
			t.Errorf("ToUnicode lacks %q:\n%s", want, cmap)
		}
	}
}

// TestSimpleAndCompositeFonts draws 255 different Chinese characters, which
// a simple font holds a byte each, and 256, which need a composite font of
// two-byte codes, and checks that poppler, MuPDF, Ghostscript and pdfminer
// (which pdfplumber and many text-ingestion tools are built on) all take
// every character back out, and that pdffonts sees the kind of font meant.
func TestSimpleAndCompositeFonts(t *testing.T) {
	var runes []rune
	for r := rune(0x4E00); len(runes) < 256; r++ {
		if chinese.Has(r) {
			runes = append(runes, r)
		}
	}
	for _, tc := range []struct {
		n    int
		kind string
	}{{255, "TrueType"}, {256, "CID TrueType"}} {
		t.Run(tc.kind, func(t *testing.T) {
			d := New(595, 842, Info{})
			f := d.Font(chinese)
			p := d.AddPage()
			var lines []string
			for i := 0; i < tc.n; i += 40 {
				line := string(runes[i:min(i+40, tc.n)])
				lines = append(lines, line)
				p.Text(f, 12, 20, float64(30+len(lines)*16), line)
			}
			path := filepath.Join(t.TempDir(), "codes.pdf")
			var buf bytes.Buffer
			if _, err := d.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if fonts := run(t, "pdffonts", path); !regexp.MustCompile(`DroidSansFallback\s+` + regexp.QuoteMeta(tc.kind) + `\s`).MatchString(fonts) {
				t.Errorf("pdffonts does not see a %s font:\n%s", tc.kind, fonts)
			}
			gsText := filepath.Join(t.TempDir(), "gs.txt")
			run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-sOutputFile="+gsText, path)
			fromGS, err := os.ReadFile(gsText)
			if err != nil {
				t.Fatal(err)
			}
			for name, text := range map[string]string{
				"pdftotext": run(t, "pdftotext", path, "-"),
				"mutool":    run(t, "mutool", "draw", "-q", "-N", "-F", "txt", "-o", "-", path),
				"gs":        string(fromGS),
				"pdfminer":  run(t, "pdf2txt", path),
			} {
				for _, line := range lines {
					if !strings.Contains(text, line) {
						t.Errorf("%s does not give back %q:\n%s", name, line, text)
						break
					}
				}
			}
		})
	}
}

func TestRefusesWhatCannotBeWritten(t *testing.T) {
	tests := []struct {
		name string
		draw func(d *Document)
		want string
	}{
		{"no pages", func(d *Document) {}, "at least one page"},
		{"outline skips a level", func(d *Document) { d.AddPage(); d.Bookmark("a", 1, 0, 0) }, `outline entry "a": level 1, where the first entry is at level 0`},
		{"outline to a missing page", func(d *Document) { d.AddPage(); d.Bookmark("a", 0, 3, 0) }, `outline entry "a": no page 4`},
		{"link to a missing page", func(d *Document) { d.AddPage().LinkToPage(0, 0, 1, 1, 2, 0) }, "a link on page 1: no page 3"},
		{"an artifact not ended", func(d *Document) { d.AddPage().BeginArtifact(Layout) }, "page 1: marked content begun and not ended"},
		{"an artifact ended twice", func(d *Document) {
			p := d.AddPage()
			p.BeginArtifact(Pagination)
			p.EndMarked()
			p.EndMarked()
		}, "page 1: EndMarked with nothing begun"},
		{"an artifact of no known kind", func(d *Document) { d.AddPage().BeginArtifact(Artifact(9)) }, "page 1: an artifact begun inside marked content, or of no known kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(100, 100, Info{})
			tc.draw(d)
			var buf bytes.Buffer
			_, err := d.WriteTo(&buf)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(readertest.Path(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %v: %v\n%s", name, args, err, stderr.String())
	}
	return string(out)
}

func sampleFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sample.pdf")
	if err := os.WriteFile(path, sample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReadersGetTheTextBack checks what a reader sees: a clean structure,
// every character as it was drawn (a no-break space stays one, though it
// shares the space's glyph), the metadata, the outline and the links.
func TestReadersGetTheTextBack(t *testing.T) {
	path := sampleFile(t)
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	text := run(t, "pdftotext", "-raw", path, "-")
	// Readers show a no-break space as a space; TestEachRuneHasItsOwnCode
	// checks the PDF maps it back to itself.
	for _, want := range []string{"Đối ngoại (2025) \\ ≈", "36,6 tỷ USD và 24 chuyến thăm", "越南外交取得成果", "全面战略伙伴", "Rotated", "Trang 2/2"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q:\n%s", want, text)
		}
	}
	info := run(t, "pdfinfo", path)
	for _, want := range []string{"Title:           Đối ngoại Việt Nam 2025", "Subject:         越南外交", "Author:          dipbrief",
		"CreationDate:    Mon Jan 12 00:00:00 2026 UTC", "Pages:           2", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	for _, line := range strings.Split(run(t, "pdffonts", path), "\n")[2:] {
		if f := strings.Fields(line); len(f) > 5 && (f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes") {
			t.Errorf("a font is not embedded, subset and mapped to Unicode: %s", line)
		}
	}
	outline := run(t, "qpdf", "--json", "--json-key=outlines", path)
	compact := regexp.MustCompile(`"title": "([^"]*)"|"kids": \[\]|"kids": \[`).FindAllString(outline, -1)
	want := []string{ // qpdf sorts keys: an entry's kids come before its title
		`"kids": [`, `"kids": []`, `"title": "Nguồn"`, `"title": "Đầu trang"`,
		`"kids": [`, `"kids": []`, `"title": "Mục con"`, `"title": "Trang hai"`}
	if strings.Join(compact, "|") != strings.Join(want, "|") {
		t.Errorf("outline nesting:\n%s", outline)
	}
	objects := run(t, "qpdf", "--json=1", "--json-key=objects", path)
	for _, want := range []string{`"/URI": "https://example.org/a%20b?c=(1)"`, `"/Dest": [`} {
		if !strings.Contains(objects, want) {
			t.Errorf("the links lack %s", want)
		}
	}
}

// TestGlyphsAdvanceAsMeasured checks that a reader places each word where
// the layout measured it: the widths the PDF declares are the fonts'
// advances, with character spacing added after each glyph.
func TestGlyphsAdvanceAsMeasured(t *testing.T) {
	path := sampleFile(t)
	out := run(t, "pdftotext", "-bbox", path, "-")
	words := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`).FindAllStringSubmatch(out, -1)
	tests := []struct {
		word     string
		face     *fonts.Face
		size, tc float64
		x        float64 // where it starts; 0 when not checked
	}{
		{"Trang", regular, 10, 0, 50},
		{"thăm", regular, 10, 0, 0},
		{"ngoại", bold, 20, 0, 0},
		{"越南外交取得成果", chinese, 10, 0, 50},
		{"全面战略伙伴", chinese, 10, 1.5, 50},
	}
	for _, tc := range tests {
		found := false
		for _, w := range words {
			if w[3] != tc.word {
				continue
			}
			found = true
			x0, _ := strconv.ParseFloat(w[1], 64)
			x1, _ := strconv.ParseFloat(w[2], 64)
			want := -tc.tc // a reader ends the word at its last glyph, before the spacing after it
			for _, r := range tc.word {
				want += tc.face.Advance(r)*tc.size/1000 + tc.tc
			}
			if (tc.x != 0 && abs(x0-tc.x) > 0.05) || abs(x1-x0-want) > 0.05 {
				t.Errorf("%q spans %.2f-%.2f: want it to start at %.2f and be %.2f wide", tc.word, x0, x1, tc.x, want)
			}
		}
		if !found {
			t.Errorf("no word %q in\n%s", tc.word, out)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
