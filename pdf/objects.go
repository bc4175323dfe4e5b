package pdf

import "strconv"

// number gives every object its number before any is written, so that any
// object can refer to any other.
func (d *Document) number() (o *objects, outlineObj int) {
	o = &objects{page: make([]int, len(d.pages))}
	next := firstFreeObj
	for i, p := range d.pages {
		o.page[i] = next
		next += 2 + len(p.annots) // the page, its content, its links
	}
	if len(d.outline) > 0 {
		outlineObj = next
		next += 1 + len(d.outline)
	}
	for _, f := range d.fonts {
		o.font = append(o.font, next)
		next += f.objects()
	}
	if d.Tagged() {
		d.numberKeys(o)
		o.structs = next
		next += 1 + len(d.elems)
		o.metadata, o.profile = next, next+1
		next += 2
	}
	o.files = next
	return o, outlineObj
}

// catalog is the document's root dictionary.
func (d *Document) catalog(o *objects, outlineObj int) string {
	cat := "<< /Type /Catalog /Pages " + ref(pagesObj) + " /PageLayout /OneColumn /OpenAction [" + ref(o.page[0]) + " /FitH null]" +
		" /ViewerPreferences << /DisplayDocTitle true >>"
	if outlineObj != 0 {
		cat += " /Outlines " + ref(outlineObj) + " /PageMode /UseOutlines"
	}
	if d.info.Lang != "" {
		cat += " /Lang " + string(textString(nil, d.info.Lang))
	}
	if d.Tagged() {
		cat += " /MarkInfo << /Marked true >> /StructTreeRoot " + ref(o.structs) + " /Metadata " + ref(o.metadata) +
			" /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)" +
			" /Info (sRGB IEC61966-2.1) /DestOutputProfile " + ref(o.profile) + " >>]"
	}
	return cat + d.filesEntries(o.files) + " >>"
}

// writePage writes page i, its content and its links; a tagged page also
// says where its marked content's elements are in the ParentTree, and that
// its links are visited in the structure's order.
func (d *Document) writePage(wr *writer, o *objects, i int, p *Page, content func() result) {
	n := o.page[i]
	page := "<< /Type /Page /Parent " + ref(pagesObj) + " /Resources " + ref(resourcesObj) + " /Contents " + ref(n+1)
	if d.Tagged() && o.parentKey[i] >= 0 {
		page += " /StructParents " + strconv.Itoa(o.parentKey[i])
	}
	if len(p.annots) > 0 {
		if d.Tagged() {
			page += " /Tabs /S"
		}
		page += " /Annots ["
		for k := range p.annots {
			if k > 0 {
				page += " "
			}
			page += ref(n + 2 + k)
		}
		page += "]"
	}
	wr.object(n, page+" >>")
	wr.deflatedLater(n+1, content)
	for k, a := range p.annots {
		key := -1
		if d.Tagged() {
			key = o.annotKey[i][k]
		}
		wr.object(n+2+k, a.dict(o.page, key))
	}
}

// dict is the link's annotation dictionary; in a tagged document (key ≥ 0)
// it is printable, as PDF/A asks, says where it goes in words, and names
// its key in the ParentTree. Its area and where it goes are to the nearest
// point, finer than a click or a scroll: two decimals for each of hundreds
// of links would be a kilobyte.
func (a annot) dict(pageObj []int, key int) string {
	b := []byte("<< /Subtype /Link /Rect [") // /Type /Annot is optional
	for i, v := range []float64{a.x1, a.y1, a.x2, a.y2} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = num(b, v, 0)
	}
	b = append(b, "] /Border [0 0 0]"...)
	if key >= 0 {
		b = textString(append(b, " /F 4 /StructParent "+strconv.Itoa(key)+" /Contents "...), a.contents)
	}
	if a.uri != "" {
		b = literal(append(b, " /A << /S /URI /URI "...), []byte(a.uri))
		b = append(b, " >>"...)
	} else {
		b = append(b, " /Dest ["+ref(pageObj[a.page])+" /XYZ 0 "...)
		b = append(num(b, a.y, 0), " null]"...)
	}
	return string(append(b, " >>"...))
}
