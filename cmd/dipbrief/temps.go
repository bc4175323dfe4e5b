package main

import (
	"errors"
	"os"
	"sync"
)

// tempFiles are the temporary files and folders a run has made and not
// yet renamed into place, and the lock files it holds, so that a run
// stopped by SIGTERM or SIGINT removes them before it exits instead of
// leaving them for the next run to sweep. Once stopped, no temporary is
// made or renamed any more: what was old stays old.
type tempFiles struct {
	mu      sync.Mutex
	paths   map[string]bool
	stopped bool
}

// pending is the process's one set of temporaries.
var pending = &tempFiles{paths: map[string]bool{}}

// errStopped is an operation refused because the run is being stopped.
var errStopped = errors.New("the run is being stopped")

// createTemp is os.CreateTemp, remembered.
func (t *tempFiles) createTemp(dir, pattern string) (*os.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return nil, errStopped
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		t.paths[f.Name()] = true
	}
	return f, err
}

// mkdirTemp is os.MkdirTemp, remembered.
func (t *tempFiles) mkdirTemp(dir, pattern string) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return "", errStopped
	}
	p, err := os.MkdirTemp(dir, pattern)
	if err == nil {
		t.paths[p] = true
	}
	return p, err
}

// guard runs f, a write into a temporary folder, unless the run is being
// stopped: a stop waits for it, so that no file is made in a folder after
// the stop removed it.
func (t *tempFiles) guard(f func() error) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return errStopped
	}
	return f()
}

// rename moves a temporary into place and forgets it; it is refused once
// the run is being stopped.
func (t *tempFiles) rename(tmp, path string) error {
	_, err := t.renameAll([]staged{{tmp: tmp, path: path}})
	return err
}

// renameAll moves every staged file into place, holding the set the whole
// time: a stop waits for the renames to end, so that a run stopped by a
// signal leaves all its files old or all new. It returns how many were
// renamed before an error, which stops it; none is once stopped.
func (t *tempFiles) renameAll(ss []staged) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return 0, errStopped
	}
	for i, s := range ss {
		if err := os.Rename(s.tmp, s.path); err != nil {
			return i, err
		}
		delete(t.paths, s.tmp)
	}
	return len(ss), nil
}

// remove deletes a temporary (a folder with what it holds) and forgets it.
func (t *tempFiles) remove(path string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	os.RemoveAll(path)
	delete(t.paths, path)
}

// stop removes every temporary and refuses any further one or rename.
func (t *tempFiles) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	for p := range t.paths {
		os.RemoveAll(p)
	}
	clear(t.paths)
}
