package pdf

import (
	"fmt"
	"strconv"
)

// validate refuses what cannot be written: marked content or artifacts
// begun and not ended, or ended and not begun; an outline whose levels skip
// (an entry can only nest one level under the entry before it, and the
// first is at level 0); links or outline entries to pages that do not exist.
func (d *Document) validate() error {
	if d.err != nil {
		return d.err
	}
	for _, p := range d.pages {
		if p.marks.open {
			return fmt.Errorf("page %d: marked content begun and not ended", p.index+1)
		}
	}
	prev := -1
	for _, b := range d.outline {
		switch {
		case b.level < 0 || (prev == -1 && b.level != 0):
			return fmt.Errorf("outline entry %q: level %d, where the first entry is at level 0", b.title, b.level)
		case b.level > prev+1:
			return fmt.Errorf("outline entry %q: level %d cannot follow level %d", b.title, b.level, prev)
		}
		if b.page < 0 || b.page >= len(d.pages) {
			return fmt.Errorf("outline entry %q: no page %d", b.title, b.page+1)
		}
		prev = b.level
	}
	for _, p := range d.pages {
		for _, a := range p.annots {
			if a.uri == "" && (a.page < 0 || a.page >= len(d.pages)) {
				return fmt.Errorf("a link on page %d: no page %d", p.index+1, a.page+1)
			}
		}
	}
	return nil
}

// writeOutline writes the outline root as object root and entry i as
// root+1+i, each linked to its parent, siblings and children. Entries are
// shown open: each counts all its descendants.
func (d *Document) writeOutline(w *writer, root int, pageObj []int) {
	n := len(d.outline)
	obj := func(i int) int { return root + 1 + i } // obj(-1) is the root
	parent, prev, next := make([]int, n), make([]int, n), make([]int, n)
	first, last := make([]int, n+1), make([]int, n+1) // by parent index + 1, so the root is 0
	count := make([]int, n+1)
	var open []int // the latest entry at each level above this one
	for i, b := range d.outline {
		open = open[:b.level]
		p := -1
		if b.level > 0 {
			p = open[b.level-1]
		}
		parent[i], prev[i], next[i] = p, -1, -1
		if l := last[p+1]; l != 0 {
			prev[i], next[l-1] = l-1, i
		} else {
			first[p+1] = i + 1
		}
		last[p+1] = i + 1
		for a := p; ; a = parent[a] {
			count[a+1]++
			if a == -1 {
				break
			}
		}
		open = append(open, i)
	}
	w.object(root, "<< /Type /Outlines /First "+ref(obj(first[0]-1))+" /Last "+ref(obj(last[0]-1))+" /Count "+strconv.Itoa(count[0])+" >>")
	for i, b := range d.outline {
		s := textString([]byte("<< /Title "), b.title)
		s = append(s, " /Parent "+ref(obj(parent[i]))...)
		if prev[i] >= 0 {
			s = append(s, " /Prev "+ref(obj(prev[i]))...)
		}
		if next[i] >= 0 {
			s = append(s, " /Next "+ref(obj(next[i]))...)
		}
		if first[i+1] != 0 {
			s = append(s, " /First "+ref(obj(first[i+1]-1))+" /Last "+ref(obj(last[i+1]-1))+" /Count "+strconv.Itoa(count[i+1])...)
		}
		s = append(s, " /Dest ["+ref(pageObj[b.page])+" /XYZ 0 "...)
		s = append(num(s, b.y, 2), " null] >>"...)
		w.object(obj(i), string(s))
	}
}
