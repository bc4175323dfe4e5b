package report

import (
	"fmt"
	"math"

	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

const numColW = 28.0

// sources lists every source the briefing cites, numbered in the order it
// first cites them; each entry is the target of its markers' links.
func (r *builder) sources() error {
	s := r.e.Sources
	if err := r.f.heading(s.Heading.Text, 40); err != nil {
		return err
	}
	body := r.sourceBody()
	entries, err := r.sourceLines()
	if err != nil {
		return err
	}
	list := r.f.perPage(func() *Node { return r.f.root.list(pdf.Decimal) })
	for i, src := range s.Items {
		lines := entries[i]
		r.f.keep(float64(len(lines)) * body.size * body.leading)
		r.f.add(Anchor{Name: sourceAnchor(src.N), Y: r.f.y})
		item := list.current().add(pdf.LI)
		r.f.at(item.add(pdf.Lbl))
		r.f.placeLines([]text.Line{mustLine(fmt.Sprintf("[%d]", src.N), body)}, para{size: body.size, leading: body.leading, color: navy}, marginX, r.f.y)
		r.f.at(item.add(pdf.LBody))
		r.placeEntry(lines, body, marginX+numColW)
		r.f.y += 5
	}
	return nil
}

func (r *builder) sourceBody() para {
	return para{size: 8.5, leading: 1.4, color: ink, justify: r.e.Lang.Justify}
}

// wrapSourcesAhead starts breaking the sources' entries into lines on
// another core: they are a third of the text, and their width does not
// depend on anything laid out before them. The function it returns waits
// for the lines.
func (r *builder) wrapSourcesAhead() func() ([][]text.Line, error) {
	items := r.e.Sources.Items
	spans := make([][]text.Span, len(items))
	for i, src := range items {
		spans[i] = r.spans(src.Entry) // handles are the flow's: taken here, in order
	}
	lines := make([][]text.Line, len(items))
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range spans {
			if lines[i], err = r.wrap(spans[i], r.sourceBody(), contentW-numColW); err != nil {
				return
			}
		}
	}()
	return func() ([][]text.Line, error) {
		<-done
		return lines, err
	}
}

// placeEntry sets a source's lines at x, the part of its address on each
// line a link to it; an entry longer than a page (a long note) goes on to
// the next. Every line of an address is a link, as a reader expects of a
// link that wraps: one annotation per line, since an annotation is one
// rectangle, all in the address's one Link element.
func (r *builder) placeEntry(lines []text.Line, p para, x float64) {
	lh := p.size * p.leading
	for _, l := range lines {
		r.f.need(lh)
		r.f.placeLines([]text.Line{l}, p, x, r.f.y)
		r.f.add(r.urlLinks(l, p, x, r.f.y)...)
		r.f.y += lh
	}
}

// urlLinks makes the part of the address on a line, set with its top at y,
// one link to it (justified Chinese cuts it into many pieces); none when
// the line holds none of it.
func (r *builder) urlLinks(l text.Line, p para, x, y float64) []Item {
	lo, hi, uri := math.Inf(1), math.Inf(-1), ""
	var tag *Node
	for _, pc := range l.Pieces {
		if u := r.f.role(pc.Attr).URL; u != "" {
			lo, hi, uri, tag = math.Min(lo, pc.X), math.Max(hi, pc.X+pc.W), u, r.f.tagOf(pc.Attr)
		}
	}
	if lo > hi {
		return nil
	}
	return []Item{LinkArea{X: x + lo, Y: y + p.size*0.15, W: hi - lo, H: p.size, URL: uri, Tag: tag}}
}

// mustLine sets a short ASCII label that every face chain can draw.
func mustLine(s string, p para) text.Line {
	lines, err := text.Wrap([]text.Span{bold(s)}, p.size, 1e6)
	if err != nil || len(lines) == 0 {
		return text.Line{}
	}
	return lines[0]
}
