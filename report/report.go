package report

import (
	"bytes"
	"io"
	"time"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
	"github.com/dipbrief/dipbrief/report/text"
)

// Options are what the PDF needs besides the edition itself.
type Options struct {
	Created  time.Time // the PDF's dates and its data files': required; dipbrief passes the data's "as of" date, or SOURCE_DATE_EPOCH
	Producer string    // e.g. "dipbrief 0.1.0"
}

// Write lays out the edition and writes the PDF to w.
func Write(w io.Writer, e *edition.Edition, opt Options) error {
	pages, meta, err := Layout(e, opt)
	if err != nil {
		return err
	}
	return writePDF(w, pages, meta)
}

// Layout turns the edition into pages of positioned items. Every word and
// number comes from the edition; this package decides only where it goes.
func Layout(e *edition.Edition, opt Options) ([]*Page, Meta, error) {
	r := &builder{e: e, f: newFlow()}
	r.f.describe = e.LinkWords
	r.f.rules = text.NewRules(e.Keep...)
	r.sourceLines = r.wrapSourcesAhead()
	steps := []func() error{r.cover, r.lead, r.keyFigures, r.trends, r.events, r.notes, r.definitions, r.sources, r.colophon}
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
	meta, err := r.meta(opt)
	return r.f.pages, meta, err
}

// builder holds what the sections share while they lay out one edition.
type builder struct {
	e           *edition.Edition
	f           *flow
	sourceLines func() ([][]text.Line, error) // each source's entry in lines, once wrapped
}

// Meta is the document information of the PDF.
type Meta struct {
	Title, Subject, Author, Keywords, Lang, Producer string
	Created                                          time.Time
	Files                                            []pdf.File // the year's data, carried inside
	absoluteText                                     bool       // for pixel comparisons: see pdf.Document.PlaceTextAbsolutely
}

func (r *builder) meta(opt Options) (Meta, error) {
	m := r.e.Meta
	files, err := dataFiles(r.e, opt.Created)
	return Meta{Title: m.Title, Subject: m.Subject, Author: m.Author, Keywords: m.Keywords, Lang: m.Lang,
		Producer: opt.Producer, Created: opt.Created, Files: files}, err
}

// dataFiles are the year's figures as `show --format csv` and `json` write
// them, carried inside the PDF so that whoever receives it has the numbers.
func dataFiles(e *edition.Edition, modified time.Time) ([]pdf.File, error) {
	var csv, json bytes.Buffer
	if err := e.Summary.WriteCSV(&csv); err != nil {
		return nil, err
	}
	if err := e.Summary.WriteJSON(&json); err != nil {
		return nil, err
	}
	return []pdf.File{
		{Name: e.FileName("csv"), MIME: "text/csv", Data: csv.Bytes(), Modified: modified, Description: e.Attached.CSV},
		{Name: e.FileName("json"), MIME: "application/json", Data: json.Bytes(), Modified: modified, Description: e.Attached.JSON},
	}, nil
}

// spans turns an edition's runs into spans for the line breaker; each
// run's role (marker, link, aside, language) rides along as a handle into
// the flow's table of runs.
func (r *builder) spans(t edition.Text) []text.Span {
	out := make([]text.Span, 0, len(t))
	for _, run := range t {
		sp := text.Span{Text: run.Text}
		if run.Strong {
			sp.Style = fonts.Bold
		}
		sp.Attr = r.f.handle(run)
		out = append(out, sp)
	}
	return out
}

// bold and plain build single spans.
func bold(s string) text.Span  { return text.Span{Text: s, Style: fonts.Bold} }
func plain(s string) text.Span { return text.Span{Text: s} }

// wrap breaks spans into lines of width w with the edition's rules of
// what stays whole.
func (r *builder) wrap(spans []text.Span, p para, w float64) ([]text.Line, error) {
	p.rules = r.f.rules
	return wrap(spans, p, w)
}
