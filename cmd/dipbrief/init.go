package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dipbrief/dipbrief/data"
	"github.com/spf13/cobra"
)

func newInitCmd(e *env, runF func(dir string) error) *cobra.Command {
	return &cobra.Command{
		Use:   "init DIR",
		Short: "Write an editable copy of the embedded dataset to DIR",
		Long: "Write an editable copy of the embedded dataset to DIR, a folder that must not exist yet.\n" +
			"Edit it, then point --data at it.",
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			if runF != nil {
				return runF(args[0])
			}
			return initRun(e, args[0])
		},
	}
}

// initRun copies the embedded dataset into a new folder. The copy is made
// in a temporary folder beside dir and renamed into place, so a failed run
// leaves nothing, and an existing folder is never touched.
func initRun(e *env, dir string) error {
	if _, err := os.Lstat(dir); err == nil {
		return outputError{fmt.Errorf("%s already exists: init writes a new folder and never overwrites one", dir)}
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := pending.mkdirTemp(parent, "."+filepath.Base(dir)+".tmp-*")
	if err != nil {
		return outputError{fmt.Errorf("cannot create %s: %w", dir, unwrapPath(err))}
	}
	n, err := copyFS(tmp, data.Embedded())
	if err != nil {
		pending.remove(tmp)
		return outputError{fmt.Errorf("cannot create %s: %w", dir, unwrapPath(err))}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		pending.remove(tmp)
		return outputError{fmt.Errorf("cannot create %s: %w", dir, unwrapPath(err))}
	}
	if err := pending.rename(tmp, dir); err != nil {
		pending.remove(tmp)
		return outputError{fmt.Errorf("cannot create %s: %w", dir, unwrapPath(err))}
	}
	e.logger().Info("wrote", "folder", dir, "files", n)
	return nil
}

// copyFS copies src into dst and says how many files it wrote. Not
// os.CopyFS: each file is made through pending.guard, so that a signal that
// stops the run can remove the folder with nothing written into it after.
func copyFS(dst string, src fs.FS) (n int, err error) {
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return pending.guard(func() error { return os.MkdirAll(target, 0o755) })
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		n++
		return pending.guard(func() error { return os.WriteFile(target, b, 0o644) })
	})
	return n, err
}
