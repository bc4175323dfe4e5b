package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dipbrief/dipbrief/data"
)

// inputFS reads a folder of input files like os.DirFS, but never opens
// what is not a regular file or a folder: such a file is handed to its
// reader unopened, to be refused on its Stat. Opening a device can have
// effects of its own, and opening a named pipe waits for a writer; a
// file that becomes a pipe between the look and the open is still opened
// without waiting (openFlags), and refused on the opened file's Stat.
type inputFS string

// Open opens name in the folder, or stands in for it unopened.
func (dir inputFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	path := filepath.Join(string(dir), filepath.FromSlash(name))
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() && !st.IsDir() {
		return unopened{st}, nil
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// unopened is a file looked at and not opened: its Stat says what it is.
type unopened struct{ info fs.FileInfo }

func (u unopened) Stat() (fs.FileInfo, error) { return u.info, nil }
func (u unopened) Read([]byte) (int, error)   { return 0, errNotOpened }
func (u unopened) Close() error               { return nil }

var errNotOpened = errors.New("not opened: not a regular file")

// loadDir loads the dataset folder dir. A problem in the files' contents
// is bad data (65); any other error means an input could not be read at
// all, missing, unreadable, a link that loops or a pipe, and is 66.
func loadDir(dir string) (*data.Dataset, error) {
	ds, err := data.Load(inputFS(dir), dir)
	var diags data.Diagnostics
	if err != nil && !errors.As(err, &diags) {
		return nil, noInputError{err}
	}
	return ds, err
}

// checkOutPath refuses, before any work, an output path that a run could
// only write in place, never atomically: a named pipe (the run would wait
// for a reader for ever), a device or a socket. "-" is stdout.
func checkOutPath(path string) error {
	if path == "" || path == "-" {
		return nil
	}
	if _, err := through(path); err != nil {
		return err
	}
	st, err := os.Stat(path)
	if err != nil || st.IsDir() || st.Mode().IsRegular() {
		return nil
	}
	return outputError{fmt.Errorf("cannot write %s: it is %s, not a file or a folder (give - to write to stdout)", path, data.FileKind(st.Mode()))}
}

// through is the file an output path names: the path itself, or, for a
// symbolic link, the file it leads to, so that a run replaces that file and
// leaves the link as it was (renaming over the link would replace the link).
// A link into /dev or /proc (/dev/stdout) leads to a stream or a device,
// never to a file a run may replace, whatever it points at now.
func through(path string) (string, error) {
	st, err := os.Lstat(path)
	if err != nil || st.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	refuse := func(why string) (string, error) {
		return "", outputError{fmt.Errorf("cannot write %s: it is a link %s (give - to write to stdout)", path, why)}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return refuse("that cannot be followed")
	}
	if strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/") {
		return refuse("to a device or a stream")
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return refuse("to nothing, or a loop")
	}
	return target, nil
}
