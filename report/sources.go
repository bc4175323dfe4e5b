package report

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

const numColW = 28.0

// sources lists every source the briefing cites, numbered in the order it
// first cites them; each entry is the target of its markers' links.
func (r *builder) sources() error {
	if err := r.f.heading(r.l.words.sectionSrc, 40); err != nil {
		return err
	}
	w, lang := r.l.words, r.l.lang()
	body := para{size: 8.5, leading: 1.4, color: ink, justify: r.l.words.justify}
	for i, s := range r.cites.order {
		date := r.l.date(s.Date)
		if s.Circa {
			date = fmt.Sprintf(w.dateCirca, date)
		}
		parts := []string{date, r.l.languageName(s.Language)}
		link := displayURL(s.URL)
		if link == "" {
			link = w.noURL
		}
		parts = append(parts, link)
		c := w.cite
		spans := []text.Span{bold(fmt.Sprintf(c.publisher, s.Publisher)), plain(fmt.Sprintf(c.title, s.Title) + strings.Join(parts, c.sep) + c.end)}
		if note := s.Note.In(lang); note != "" {
			spans = append(spans, text.Span{Text: w.gap + note, Style: c.note})
		}
		lines, err := wrap(spans, body, contentW-numColW)
		if err != nil {
			return err
		}
		r.f.need(float64(len(lines)) * body.size * body.leading)
		r.f.add(Anchor{Name: sourceAnchor(i + 1), Y: r.f.y})
		r.f.placeLines([]text.Line{mustLine(fmt.Sprintf("[%d]", i+1), body)}, para{size: body.size, leading: body.leading, color: navy}, marginX, r.f.y)
		r.f.y = r.f.placeLines(lines, body, marginX+numColW, r.f.y) + 5
	}
	return nil
}

// languageName names a source's language in the edition's language
// (Unicode CLDR names via x/text), or gives the code when CLDR has none.
func (l *locale) languageName(code string) string {
	if n := display.Tags(l.tag).Name(language.Make(code)); n != "" {
		return n
	}
	return code
}

// displayURL shows a percent-encoded URL as a reader would type it
// (https://cn.baochinhphu.vn/越南与…), unless that needs a character no
// embedded font has; the link target, when there is one, stays encoded.
func displayURL(u string) string {
	d, err := url.PathUnescape(u)
	if err != nil || !utf8.ValidString(d) {
		return u
	}
	for _, r := range d {
		if !fonts.Covers(r) || unicode.IsControl(r) {
			return u
		}
	}
	return d
}

// mustLine sets a short ASCII label that every face chain can draw.
func mustLine(s string, p para) text.Line {
	lines, err := text.Wrap([]text.Span{bold(s)}, p.size, 1e6)
	if err != nil || len(lines) == 0 {
		return text.Line{}
	}
	return lines[0]
}
