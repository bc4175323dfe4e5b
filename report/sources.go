package report

import (
	"fmt"
	"math"
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
		link := text.Span{Text: displayURL(s.URL)}
		uri, linked := linkURI(s.URL)
		if link.Text == "" {
			link.Text = w.noURL
		} else if linked {
			link.Attr = urlAttr
		}
		c := w.cite
		spans := []text.Span{bold(fmt.Sprintf(c.publisher, s.Publisher)), plain(fmt.Sprintf(c.title, s.Title) + strings.Join(parts, c.sep) + c.sep), link, plain(c.end)}
		if note := s.Note.In(lang); note != "" {
			spans = append(spans, text.Span{Text: w.gap + note, Attr: asideAttr})
		}
		lines, err := wrap(spans, body, contentW-numColW)
		if err != nil {
			return err
		}
		r.f.need(float64(len(lines)) * body.size * body.leading)
		r.f.add(Anchor{Name: sourceAnchor(i + 1), Y: r.f.y})
		r.f.placeLines([]text.Line{mustLine(fmt.Sprintf("[%d]", i+1), body)}, para{size: body.size, leading: body.leading, color: navy}, marginX, r.f.y)
		r.placeEntry(lines, body, marginX+numColW, uri)
		r.f.y += 5
	}
	return nil
}

// placeEntry sets a source's lines at x, the part of its address on each
// line a link to uri; an entry longer than a page (a long note) goes on to
// the next. Every line of an address is a link, as a reader expects of a
// link that wraps: one annotation per line, since an annotation is one
// rectangle, and each repeats the URI.
func (r *builder) placeEntry(lines []text.Line, p para, x float64, uri string) {
	lh := p.size * p.leading
	for _, l := range lines {
		r.f.need(lh)
		r.f.placeLines([]text.Line{l}, p, x, r.f.y)
		r.f.add(urlLinks(l, p, x, r.f.y, uri)...)
		r.f.y += lh
	}
}

// urlAttr marks the pieces of a source's address that link to it; source
// markers use the positive numbers.
const urlAttr = -1

// urlLinks makes the part of the address on a line, set with its top at y,
// one link to uri (justified Chinese cuts it into many pieces); none when
// the line holds none of it.
func urlLinks(l text.Line, p para, x, y float64, uri string) []Item {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, pc := range l.Pieces {
		if pc.Attr == urlAttr {
			lo, hi = math.Min(lo, pc.X), math.Max(hi, pc.X+pc.W)
		}
	}
	if lo > hi {
		return nil
	}
	return []Item{LinkArea{X: x + lo, Y: y + p.size*0.15, W: hi - lo, H: p.size, URL: uri}}
}

// linkURI is the link target for a source's address. Only an http or https
// address with a host becomes a link, whatever a Brief built in code holds
// (never javascript:, file: or data:); it is written in ASCII, as PDF wants
// a URI, with every other byte percent-encoded as a browser sends it.
func linkURI(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c <= ' ' || c >= 0x7F {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String(), true
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
