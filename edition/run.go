package edition

import "strings"

// Run is a piece of text with one look and one role: plain, strong, a
// source marker that links to its entry, a web address, an aside set back
// from the text around it, or words in another language than the edition's.
type Run struct {
	Text   string
	Strong bool
	Source int    // > 0: a marker linking to source number Source
	URL    string // a web address the run links to (http or https only)
	Aside  bool   // a step back from the text around it (a source's note)
	Lang   string // the run's language when it is not the edition's (BCP 47)
}

// Text is a paragraph or a cell: runs in reading order.
type Text []Run

// String is the text as a reader would copy it.
func (t Text) String() string {
	var b strings.Builder
	for _, r := range t {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Sources are the source numbers the text's markers link to, in order.
func (t Text) Sources() []int {
	var ns []int
	for _, r := range t {
		if r.Source > 0 {
			ns = append(ns, r.Source)
		}
	}
	return ns
}

func plain(s string) Run  { return Run{Text: s} }
func strong(s string) Run { return Run{Text: s, Strong: true} }

// Language is an edition's language as outputs need it.
type Language struct {
	Code    string // vi, en, zh: what --lang takes
	Tag     string // BCP 47 for documents: vi-VN, en, zh-Hans
	Name    string // the language's own name
	Justify bool   // body text set flush at both edges, as Chinese is
}

func (l *locale) language() Language {
	return Language{Code: l.lang(), Tag: l.pdfLang, Name: l.words.language, Justify: l.words.justify}
}

func (l *locale) lang() string { b, _ := l.tag.Base(); return b.String() }
