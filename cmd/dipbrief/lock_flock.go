//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"errors"
	"os"
	"syscall"
)

// canLock: flock(2) serializes runs here, so a run holding the lock may
// clear what a killed one left.
const canLock = true

// tryLock takes an exclusive flock on path without waiting. The holder
// removes the file when it is done; a run that opened the old file just
// before that finds, once it holds the lock, that path names another file
// or none, and tries again, so two runs never both hold "the" lock.
//
// Taking the lock and remembering the file for a stop by a signal (see
// tempFiles) are one step, as are forgetting and removing it: a signal
// between the two would leave the lock file behind.
func tryLock(path string) (unlock func(), err error) {
	for {
		var f *os.File
		var retry bool
		err := pending.guard(func() (err error) {
			f, retry, err = lockOnce(path)
			if f != nil {
				pending.paths[path] = true
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		if !retry {
			return func() {
				pending.guard(func() error {
					delete(pending.paths, path)
					return os.Remove(path)
				})
				f.Close()
			}, nil
		}
	}
}

// lockOnce opens path and takes its flock, or says to try again when the
// file it locked is no longer the one path names. The file is opened
// without following a symbolic link (a link planted as .dipbrief.lock
// would make a run, as root, create its target anywhere) and refused
// unless it is a regular file.
func lockOnce(path string) (f *os.File, retry bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
	switch {
	case errors.Is(err, syscall.ELOOP):
		return nil, false, errNotLockFile{path, "a symbolic link"}
	case errors.Is(err, syscall.EISDIR):
		return nil, false, errNotLockFile{path, "a folder"}
	case err != nil:
		return nil, false, err
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, false, errNotLockFile{path, lockKind(st, err)}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, errLocked
		}
		return nil, false, err
	}
	held, err1 := f.Stat()
	named, err2 := os.Lstat(path)
	if err1 == nil && err2 == nil && os.SameFile(held, named) {
		return f, false, nil
	}
	f.Close()
	return nil, true, nil
}
