package pdf

import (
	"slices"
	"strconv"
	"strings"
)

// objects numbers what the document writes after its fonts, and remembers
// where its pages and their links are, for whatever refers to them.
type objects struct {
	page      []int // by page index
	font      []int // each font's first object (fontObjects)
	structs   int   // the StructTreeRoot; its elements follow, by index
	metadata  int
	profile   int
	files     int   // two objects per attached file: the file specification, the file
	parentKey []int // each page's key in the ParentTree, or -1
	annotKey  [][]int
	nextKey   int
}

func (o *objects) annot(page, k int) int { return o.page[page] + 2 + k }
func (o *objects) elem(e *Elem) int      { return o.structs + 1 + e.index }

// numberKeys gives each page that has marked content, then each link annotation,
// its key in the ParentTree, the number tree through which a reader finds
// the element that owns what it hit on a page.
func (d *Document) numberKeys(o *objects) {
	next := 0
	o.parentKey = make([]int, len(d.pages))
	o.annotKey = make([][]int, len(d.pages))
	for i, p := range d.pages {
		o.parentKey[i] = -1
		if len(p.marks.owner) > 0 {
			o.parentKey[i] = next
			next++
		}
	}
	for i, p := range d.pages {
		for range p.annots {
			o.annotKey[i] = append(o.annotKey[i], next)
			next++
		}
	}
	o.nextKey = next
}

// writeStructure writes the StructTreeRoot, its ParentTree and IDTree, and
// every element.
func (d *Document) writeStructure(w *writer, o *objects) {
	nums := []byte("[")
	for i, p := range d.pages {
		if o.parentKey[i] < 0 {
			continue
		}
		nums = append(strconv.AppendInt(nums, int64(o.parentKey[i]), 10), " ["...)
		for k, e := range p.marks.owner {
			if k > 0 {
				nums = append(nums, ' ')
			}
			nums = append(nums, ref(o.elem(e))...)
		}
		nums = append(nums, "] "...)
	}
	for i, p := range d.pages {
		for k, a := range p.annots {
			nums = append(strconv.AppendInt(nums, int64(o.annotKey[i][k]), 10), " "+ref(o.elem(a.elem))+" "...)
		}
	}
	root := "<< /Type /StructTreeRoot /K [" + ref(o.elem(d.root)) + "] /ParentTree << /Nums " +
		string(append(nums, ']')) + " >> /ParentTreeNextKey " + strconv.Itoa(o.nextKey)
	var notes []*Elem
	for _, e := range d.elems {
		if e.typ == Note {
			notes = append(notes, e)
		}
	}
	if len(notes) > 0 { // a Note needs an ID (PDF/UA-1 §7.9), found through the IDTree
		slices.SortFunc(notes, func(a, b *Elem) int { return strings.Compare(noteID(a), noteID(b)) })
		names := []byte(" /IDTree << /Names [")
		for _, e := range notes {
			names = append(literal(names, []byte(noteID(e))), " "+ref(o.elem(e))+" "...)
		}
		root += string(append(names, "] >>"...))
	}
	w.object(o.structs, root+" >>")
	for _, e := range d.elems {
		w.object(o.elem(e), e.dict(o))
	}
}

// noteID is a Note's unique ID: "note" and its index.
func noteID(e *Elem) string { return "note" + strconv.Itoa(e.index) }

// dict is the element's StructElem dictionary, without the optional
// /Type /StructElem (a tenth of its bytes, in hundreds of elements); an
// annotation's page is said only where it is not the element's.
func (e *Elem) dict(o *objects) string {
	parent := o.structs
	if e.parent != nil {
		parent = o.elem(e.parent)
	}
	b := []byte("<< /S /" + e.typ.String() + " /P " + ref(parent))
	pg := -1
	for _, k := range e.kids {
		if k.elem == nil {
			pg = k.page
			break
		}
	}
	if pg >= 0 {
		b = append(b, " /Pg "+ref(o.page[pg])...)
	}
	b = append(b, " /K ["...)
	for i, k := range e.kids {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case k.elem != nil:
			b = append(b, ref(o.elem(k.elem))...)
		case k.mcid < 0 && k.page == pg:
			b = append(b, "<< /Type /OBJR /Obj "+ref(o.annot(k.page, k.annot))+" >>"...)
		case k.mcid < 0:
			b = append(b, "<< /Type /OBJR /Obj "+ref(o.annot(k.page, k.annot))+" /Pg "+ref(o.page[k.page])+" >>"...)
		case k.page == pg:
			b = strconv.AppendInt(b, int64(k.mcid), 10)
		default:
			b = append(b, "<< /Type /MCR /Pg "+ref(o.page[k.page])+" /MCID "+strconv.Itoa(k.mcid)+" >>"...)
		}
	}
	b = append(b, ']')
	for _, s := range []struct{ key, value string }{{"Lang", e.lang}, {"Alt", e.alt}, {"ActualText", e.actual}} {
		if s.value != "" {
			b = textString(append(b, " /"+s.key+" "...), s.value)
		}
	}
	if e.typ == Note {
		b = literal(append(b, " /ID "...), []byte(noteID(e)))
	}
	b = e.attributes(b)
	return string(append(b, " >>"...))
}
