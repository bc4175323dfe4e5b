//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestEveryKindOfInputFile puts in a dataset's place each kind of file an
// analyst's folder can hold by mistake. Each must be refused at once (a
// pipe or a device is never read, a huge file never read whole), with one
// line naming the file, the documented status and nothing written; and
// validate must say the same.
func TestEveryKindOfInputFile(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) // breaks a copy of the embedded dataset
		code  int
		want  string // stderr after "dipbrief: ", with <dir> for the data folder
	}{
		{"a named pipe as a year file", func(t *testing.T, dir string) {
			replace(t, dir, "2024.yaml", func(p string) error { return syscall.Mkfifo(p, 0o644) })
		}, exitNoInput, "<dir>/2024.yaml: a named pipe, not a regular file"},
		{"a link to /dev/zero as a year file", func(t *testing.T, dir string) {
			replace(t, dir, "2024.yaml", func(p string) error { return os.Symlink("/dev/zero", p) })
		}, exitNoInput, "<dir>/2024.yaml: a character device, not a regular file"},
		{"a socket as the catalog", func(t *testing.T, dir string) {
			replace(t, dir, "metrics.yaml", func(p string) error {
				l, err := net.Listen("unix", p)
				if err == nil {
					t.Cleanup(func() { l.Close() })
				}
				return err
			})
		}, exitNoInput, "<dir>/metrics.yaml: a socket, not a regular file"},
		{"a 20 GB sparse year file", func(t *testing.T, dir string) {
			replace(t, dir, "2024.yaml", func(p string) error {
				f, err := os.Create(p)
				if err != nil {
					return err
				}
				defer f.Close()
				return f.Truncate(20 << 30)
			})
		}, exitDataErr, "the dataset has 1 problem:\n<dir>/2024.yaml: file is 21474836480 bytes long; at most 8388608 (8 MiB)"},
		{"a link that loops", func(t *testing.T, dir string) {
			replace(t, dir, "2024.yaml", func(p string) error { return os.Symlink("2024.yaml", p) })
		}, exitNoInput, "<dir>/2024.yaml: too many levels of symbolic links"},
		{"a link to nothing", func(t *testing.T, dir string) {
			replace(t, dir, "sources.yaml", func(p string) error { return os.Symlink("gone.yaml", p) })
		}, exitNoInput, "<dir>/sources.yaml: file does not exist"},
		{"dataset.yaml a folder", func(t *testing.T, dir string) {
			replace(t, dir, "dataset.yaml", func(p string) error { return os.Mkdir(p, 0o755) })
		}, exitNoInput, "<dir>/dataset.yaml: a folder, not a regular file"},
		{"a year file a folder", func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "2026.yaml"), 0o755)
		}, exitNoInput, "<dir>/2026.yaml: a folder, not a regular file"},
		{"a year file saved as .yml", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "2026.yml"), "year: 2026\n")
		}, exitDataErr, "the dataset has 1 problem:\n<dir>/2026.yml: not read: a year file is named YYYY.yaml (2026.yaml); rename it, or move it out of the dataset folder"},
		{"a draft year file", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "2026-draft.yaml"), "year: 2026\n")
		}, exitDataErr, "the dataset has 1 problem:\n<dir>/2026-draft.yaml: not read: a year file is named YYYY.yaml (2026.yaml); rename it, or move it out of the dataset folder"},
		{"an unreadable year file", func(t *testing.T, dir string) {
			if os.Geteuid() == 0 {
				t.Skip("root reads a file whatever its permissions")
			}
			os.Chmod(filepath.Join(dir, "2024.yaml"), 0)
		}, exitNoInput, "<dir>/2024.yaml: permission denied"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyEmbedded(t)
			tc.setup(t, dir)
			want := "dipbrief: " + strings.ReplaceAll(tc.want, "<dir>", dir) + "\n"
			refused(t, dir, tc.code, want)
			if v := runCmd(t, nil, "validate", "--data", dir); v.code != tc.code || v.stderr != want {
				t.Errorf("validate: exit %d, stderr %q; want %d and the same line as generate", v.code, v.stderr, tc.code)
			}
		})
	}
}

// replace puts something else in place of a dataset file.
func replace(t *testing.T, dir, name string, make func(path string) error) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	if err := make(p); err != nil {
		t.Skipf("cannot make %s here: %v", name, err)
	}
}

// TestEveryKindOfOutputPath: --out naming a pipe, a device or a socket is
// refused before the data is read (a pipe would wait for a reader for
// ever, and a rename would replace the device); the thing stays as it was.
// --out - writes the PDF to stdout and no file.
func TestEveryKindOfOutputPath(t *testing.T) {
	tests := []struct {
		name string
		path func(t *testing.T) string
		kind string
	}{
		{"a named pipe", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "brief.pdf")
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			return p
		}, "a named pipe"},
		{"/dev/null", func(t *testing.T) string { return "/dev/null" }, "a character device"},
		{"a socket", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "brief.pdf")
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Skipf("listen: %v", err)
			}
			t.Cleanup(func() { l.Close() })
			return p
		}, "a socket"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.path(t)
			before, err := os.Stat(p)
			if err != nil {
				t.Skipf("%s: %v", p, err)
			}
			for _, args := range [][]string{{"generate", "--out", p}, {"generate", "--data", "/nonexistent", "--out", p},
				{"mail", "--eml", p, "--from", "a@example.org", "--to", "b@example.org"}} {
				res := runCmd(t, nil, args...)
				want := "dipbrief: cannot write " + p + ": it is " + tc.kind + ", not a file or a folder (give - to write to stdout)\n"
				if res.code != exitCantCreate || res.stderr != want || res.stdout != "" {
					t.Errorf("%s: exit %d, stdout %q, stderr %q; want 73 and %q", args[0], res.code, res.stdout, res.stderr, want)
				}
			}
			if after, err := os.Stat(p); err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s was %v, and after the refused runs %v (%v)", p, before.Mode(), after.Mode(), err)
			}
			if dir := filepath.Dir(p); dir != "/dev" {
				if got := files(t, dir); len(got) != 1 {
					t.Errorf("the folder holds %v, want %s alone", got, filepath.Base(p))
				}
			}
		})
	}
}

func TestOutDashWritesToStdout(t *testing.T) {
	file := filepath.Join(t.TempDir(), "brief.pdf")
	if res := runCmd(t, nil, "generate", "--out", file); res.code != 0 {
		t.Fatalf("generate --out FILE: %+v", res)
	}
	want, _ := os.ReadFile(file)
	res := runCmd(t, nil, "generate", "--out", "-")
	if res.code != 0 || res.stderr != "" || res.stdout != string(want) {
		t.Errorf("exit %d, stderr %q, %d bytes on stdout; want 0, nothing and the %d bytes of --out FILE", res.code, res.stderr, len(res.stdout), len(want))
	}
	if _, err := os.Lstat("-"); err == nil {
		os.Remove("-")
		t.Errorf("--out - wrote a file named -")
	}
	for _, flag := range []string{"--lang", "--year"} {
		res := runCmd(t, nil, "generate", flag, "all", "--out", "-")
		if res.code != exitUsage || res.stdout != "" {
			t.Errorf("%s all --out -: exit %d, %d bytes on stdout; want 64 and nothing", flag, res.code, len(res.stdout))
		}
	}
}

// TestAnOutputThatIsALink: a link to a file is written through, the file
// replaced and the link left as it was; a link into /dev (/dev/stdout,
// whatever stdout is now) and a link to nothing are refused with 73, and
// nothing is replaced.
func TestAnOutputThatIsALink(t *testing.T) {
	dir := t.TempDir()
	real, link := filepath.Join(dir, "2025.pdf"), filepath.Join(dir, "latest.pdf")
	if err := os.WriteFile(real, []byte("an older briefing"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("2025.pdf", link); err != nil {
		t.Skipf("symlink: %v", err)
	}
	if res := runCmd(t, nil, "generate", "--out", link); res.code != 0 {
		t.Fatalf("generate --out a link to a file: %+v", res)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st.Mode(), err)
	}
	if b, _ := os.ReadFile(real); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("the file the link leads to holds %.20q, want the briefing", b)
	}
	dangling := filepath.Join(dir, "gone.pdf")
	os.Symlink("nowhere.pdf", dangling)
	for _, p := range []string{"/dev/stdout", dangling} {
		if _, err := os.Lstat(p); err != nil {
			continue
		}
		res := runCmd(t, nil, "generate", "--out", p)
		if res.code != exitCantCreate || !strings.Contains(res.stderr, "cannot write "+p+": it is a link") {
			t.Errorf("--out %s: exit %d, stderr %q; want 73 naming the link", p, res.code, res.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere.pdf")); err == nil {
		t.Error("a run made the file a dangling link names")
	}
}
