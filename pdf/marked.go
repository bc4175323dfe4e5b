package pdf

import (
	"fmt"
	"strconv"
)

// Artifact is a kind of page furniture: drawn for the page, not part of
// what the document says, so a screen reader skips it.
type Artifact uint8

// The kinds of artifact.
const (
	Pagination Artifact = iota // running heads, page numbers
	Header                     // a running header
	Footer                     // a running footer
	Layout                     // rules, bands, backgrounds, table lines
)

var artifactProps = [...]string{
	Pagination: "<</Type /Pagination>>",
	Header:     "<</Type /Pagination /Subtype /Header>>",
	Footer:     "<</Type /Pagination /Subtype /Footer>>",
	Layout:     "<</Type /Layout>>",
}

// marks is what a page knows about its marked content.
type marks struct {
	open     bool    // a sequence or an artifact is open
	owner    []*Elem // by MCID: the element each sequence belongs to
	untagged int     // drawings outside any sequence or artifact

	// The open sequence's element (nil for an artifact) and its BDC
	// operator: pending until what it marks is drawn, so that a sequence
	// of text can begin inside the text object open before it (see
	// textObject), and inText once written there.
	elem    *Elem
	bdc     string
	pending bool
	inText  bool
}

// BeginMarked starts a marked-content sequence that belongs to e: what is
// drawn until EndMarked is e's content, read where e is in the tree. One
// sequence is open at a time; a link inside a paragraph ends the
// paragraph's sequence and begins its own.
func (p *Page) BeginMarked(e *Elem) {
	switch {
	case e == nil || e.doc != p.doc:
		p.doc.fail(fmt.Errorf("page %d: marked content for an element of another document", p.index+1))
		return
	case p.marks.open:
		p.doc.fail(fmt.Errorf("page %d: %s begun inside marked content or an artifact", p.index+1, e.typ))
		return
	}
	p.marks.open, p.marks.pending, p.marks.elem = true, true, e
	p.marks.bdc = p.newMCID(e)
}

// newMCID gives e the page's next marked-content id and returns the
// operator that begins its sequence.
func (p *Page) newMCID(e *Elem) string {
	mcid := len(p.marks.owner)
	p.marks.owner = append(p.marks.owner, e)
	e.kids = append(e.kids, kid{page: p.index, mcid: mcid})
	return "/" + e.typ.String() + " <</MCID " + strconv.Itoa(mcid) + ">> BDC\n"
}

// BeginArtifact starts page furniture of kind a, until EndMarked.
func (p *Page) BeginArtifact(a Artifact) {
	if p.marks.open || int(a) >= len(artifactProps) {
		p.doc.fail(fmt.Errorf("page %d: an artifact begun inside marked content, or of no known kind", p.index+1))
		return
	}
	p.marks.open, p.marks.pending, p.marks.elem = true, true, nil
	p.marks.bdc = "/Artifact " + artifactProps[a] + " BDC\n"
}

// EndMarked ends the open marked-content sequence or artifact.
func (p *Page) EndMarked() {
	if !p.marks.open {
		p.doc.fail(fmt.Errorf("page %d: EndMarked with nothing begun", p.index+1))
		return
	}
	if p.marks.pending { // nothing was drawn in it
		p.op(p.marks.bdc)
	}
	if p.text.open && p.text.inMark { // the text object began inside this sequence
		p.op("ET\n")
		p.text = textObject{}
	}
	p.op("EMC\n")
	p.marks.open, p.marks.pending, p.marks.inText, p.marks.elem = false, false, false, nil
}

// draws is called before each operator that draws: text (BT … ET holds
// it) or a path or a change of the coordinate system (which a text object
// may not hold). It closes or opens the text object as that needs, and
// writes a pending BDC where what it marks begins. A Figure's sequence
// always begins outside a text object: a chart is mostly paths, and one
// begun inside would be cut in two at its first.
func (p *Page) draws(text bool) {
	figure := p.marks.pending && p.marks.elem != nil && p.marks.elem.typ == Figure
	if (!text || figure) && p.text.open {
		p.endText()
	}
	if figure {
		p.op(p.marks.bdc)
		p.marks.pending = false
	}
	if text && !p.text.open {
		p.op("BT\n")
		p.text = textObject{open: true, inMark: p.marks.open && !p.marks.pending}
	}
	if p.marks.pending {
		p.op(p.marks.bdc)
		p.marks.pending, p.marks.inText = false, p.text.open
	}
}

// endText ends the open text object. A sequence begun inside it ends
// there too, and goes on after it with a new MCID of the same element
// (an artifact simply begins again): marked content and text objects
// must nest.
func (p *Page) endText() {
	if p.marks.open && p.marks.inText {
		p.op("EMC\nET\n")
		if p.marks.elem != nil {
			p.marks.bdc = p.newMCID(p.marks.elem)
		}
		p.op(p.marks.bdc)
		p.marks.inText = false
	} else {
		p.op("ET\n")
	}
	p.text = textObject{}
}

// painted counts a painting operator drawn outside marked content, which a
// tagged document may not have: a screen reader would meet it unlabelled.
func (p *Page) painted() {
	if !p.marks.open {
		p.marks.untagged++
	}
}

// fail keeps the first problem a tagged drawing made, for WriteTo.
func (d *Document) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

// URILink makes the rectangle at (x, y) a link to a web address (plain
// ASCII, percent-encoded) that belongs to link, an element of type Link,
// and that says where it goes in words (contents), in the document's
// language. A link whose text wraps gets one call per line, all with the
// same element, so every line is clickable and read as one link.
func (p *Page) URILink(link *Elem, x, y, w, h float64, uri, contents string) {
	p.LinkToURI(x, y, w, h, uri)
	p.tagLink(link, contents)
}

// PageLink makes the rectangle at (x, y) a link to height top on page
// (from 0), belonging to link and described by contents, as URILink.
func (p *Page) PageLink(link *Elem, x, y, w, h float64, page int, top float64, contents string) {
	p.LinkToPage(x, y, w, h, page, top)
	p.tagLink(link, contents)
}

func (p *Page) tagLink(link *Elem, contents string) {
	if link == nil || link.doc != p.doc || link.typ != Link {
		p.doc.fail(fmt.Errorf("page %d: a link annotation must belong to a Link element of this document", p.index+1))
		return
	}
	i := len(p.annots) - 1
	p.annots[i].elem, p.annots[i].contents = link, contents
	link.kids = append(link.kids, kid{page: p.index, mcid: -1, annot: i})
}
