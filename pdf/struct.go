package pdf

// StructType is a standard structure type of ISO 32000-1 §14.8.4. Only these
// can be made, so a tagged document needs no RoleMap and every element a
// screen reader meets is one it knows.
type StructType uint8

// The structure types a document can use. The Document element is made
// by StructRoot.
const (
	document StructType = iota
	Part
	Sect
	Div
	BlockQuote
	Caption
	H1
	H2
	H3
	H4
	H5
	H6
	P
	L
	LI
	Lbl
	LBody
	Table
	THead
	TBody
	TFoot
	TR
	TH
	TD
	Span
	Quote
	Note
	Reference
	BibEntry
	Code
	Link
	Figure
	Formula
	types
)

var typeNames = [types]string{"Document", "Part", "Sect", "Div", "BlockQuote", "Caption",
	"H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody",
	"Table", "THead", "TBody", "TFoot", "TR", "TH", "TD",
	"Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Figure", "Formula"}

// String is the type's name as PDF writes it, after the slash.
func (t StructType) String() string {
	if t >= types {
		return "Unknown"
	}
	return typeNames[t]
}

// Scope says which cells a table header cell (TH) heads.
type Scope uint8

// The scopes of a header cell. Column is what a TH heads unless told.
const (
	Column Scope = iota
	Row
	Both
)

// Numbering is how the items of a list (L) are labelled, so that a
// screen reader can say "bullet" or "1 of 8" without reading the label.
type Numbering uint8

// The list numberings.
const (
	NoNumbering Numbering = iota
	Disc
	Decimal
)

// Elem is one element of the structure tree: what a screen reader walks
// instead of the page, in the order its children were added or marked.
type Elem struct {
	doc     *Document
	typ     StructType
	parent  *Elem
	kids    []kid
	lang    string
	alt     string
	actual  string
	scope   Scope
	scoped  bool
	numbers Numbering
	bbox    *[4]float64 // x, y, w, h in page space, top-down
	index   int         // order of creation; the object is structObj+index
}

// kid is one child of an element: an element, a marked-content sequence
// (page and MCID), or an annotation (page and index among its links).
type kid struct {
	elem  *Elem
	page  int
	mcid  int // -1 for an annotation
	annot int
}

// StructRoot returns the document's Document element, making the document
// tagged: from then on it is written as PDF/UA-1 and PDF/A-3a, every
// drawing must be marked content or an artifact, and every link must
// belong to a Link element.
func (d *Document) StructRoot() *Elem {
	if d.root == nil {
		d.root = &Elem{doc: d, typ: document}
		d.elems = append(d.elems, d.root)
	}
	return d.root
}

// Tagged reports whether StructRoot was called.
func (d *Document) Tagged() bool { return d.root != nil }

// Add appends a child element of type t and returns it.
func (e *Elem) Add(t StructType) *Elem {
	c := &Elem{doc: e.doc, typ: t, parent: e, index: len(e.doc.elems)}
	e.doc.elems = append(e.doc.elems, c)
	e.kids = append(e.kids, kid{elem: c})
	return c
}

// Type is the element's structure type.
func (e *Elem) Type() StructType { return e.typ }

// SetLang gives the element's text its own language, a BCP 47 tag such as
// "zh-CN", where it differs from the document's: a screen reader switches
// voice for it.
func (e *Elem) SetLang(tag string) *Elem { e.lang = tag; return e }

// SetAlt gives the element an alternative description, read instead of its
// content: what a Figure shows, in words.
func (e *Elem) SetAlt(text string) *Elem { e.alt = text; return e }

// SetActualText gives the exact text that the element's glyphs stand for,
// where they do not spell it themselves.
func (e *Elem) SetActualText(text string) *Elem { e.actual = text; return e }

// SetScope says which cells a header cell (TH) heads; without it a TH
// heads its column.
func (e *Elem) SetScope(s Scope) *Elem { e.scope, e.scoped = s, true; return e }

// SetNumbering says how a list's (L) items are labelled.
func (e *Elem) SetNumbering(n Numbering) *Elem { e.numbers = n; return e }

// SetBBox gives a Figure, Formula or Table the rectangle it covers on its
// page, top-left corner (x, y): readers place its description there.
func (e *Elem) SetBBox(x, y, w, h float64) *Elem { e.bbox = &[4]float64{x, y, w, h}; return e }

// attributes appends the element's attribute object, /A: a header cell's
// scope, a list's numbering, or the rectangle a figure covers, in PDF space.
func (e *Elem) attributes(b []byte) []byte {
	switch {
	case e.typ == TH:
		return append(b, " /A << /O /Table /Scope /"+[...]string{"Column", "Row", "Both"}[e.scope]+" >>"...)
	case e.typ == L && e.numbers != NoNumbering:
		return append(b, " /A << /O /List /ListNumbering /"+[...]string{"", "Disc", "Decimal"}[e.numbers]+" >>"...)
	case e.bbox != nil:
		x, y, w, h := e.bbox[0], e.bbox[1], e.bbox[2], e.bbox[3]
		b = append(b, " /A << /O /Layout /BBox ["...)
		for i, v := range []float64{x, e.doc.height - (y + h), x + w, e.doc.height - y} {
			if i > 0 {
				b = append(b, ' ')
			}
			b = num(b, v, 2)
		}
		return append(b, "] /Placement /Block >>"...)
	}
	return b
}
