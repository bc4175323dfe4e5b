package report

import (
	"fmt"
	"github.com/dipbrief/dipbrief/charts"
	"strings"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

const mastheadH = 178.0

// cover draws the masthead across the top of the first page: country,
// title and year, what the briefing holds, edition date and language.
func (r *builder) cover() error {
	e, f := r.e, r.f
	f.add(Rect{X: 0, Y: 0, W: pageW, H: mastheadH, Fill: navy}, Rect{X: 0, Y: mastheadH, W: pageW, H: 4, Fill: teal})
	f.add(Bookmark{Title: e.Title, Level: 0, Y: 0})
	y := 36.0
	lines := []struct {
		spans []text.Span
		p     para
		gap   float64
	}{
		{[]text.Span{bold(strings.ToUpper(e.Country.Name))}, para{size: 10, leading: 1.3, color: charts.RGB(0x9FD8CF)}, 4},
		{[]text.Span{bold(e.Title)}, para{size: 26, leading: 1.2, color: white}, 6},
		{[]text.Span{plain(e.Subtitle)}, para{size: 10.5, leading: 1.35, color: charts.RGB(0xD5DEE8)}, 8},
		{[]text.Span{plain(e.Issued)}, para{size: 9, leading: 1.3, color: charts.RGB(0xB8C6D6)}, 1},
		{[]text.Span{plain(e.Publisher)}, para{size: 9, leading: 1.3, color: charts.RGB(0xB8C6D6)}, 0},
	}
	for i, ln := range lines {
		role := pdf.P
		if i == 1 {
			role = pdf.H1
		}
		f.at(f.root.add(role))
		wrapped, err := r.wrap(ln.spans, ln.p, contentW-40)
		// A title a little too long for one line is set smaller rather
		// than leave its last word alone on a second line.
		for err == nil && len(wrapped) > 1 && ln.p.size > 20 {
			ln.p.size--
			wrapped, err = r.wrap(ln.spans, ln.p, contentW-40)
		}
		if err != nil {
			return err
		}
		y = f.placeLines(wrapped, ln.p, marginX, y) + ln.gap
	}
	if y > mastheadH {
		return fmt.Errorf("%w: the country %q and the title %q are too long for the cover: shorten them",
			ErrDoesNotFit, clipText(e.Country.Name), clipText(e.Title))
	}
	f.y = mastheadH + 26
	return nil
}

// headersAndFooters adds the running header (from page 2) and the footer
// with "page n of m" once every page is known.
func (r *builder) headersAndFooters() error {
	n := len(r.f.pages)
	small := para{size: 8, leading: 1.2, color: grey}
	for i, p := range r.f.pages {
		r.f.page = p
		if i > 0 {
			if err := r.line(r.e.Title, small, marginX, 30, false); err != nil {
				return err
			}
			if err := r.line(r.e.Country.Name, small, marginX+contentW, 30, true); err != nil {
				return err
			}
			p.Items = append(p.Items, Rule{X1: marginX, Y1: 44, X2: marginX + contentW, Y2: 44, Width: 0.5, Color: lightGrey})
		}
		fy := pageH - 36
		p.Items = append(p.Items, Rule{X1: marginX, Y1: fy - 14, X2: marginX + contentW, Y2: fy - 14, Width: 0.5, Color: lightGrey})
		if err := r.line(r.e.AsOf, small, marginX, fy, false); err != nil {
			return err
		}
		if err := r.line(r.e.PageOf(i+1, n), small, marginX+contentW, fy, true); err != nil {
			return err
		}
	}
	return nil
}

// line sets one unwrapped line with its top at y, left-aligned at x or
// right-aligned to end at x.
func (r *builder) line(s string, p para, x, y float64, right bool) error {
	runs, err := text.Itemize(s, fonts.Regular)
	if err != nil {
		return err
	}
	tag := headerArtifact
	if y > pageH/2 {
		tag = footerArtifact
	}
	if right {
		x -= text.Width(runs, p.size)
	}
	base := y + p.size*0.95
	for _, run := range runs {
		r.f.add(Glyphs{X: x, Y: base, Size: p.size, Face: run.Face, Text: run.Text, Color: p.color, Tag: tag})
		x += text.RunWidth(run.Face, run.Text, p.size)
	}
	return nil
}
