package main

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileDataIsRefusedWithItsPlace extends
// TestBadDataGetsItsFileLineAndExit65 with the rest of the bad inputs a
// cron job may meet: each breaks a copy of the embedded dataset in one
// place, and generate must exit 65 with exactly the one line naming file,
// line, column and field, write nothing, and agree with validate.
func TestHostileDataIsRefusedWithItsPlace(t *testing.T) {
	oneMB := strings.Repeat("21 chuyến thăm ", 70_000)
	tests := []struct {
		name, file, old, new string
		want                 string // the problem line, after the data folder
	}{
		{"duplicate metric id", "metrics.yaml", "metrics:\n", "metrics:\n  - {id: visits_abroad, unit: count, group: activity, label: {vi: a, en: b, zh: c}}\n",
			`metrics.yaml:12:9: metrics[1].id: duplicate metric id "visits_abroad"`},
		{"duplicate source id", "sources.yaml", "sources:\n", "sources:\n  - {id: danviet-2024-01-11, publisher: P, title: T, language: vi}\n",
			`sources.yaml:11:9: sources[1].id: duplicate source id "danviet-2024-01-11"`},
		{"citation without evidence", "2024.yaml", `evidence: "21 chuyến thăm tới các nước"`, `evidence: ""`,
			`2024.yaml:12:19: figures[0].cite[0].evidence: missing`},
		{"impossible date", "2024.yaml", `date: "2024-03-07"`, `date: "2024-13-01"`,
			`2024.yaml:269:11: events[0].date: date "2024-13-01" has no month 13`},
		{"NaN", "2024.yaml", "value: 59", "value: .nan",
			`2024.yaml:23:12: figures[2].value: NaN is not a finite number`},
		{"infinite value", "2024.yaml", "value: 59", "value: -.inf",
			`2024.yaml:23:12: figures[2].value: -Inf is not a finite number`},
		{"absurdly large value", "2024.yaml", "value: 59", "value: 59e12",
			`2024.yaml:23:12: figures[2].value: value 5.9e+13 is absurd (over 1e9)`},
		{"a 1 MB string", "2024.yaml", `evidence: "21 chuyến thăm tới các nước"`, `evidence: "` + oneMB + `"`,
			`2024.yaml:12:19: figures[0].cite[0].evidence: text is 1260000 bytes long; at most 10000`},
		{"control character", "2024.yaml", "Việt Nam và Australia nâng quan hệ lên Đối tác chiến lược toàn diện.", `"Việt Nam và\e[1m Australia nâng quan hệ lên Đối tác chiến lược toàn diện."`,
			`2024.yaml:277:11: events[0].summary.vi: control character U+001B in text`},
		{"right-to-left override", "metrics.yaml", "Visits abroad by top leaders", "Visits abroad by \u202Esredael pot",
			`metrics.yaml:17:11: metrics[0].label.en: bidirectional control character U+202E in text`},
		{"wrong type", "dataset.yaml", "code: VN", "code: [VN]",
			`dataset.yaml:5:9: country.code: want text, got a list`},
		{"year out of range", "2101.yaml", "", "year: 2101\n",
			`2101.yaml:1:7: year: year 2101 is outside 1900-2100`},
		{"octal in YAML 1.1", "2024.yaml", "value: 59", "value: 059",
			`2024.yaml:23:12: figures[2].value: number 059 has a leading zero: write it without`},
		{"a leading zero read as octal", "2024.yaml", "value: 59", "value: 021",
			`2024.yaml:23:12: figures[2].value: number 021 has a leading zero, which makes it octal (17) in YAML 1.1: write it without`},
		{"hexadecimal", "2024.yaml", "value: 59", "value: 0x15",
			`2024.yaml:23:12: figures[2].value: number 0x15 is hexadecimal (21): write it in plain decimals`},
		{"underscore", "2024.yaml", "value: 59", "value: 1_21",
			`2024.yaml:23:12: figures[2].value: number 1_21 has an underscore, and is read as 121: write it without`},
		{"the Norway problem", "dataset.yaml", "code: VN", "code: NO",
			`dataset.yaml:5:9: country.code: NO is false in YAML 1.1 and text in YAML 1.2: quote it ("NO") to keep it text`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyEmbedded(t)
			if tc.old == "" {
				writeFile(t, filepath.Join(dir, tc.file), tc.new)
			} else {
				breakFile(t, dir, tc.file, tc.old, tc.new)
			}
			want := "dipbrief: the dataset has 1 problem:\n" + filepath.Join(dir, tc.want) + "\n"
			refused(t, dir, exitDataErr, want)
			if v := runCmd(t, nil, "validate", "--data", dir); v.code != exitDataErr || v.stderr != want {
				t.Errorf("validate: exit %d, stderr %q; want 65 and the same report as generate", v.code, v.stderr)
			}
		})
	}
}

// refused runs generate on dir into an empty folder and checks the exit
// status, the whole of stderr, and that nothing was written.
func refused(t *testing.T, dir string, code int, stderr string) {
	t.Helper()
	out := t.TempDir()
	res := runCmd(t, nil, "generate", "--data", dir, "--out", out)
	if res.code != code || res.stderr != stderr || res.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr\n%s\nwant %d and stderr\n%s", res.code, res.stdout, res.stderr, code, stderr)
	}
	if got := files(t, out); len(got) != 0 {
		t.Errorf("a refused run left %v in the output folder", got)
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEmptyAndMissingDatasets: a folder of empty files says what each one
// lacks (65); a folder without the files, or a file given as the folder,
// is missing input (66).
func TestEmptyAndMissingDatasets(t *testing.T) {
	empty := t.TempDir()
	for _, name := range []string{"dataset.yaml", "metrics.yaml", "sources.yaml", "2024.yaml"} {
		writeFile(t, filepath.Join(empty, name), "")
	}
	p := func(dir, rest string) string { return filepath.Join(dir, rest) + "\n" }
	refused(t, empty, exitDataErr, "dipbrief: the dataset has 9 problems:\n"+
		p(empty, "2024.yaml:1:1: year: missing")+
		p(empty, `dataset.yaml:1:1: as_of: missing: the edition date`)+
		p(empty, `dataset.yaml:1:1: country.code: "" is not an ISO 3166-1 alpha-2 code (like VN)`)+
		p(empty, "dataset.yaml:1:1: country.name: missing")+
		p(empty, "dataset.yaml:1:1: languages: missing: list the languages every text carries")+
		p(empty, "dataset.yaml:1:1: publisher: missing")+
		p(empty, "dataset.yaml:1:1: title: missing")+
		p(empty, "metrics.yaml:1:1: metrics: empty catalog: list at least one metric")+
		p(empty, "sources.yaml:1:1: sources: no sources: list at least one"))

	none := t.TempDir()
	refused(t, none, exitNoInput, "dipbrief: "+p(none, "dataset.yaml: file does not exist"))

	noMetrics := copyEmbedded(t)
	os.Remove(filepath.Join(noMetrics, "metrics.yaml"))
	refused(t, noMetrics, exitNoInput, "dipbrief: "+p(noMetrics, "metrics.yaml: file does not exist"))

	file := filepath.Join(noMetrics, "dataset.yaml")
	refused(t, file, exitNoInput, "dipbrief: dataset folder "+file+" is not a folder\n")
}

// TestAYearWithoutFiguresIsNotBriefed: a year file with events only would
// make a briefing of an empty table, so generate refuses that year, and
// validate (which assembles every year) the dataset, naming the place to
// add figures; the other years are still briefed.
func TestAYearWithoutFiguresIsNotBriefed(t *testing.T) {
	dir := copyEmbedded(t)
	writeFile(t, filepath.Join(dir, "2026.yaml"), "year: 2026\nevents: []\n")
	want := "dipbrief: the dataset has 1 problem:\n" +
		filepath.Join(dir, "2026.yaml") + ":1:1: figures: no figures for 2026: a briefing needs at least one\n"
	if v := runCmd(t, nil, "validate", "--data", dir); v.code != exitDataErr || v.stderr != want {
		t.Errorf("validate: exit %d, stderr %q; want 65 and %q", v.code, v.stderr, want)
	}
	refused(t, dir, exitDataErr, want)
	out := t.TempDir()
	if res := runCmd(t, nil, "generate", "--data", dir, "--year", "2025", "--out", out); res.code != 0 {
		t.Errorf("the year before, with figures: %+v", res)
	}
}

// TestWindowsFilesMakeTheSameBriefing saves every file of the dataset as a
// Windows editor does, with a byte-order mark and CRLF line ends: that must
// simply work, byte for byte as the original.
func TestWindowsFilesMakeTheSameBriefing(t *testing.T) {
	unix, windows := copyEmbedded(t), copyEmbedded(t)
	names := files(t, windows)
	for _, name := range names {
		p := filepath.Join(windows, name)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, p, "\uFEFF"+strings.ReplaceAll(string(b), "\n", "\r\n"))
	}
	var pdfs [2][]byte
	for i, dir := range []string{unix, windows} {
		out := filepath.Join(t.TempDir(), "brief.pdf")
		if res := runCmd(t, nil, "generate", "--data", dir, "--out", out); res.code != 0 || res.stderr != "" {
			t.Fatalf("generate: %+v", res)
		}
		pdfs[i], _ = os.ReadFile(out)
	}
	if len(pdfs[0]) == 0 || !bytes.Equal(pdfs[0], pdfs[1]) {
		t.Errorf("the Windows copy gives %d bytes, unlike the original's %d", len(pdfs[1]), len(pdfs[0]))
	}
}

// TestANoteOnSeveralLinesIsSetAsWritten gives a note a second line that
// starts with a negative number, which the line breaker once joined to the
// first (a line feed then reached a font, and a valid dataset failed).
func TestANoteOnSeveralLinesIsSetAsWritten(t *testing.T) {
	dir := copyEmbedded(t)
	breakFile(t, dir, "2025.yaml", "      en: The briefing uses the exact 37; “nearly 40” is a rounding.",
		"      en: |-\n        The briefing uses the exact 37.\n        -3 on the rounded figure of 40.")
	if res := runCmd(t, nil, "validate", "--data", dir); res.code != 0 {
		t.Fatalf("validate: %+v", res)
	}
	out := filepath.Join(t.TempDir(), "brief.pdf")
	if res := runCmd(t, nil, "generate", "--data", dir, "--lang", "en", "--out", out); res.code != 0 || res.stderr != "" {
		t.Fatalf("generate: %+v", res)
	}
	text := output(t, "pdftotext", "-raw", out, "-")
	if want := "exact 37.\n-3 on the rounded figure of 40."; !strings.Contains(text, want) {
		t.Errorf("the notes lack %q, a line break before the -3", want)
	}
}

// TestUnwritableOutputIsExit73 tries every way the output can fail to be
// written: a folder in the way of the file, a read-only folder, a full
// device and a full disk. Each exits 73 with one line naming the file and
// the reason, leaves no temporary file behind, and leaves what was there.
func TestUnwritableOutputIsExit73(t *testing.T) {
	const name = "dipbrief-VN-2025-vi.pdf"
	tests := []struct {
		name   string
		folder func(t *testing.T) string // where the default name is written
		reason string
	}{
		{"the file's name is a folder", func(t *testing.T) string {
			dir := t.TempDir()
			os.Mkdir(filepath.Join(dir, name), 0o755)
			return dir
		}, "it is a folder"},
		{"a read-only folder", readOnlyFolder, map[bool]string{true: "read-only file system", false: "permission denied"}[os.Geteuid() == 0]},
		{"a full disk", fullDisk, "no space left on device"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tc.folder(t)
			before := contents(t, dir)
			res := runCmd(t, nil, "generate", "--out", dir)
			want := "dipbrief: cannot write " + filepath.Join(dir, name) + ": " + tc.reason
			if res.code != exitCantCreate || !strings.HasPrefix(res.stderr, want) || strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 73 and one line %q…", res.code, res.stderr, want)
			}
			if after := contents(t, dir); !maps.Equal(after, before) {
				t.Errorf("the folder held %v, and after the failed run %v", before, after)
			}
		})
	}
	t.Run("/dev/full", func(t *testing.T) {
		st, err := os.Stat("/dev/full")
		if err != nil {
			t.Skip("/dev/full is not available on this system")
		}
		res := runCmd(t, nil, "generate", "--out", "/dev/full")
		if want := "dipbrief: cannot write /dev/full: it is a character device, not a file or a folder (give - to write to stdout)\n"; res.code != exitCantCreate || res.stderr != want {
			t.Errorf("exit %d, stderr %q; want 73 and %q", res.code, res.stderr, want)
		}
		if after, err := os.Stat("/dev/full"); err != nil || after.Mode() != st.Mode() {
			t.Errorf("/dev/full is no longer the device it was: %v, %v", after.Mode(), err)
		}
	})
}

// contents maps each file's name in dir to its bytes (a folder to "/").
func contents(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, name := range files(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b = []byte("/")
		}
		m[name] = string(b)
	}
	return m
}

// readOnlyFolder is a folder no one may write to. Root may write to any
// folder whatever its permissions, so as root it is a read-only tmpfs
// mount, where mounting is allowed.
func readOnlyFolder(t *testing.T) string {
	dir := t.TempDir()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	mount(t, dir, "ro,size=8k", "running as root, where a folder's permissions stop no write")
	return dir
}

// fullDisk is a folder on a file system with room for much less than a
// briefing (a small tmpfs mount), holding last year's file under the name
// the new one will take: it must survive the failed run.
func fullDisk(t *testing.T) string {
	dir := t.TempDir()
	mount(t, dir, "size=8k", "a full disk is a small tmpfs")
	writeFile(t, filepath.Join(dir, "dipbrief-VN-2025-vi.pdf"), "%PDF-1.3 last year's\n")
	return dir
}

func mount(t *testing.T, dir, opts, why string) {
	t.Helper()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("%s, and mount is not allowed here: %v %s", why, err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
}
