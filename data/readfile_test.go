package data

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadEveryKindOfFile: a dataset file that is not a regular file is
// refused as soon as it is opened, before a byte is read (a pipe would
// hang, a device never end); one over MaxFileSize is refused from its
// size, or once MaxFileSize bytes are read if it claims to be smaller.
func TestLoadEveryKindOfFile(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		mode   fs.FileMode
		data   string
		want   string
		notReg bool // the error is ErrNotRegular, not Diagnostics
	}{
		{"a named pipe as a year file", "2024.yaml", fs.ModeNamedPipe, "", "testdata/ok/2024.yaml: a named pipe, not a regular file", true},
		{"a device as the catalog", "metrics.yaml", fs.ModeDevice | fs.ModeCharDevice, "", "testdata/ok/metrics.yaml: a character device, not a regular file", true},
		{"a block device", "sources.yaml", fs.ModeDevice, "", "testdata/ok/sources.yaml: a device, not a regular file", true},
		{"a socket", "dataset.yaml", fs.ModeSocket, "", "testdata/ok/dataset.yaml: a socket, not a regular file", true},
		{"a folder named like a year file", "2024.yaml", fs.ModeDir, "", "testdata/ok/2024.yaml: a folder, not a regular file", true},
		{"a year file over 8 MiB", "2024.yaml", 0, strings.Repeat("#\n", 4<<20+1), "testdata/ok/2024.yaml: file is 8388610 bytes long; at most 8388608 (8 MiB)", false},
		{"exactly 8 MiB is read", "2024.yaml", 0, "year: 2024\n" + strings.Repeat("#", 8<<20-12) + "\n", "testdata/ok/2024.yaml:1:1: figures: no figures for 2024: a briefing needs at least one", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			fsys[tc.file] = &fstest.MapFile{Mode: tc.mode, Data: []byte(tc.data)}
			ds, err := Load(fsys, fixtureDir)
			if err == nil {
				_, err = ds.BriefFor(2024)
			}
			var diags Diagnostics
			switch {
			case err == nil || err.Error() != tc.want:
				t.Errorf("got %v, want %q", err, tc.want)
			case tc.notReg && !errors.Is(err, ErrNotRegular):
				t.Errorf("got %T %v, want an error wrapping ErrNotRegular", err, err)
			case !tc.notReg && !errors.As(err, &diags):
				t.Errorf("got %T %v, want Diagnostics", err, err)
			}
		})
	}
}

// liar is an fs.FS whose files say they are empty, as /proc files do, and
// hold more than MaxFileSize: the limit must hold while reading too.
type liar struct{ fstest.MapFS }

type liarFile struct {
	fs.File
	r io.Reader
}

func (f liarFile) Read(b []byte) (int, error) { return f.r.Read(b) }

type emptyInfo struct{ fs.FileInfo }

func (emptyInfo) Size() int64 { return 0 }

func (f liarFile) Stat() (fs.FileInfo, error) {
	st, err := f.File.Stat()
	return emptyInfo{st}, err
}

func (l liar) Open(name string) (fs.File, error) {
	f, err := l.MapFS.Open(name)
	if err != nil || name != "2024.yaml" {
		return f, err
	}
	return liarFile{f, strings.NewReader(strings.Repeat("#\n", 8<<20))}, nil
}

func TestLoadStopsReadingAtTheLimit(t *testing.T) {
	_, err := Load(liar{fixture(t)}, fixtureDir)
	want := "testdata/ok/2024.yaml: file is more than 8388608 bytes long; at most 8388608 (8 MiB)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestLoadRefusesMisnamedYearFiles: a year file saved as 2026.yml or
// 2026-draft.yaml would be skipped, and its year silently missing from
// every briefing; it is refused by name instead. Files that do not look
// like year files (README.md, notes.yaml) are left alone.
func TestLoadRefusesMisnamedYearFiles(t *testing.T) {
	msg := "not read: a year file is named YYYY.yaml (2026.yaml); rename it, or move it out of the dataset folder"
	for _, name := range []string{"2026.yml", "2026.YAML", "2026.Yaml", "2026-draft.yaml", "2026.yaml.yml", "20260.yaml", "2026 .yaml"} {
		t.Run(name, func(t *testing.T) {
			runBadCases(t, []badCase{{name, one(name, "", "year: 2026\n"), "testdata/ok/" + name + ": " + msg}})
		})
	}
	fsys := fixture(t)
	for _, name := range []string{"README.md", "notes.yaml", "2026.txt", "2026.yaml~", "v2026.yaml"} {
		fsys[name] = &fstest.MapFile{Data: []byte("not YAML: [")}
	}
	mustLoad(t, fsys)
}
