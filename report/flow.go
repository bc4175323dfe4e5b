package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

// Page geometry: margins leave room for the running header and footer.
const (
	marginX   = 48.0
	contentW  = pageW - 2*marginX
	topY      = 62.0
	bottomY   = pageH - 58.0
	firstTopY = 40.0 // the first page has a masthead, not a header
)

// flow places blocks one under another and starts a new page when one
// does not fit.
type flow struct {
	pages []*Page
	page  *Page
	y     float64
	roles []edition.Run // what a span's Attr stands for: Attr n is roles[n-1]

	root  *Node         // the document
	block *Node         // what the text placed now is part of
	inner map[int]*Node // the Link or Span node of each run with a role, by Attr
	// describe says in words where a link goes, in the edition's language.
	describe func(edition.Run) string
	rules    *text.Rules // what the line breaker keeps whole: the country's name too
}

// handle is the Attr that stands for a run's role on the page (a marker,
// a link, an aside, another language); 0 for plain text. Each run gets its
// own, so that two markers to one source are two links.
func (f *flow) handle(run edition.Run) int {
	role := edition.Run{Source: run.Source, URL: run.URL, Aside: run.Aside, Lang: run.Lang}
	if role == (edition.Run{}) {
		return 0
	}
	f.roles = append(f.roles, role)
	return len(f.roles)
}

// tagOf is the node a piece of text belongs to: the block being set, or a
// Link or a Span in it for a run that is a link or in another language.
func (f *flow) tagOf(attr int) *Node {
	role := f.role(attr)
	if role.Source == 0 && role.URL == "" && role.Lang == "" {
		return f.block
	}
	if n, ok := f.inner[attr]; ok && n.parent == f.block {
		return n
	}
	var n *Node
	if role.Source > 0 || role.URL != "" {
		n = f.block.add(pdf.Link)
		n.Contents = f.describe(role)
	} else {
		n = f.block.add(pdf.Span)
	}
	n.Lang = role.Lang
	f.inner[attr] = n
	return n
}

// at makes n the node the text placed next belongs to.
func (f *flow) at(n *Node) *Node { f.block = n; return n }

// role is the run role behind an Attr.
func (f *flow) role(attr int) edition.Run {
	if attr <= 0 || attr > len(f.roles) {
		return edition.Run{}
	}
	return f.roles[attr-1]
}

func newFlow() *flow {
	f := &flow{root: &Node{}, inner: map[int]*Node{}, describe: func(edition.Run) string { return "" }}
	f.block = f.root
	f.newPage()
	f.y = firstTopY
	return f
}

func (f *flow) newPage() {
	f.page = &Page{}
	f.pages = append(f.pages, f.page)
	f.y = topY
}

// need starts a new page unless h more points fit on this one.
func (f *flow) need(h float64) {
	if f.y+h > bottomY {
		f.newPage()
	}
}

func (f *flow) add(items ...Item) { f.page.Items = append(f.page.Items, items...) }

// para describes how a paragraph is set.
type para struct {
	size    float64
	leading float64 // baseline to baseline, as a multiple of size
	color   Color
	justify bool // set every line but the last flush at both edges
	// rules are what the line breaker keeps whole: nil keeps numbers with
	// their units, marker groups and ranges; text.NewRules(names...) also
	// keeps the edition's names ("Việt Nam") whole.
	rules *text.Rules
}

// wrap breaks spans into lines of width w.
func wrap(spans []text.Span, p para, w float64) ([]text.Line, error) {
	lines, err := p.rules.Wrap(spans, p.size, w)
	if p.justify {
		for i := 0; i+1 < len(lines); i++ {
			lines[i] = justify(lines[i], p.size, w)
		}
	}
	return lines, err
}

// placeLines draws lines with the first baseline at y on the current page,
// without page breaks; it returns the y under the last line.
func (f *flow) placeLines(lines []text.Line, p para, x, y float64) float64 {
	lh := p.size * p.leading
	for _, l := range lines {
		base := y + p.size*0.95
		f.placeLine(l, p, x, base)
		y += lh
	}
	return y
}

// placeLine draws a line's pieces: a source marker in the link colour
// with a link to its entry, an aside in grey (colour, not italics, so no
// extra font is embedded).
func (f *flow) placeLine(l text.Line, p para, x, base float64) {
	for _, pc := range l.Pieces {
		role := f.role(pc.Attr)
		c := p.color
		switch {
		case role.Source > 0:
			c = linkColor
		case role.Aside:
			c = grey
		}
		tag := f.tagOf(pc.Attr)
		f.add(Glyphs{X: x + pc.X, Y: base, Size: p.size, Face: pc.Face, Text: pc.Text, Color: c, Bold: pc.Style == fonts.Bold, Tracking: pc.Tracking, Tag: tag})
		if role.Source > 0 {
			f.add(LinkArea{X: x + pc.X, Y: base - p.size*0.8, W: pc.W, H: p.size, Anchor: sourceAnchor(role.Source), Tag: tag})
		}
	}
	f.endWord(l)
}

// endWord ends a line of words with the space the line break took, drawn
// past its end where it shows nothing, so that a reader of the text (a
// screen reader, a copy) does not join the last word of a line to the
// first of the next: "tier or above", not "tier orabove". Chinese runs on
// without one, and so does a web address.
func (f *flow) endWord(l text.Line) {
	if len(l.Pieces) == 0 {
		return
	}
	last := l.Pieces[len(l.Pieces)-1]
	r, _ := utf8.DecodeLastRuneInString(last.Text)
	if unicode.IsSpace(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || isCJKPunct(r) || f.role(last.Attr).URL != "" {
		return
	}
	items := f.page.Items
	for i := len(items) - 1; i >= 0; i-- {
		if g, ok := items[i].(Glyphs); ok {
			g.Text += " "
			items[i] = g
			return
		}
	}
}

// isCJKPunct reports full-width punctuation, which carries its own space.
func isCJKPunct(r rune) bool {
	return unicode.In(r, unicode.Han) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// paragraph flows spans at x with width w, breaking pages between lines.
func (f *flow) paragraph(spans []text.Span, p para, x, w float64) error {
	p.rules = f.rules
	lines, err := wrap(spans, p, w)
	if err != nil {
		return err
	}
	f.placeFlowing(lines, p, x)
	return nil
}

// placeFlowing sets wrapped lines at x, breaking pages between lines.
func (f *flow) placeFlowing(lines []text.Line, p para, x float64) {
	lh := p.size * p.leading
	for _, l := range lines {
		f.need(lh)
		f.placeLine(l, p, x, f.y+p.size*0.95)
		f.y += lh
	}
}

// keep starts a new page unless a block h points high fits on this one;
// a block taller than a page starts where it is and breaks as it must.
// Kept whole, a list item reads whole on its page.
func (f *flow) keep(h float64) {
	if h <= bottomY-topY {
		f.need(h)
	}
}

// heading starts a numbered section with an outline entry; it keeps at
// least keep points of what follows on the same page.
func (f *flow) heading(title string, keep float64) error {
	f.need(34 + keep)
	if f.y > topY+1 {
		f.y += 10
	}
	f.add(Bookmark{Title: title, Level: 0, Y: f.y}, Anchor{Name: "section-" + title, Y: f.y})
	f.at(f.root.add(pdf.H2))
	if err := f.paragraph([]text.Span{{Text: title, Style: fonts.Bold}}, para{size: 15, leading: 1.25, color: navy}, marginX, contentW); err != nil {
		return err
	}
	f.add(Rule{X1: marginX, Y1: f.y + 2, X2: marginX + 36, Y2: f.y + 2, Width: 2, Color: teal})
	f.y += 12
	return nil
}

func sourceAnchor(n int) string { return "source-" + strconv.Itoa(n) }

// The briefing's palette.
var (
	navy      = charts.RGB(0x1F3A5F)
	teal      = charts.RGB(0x2A9D8F)
	ink       = charts.RGB(0x2B2B2B)
	grey      = charts.RGB(0x6B7682)
	lightGrey = charts.RGB(0xE3E7EC)
	paleBlue  = charts.RGB(0xF2F5F9)
	linkColor = charts.RGB(0x1F5FA8)
	green     = charts.RGB(0x2E7D4F)
	red       = charts.RGB(0xB03A2E)
	white     = charts.RGB(0xFFFFFF)
)
