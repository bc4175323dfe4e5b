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
// The file is opened without following a symbolic link (a link planted as
// .dipbrief.lock would make a run, as root, create its target anywhere)
// and refused unless it is a regular file.
func tryLock(path string) (unlock func(), err error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
		switch {
		case errors.Is(err, syscall.ELOOP):
			return nil, errNotLockFile{path, "a symbolic link"}
		case errors.Is(err, syscall.EISDIR):
			return nil, errNotLockFile{path, "a folder"}
		}
		if err != nil {
			return nil, err
		}
		if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
			f.Close()
			return nil, errNotLockFile{path, lockKind(st, err)}
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, errLocked
			}
			return nil, err
		}
		held, err1 := f.Stat()
		named, err2 := os.Lstat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, named) {
			pending.add(path) // a run stopped by a signal removes it too
			return func() {
				pending.forget(path)
				os.Remove(path)
				f.Close()
			}, nil
		}
		f.Close()
	}
}
