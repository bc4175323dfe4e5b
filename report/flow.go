package report

import (
	"strconv"

	"github.com/dipbrief/dipbrief/fonts"
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
}

func newFlow() *flow {
	f := &flow{}
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

// markerAttr marks a span as the source marker of source n (Attr = n).
// Pieces with Attr > 0 are drawn in the link colour and link to the source.

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

// asideAttr marks a span set in grey, a step back from the text around it
// (a source's note): colour, not italics, so no extra font is embedded.
const asideAttr = -2

func (f *flow) placeLine(l text.Line, p para, x, base float64) {
	for _, pc := range l.Pieces {
		c := p.color
		switch {
		case pc.Attr > 0:
			c = linkColor
		case pc.Attr == asideAttr:
			c = grey
		}
		f.add(Glyphs{X: x + pc.X, Y: base, Size: p.size, Face: pc.Face, Text: pc.Text, Color: c, Bold: pc.Style == fonts.Bold, Tracking: pc.Tracking})
		if pc.Attr > 0 {
			f.add(LinkArea{X: x + pc.X, Y: base - p.size*0.8, W: pc.W, H: p.size, Anchor: sourceAnchor(pc.Attr)})
		}
	}
}

// paragraph flows spans at x with width w, breaking pages between lines.
func (f *flow) paragraph(spans []text.Span, p para, x, w float64) error {
	lines, err := wrap(spans, p, w)
	if err != nil {
		return err
	}
	lh := p.size * p.leading
	for _, l := range lines {
		f.need(lh)
		f.placeLine(l, p, x, f.y+p.size*0.95)
		f.y += lh
	}
	return nil
}

// heading starts a numbered section with an outline entry; it keeps at
// least keep points of what follows on the same page.
func (f *flow) heading(title string, keep float64) error {
	f.need(34 + keep)
	if f.y > topY+1 {
		f.y += 10
	}
	f.add(Bookmark{Title: title, Level: 0, Y: f.y}, Anchor{Name: "section-" + title, Y: f.y})
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
	navy      = Color{0x1F, 0x3A, 0x5F}
	teal      = Color{0x2A, 0x9D, 0x8F}
	ink       = Color{0x2B, 0x2B, 0x2B}
	grey      = Color{0x6B, 0x76, 0x82}
	lightGrey = Color{0xE3, 0xE7, 0xEC}
	paleBlue  = Color{0xF2, 0xF5, 0xF9}
	linkColor = Color{0x1F, 0x5F, 0xA8}
	green     = Color{0x2E, 0x7D, 0x4F}
	red       = Color{0xB0, 0x3A, 0x2E}
	white     = Color{0xFF, 0xFF, 0xFF}
)
