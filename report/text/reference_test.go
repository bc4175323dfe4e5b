package text

// The line breaker as it was before its shortcuts (nextLineSegment,
// firstCluster, in-place runs and merges), kept verbatim but renamed, so
// that tests can check the fast path against it on any input.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

func refItemize(s string, style fonts.Style) ([]Run, error) {
	if !utf8.ValidString(s) {
		return nil, ErrInvalidUTF8
	}
	s = norm.NFC.String(s)
	chain := fonts.Chain(style)
	var runs []Run
	state := -1
	rest := s
	for len(rest) > 0 {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		face, err := refPick(chain, cluster)
		if err != nil {
			err.(*MissingGlyphError).Text = s
			return nil, err
		}
		if n := len(runs); n > 0 && runs[n-1].Face == face {
			runs[n-1].Text += cluster
			continue
		}
		runs = append(runs, Run{Face: face, Text: cluster})
	}
	return runs, nil
}

func refPick(chain []*fonts.Face, cluster string) (*fonts.Face, error) {
	for _, f := range chain {
		if refHasAll(f, cluster) {
			return f, nil
		}
	}
	for _, r := range cluster {
		if !refAnyHas(chain, r) {
			return nil, &MissingGlyphError{Rune: r}
		}
	}
	// Every rune is drawable, but by different faces: keep the cluster
	// whole by splitting it rune by rune is wrong, so report the first.
	return nil, &MissingGlyphError{Rune: []rune(cluster)[0]}
}

func refHasAll(f *fonts.Face, s string) bool {
	for _, r := range s {
		if !f.Has(r) {
			return false
		}
	}
	return true
}

func refAnyHas(chain []*fonts.Face, r rune) bool {
	for _, f := range chain {
		if f.Has(r) {
			return true
		}
	}
	return false
}

func refRunWidth(f *fonts.Face, s string, size float64) float64 {
	var units float64
	for _, r := range s {
		units += f.Advance(r)
	}
	return units * size / 1000
}

func refDrawable(cluster string) bool {
	for _, st := range []fonts.Style{fonts.Regular, fonts.Bold} {
		if _, err := refPick(fonts.Chain(st), norm.NFC.String(cluster)); err != nil {
			return false
		}
	}
	return true
}

func refWrap(spans []Span, size, width float64) ([]Line, error) {
	segs, err := refSegments(spans, size)
	if err != nil {
		return nil, err
	}
	var lines []Line
	var cur []segment
	var curW float64
	flush := func() {
		lines = append(lines, refMakeLine(cur))
		cur, curW = nil, 0
	}
	for _, s := range refSplitWide(segs, width, size) {
		if len(cur) > 0 && curW+s.width > width+1e-9 {
			flush()
		}
		cur = append(cur, s)
		curW += s.advance
		if s.mustBreak {
			flush()
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines, nil
}

func refSegments(spans []Span, size float64) ([]segment, error) {
	for _, sp := range spans {
		if !utf8.ValidString(sp.Text) {
			return nil, ErrInvalidUTF8
		}
	}
	var full strings.Builder
	bounds := make([]int, 0, len(spans)+1)
	for _, sp := range spans {
		bounds = append(bounds, full.Len())
		full.WriteString(norm.NFC.String(sp.Text))
	}
	bounds = append(bounds, full.Len())
	text := full.String()

	var segs []segment
	state, start := -1, 0
	for start < len(text) {
		seg, _, mustBreak, st := uniseg.FirstLineSegmentInString(text[start:], state)
		state = st
		if n := hardBreak(seg); n < len(seg) { // the one fix made since, in wrap.go
			seg, mustBreak, state = seg[:n], true, -1
		}
		end := start + len(seg)
		s, err := refBuildSegment(text, start, end, bounds, spans, size)
		if err != nil {
			return nil, err
		}
		s.mustBreak = mustBreak && end < len(text)
		segs = append(segs, s)
		start = end
	}
	return segs, nil
}

func refBuildSegment(text string, start, end int, bounds []int, spans []Span, size float64) (segment, error) {
	var s segment
	body := strings.TrimRightFunc(text[start:end], isNewline)
	trimmed := strings.TrimRightFunc(body, unicode.IsSpace)
	for i, sp := range spans {
		lo, hi := max(bounds[i], start), min(bounds[i+1], start+len(body))
		if lo >= hi {
			continue
		}
		runs, err := refItemize(text[lo:hi], sp.Style)
		if err != nil {
			return s, err
		}
		for _, r := range runs {
			w := refRunWidth(r.Face, r.Text, size)
			s.pieces = append(s.pieces, Piece{Run: r, Attr: sp.Attr, X: s.advance, W: w, Style: sp.Style})
			s.advance += w
		}
	}
	s.width = s.advance - refTrailingWidth(s.pieces, len(body)-len(trimmed), size)
	return s, nil
}

func refTrailingWidth(pieces []Piece, nbytes int, size float64) float64 {
	var w float64
	for i := len(pieces) - 1; i >= 0 && nbytes > 0; i-- {
		t := pieces[i].Text
		n := min(nbytes, len(t))
		w += refRunWidth(pieces[i].Face, t[len(t)-n:], size)
		nbytes -= n
	}
	return w
}

func refMakeLine(segs []segment) Line {
	var l Line
	var x float64
	for i, s := range segs {
		last := i == len(segs)-1
		for _, p := range s.pieces {
			p.X += x
			l.Pieces = append(l.Pieces, p)
		}
		if last {
			l.Width = x + s.width
		} else {
			x += s.advance
		}
	}
	l.Pieces = refTrimEnd(l.Pieces, l.Width)
	return Line{Pieces: refMerge(l.Pieces), Width: l.Width}
}

func refTrimEnd(ps []Piece, width float64) []Piece {
	for len(ps) > 0 {
		p := &ps[len(ps)-1]
		t := strings.TrimRightFunc(p.Text, unicode.IsSpace)
		if t != "" || p.Text == "" {
			if t != p.Text {
				p.Text, p.W = t, width-p.X
			}
			break
		}
		ps = ps[:len(ps)-1]
	}
	return ps
}

func refMerge(ps []Piece) []Piece {
	var out []Piece
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].Face == p.Face && out[n-1].Attr == p.Attr && out[n-1].Style == p.Style {
			out[n-1].Text += p.Text
			out[n-1].W += p.W
			continue
		}
		out = append(out, p)
	}
	return out
}

func refSplitWide(segs []segment, width, size float64) []segment {
	var out []segment
	for _, s := range segs {
		if s.width <= width {
			out = append(out, s)
			continue
		}
		out = append(out, refCut(s, width, size)...)
	}
	return out
}

func refCut(s segment, width, size float64) []segment {
	var out []segment
	var cur segment
	for _, p := range s.pieces {
		rest, state := p.Text, -1
		for len(rest) > 0 {
			var cl string
			cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			w := refRunWidth(p.Face, cl, size)
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
	cur.width, cur.mustBreak = s.width-refSumWidths(out), s.mustBreak
	return append(out, cur)
}

func refSumWidths(segs []segment) float64 {
	var w float64
	for _, s := range segs {
		w += s.advance
	}
	return w
}
