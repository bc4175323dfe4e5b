package edition

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dipbrief/dipbrief/data"
)

// Edition is one year's briefing in one language, ready for any output:
// every wording, number, change, note and marker is written here, and the
// sources are numbered once, in the order the briefing first cites them,
// so the PDF, the e-mail and `show` cannot disagree. Its parts carry their
// semantic roles: headings with levels, tables with header cells, lists
// with labels, figures with a text alternative, runs in other languages.
type Edition struct {
	Lang    Language
	Country Country
	Year    int

	Title     string // the document title and its first-level heading
	Subtitle  string
	Issued    string // "Issued 12 January 2026 · English"
	Publisher string // "Published by …"
	AsOf      string // the running footer: "Data as of 12 January 2026"

	Lead        Lead
	Key         KeyFigures
	Trends      Trends
	Highlights  List
	Notes       List
	Definitions List
	Sources     Sources
	Colophon    Colophon

	Keep     []string // phrases no line may break: the country's name in every language
	Meta     Meta
	Summary  *Summary // the figures and the sources they cite, for show and the newsletter
	Mail     Mail
	Attached Attached // what the data files carried inside the PDF hold

	pageOf     string
	linkSource string
}

// Attached describes the data files a PDF carries, in the edition's language.
type Attached struct{ CSV, JSON string }

// FileName is what a file of this edition is called, whatever it holds:
// dipbrief-VN-2025-vi.pdf, and the .csv and .json carried inside it.
func (e *Edition) FileName(ext string) string {
	return FileName(e.Country.Code, e.Year, e.Lang.Code, "", ext)
}

// FileName is the one rule for naming what dipbrief writes: country, year,
// language, a part (a chart's id; "" for the briefing itself) and the
// extension, as dipbrief-VN-2024-vi.pdf or dipbrief-VN-2024-vi-visits.png.
// A part is free text in dataset.yaml, so anything but letters, digits,
// '-' and '_' in it becomes '-', and the name stays in its folder.
func FileName(country string, year int, lang, part, ext string) string {
	if part != "" {
		part = "-" + strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
				return r
			}
			return '-'
		}, part)
	}
	return fmt.Sprintf("dipbrief-%s-%d-%s%s.%s", country, year, lang, part, ext)
}

// LinkWords says in the edition's language where a run's link goes, for a
// screen reader: "Source 3: VnExpress, …" for a marker, the address for a
// web link; "" for a run that links nowhere.
func (e *Edition) LinkWords(r Run) string {
	switch {
	case r.Source > 0 && r.Source <= len(e.Sources.Items):
		return fmt.Sprintf(e.linkSource, r.Source, e.Sources.Items[r.Source-1].Name)
	case r.URL != "":
		return r.URL
	}
	return ""
}

// Country is the country the briefing is about.
type Country struct{ Code, Name string }

// Heading is a section's title and its level: the document title is 1,
// sections are 2, a block within a section 3.
type Heading struct {
	Text  string
	Level int
}

// Meta is the document's information dictionary and language.
type Meta struct {
	Title, Subject, Author, Keywords string
	Lang                             string // BCP 47, e.g. vi-VN
}

// Mail is what the newsletter writes around the figures.
type Mail struct {
	Subject, Intro, Attached string // Attached takes the PDF's file name (%s)
}

// PageOf writes "page n of m" in the edition's language.
func (e *Edition) PageOf(n, m int) string { return fmt.Sprintf(e.pageOf, n, m) }

// New writes the briefing of b in lang, one of Languages().
func New(b *data.Brief, lang string) (*Edition, error) {
	l, err := localeFor(lang)
	if err != nil {
		return nil, err
	}
	w := &writer{b: b, l: l, cites: newCiteIndex(b.Sources)}
	return w.edition(), nil
}

// writer holds what the parts of one edition share while it is written.
type writer struct {
	b     *data.Brief
	l     *locale
	cites *citeIndex
	figs  []figure // every row of the year, written once the key figures are
	// leadCites are the lead's citations, for the summary's sources.
	leadCites []data.Citation
}

func (w *writer) lang() string { return w.l.lang() }

// edition writes the parts in the order a reader meets them, so that
// sources are numbered by first citation in reading order.
func (w *writer) edition() *Edition {
	lang, ws := w.lang(), w.l.words
	info := w.b.Info
	e := &Edition{
		Lang:       w.l.language(),
		Country:    Country{Code: info.Country.Code, Name: info.Country.Name.In(lang)},
		Year:       w.b.Year,
		Title:      w.title(),
		Subtitle:   ws.subtitle,
		Issued:     fmt.Sprintf(ws.edition, w.l.date(info.AsOf)) + "  ·  " + ws.language,
		Publisher:  fmt.Sprintf(ws.publishedBy, info.Publisher.In(lang)),
		AsOf:       fmt.Sprintf(ws.asOf, w.l.date(info.AsOf)),
		pageOf:     ws.page,
		linkSource: ws.linkSource,
		Attached:   Attached{CSV: ws.attachedCSV, JSON: ws.attachedJSON},
	}
	for _, l := range info.Languages {
		if n := info.Country.Name.In(l); n != "" && !slices.Contains(e.Keep, n) {
			e.Keep = append(e.Keep, n)
		}
	}
	e.Lead = w.lead()
	e.Key = w.keyFigures()
	e.Trends = w.trends()
	e.Highlights = w.highlights()
	e.Notes = w.notes()
	e.Definitions = w.definitions()
	e.Summary = w.summary(e.Key)
	e.Sources = w.sources()
	e.Colophon = w.colophon(e)
	e.Meta = Meta{
		Title: e.Title, Subject: ws.subtitle, Author: info.Publisher.In(lang), Lang: w.l.pdfLang,
		Keywords: fmt.Sprintf("%s, %d, %s", e.Country.Name, w.b.Year, info.Title.In(lang)),
	}
	e.Mail = Mail{Subject: fmt.Sprintf(ws.mail.subject, e.Title), Intro: fmt.Sprintf(ws.mail.intro, w.b.Year),
		Attached: strings.ReplaceAll(ws.mail.attached, "%[1]s", "%s")}
	return e
}

// title is the edition's title, e.g. "Đối ngoại Việt Nam 2024" or
// "2024年越南外交": where the year goes is the language's choice.
func (w *writer) title() string {
	return fmt.Sprintf(w.l.words.title, w.b.Info.Title.In(w.lang()), w.b.Year)
}

func (w *writer) label(m data.Metric) string { return m.Label.In(w.lang()) }
