package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// staged is a file written in full to a temporary file beside its path,
// waiting to be renamed over it.
type staged struct {
	path, tmp string
	size      int
}

// writeFileAtomic writes b to path through a temporary file in the same
// folder and a rename, so a reader (or a crash) sees the old file or the
// new one, never a half-written one. On failure nothing is left behind.
func writeFileAtomic(path string, b []byte) error {
	s, err := stage(outFile{path: path, data: b})
	if err != nil {
		return err
	}
	return commit([]staged{s})
}

// stage writes o to a new temporary file beside o.path, synced to disk,
// and registers it for removal should the run fail or be stopped. A path
// that is a folder, a device or a pipe is refused: renaming over it would
// replace it, and writing into a pipe can wait for ever.
func stage(o outFile) (s staged, err error) {
	if o.path, err = through(o.path); err != nil {
		return s, err
	}
	if st, err := os.Stat(o.path); err == nil && st.IsDir() {
		return s, outputError{fmt.Errorf("cannot write %s: it is a folder", o.path)}
	}
	if err := checkOutPath(o.path); err != nil {
		return s, err
	}
	tmp, err := pending.createTemp(filepath.Dir(o.path), "."+filepath.Base(o.path)+".tmp-*")
	if err != nil {
		return s, outputError{fmt.Errorf("cannot write %s: %w", o.path, unwrapPath(err))}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			pending.remove(tmp.Name())
		}
	}()
	_, err = tmp.Write(o.data)
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Close()
	}
	if err != nil {
		return s, outputError{fmt.Errorf("cannot write %s: %w", o.path, unwrapPath(err))}
	}
	return staged{path: o.path, tmp: tmp.Name(), size: len(o.data)}, nil
}

// commit renames every staged file over its path, in order, then syncs
// their folders so the renames outlast a power cut. A rename that fails
// (the disk went read-only under the run) stops the renames, removes the
// temporaries left, and names the file; files renamed before it are new.
func commit(ss []staged) error {
	if len(ss) == 0 {
		return nil
	}
	if i, err := pending.renameAll(ss); err != nil {
		discard(ss[i:])
		return outputError{fmt.Errorf("cannot write %s: %w", ss[i].path, unwrapPath(err))}
	}
	synced := map[string]bool{}
	for _, s := range ss {
		if dir := filepath.Dir(s.path); !synced[dir] {
			synced[dir] = true
			syncDir(dir)
		}
	}
	return nil
}

// discard removes staged files' temporaries: the old files stay as they were.
func discard(ss []staged) {
	for _, s := range ss {
		pending.remove(s.tmp)
	}
}

// syncDir flushes a folder's entries. It is best effort: the files are
// whole either way, and some file systems cannot sync a folder.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// unwrapPath drops the temporary file's name from an *os.PathError or a
// *os.LinkError, which means nothing to the user.
func unwrapPath(err error) error {
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
