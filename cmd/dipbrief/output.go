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

// writeOutputs writes a run's files, each folder under its lock. A file
// that already holds the same bytes is left alone, mtime and all, so a
// cron job that runs again changes nothing and a sync or a build tool sees
// no new file. The others are written atomically (writeFileAtomic), so a
// run killed at any moment leaves each file old or new, never cut short.
func writeOutputs(e *env, outs []outFile) error {
	unlock, err := lockOutputs(e, outs)
	if err != nil {
		return err
	}
	defer unlock()
	for _, o := range outs {
		if o.path == "-" {
			if _, err := e.stdout.Write(o.data); err != nil {
				return outputError{fmt.Errorf("cannot write to stdout: %w", err)}
			}
			continue
		}
		sweepTemps(o.path)
		if unchanged(o.path, o.data) {
			e.logger().Info("unchanged", "file", o.path)
			continue
		}
		if err := writeFileAtomic(o.path, o.data); err != nil {
			return err
		}
		e.logger().Info("wrote", "file", o.path, "bytes", len(o.data))
	}
	return nil
}

// lockOutputs takes the lock of every folder written to, in name order so
// that two runs writing to the same folders cannot each wait on the other.
func lockOutputs(e *env, outs []outFile) (unlock func(), err error) {
	first := map[string]string{} // folder -> the first file written there, to name in errors
	var dirs []string
	for _, o := range outs {
		if o.path == "-" {
			continue
		}
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
