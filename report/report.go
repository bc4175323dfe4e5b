package report

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

// Options are what an edition needs besides the brief itself.
type Options struct {
	Lang     string    // vi, en or zh
	Created  time.Time // the PDF's creation date: the data's "as of" date unless the caller overrides it
	Producer string    // e.g. "dipbrief 0.1.0"
}

// Write lays out the briefing for b in opt.Lang and writes the PDF to w.
func Write(w io.Writer, b *data.Brief, opt Options) error {
	pages, meta, err := Layout(b, opt)
	if err != nil {
		return err
	}
	return writePDF(w, pages, meta)
}

// Layout turns the brief into pages of positioned items.
func Layout(b *data.Brief, opt Options) ([]*Page, Meta, error) {
	l, err := localeFor(opt.Lang)
	if err != nil {
		return nil, Meta{}, err
	}
	r := &builder{b: b, l: l, f: newFlow(), cites: newCiteIndex(b.Sources)}
	steps := []func() error{r.cover, r.keyFigures, r.trends, r.events, r.notes, r.sources}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, Meta{}, err
		}
	}
	if err := checkFit(r.f.pages); err != nil {
		return nil, Meta{}, err
	}
	if err := r.headersAndFooters(); err != nil {
		return nil, Meta{}, err
	}
	return r.f.pages, r.meta(opt), nil
}

// builder holds what the sections share while they lay out one edition.
type builder struct {
	b     *data.Brief
	l     *locale
	f     *flow
	cites *citeIndex
}

// title is the edition's title, e.g. "Đối ngoại Việt Nam 2024" or
// "2024年越南外交": where the year goes is the language's choice.
func (r *builder) title() string {
	return fmt.Sprintf(r.l.words.title, r.b.Info.Title.In(r.l.lang()), r.b.Year)
}

func (l *locale) lang() string { b, _ := l.tag.Base(); return b.String() }

// markers turns citations into "[1][3]" spans that link to the sources list,
// numbering sources in the order the briefing first cites them.
//
// Three or more consecutive sources read as a range, "[42–49]", as
// reference lists write them; the range links to its first entry, and the
// sources list is in number order, so the rest follow it.
func (r *builder) markers(cites []data.Citation) []text.Span {
	var spans []text.Span
	ns := r.cites.numbers(cites)
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		if j-i >= 2 {
			spans = append(spans, text.Span{Text: fmt.Sprintf("[%d–%d]", ns[i], ns[j]), Attr: ns[i]})
			i = j + 1
			continue
		}
		spans = append(spans, text.Span{Text: fmt.Sprintf("[%d]", ns[i]), Attr: ns[i]})
		i++
	}
	return spans
}

// citeIndex numbers sources by first citation.
type citeIndex struct {
	byID  map[string]int
	order []data.Source
	all   []data.Source
}

func newCiteIndex(all []data.Source) *citeIndex {
	return &citeIndex{byID: map[string]int{}, all: all}
}

func (c *citeIndex) number(id string) int {
	if n, ok := c.byID[id]; ok {
		return n
	}
	for _, s := range c.all {
		if s.ID == id {
			c.order = append(c.order, s)
			c.byID[id] = len(c.order)
			return len(c.order)
		}
	}
	return 0
}

// numbers gives each cited source its number once, ascending.
func (c *citeIndex) numbers(cites []data.Citation) []int {
	seen := map[int]bool{}
	var ns []int
	for _, ci := range cites {
		if n := c.number(ci.Source); n > 0 && !seen[n] {
			seen[n] = true
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	return ns
}

// Meta is the document information of the PDF.
type Meta struct {
	Title, Subject, Author, Keywords, Lang, Producer string
	Created                                          time.Time
}

func (r *builder) meta(opt Options) Meta {
	lang := r.l.lang()
	return Meta{
		Title:    r.title(),
		Subject:  r.l.words.subtitle,
		Author:   r.b.Info.Publisher.In(lang),
		Keywords: fmt.Sprintf("%s, %d, %s", r.b.Info.Country.Name.In(lang), r.b.Year, r.b.Info.Title.In(lang)),
		Lang:     r.l.pdfLang,
		Producer: opt.Producer,
		Created:  opt.Created,
	}
}

// bold and plain build single spans.
func bold(s string) text.Span  { return text.Span{Text: s, Style: fonts.Bold} }
func plain(s string) text.Span { return text.Span{Text: s} }
