package pdf

import (
	"fmt"
	"regexp"
	"slices"
)

// bcp47 is the shape of a language tag: language, script, region, variants.
var bcp47 = regexp.MustCompile(`^(?i)[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-[a-z0-9]{5,8}|-\d[a-z0-9]{3})*$`)

// Where an element may sit: its parent's types, and the types of its
// children (ISO 32000-1 §14.8.4.3, PDF/UA-1 §7.2). Types not named here
// may sit anywhere and hold anything.
var (
	parentsOf = map[StructType][]StructType{
		TR: {Table, THead, TBody, TFoot}, TH: {TR}, TD: {TR}, THead: {Table}, TBody: {Table}, TFoot: {Table},
		LI: {L}, Lbl: {LI}, LBody: {LI},
	}
	kidsOf = map[StructType][]StructType{
		Table: {TR, THead, TBody, TFoot, Caption}, THead: {TR}, TBody: {TR}, TFoot: {TR},
		TR: {TH, TD}, L: {L, LI, Caption}, LI: {Lbl, LBody},
	}
)

// checkStructure refuses a tagged document that a screen reader or a
// PDF/UA-1 checker would find wanting, naming the first fault: drawing
// outside marked content, a link with no Link element or no words, an
// element with nothing in it, a figure with no description, a table or a
// list put together wrongly, headings that skip a level.
func (d *Document) checkStructure() error {
	if d.info.Title == "" || !bcp47.MatchString(d.info.Lang) {
		return fmt.Errorf("a tagged document needs a title and a language tag (title %q, language %q)", d.info.Title, d.info.Lang)
	}
	for _, p := range d.pages {
		if p.marks.untagged > 0 {
			return fmt.Errorf("page %d: %d drawings outside marked content and artifacts", p.index+1, p.marks.untagged)
		}
		for _, a := range p.annots {
			if a.elem == nil || a.contents == "" {
				return fmt.Errorf("page %d: a link with no Link element or no words for where it goes", p.index+1)
			}
		}
	}
	heading := 0
	var walk func(e *Elem) error
	walk = func(e *Elem) error { // in the tree's order, which is reading order
		if err := e.check(); err != nil {
			return fmt.Errorf("%s element %d: %w", e.typ, e.index, err)
		}
		if e.typ >= H1 && e.typ <= H6 {
			n := int(e.typ-H1) + 1
			if n > heading+1 {
				return fmt.Errorf("heading H%d follows H%d: a level is skipped", n, heading)
			}
			heading = n
		}
		for _, k := range e.kids {
			if k.elem != nil {
				if err := walk(k.elem); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(d.root)
}

// check is what one element must be, whatever surrounds it.
func (e *Elem) check() error {
	switch {
	case e.typ >= types || (e.typ == document) != (e.parent == nil):
		return fmt.Errorf("not a structure type a document can add")
	case len(e.kids) == 0:
		return fmt.Errorf("has no content and no children")
	case (e.typ == Figure || e.typ == Formula) && e.alt == "" && e.actual == "":
		return fmt.Errorf("has no alternative description (SetAlt)")
	case e.lang != "" && !bcp47.MatchString(e.lang):
		return fmt.Errorf("language %q is not a BCP 47 tag", e.lang)
	case e.scoped && (e.typ != TH || e.scope > Both):
		return fmt.Errorf("a scope belongs to a header cell (TH)")
	case e.numbers != NoNumbering && (e.typ != L || e.numbers > Decimal):
		return fmt.Errorf("a numbering belongs to a list (L)")
	case e.bbox != nil && e.typ != Figure && e.typ != Formula && e.typ != Table:
		return fmt.Errorf("a bounding box belongs to a Figure, Formula or Table")
	}
	if ok, in := parentsOf[e.typ]; in && !slices.Contains(ok, e.parent.typ) {
		return fmt.Errorf("cannot sit in %s", e.parent.typ)
	}
	for _, k := range e.kids {
		if ok, in := kidsOf[e.typ]; in && (k.elem == nil || !slices.Contains(ok, k.elem.typ)) {
			return fmt.Errorf("cannot hold %s", k.describe())
		}
	}
	if e.typ == Table {
		return e.checkRows()
	}
	return nil
}

func (k kid) describe() string {
	switch {
	case k.elem != nil:
		return k.elem.typ.String()
	case k.mcid < 0:
		return "a link annotation"
	}
	return "marked content"
}

// checkRows refuses a table whose rows have different numbers of cells:
// a reader could not tell which header heads which cell.
func (e *Elem) checkRows() error {
	width := -1
	var rows func(x *Elem) error
	rows = func(x *Elem) error {
		for _, k := range x.kids {
			switch {
			case k.elem == nil:
			case k.elem.typ == TR && width < 0:
				width = len(k.elem.kids)
			case k.elem.typ == TR && len(k.elem.kids) != width:
				return fmt.Errorf("a row of %d cells in a table of %d columns", len(k.elem.kids), width)
			case k.elem.typ != TR && k.elem.typ != Caption:
				if err := rows(k.elem); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return rows(e)
}
