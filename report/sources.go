package report

import (
	"fmt"
	"strings"

	"github.com/dipbrief/dipbrief/report/text"
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
		parts := []string{date, langName(w, s.Language)}
		link := s.URL
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

func langName(w words, code string) string {
	if n, ok := w.langNames[code]; ok {
		return n
	}
	return code
}

// mustLine sets a short ASCII label that every face chain can draw.
func mustLine(s string, p para) text.Line {
	lines, err := text.Wrap([]text.Span{bold(s)}, p.size, 1e6)
	if err != nil || len(lines) == 0 {
		return text.Line{}
	}
	return lines[0]
}
