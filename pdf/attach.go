package pdf

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// File is a file carried inside the PDF as an associated file of the whole
// document (PDF/A-3): whoever receives the PDF has the data its pages were
// drawn from, and gets it back byte for byte.
type File struct {
	Name        string    // the file name a reader saves it under, e.g. "vn-2025.csv"
	MIME        string    // its media type, e.g. "text/csv"
	Data        []byte    // its bytes, which must not change until the document is written
	Modified    time.Time // when the data last changed: from the data, not a clock
	Description string    // what it holds, in the document's language
}

// Attach adds a file to the document, written as an embedded file that
// the catalog names and associates with the document as its data.
func (d *Document) Attach(f File) { d.files = append(d.files, f) }

var mimeType = regexp.MustCompile(`^[a-z0-9][-a-z0-9.+]*/[a-z0-9][-a-z0-9.+]*$`)

// checkFiles refuses what PDF/A-3 and PDF/UA-1 would: a file with no
// name, media type, date or description, or two files of one name.
func (d *Document) checkFiles() error {
	seen := map[string]bool{}
	for _, f := range d.files {
		switch {
		case f.Name == "" || seen[f.Name]:
			return fmt.Errorf("attached file %q: no name, or a name given twice", f.Name)
		case !mimeType.MatchString(f.MIME):
			return fmt.Errorf("attached file %q: %q is not a media type", f.Name, f.MIME)
		case f.Modified.IsZero() || f.Description == "":
			return fmt.Errorf("attached file %q: needs a modification date and a description", f.Name)
		}
		seen[f.Name] = true
	}
	return nil
}

// writeFiles writes each file as a file specification at first+2i and its
// data at first+2i+1.
func (d *Document) writeFiles(w *writer, first int) {
	for i, f := range d.files {
		spec, data := first+2*i, first+2*i+1
		sum := md5.Sum(f.Data) // the checksum PDF defines for embedded files
		w.stream(data, "/Type /EmbeddedFile /Subtype "+string(name(nil, f.MIME))+" /Params << /Size "+strconv.Itoa(len(f.Data))+
			" /ModDate "+string(date(nil, f.Modified))+" /CheckSum <"+hex.EncodeToString(sum[:])+"> >>", f.Data)
		s := literal([]byte("<< /Type /Filespec /F "), []byte(asciiName(f.Name)))
		s = textString(append(s, " /UF "...), f.Name)
		s = textString(append(s, " /Desc "...), f.Description)
		s = append(s, " /AFRelationship /Data /EF << /F "+ref(data)+" /UF "+ref(data)+" >> >>"...)
		w.object(spec, string(s))
	}
}

// filesEntries is what the catalog says of the files written from first:
// they are the document's associated files (/AF), and named embedded files.
func (d *Document) filesEntries(first int) string {
	if len(d.files) == 0 {
		return ""
	}
	af := []byte(" /AF [")
	order := make([]int, len(d.files))
	for i := range d.files {
		order[i] = i
		if i > 0 {
			af = append(af, ' ')
		}
		af = append(af, ref(first+2*i)...)
	}
	// A name tree's keys go in order of their bytes.
	key := func(i int) string { return string(textString(nil, d.files[i].Name)) }
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(key(a), key(b)) })
	names := []byte("] /Names << /EmbeddedFiles << /Names [")
	for _, i := range order {
		names = append(append(names, key(i)...), " "+ref(first+2*i)+" "...)
	}
	return string(append(af, names...)) + "] >> >>"
}

// asciiName is a file name for readers that know only bytes: anything
// outside printable ASCII becomes an underscore. /UF keeps the real name.
func asciiName(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r > '~' {
			return '_'
		}
		return r
	}, s)
}

// name appends s as a PDF name: characters outside the regular printable
// ones, and the delimiters, as #xx (ISO 32000-1 §7.3.5), so "text/csv" is
// /text#2Fcsv.
func name(b []byte, s string) []byte {
	b = append(b, '/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || strings.IndexByte("#()<>[]{}/%", c) >= 0 {
			b = append(b, '#', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&0xF])
			continue
		}
		b = append(b, c)
	}
	return b
}
