//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestALockThatIsNotAFileIsRefused plants something other than a lock
// file as .dipbrief.lock in the output folder. The run must not follow a
// link (as root it would create the target anywhere), must exit 73 with
// one line naming the lock, and must write nothing.
func TestALockThatIsNotAFileIsRefused(t *testing.T) {
	tests := []struct {
		name  string
		plant func(t *testing.T, lock, elsewhere string)
		kind  string
	}{
		{"a link to a file that does not exist", func(t *testing.T, lock, elsewhere string) {
			os.Symlink(filepath.Join(elsewhere, "created-by-dipbrief"), lock)
		}, "a symbolic link"},
		{"a link to an existing file", func(t *testing.T, lock, elsewhere string) {
			writeFile(t, filepath.Join(elsewhere, "created-by-dipbrief"), "someone's file")
			os.Symlink(filepath.Join(elsewhere, "created-by-dipbrief"), lock)
		}, "a symbolic link"},
		{"a folder", func(t *testing.T, lock, _ string) { os.Mkdir(lock, 0o755) }, "a folder"},
		{"a named pipe", func(t *testing.T, lock, _ string) {
			if err := syscall.Mkfifo(lock, 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
		}, "a named pipe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, elsewhere := t.TempDir(), t.TempDir()
			lock := filepath.Join(out, lockName)
			tc.plant(t, lock, elsewhere)
			before, beforeElsewhere := files(t, out), contents(t, elsewhere) // a pipe's contents cannot be read
			res := runCmd(t, nil, "generate", "--out", out)
			want := "dipbrief: cannot write " + filepath.Join(out, "dipbrief-VN-2025-vi.pdf") + ": " + lock + " is " + tc.kind +
				", not a lock file: remove it if no dipbrief run is writing there\n"
			if res.code != exitCantCreate || res.stderr != want {
				t.Errorf("exit %d, stderr %q; want 73 and %q", res.code, res.stderr, want)
			}
			if after := files(t, out); !slices.Equal(after, before) {
				t.Errorf("the output folder held %v, and after the refused run %v", before, after)
			}
			if after := contents(t, elsewhere); len(after) != len(beforeElsewhere) || after["created-by-dipbrief"] != beforeElsewhere["created-by-dipbrief"] {
				t.Errorf("the run changed the link's folder: %v", after)
			}
		})
	}
}

// TestControlCharactersInPathsAreEscaped: a folder name holding a newline
// or an escape sequence reaches stderr escaped, on one line, so it can
// neither forge a second error line nor colour the terminal.
func TestControlCharactersInPathsAreEscaped(t *testing.T) {
	base := t.TempDir()
	tests := []struct{ name, dir, shown string }{
		{"a newline forging a line", "x\ndipbrief: all is well", `x\ndipbrief: all is well`},
		{"an escape sequence", "\x1b[31mred", `\x1b[31mred`},
		{"a right-to-left override", "a\u202Eb", `a\u202eb`},
		{"a byte that is not UTF-8", "a\xffb", `a\xffb`},
		{"Vietnamese and Chinese stay as they are", "dữ liệu 数据", "dữ liệu 数据"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runCmd(t, nil, "generate", "--data", filepath.Join(base, tc.dir))
			shown := filepath.Join(base, tc.shown)
			want := "dipbrief: dataset folder " + shown + ": stat " + shown + ": no such file or directory\n"
			if res.code != exitNoInput || res.stderr != want {
				t.Errorf("exit %d, stderr %q; want 66 and %q", res.code, res.stderr, want)
			}
		})
	}
	t.Run("in a dataset's problems", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a\nb")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Skip(err)
		}
		writeFile(t, filepath.Join(dir, "dataset.yaml"), "")
		writeFile(t, filepath.Join(dir, "metrics.yaml"), "")
		writeFile(t, filepath.Join(dir, "sources.yaml"), "")
		writeFile(t, filepath.Join(dir, "2024.yaml"), "year: 2024\n")
		res := runCmd(t, nil, "validate", "--data", dir)
		if res.code != exitDataErr || strings.Count(res.stderr, "\n") != 9 || strings.Count(res.stderr, `a\nb/`) != 8 {
			t.Errorf("exit %d, stderr\n%s\nwant 65 and 8 problems, one a line, each naming the folder as a\\nb", res.code, res.stderr)
		}
	})
}
