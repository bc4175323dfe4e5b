package report

import "github.com/dipbrief/dipbrief/pdf"

// Node is an element of the briefing's structure, what a screen reader
// walks instead of the page: every run of text and every chart placed on
// a page belongs to one, or is page furniture. The layout makes nodes in
// reading order; the PDF backend turns each into a structure element the
// first time something of it is drawn, so an element's children and its
// own text keep the order a reader meets them in.
type Node struct {
	Role      pdf.StructType
	Lang      string        // the language of its text, where not the document's
	Alt       string        // what a figure shows, in words
	RowHead   bool          // a header cell (TH) that heads its row, not its column
	Numbering pdf.Numbering // how a list's items are labelled
	Contents  string        // a link's words for where it goes

	parent   *Node
	artifact bool
	kind     pdf.Artifact
}

// add makes a child node of the given role.
func (n *Node) add(role pdf.StructType) *Node { return &Node{Role: role, parent: n} }

// Parent is the node this one is part of; nil for the document.
func (n *Node) Parent() *Node { return n.parent }

// Artifact reports whether the node is page furniture, and of which kind.
func (n *Node) Artifact() (pdf.Artifact, bool) { return n.kind, n.artifact }

// furniture is the node of page furniture of one kind: running header and
// footer, and a table header repeated on a new page.
func furniture(kind pdf.Artifact) *Node { return &Node{artifact: true, kind: kind} }

var (
	headerArtifact = furniture(pdf.Header)
	footerArtifact = furniture(pdf.Footer)
	repeatArtifact = furniture(pdf.Pagination)
)

// pageScoped is a container, a list or a table, that starts anew on every
// page it reaches: pdf.js, Firefox's reader, gives each page the whole
// subtree of every element on it, so a list spanning pages would show its
// other pages' items there, empty, and their links without their targets.
type pageScoped struct {
	f    *flow
	make func() *Node
	node *Node
	page *Page
}

func (f *flow) perPage(make func() *Node) *pageScoped { return &pageScoped{f: f, make: make} }

// current is the container on the page being laid out.
func (p *pageScoped) current() *Node {
	if p.page != p.f.page {
		p.node, p.page = p.make(), p.f.page
	}
	return p.node
}

// list makes a list node with the given numbering.
func (n *Node) list(numbering pdf.Numbering) *Node {
	l := n.add(pdf.L)
	l.Numbering = numbering
	return l
}
