package fonts

import (
	"encoding/binary"
	"sync"
)

// Ink is where r's glyph puts ink across its advance, in thousandths of an
// em: the blank before it (left) and after it (right). Full-width marks
// carry half an em or so of blank, on one side or both, which a line can
// close up when two stand together. ok is false where the face lacks r or
// draws nothing for it.
func (f *Face) Ink(r rune) (left, right float64, ok bool) {
	if v, hit := f.inks.Load(r); hit {
		b := v.([2]float64)
		return b[0], b[1], !(b[0] == 0 && b[1] == 0)
	}
	left, right, ok = f.ink(r)
	f.inks.Store(r, [2]float64{left, right})
	return left, right, ok
}

func (f *Face) ink(r rune) (left, right float64, ok bool) {
	g, err := f.load()
	if err != nil || !f.Has(r) {
		return 0, 0, false
	}
	f.glyfOnce.Do(func() {
		if t, err := readTables(f.Data); err == nil {
			f.records, _ = glyphRecords(t)
		}
	})
	if f.records == nil {
		return 0, 0, false
	}
	rec := f.records(g.glyph(r))
	if len(rec) < 10 {
		return 0, 0, false
	}
	xMin := float64(int16(binary.BigEndian.Uint16(rec[2:])))
	xMax := float64(int16(binary.BigEndian.Uint16(rec[6:])))
	adv := f.Advance(r) * g.upem / 1000
	return xMin * 1000 / g.upem, (adv - xMax) * 1000 / g.upem, true
}

// inkCache is what Ink keeps per face.
type inkCache struct {
	inks     sync.Map // rune -> [2]float64
	glyfOnce sync.Once
	records  func(uint16) []byte
}
