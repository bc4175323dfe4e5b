package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// writeFileAtomic writes b to path through a temporary file in the same
// folder and a rename, so a reader (or a crash) sees the old file or the
// new one, never a half-written one. On failure nothing is left behind.
// A path that is a device or a pipe is refused (checkOutPath refuses it
// before any work): renaming over it would replace the device, and
// writing into a pipe can wait for ever.
func writeFileAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return outputError{fmt.Errorf("cannot write %s: it is a folder", path)}
	} else if err == nil && !st.Mode().IsRegular() {
		return checkOutPath(path)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	if err = tmp.Sync(); err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	if err = tmp.Chmod(0o644); err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	if err = tmp.Close(); err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return outputError{fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))}
	}
	return nil
}

// unwrapPath drops the temporary file's name from an *os.PathError, which
// means nothing to the user.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
