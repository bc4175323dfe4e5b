package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBadFlagsUnderJSONLogging: a command line that cobra refuses before
// --log-format json takes effect still gets its error as one JSON record
// with the exit status.
func TestBadFlagsUnderJSONLogging(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"generate", "--bogus", "--log-format", "json"}, exitUsage, "unknown flag: --bogus"},
		{[]string{"--log-format=json", "generate", "--year"}, exitUsage, "flag needs an argument: --year"},
		{[]string{"--log-format", "json", "generat"}, exitUsage, `unknown command "generat" for "dipbrief"`},
		{[]string{"show", "extra", "--log-format", "json"}, exitUsage, `unknown command "extra" for "dipbrief show"`},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			res := runCmd(t, nil, tc.args...)
			rec := jsonLines(t, res.stderr)
			if res.code != tc.code || len(rec) != 1 || rec[0]["level"] != "ERROR" || rec[0]["exit"] != float64(tc.code) ||
				!strings.HasPrefix(rec[0]["msg"].(string), tc.msg) {
				t.Errorf("exit %d, records %v; want %d and one ERROR record starting %q", res.code, rec, tc.code, tc.msg)
			}
		})
	}
	for _, args := range [][]string{{"generate", "--bogus", "--", "--log-format", "json"}, {"generate", "--bogus", "--log-format=json", "--log-format", "text"}} {
		if res := runCmd(t, nil, args...); res.code != exitUsage || strings.HasPrefix(res.stderr, "{") {
			t.Errorf("%s: exit %d, stderr %q; want 64 and a line of text", strings.Join(args, " "), res.code, res.stderr)
		}
	}
}

// TestInitVerboseSaysWhatItWrote: init -v says, as generate -v does, what
// was written; without -v it is silent.
func TestInitVerboseSaysWhatItWrote(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	res := runCmd(t, nil, "init", dir, "-v")
	want := "time=2025-01-15T06:00:00.000Z level=INFO msg=wrote folder=" + dir + " files=11\n"
	if res.code != 0 || res.stderr != want {
		t.Errorf("init -v: exit %d, stderr %q; want 0 and %q", res.code, res.stderr, want)
	}
	if res := runCmd(t, nil, "init", filepath.Join(t.TempDir(), "data")); res.code != 0 || res.stderr != "" {
		t.Errorf("init: exit %d, stderr %q; want 0 and silence", res.code, res.stderr)
	}
}

// TestSourceDateEpochRange: SOURCE_DATE_EPOCH from 1970 to the end of
// 9999 dates the PDF and the message; outside, or not a number, it is a
// usage error before anything is made.
func TestSourceDateEpochRange(t *testing.T) {
	tests := []struct {
		epoch string
		code  int
		date  string // the message's Date header when accepted
		pdf   string // the PDF's CreationDate as pdfinfo -isodates reads it
	}{
		{"0", 0, "Thu, 01 Jan 1970 00:00:00 +0000", "1970-01-01T00:00:00Z"},
		{"253402300799", 0, "Fri, 31 Dec 9999 23:59:59 +0000", "9999-12-31T23:59:59Z"},
		{"-1", exitUsage, "", ""},
		{"253402300800", exitUsage, "", ""},
		{"1e9", exitUsage, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.epoch, func(t *testing.T) {
			environ := map[string]string{"SOURCE_DATE_EPOCH": tc.epoch}
			out := t.TempDir()
			gen := runCmd(t, environ, "generate", "--out", out)
			eml := runCmd(t, environ, mailArgs("en", "--eml", "-")...)
			if tc.code == 0 {
				if gen.code != 0 || eml.code != 0 || !strings.Contains(eml.stdout, "Date: "+tc.date+"\r\n") {
					t.Errorf("generate exit %d %q, mail exit %d; want 0 and a message dated %s", gen.code, gen.stderr, eml.code, tc.date)
				}
				info := output(t, "pdfinfo", "-isodates", filepath.Join(out, "dipbrief-VN-2025-vi.pdf"))
				if !strings.Contains(info, "CreationDate:    "+tc.pdf+"\n") {
					t.Errorf("pdfinfo says\n%s\nwant CreationDate %s", info, tc.pdf)
				}
				return
			}
			want := `dipbrief: SOURCE_DATE_EPOCH "` + tc.epoch + `" is outside 0 (1970-01-01) to 253402300799 (9999-12-31 23:59:59 UTC)` + "\n"
			if tc.epoch == "1e9" {
				want = `dipbrief: SOURCE_DATE_EPOCH "1e9" is not a number of seconds` + "\n"
			}
			for name, res := range map[string]result{"generate": gen, "mail": eml} {
				if res.code != tc.code || res.stderr != want || res.stdout != "" {
					t.Errorf("%s: exit %d, stderr %q; want %d and %q", name, res.code, res.stderr, tc.code, want)
				}
			}
			if got := files(t, out); len(got) != 0 {
				t.Errorf("a refused run wrote %v", got)
			}
		})
	}
}

// TestValidateWarnsOfAStaleEdition: an analyst who adds sources newer than
// the dataset's as_of is told, on one line at as_of, and validate still
// succeeds; the embedded data gets no warning.
func TestValidateWarnsOfAStaleEdition(t *testing.T) {
	if res := runCmd(t, nil, "validate"); res.code != 0 || res.stderr != "" {
		t.Errorf("validate on the embedded data: exit %d, stderr %q; want 0 and silence", res.code, res.stderr)
	}
	dir := copyEmbedded(t)
	breakFile(t, dir, "dataset.yaml", `as_of: "2026-01-12"`, `as_of: "2025-12-01"`)
	res := runCmd(t, nil, "validate", "--data", dir)
	want := "dipbrief: warning: " + filepath.Join(dir, "dataset.yaml") +
		`:19:8: as_of: the edition date 2025-12-01 is before the source "vietnamnews-2026-01-12" (2026-01-12) the data cites: move as_of to 2026-01-12 or later` + "\n"
	if res.code != 0 || res.stderr != want {
		t.Errorf("exit %d, stderr %q; want 0 and %q", res.code, res.stderr, want)
	}
}
