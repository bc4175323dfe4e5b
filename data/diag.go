package data

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// Diagnostic is one problem in a dataset, placed where the analyst can fix
// it: the file, the line and column of the value at fault, and the field path
// (figures[3].cite[1].source; list indices count from 0).
type Diagnostic struct {
	File      string
	Line, Col int
	Path, Msg string
}

// Error reads like a compiler message, so that editors can jump to it; the
// parts that are unknown (a line, a path) are left out.
func (d Diagnostic) Error() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if d.Path != "" {
		b.WriteString(d.Path + ": ")
	}
	return b.String() + d.Msg
}

// Diagnostics is every problem found at once, so that one run of
// `dipbrief validate` lists all the fixes to make.
type Diagnostics []Diagnostic

// Error gives one line per problem.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}

// sort orders problems by file, line and column, so that output does not
// depend on the order checks ran in.
func (ds Diagnostics) sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Msg, b.Msg))
	})
}

// position is where a value starts in its file; null marks a value written
// as nothing ("value:" or "value: ~").
type position struct {
	line, col int
	null      bool
}

// positions remembers where every decoded value was written, keyed by file
// and field path, so that checks on the typed values can point into the files.
type positions struct {
	dir       string              // prefixes file names in messages
	at        map[string]position // file + "\x00" + path
	yearFiles []string            // the file each Dataset.Years entry came from
	texts     []textAt            // every string decoded, for checks on characters
}

// textAt is a decoded string and where it was written.
type textAt struct {
	file, path, text string
}

// newPositions makes room for about values places.
func newPositions(dir string, values int) *positions {
	return &positions{dir: dir, at: make(map[string]position, values)}
}

func (p *positions) set(file, path string, at position) {
	p.at[file+"\x00"+path] = at
}

// given reports whether a value other than null was written at path.
func (p *positions) given(file, path string) bool {
	at, ok := p.at[file+"\x00"+path]
	return ok && !at.null
}

// diag places a problem at path, or at its nearest recorded parent when the
// value is absent (a missing field is reported where its mapping starts).
func (p *positions) diag(file, path, format string, args ...any) Diagnostic {
	d := Diagnostic{File: file, Path: path, Msg: fmt.Sprintf(format, args...)}
	if p == nil { // a Dataset built in code: no places to give
		return d
	}
	d.File = filepath.Join(p.dir, file)
	for at := path; ; at = parent(at) {
		if pos, ok := p.at[file+"\x00"+at]; ok {
			d.Line, d.Col = pos.line, pos.col
			return d
		}
		if at == "" {
			return d
		}
	}
}

// parent drops the last step of a path: a.b[2] -> a.b -> a -> "".
func parent(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// report collects problems as the decoder and the checks find them. Paths
// that failed to decode are remembered, so that checks do not report again
// the empty value a decoding error left behind.
type report struct {
	pos    *positions
	list   Diagnostics
	failed map[string]bool // file + "\x00" + path
}

// newReport makes room for about values places (a map grown value by
// value costs more than the decoding).
func newReport(dir string, values int) *report {
	return &report{pos: newPositions(dir, values), failed: map[string]bool{}}
}

// add reports a problem found by a check, unless decoding already reported
// this value or a value that holds it.
func (r *report) add(file, path, format string, args ...any) {
	for at := path; ; at = parent(at) {
		if r.failed[file+"\x00"+at] {
			return
		}
		if at == "" {
			break
		}
	}
	r.list = append(r.list, r.pos.diag(file, path, format, args...))
}

// fail reports a value that could not be decoded.
func (r *report) fail(file, path, format string, args ...any) {
	r.list = append(r.list, r.pos.diag(file, path, format, args...))
	r.failed[file+"\x00"+path] = true
}

// at reports a problem with the file itself, at a known place.
func (r *report) at(file string, at position, format string, args ...any) {
	d := Diagnostic{File: filepath.Join(r.pos.dir, file), Line: at.line, Col: at.col}
	d.Msg = fmt.Sprintf(format, args...)
	r.list = append(r.list, d)
}
