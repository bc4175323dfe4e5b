package pdf

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestRefusesIncompleteTagging draws tagged documents that a screen reader
// or a PDF/UA-1 checker would find wanting, each in one way, and checks
// that WriteTo refuses each, names the fault and writes nothing.
func TestRefusesIncompleteTagging(t *testing.T) {
	text := func(p *Page, e *Elem) {
		p.BeginMarked(e)
		p.Text(p.doc.Font(regular), 10, 10, 10, "x")
		p.EndMarked()
	}
	tests := []struct {
		name string
		draw func(d *Document, root *Elem, p *Page)
		want string
	}{
		{"text outside marked content", func(d *Document, root *Elem, p *Page) {
			text(p, root.Add(P))
			p.Rect(0, 0, 5, 5)
		}, "page 1: 1 drawings outside marked content and artifacts"},
		{"marked content inside marked content", func(d *Document, root *Elem, p *Page) {
			p.BeginMarked(root.Add(P))
			p.BeginArtifact(Layout)
		}, "page 1: an artifact begun inside marked content"},
		{"an element inside an artifact", func(d *Document, root *Elem, p *Page) {
			p.BeginArtifact(Pagination)
			p.BeginMarked(root.Add(P))
		}, "page 1: P begun inside marked content or an artifact"},
		{"EndMarked alone", func(d *Document, root *Elem, p *Page) { p.EndMarked() }, "page 1: EndMarked with nothing begun"},
		{"marked content left open", func(d *Document, root *Elem, p *Page) { p.BeginMarked(root.Add(P)) }, "page 1: marked content begun and not ended"},
		{"an element of another document", func(d *Document, root *Elem, p *Page) {
			text(p, New(1, 1, Info{}).StructRoot().Add(P))
		}, "page 1: marked content for an element of another document"},
		{"an empty element", func(d *Document, root *Elem, p *Page) { text(p, root.Add(P)); root.Add(Sect) }, "Sect element 2: has no content and no children"},
		{"a figure with no words", func(d *Document, root *Elem, p *Page) { text(p, root.Add(Figure)) }, "Figure element 1: has no alternative description"},
		{"first heading H2", func(d *Document, root *Elem, p *Page) { text(p, root.Add(H2)) }, "heading H2 follows H0"},
		{"heading skips a level", func(d *Document, root *Elem, p *Page) {
			text(p, root.Add(H1))
			text(p, root.Add(Sect).Add(H3))
		}, "heading H3 follows H1"},
		{"a cell outside a row", func(d *Document, root *Elem, p *Page) { text(p, root.Add(Table).Add(TD)) }, "Table element 1: cannot hold TD"},
		{"a label outside a list", func(d *Document, root *Elem, p *Page) { text(p, root.Add(P).Add(Lbl)) }, "Lbl element 2: cannot sit in P"},
		{"text straight in a list item", func(d *Document, root *Elem, p *Page) { text(p, root.Add(L).Add(LI)) }, "LI element 2: cannot hold marked content"},
		{"rows of different widths", func(d *Document, root *Elem, p *Page) {
			body := root.Add(Table).Add(TBody)
			r1, r2 := body.Add(TR), body.Add(TR)
			text(p, r1.Add(TD))
			text(p, r1.Add(TD))
			text(p, r2.Add(TD))
		}, "Table element 1: a row of 1 cells in a table of 2 columns"},
		{"a scope on a data cell", func(d *Document, root *Elem, p *Page) {
			text(p, root.Add(Table).Add(TR).Add(TD).SetScope(Row))
		}, "TD element 3: a scope belongs to a header cell"},
		{"a numbering on a paragraph", func(d *Document, root *Elem, p *Page) { text(p, root.Add(P).SetNumbering(Disc)) }, "a numbering belongs to a list"},
		{"a bounding box on a span", func(d *Document, root *Elem, p *Page) { text(p, root.Add(Span).SetBBox(0, 0, 1, 1)) }, "a bounding box belongs to"},
		{"a language that is no tag", func(d *Document, root *Elem, p *Page) { text(p, root.Add(Span).SetLang("zh_CN")) }, `language "zh_CN" is not a BCP 47 tag`},
		{"a Document inside the Document", func(d *Document, root *Elem, p *Page) { text(p, root.Add(StructType(0))) }, "not a structure type a document can add"},
		{"a link with no element", func(d *Document, root *Elem, p *Page) {
			text(p, root.Add(P))
			p.LinkToURI(0, 0, 5, 5, "https://example.org")
		}, "page 1: a link with no Link element or no words"},
		{"a link with no words", func(d *Document, root *Elem, p *Page) {
			link := root.Add(Link)
			text(p, link)
			p.URILink(link, 0, 0, 5, 5, "https://example.org", "")
		}, "page 1: a link with no Link element or no words"},
		{"a link in a paragraph element", func(d *Document, root *Elem, p *Page) {
			para := root.Add(P)
			text(p, para)
			p.PageLink(para, 0, 0, 5, 5, 0, 0, "Top")
		}, "page 1: a link annotation must belong to a Link element"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(100, 100, Info{Title: "T", Lang: "vi"})
			root := d.StructRoot()
			tc.draw(d, root, d.AddPage())
			var buf bytes.Buffer
			_, err := d.WriteTo(&buf)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
}

// TestRefusesWhatPDFAForbids checks the document-wide rules: a tagged
// document has a title and a language, and an attached file a name, a
// media type, a date and a description.
func TestRefusesWhatPDFAForbids(t *testing.T) {
	when := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ok := File{Name: "a.csv", MIME: "text/csv", Data: []byte("a"), Modified: when, Description: "A"}
	tests := []struct {
		name  string
		info  Info
		files []File
		want  string
	}{
		{"no title", Info{Lang: "vi"}, nil, "a tagged document needs a title and a language tag"},
		{"no language", Info{Title: "T"}, nil, "a tagged document needs a title and a language tag"},
		{"no media type", Info{Title: "T", Lang: "vi"}, []File{{Name: "a.csv", MIME: "csv", Modified: when, Description: "A"}}, `"csv" is not a media type`},
		{"no date", Info{Title: "T", Lang: "vi"}, []File{{Name: "a.csv", MIME: "text/csv", Description: "A"}}, "needs a modification date and a description"},
		{"no description", Info{Title: "T", Lang: "vi"}, []File{{Name: "a.csv", MIME: "text/csv", Modified: when}}, "needs a modification date and a description"},
		{"one name twice", Info{Title: "T", Lang: "vi"}, []File{ok, ok}, `attached file "a.csv": no name, or a name given twice`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(100, 100, tc.info)
			p := d.AddPage()
			p.BeginMarked(d.StructRoot().Add(P))
			p.Text(d.Font(regular), 10, 10, 10, "x")
			p.EndMarked()
			for _, f := range tc.files {
				d.Attach(f)
			}
			_, err := d.WriteTo(&bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
		})
	}
}
