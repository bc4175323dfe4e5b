package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// outFile is one file a run writes.
type outFile struct {
	path string
	data []byte
}

// writeOutputs writes a run's files all or nothing, each folder under its
// lock. A file that already holds the same bytes is left alone, mtime and
// all, so a cron job that runs again changes nothing and a sync or a build
// tool sees no new file. Every other file is first written in full to a
// temporary beside it; only when all are complete are they renamed into
// place, one after the other. If any cannot be written, every temporary is
// removed and every old file stays as it was.
func writeOutputs(e *env, outs []outFile) error {
	if len(outs) == 1 && outs[0].path == "-" {
		if _, err := e.stdout.Write(outs[0].data); err != nil {
			return outputError{fmt.Errorf("cannot write to stdout: %w", err)}
		}
		return nil
	}
	if p, dup := duplicate(outs); dup {
		return fmt.Errorf("cannot write %s: the run would write two files by that name; nothing was written", p)
	}
	unlock, err := lockOutputs(e, outs)
	if err != nil {
		return err
	}
	defer unlock()
	var ss []staged
	for _, o := range outs {
		sweepTemps(o.path)
		if unchanged(o.path, o.data) {
			e.logger().Info("unchanged", "file", o.path)
			continue
		}
		s, err := stage(o)
		if err != nil {
			discard(ss)
			return err
		}
		ss = append(ss, s)
	}
	if err := commit(ss); err != nil {
		return err
	}
	for _, s := range ss {
		e.logger().Info("wrote", "file", s.path, "bytes", s.size)
	}
	return nil
}

// duplicate finds a path given twice (two chart ids that differ only in
// characters a file name does not keep): the second would replace the first.
func duplicate(outs []outFile) (string, bool) {
	seen := map[string]bool{}
	for _, o := range outs {
		p := filepath.Clean(o.path)
		if seen[p] {
			return o.path, true
		}
		seen[p] = true
	}
	return "", false
}

// lockOutputs takes the lock of every folder written to, in name order so
// that two runs writing to the same folders cannot each wait on the other.
func lockOutputs(e *env, outs []outFile) (unlock func(), err error) {
	first := map[string]string{} // folder -> the first file written there, to name in errors
	var dirs []string
	for _, o := range outs {
		dir := filepath.Dir(o.path)
		if _, ok := first[dir]; !ok {
			first[dir] = o.path
			dirs = append(dirs, dir)
		}
	}
	slices.Sort(dirs)
	var unlocks []func()
	release := func() {
		for i := len(unlocks) - 1; i >= 0; i-- {
			unlocks[i]()
		}
	}
	for _, dir := range dirs {
		u, err := lockDir(e, dir, first[dir])
		if err != nil {
			release()
			return nil, err
		}
		unlocks = append(unlocks, u)
	}
	return release, nil
}

// unchanged reports whether path is a regular file holding b already. Its
// size is compared first, so a huge file in the way is not read.
func unchanged(path string, b []byte) bool {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(b)) {
		return false
	}
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, b)
}

// sweepTemps removes the temporary files a killed run left beside path.
// Only a run holding the folder's lock may do this: no other run can be
// writing them.
func sweepTemps(path string) {
	if !canLock {
		return
	}
	dir, prefix := filepath.Dir(path), "."+filepath.Base(path)+".tmp-"
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, ent := range ents {
		if strings.HasPrefix(ent.Name(), prefix) && ent.Type().IsRegular() {
			os.Remove(filepath.Join(dir, ent.Name()))
		}
	}
}

// outKind is what --out names, the one rule for it: nothing (the current
// folder), an existing folder, a folder still to be made (a path ending
// in a separator, which a run refuses), or a file.
type outKind int

const (
	outCurrent outKind = iota
	outIsFolder
	outNoFolder
	outIsFile
)

func outTarget(out string) outKind {
	switch {
	case out == "":
		return outCurrent
	case isDir(out):
		return outIsFolder
	case strings.HasSuffix(out, string(os.PathSeparator)):
		return outNoFolder
	}
	return outIsFile
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
