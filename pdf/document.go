package pdf

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/dipbrief/dipbrief/fonts"
)

// Info is the document's metadata, shown by readers' document properties.
type Info struct {
	Title, Subject, Author, Keywords string
	Creator, Producer                string
	Created                          time.Time // also the modification date; the zero time leaves both out
	Lang                             string    // BCP 47 tag of the text, e.g. "vi-VN"
}

// Document is a PDF being made: pages drawn in order, then written once.
type Document struct {
	width, height float64
	info          Info
	pages         []*Page
	fonts         []*Font
	byFace        map[*fonts.Face]*Font
	outline       []bookmark
	root          *Elem   // the Document element, once the document is tagged
	elems         []*Elem // every element, by index
	files         []File
	err           error // the first problem met while drawing a tagged document
	absolute      bool  // every run of text placed by its coordinates, not moved to (PlaceTextAbsolutely)
}

type bookmark struct {
	title string
	level int
	page  int
	y     float64 // PDF space
}

// New starts a document whose pages are width by height points.
func New(width, height float64, info Info) *Document {
	return &Document{width: width, height: height, info: info, byFace: map[*fonts.Face]*Font{}}
}

// PlaceTextAbsolutely makes every run of text drawn after it placed at
// its coordinates (Tm), where the document otherwise moves each run from
// the last (Td). The page is the same: the moves add up to the same
// hundredths of a point. But a reader adds them in floating point, and a
// sum one bit off a pixel's edge can tip a glyph to the next pixel: this is
// for comparing a rendering pixel for pixel with another writer's.
func (d *Document) PlaceTextAbsolutely() { d.absolute = true }

// AddPage adds a blank page at the end and returns it for drawing.
func (d *Document) AddPage() *Page {
	p := &Page{doc: d, index: len(d.pages), state: newState(), scratch: make([]byte, 0, 64)}
	d.pages = append(d.pages, p)
	return p
}

// Font returns the document's font for a face, adding it on first use.
func (d *Document) Font(face *fonts.Face) *Font {
	if f, ok := d.byFace[face]; ok {
		return f
	}
	f := &Font{face: face, res: "F" + strconv.Itoa(len(d.fonts)+1), num: map[rune]uint16{}}
	d.fonts = append(d.fonts, f)
	d.byFace[face] = f
	return f
}

// Bookmark adds an outline entry after the ones before it: level 0 is a
// top entry, level n+1 nests under the last entry of level n. It points to
// height y of page (from 0).
func (d *Document) Bookmark(title string, level, page int, y float64) {
	d.outline = append(d.outline, bookmark{title: title, level: level, page: page, y: d.height - y})
}

// Object numbers of the fixed objects.
const (
	catalogObj = 1 + iota
	pagesObj
	infoObj
	resourcesObj
	firstFreeObj
)

// WriteTo writes the finished document to w. A tagged document is
// written as PDF/UA-1 and PDF/A-3a: with its structure tree, XMP metadata
// and an sRGB output intent, and refused if its tagging is incomplete.
func (d *Document) WriteTo(w io.Writer) (int64, error) {
	if len(d.pages) == 0 {
		return 0, fmt.Errorf("a PDF needs at least one page")
	}
	if err := d.validate(); err != nil {
		return 0, err
	}
	if err := d.checkFiles(); err != nil {
		return 0, err
	}
	if d.Tagged() {
		if err := d.checkStructure(); err != nil {
			return 0, err
		}
	}
	for _, f := range d.fonts {
		if len(f.runes) > 0xFFFE {
			return 0, fmt.Errorf("font %s: more than 65,534 different characters", f.face.Name)
		}
	}
	o, outlineObj := d.number()
	contents, programs, wait := d.background()
	defer wait() // nothing of the document's is still being read when WriteTo returns
	wr := &writer{}
	wr.plain(catalogObj, d.catalog(o, outlineObj))

	kids := make([]byte, 0, 8*len(d.pages))
	for i, n := range o.page {
		if i > 0 {
			kids = append(kids, ' ')
		}
		kids = append(kids, ref(n)...)
	}
	box := "[0 0 " + string(num(nil, d.width, 2)) + " " + string(num(nil, d.height, 2)) + "]"
	wr.object(pagesObj, "<< /Type /Pages /Kids ["+string(kids)+"] /Count "+strconv.Itoa(len(d.pages))+" /MediaBox "+box+" >>")
	wr.plain(infoObj, d.infoDict())

	res := []byte("<< /Font <<")
	for i, f := range d.fonts {
		res = append(res, " /"+f.res+" "+ref(o.font[i])...)
	}
	wr.object(resourcesObj, string(append(res, " >> >>"...)))

	for i, p := range d.pages {
		d.writePage(wr, o, i, p, contents[i])
	}
	if outlineObj != 0 {
		d.writeOutline(wr, outlineObj, o.page)
	}
	for i, f := range d.fonts {
		if err := f.write(wr, o.font[i], programs[i]); err != nil {
			return 0, err
		}
	}
	if d.Tagged() {
		d.writeStructure(wr, o)
		// Deflated, as PDF/A-2 and -3 allow (PDF/A-1 did not): a reader
		// decodes it like any stream; only a tool that scans the file's
		// bytes for the packet would miss it, and 1.6 kB is a sixtieth of
		// the briefing.
		wr.stream(o.metadata, "/Type /Metadata /Subtype /XML", d.xmp())
		wr.stream(o.profile, "/N 3", srgbProfile())
	}
	d.writeFiles(wr, o.files)
	b, err := wr.finish()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(b)
	return int64(n), err
}

// background starts the work that needs only what the pages drew: each
// font cut down to its runes and deflated, biggest first, then each page's
// content deflated. One goroutine a core takes the jobs in that order (so
// no more compressors are alive at once than cores) while WriteTo writes
// the page, structure and annotation objects. It returns functions that
// wait for each result, and one that waits for all.
func (d *Document) background() (contents []func() result, programs []func() result, wait func()) {
	var jobs []func()
	order := make([]int, len(d.fonts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(d.fonts[b].runes) - len(d.fonts[a].runes) })
	programs = make([]func() result, len(d.fonts))
	for _, i := range order {
		programs[i] = job(&jobs, d.fonts[i].program)
	}
	contents = make([]func() result, len(d.pages))
	for i, p := range d.pages {
		if p.text.open {
			p.op("ET\n")
			p.text = textObject{}
		}
		for range p.saved { // q and Q must balance within a content stream
			p.op("Q\n")
		}
		p.saved = nil
		contents[i] = job(&jobs, func() result { return result{data: deflate(p.content())} })
	}
	return contents, programs, onEveryCore(jobs)
}

// job adds fn to jobs and returns a function that waits for its result.
func job[T any](jobs *[]func(), fn func() T) func() T {
	var v T
	done := make(chan struct{})
	*jobs = append(*jobs, func() { v = fn(); close(done) })
	return func() T { <-done; return v }
}

func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

func (d *Document) infoDict() string {
	b := []byte("<<")
	for _, kv := range []struct{ key, value string }{
		{"Title", d.info.Title}, {"Subject", d.info.Subject}, {"Author", d.info.Author},
		{"Keywords", d.info.Keywords}, {"Creator", d.info.Creator}, {"Producer", d.info.Producer},
	} {
		if kv.value != "" {
			b = textString(append(b, " /"+kv.key+" "...), kv.value)
		}
	}
	if !d.info.Created.IsZero() {
		b = date(append(b, " /CreationDate "...), d.info.Created)
		b = date(append(b, " /ModDate "...), d.info.Created)
	}
	return string(append(b, " >>"...))
}
