package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/zlib"
)

// deflateLevel is how hard streams are compressed. klauspost/compress at 6 makes
// the default briefing 2% bigger than the standard library at its default
// and takes a quarter less time (BENCHMARKS.md): glyph outlines compress
// slowly and little, and the Chinese edition spends a third of its CPU here.
const deflateLevel = 6

// writer assembles the file. Dictionaries go into one compressed object
// stream, except the catalog and the document information, which stay
// readable as plain text. Streams are compressed on every core: the fonts'
// and pages' while the objects are written (deflatedLater), the rest at
// the end; then everything is laid out in the order it was given, so the
// bytes do not depend on which core finished first. A cross-reference stream
// then says where every object is.
type writer struct {
	items   []item     // plain objects and streams, in file order
	where   []location // by object number
	packed  bytes.Buffer
	index   []byte // the object stream's header: "number offset" pairs
	npacked int
	err     error
}

// item is an object written into the file as it is: a dictionary, or a
// stream's dictionary entries and data.
type item struct {
	n        int
	dict     string // a plain object's dictionary, or a stream's extra entries
	data     []byte // a stream's data, deflated by compressAll unless later makes it
	isStream bool
	later    func() result // a stream deflated in the background: its entries and data, once ready
}

// result is a stream made in the background: its extra dictionary entries
// and its deflated data, or what stopped it.
type result struct {
	extra string
	data  []byte
	err   error
}

// location is an object's cross-reference entry: at a byte offset in the
// file, or at an index inside the object stream.
type location struct {
	kind   byte // 0 not written, 1 in the file, 2 in the object stream
	offset int  // in the file, or the index in the object stream
}

// at records where object n is, refusing to write it twice.
func (w *writer) at(n int, l location) {
	for len(w.where) <= n {
		w.where = append(w.where, location{})
	}
	if w.where[n].kind != 0 && w.err == nil {
		w.err = fmt.Errorf("object %d written twice", n)
	}
	w.where[n] = l
}

// object adds a dictionary to the object stream.
func (w *writer) object(n int, dict string) {
	w.at(n, location{kind: 2, offset: w.npacked})
	w.npacked++
	w.index = strconv.AppendInt(append(strconv.AppendInt(w.index, int64(n), 10), ' '), int64(w.packed.Len()), 10)
	w.index = append(w.index, ' ')
	w.packed.WriteString(dict)
	w.packed.WriteByte('\n')
}

// plain adds a dictionary written into the file as it is.
func (w *writer) plain(n int, dict string) {
	w.at(n, location{kind: 1})
	w.items = append(w.items, item{n: n, dict: dict})
}

// stream adds a stream, with extra entries for its dictionary; data is
// compressed later and must not change until then.
func (w *writer) stream(n int, extra string, data []byte) {
	w.at(n, location{kind: 1})
	w.items = append(w.items, item{n: n, dict: extra, data: data, isStream: true})
}

// deflatedLater adds a stream that background work deflates (see
// Document.background): finish waits for it.
func (w *writer) deflatedLater(n int, later func() result) {
	w.at(n, location{kind: 1})
	w.items = append(w.items, item{n: n, isStream: true, later: later})
}

// compressAll deflates every stream's data, as many at a time as there
// are cores, with compressors from the pool. The biggest go first, so
// that a font file is not left to compress alone at the end.
func (w *writer) compressAll() {
	var streams []*item
	for i := range w.items {
		if w.items[i].isStream && w.items[i].later == nil {
			streams = append(streams, &w.items[i])
		}
	}
	slices.SortStableFunc(streams, func(a, b *item) int { return len(b.data) - len(a.data) })
	jobs := make([]func(), len(streams))
	for i, it := range streams {
		jobs[i] = func() { it.data = deflate(it.data) }
	}
	onEveryCore(jobs)()
}

// onEveryCore starts jobs on one goroutine a core, each taking the next
// job in order, and returns a function that waits for them all.
func onEveryCore(jobs []func()) (wait func()) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(jobs); k = int(next.Add(1)) - 1 {
				jobs[k]()
			}
		})
	}
	return wg.Wait
}

// finish compresses the streams and lays out the file: header, objects,
// the object stream, then the cross-reference stream as the trailer, with
// a file identifier hashed from everything before it.
func (w *writer) finish() ([]byte, error) {
	if w.err != nil {
		return nil, w.err
	}
	if w.npacked > 0xFFFF { // the cross-reference stream gives an index two bytes
		return nil, fmt.Errorf("%d objects: more than a PDF written this way can index", w.npacked)
	}
	stm := len(w.where)
	w.stream(stm, fmt.Sprintf("/Type /ObjStm /N %d /First %d", w.npacked, len(w.index)), append(w.index, w.packed.Bytes()...))
	var failed error
	for i := range w.items { // the background's work first: no more compressors at once than cores
		if it := &w.items[i]; it.later != nil {
			r := it.later()
			if r.err != nil && failed == nil {
				failed = r.err
			}
			it.dict, it.data = r.extra, r.data
		}
	}
	if failed != nil {
		return nil, failed
	}
	w.compressAll()
	size := 64
	for _, it := range w.items {
		size += len(it.dict) + len(it.data) + 64
	}
	out := bytes.NewBuffer(make([]byte, 0, size+7*len(w.where)+256))
	out.WriteString("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
	for _, it := range w.items {
		w.where[it.n].offset = out.Len()
		out.WriteString(strconv.Itoa(it.n))
		out.WriteString(" 0 obj\n")
		if it.isStream {
			writeStream(out, it.dict, it.data)
		} else {
			out.WriteString(it.dict)
		}
		out.WriteString("\nendobj\n")
	}

	xref := len(w.where)
	w.at(xref, location{kind: 1, offset: out.Len()})
	entries, widths := xrefEntries(w.where, stm)
	sum := sha256.Sum256(out.Bytes())
	id := hex.EncodeToString(sum[:16])
	fmt.Fprintf(out, "%d 0 obj\n", xref)
	writeStream(out, fmt.Sprintf("/Type /XRef /Size %d /W [1 %d 2] /DecodeParms << /Predictor 12 /Columns %d >> /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>]",
		len(w.where), widths, 3+widths, catalogObj, infoObj, id, id), deflate(entries))
	fmt.Fprintf(out, "\nendobj\nstartxref\n%d\n%%%%EOF\n", w.where[xref].offset)
	return out.Bytes(), nil
}

// xrefEntries is the cross-reference stream's data: a row per object of
// its type, a field of offWidth bytes (the fewest that hold every offset
// and the object stream's number) and a two-byte index, each row after
// the first written as its difference from the one above (PNG's Up
// predictor), so that the object stream's long run of rows, which differ
// by one in the index, deflates to almost nothing.
func xrefEntries(where []location, stm int) (data []byte, offWidth int) {
	biggest := stm
	for _, l := range where {
		if l.kind == 1 {
			biggest = max(biggest, l.offset)
		}
	}
	offWidth = 1
	for biggest >= 1<<(8*offWidth) {
		offWidth++
	}
	cols := 3 + offWidth
	rows := make([]byte, 0, cols*len(where))
	for n, l := range where {
		kind, field, index := l.kind, l.offset, 0
		switch {
		case n == 0:
			kind, field, index = 0, 0, 0xFFFF // the head of the free list
		case l.kind == 2:
			field, index = stm, l.offset
		}
		rows = append(rows, kind)
		for k := offWidth - 1; k >= 0; k-- {
			rows = append(rows, byte(field>>(8*k)))
		}
		rows = append(rows, byte(index>>8), byte(index))
	}
	data = make([]byte, 0, len(rows)+len(where))
	for r := 0; r < len(rows); r += cols {
		data = append(data, 2) // PNG filter type Up
		for c := range cols {
			above := byte(0)
			if r > 0 {
				above = rows[r-cols+c]
			}
			data = append(data, rows[r+c]-above)
		}
	}
	return data, offWidth
}

// writeStream writes a stream's dictionary and its deflated data.
func writeStream(out *bytes.Buffer, extra string, data []byte) {
	out.WriteString("<< /Length ")
	out.WriteString(strconv.Itoa(len(data)))
	out.WriteString(" /Filter /FlateDecode")
	if extra != "" {
		out.WriteString(" " + extra)
	}
	out.WriteString(" >>\nstream\n")
	out.Write(data)
	out.WriteString("\nendstream")
}

// deflate compresses data with a compressor from the pool: each holds over
// a megabyte of tables, so a document (and a run of many) makes only as
// many as it compresses streams at once.
func deflate(data []byte) []byte {
	buf := bytes.NewBuffer(make([]byte, 0, len(data)/2+64)) // text deflates to well under half
	z, _ := compressors.Get().(*zlib.Writer)
	if z == nil {
		z, _ = zlib.NewWriterLevel(buf, deflateLevel) // a valid level: cannot fail
	} else {
		z.Reset(buf)
	}
	z.Write(data) // writes to a bytes.Buffer cannot fail
	z.Close()
	compressors.Put(z)
	return buf.Bytes()
}

var compressors sync.Pool
