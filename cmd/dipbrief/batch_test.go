package main

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestAFailedBatchLeavesEveryOldFile runs each command that writes several
// files into a folder holding last year's copy of every one, with the
// last file the run writes made impossible to write: a folder in its way,
// or a disk too full for the whole set. The run must exit 73 with one line
// naming that file, and leave every old file as it was and no temporary.
func TestAFailedBatchLeavesEveryOldFile(t *testing.T) {
	tests := []struct {
		name   string
		args   []string // the command, without --out
		folder func(t *testing.T) string
		block  bool   // put a folder in the last file's place
		reason string // after "cannot write <path>: "
	}{
		{"generate --year all --lang all, the last file a folder", []string{"generate", "--year", "all", "--lang", "all"},
			func(t *testing.T) string { return t.TempDir() }, true, "it is a folder"},
		{"charts --lang all, the last image a folder", []string{"charts", "--format", "png", "--lang", "all"},
			func(t *testing.T) string { return t.TempDir() }, true, "it is a folder"},
		{"generate --lang all on a full disk", []string{"generate", "--lang", "all"},
			func(t *testing.T) string { return mounted(t, "size=200k") }, false, "no space left on device"},
		{"charts --lang all on a full disk", []string{"charts", "--format", "png", "--lang", "all"},
			func(t *testing.T) string { return mounted(t, "size=128k") }, false, "no space left on device"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			names := writtenBy(t, tc.args)
			dir := tc.folder(t)
			for _, n := range names[:len(names)-1] {
				writeFile(t, filepath.Join(dir, n), "last year's "+n)
			}
			last := filepath.Join(dir, names[len(names)-1])
			if tc.block {
				os.Mkdir(last, 0o755)
			} else {
				writeFile(t, last, "last year's")
			}
			before := contents(t, dir)
			res := runCmd(t, nil, append(tc.args, "--out", dir)...)
			want := "dipbrief: cannot write "
			if res.code != exitCantCreate || !strings.HasPrefix(res.stderr, want) || !strings.Contains(res.stderr, tc.reason+"\n") || strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 73 and one line %q…%q", res.code, res.stderr, want, tc.reason)
			}
			if tc.block && res.stderr != want+last+": "+tc.reason+"\n" {
				t.Errorf("stderr %q; want it to name %s", res.stderr, last)
			}
			if after := contents(t, dir); !maps.Equal(after, before) {
				t.Errorf("the failed run changed the folder: %d files before, %d after, or their bytes", len(before), len(after))
			}
		})
	}
}

// writtenBy lists the files a command writes, in the order it writes
// them, from -v on a run into an empty folder.
func writtenBy(t *testing.T, args []string) []string {
	t.Helper()
	res := runCmd(t, nil, append(args, "--out", t.TempDir(), "-v")...)
	if res.code != 0 {
		t.Fatalf("%s: %+v", strings.Join(args, " "), res)
	}
	var names []string
	for _, m := range regexp.MustCompile(`msg=wrote file=(\S+)`).FindAllStringSubmatch(res.stderr, -1) {
		names = append(names, filepath.Base(m[1]))
	}
	if len(names) < 2 {
		t.Fatalf("%s wrote %v, want several files", strings.Join(args, " "), names)
	}
	return names
}

// mounted is an empty tmpfs of the given options, where mounting is allowed.
func mounted(t *testing.T, opts string) string {
	dir := t.TempDir()
	mount(t, dir, opts, "a full disk is a small tmpfs")
	return dir
}

// TestTwoOutputsOfOneNameWriteNothing: two chart ids that differ only in
// characters a file name does not keep ("a b", "a-b") would make one file
// replace the other; the run refuses before writing either.
func TestTwoOutputsOfOneNameWriteNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dipbrief-VN-2025-vi-a-b.png")
	err := writeOutputs(&env{}, []outFile{{path: p, data: []byte("a b")}, {path: dir + "/./" + filepath.Base(p), data: []byte("a-b")}})
	want := "cannot write " + dir + "/./dipbrief-VN-2025-vi-a-b.png: the run would write two files by that name; nothing was written"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	if got := files(t, dir); len(got) != 0 {
		t.Errorf("the refused run wrote %v", got)
	}
}
