package text

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// splitWide cuts any segment wider than width between grapheme clusters, so
// an unbreakable stretch (a long URL) still fits the column.
func splitWide(segs []segment, width, size float64) []segment {
	wide := slices.IndexFunc(segs, func(s segment) bool { return !(s.width <= width) }) // NaN too
	if wide < 0 {
		return segs
	}
	out := slices.Clone(segs[:wide])
	for _, s := range segs[wide:] {
		if s.width <= width {
			out = append(out, s)
			continue
		}
		out = append(out, cut(s, width, size)...)
	}
	return out
}

func cut(s segment, width, size float64) []segment {
	var out []segment
	var cur segment
	for _, p := range s.pieces {
		rest, state := p.Text, -1
		for len(rest) > 0 {
			var cl string
			cl, rest, state = firstCluster(rest, state)
			w := RunWidth(p.Face, cl, size)
			// Closing marks stay on the line they close ("），"), but no more
			// than an em may overflow: a run of them ("""" or 。。。)
			// breaks like any text rather than run off the page.
			if cur.advance+w > width && len(cur.pieces) > 0 && (!closing(cl) || cur.advance > width+size) {
				out = append(out, cur)
				cur = segment{}
			}
			np := p
			np.Text, np.X, np.W = cl, cur.advance, w
			cur.pieces = append(cur.pieces, np)
			cur.advance += w
			cur.width = cur.advance
		}
	}
	cur.width, cur.mustBreak = s.width-sumWidths(out), s.mustBreak
	return append(out, cur)
}

func sumWidths(segs []segment) float64 {
	var w float64
	for _, s := range segs {
		w += s.advance
	}
	return w
}

// closing reports whether a cluster is punctuation that must not start a
// line (。，、」）!): even a forced split keeps it on the line before,
// which may then overflow by that one mark.
func closing(cluster string) bool {
	r, _ := utf8.DecodeRuneInString(cluster)
	return unicode.In(r, unicode.Pe, unicode.Pf, unicode.Po)
}
