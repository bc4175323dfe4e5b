package fonts

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf16"
)

// Metrics is what a PDF font descriptor says of a face, in thousandths of
// an em: enough for a reader to substitute a font of the same size and
// weight should the embedded one fail it.
type Metrics struct {
	PostScriptName string     // the name table's PostScript name, e.g. "NotoSans-Bold"
	BBox           [4]float64 // the union of all glyphs' boxes: xMin, yMin, xMax, yMax
	Ascent         float64    // above the baseline, positive
	Descent        float64    // below the baseline, negative
	CapHeight      float64    // the height of a capital letter
	ItalicAngle    float64    // degrees counter-clockwise from vertical; negative leans right
	Weight         int        // OS/2 weight class: 400 regular, 700 bold
}

// Metrics reads the face's descriptor values from its head, hhea, OS/2,
// post and name tables.
func (f *Face) Metrics() (Metrics, error) {
	g, err := f.load()
	if err != nil {
		return Metrics{}, err
	}
	t, err := readTables(f.Data)
	if err != nil {
		return Metrics{}, fmt.Errorf("font %s: %w", f.Name, err)
	}
	head, os2, post := t["head"], t["OS/2"], t["post"]
	if len(head) < 54 || len(os2) < 78 || len(post) < 8 {
		return Metrics{}, fmt.Errorf("font %s: truncated head, OS/2 or post table", f.Name)
	}
	em := 1000 / g.upem
	i16 := func(b []byte, at int) float64 { return float64(int16(binary.BigEndian.Uint16(b[at:]))) }
	m := Metrics{
		PostScriptName: postScriptName(t["name"]),
		BBox:           [4]float64{i16(head, 36) * em, i16(head, 38) * em, i16(head, 40) * em, i16(head, 42) * em},
		Ascent:         math.Round(g.ascent),
		Descent:        -math.Round(g.descent),
		ItalicAngle:    float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536,
		Weight:         int(binary.BigEndian.Uint16(os2[4:])),
	}
	for i, v := range m.BBox {
		m.BBox[i] = math.Round(v)
	}
	m.CapHeight = m.Ascent
	if binary.BigEndian.Uint16(os2) >= 2 && len(os2) >= 90 {
		m.CapHeight = math.Round(i16(os2, 88) * em)
	}
	if m.PostScriptName == "" {
		m.PostScriptName = f.Name
	}
	return m, nil
}

// postScriptName finds name id 6 in a name table, preferring the Windows
// Unicode record, and keeps only the characters a PDF name may hold
// unescaped; "" when there is none.
func postScriptName(name []byte) string {
	if len(name) < 6 {
		return ""
	}
	count, base := int(binary.BigEndian.Uint16(name[2:])), int(binary.BigEndian.Uint16(name[4:]))
	var found string
	for i := range count {
		rec := name[6+12*i:]
		if len(rec) < 12 {
			break
		}
		platform, id := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[6:])
		ln, off := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		if id != 6 || base+off+ln > len(name) {
			continue
		}
		raw := name[base+off : base+off+ln]
		switch platform {
		case 3, 0: // UTF-16BE
			u := make([]uint16, len(raw)/2)
			for k := range u {
				u[k] = binary.BigEndian.Uint16(raw[2*k:])
			}
			return cleanName(string(utf16.Decode(u)))
		case 1: // Mac Roman; a PostScript name is ASCII
			found = cleanName(string(raw))
		}
	}
	return found
}

func cleanName(s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > ' ' && r < 0x7F && !isDelimiter(byte(r)) {
			out = append(out, byte(r))
		}
	}
	return string(out)
}

// isDelimiter reports PDF's delimiter characters and '#', which a name
// would have to escape.
func isDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%', '#':
		return true
	}
	return false
}
