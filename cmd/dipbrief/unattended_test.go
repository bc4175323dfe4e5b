package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
)

// TestVerboseAndUnchanged: quiet on success, one line per file with -v,
// and a second run with the same input leaves the file alone, mtime too.
func TestVerboseAndUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dipbrief-VN-2024-vi.pdf")
	args := []string{"generate", "--year", "2024", "--out", dir}
	if res := runCmd(t, nil, args...); res.code != 0 || res.stderr != "" || res.stdout != "" {
		t.Fatalf("generate: exit %d, stdout %q, stderr %q; want 0 and silence", res.code, res.stdout, res.stderr)
	}
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	res := runCmd(t, nil, append(args, "-v")...)
	want := "time=2025-01-15T06:00:00.000Z level=INFO msg=unchanged file=" + path + "\n"
	if res.code != 0 || res.stderr != want {
		t.Errorf("second run -v: exit %d, stderr %q; want %q", res.code, res.stderr, want)
	}
	if st, _ := os.Stat(path); !st.ModTime().Equal(old) {
		t.Errorf("mtime %v, want the old %v: an unchanged file was rewritten", st.ModTime(), old)
	}
	os.WriteFile(path, []byte("an older edition"), 0o644)
	res = runCmd(t, nil, append(args, "--verbose")...)
	if !strings.Contains(res.stderr, "level=INFO msg=wrote file="+path+" bytes=") || strings.Count(res.stderr, "\n") != 1 {
		t.Errorf("a changed file with -v: stderr %q, want one line saying it was written", res.stderr)
	}
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("the folder holds %v: a lock or temporary file was left behind", got)
	}
}

// TestLogFormatJSON: each line on stderr is a JSON record, errors too,
// with the exit status, so a log collector never sees a bare line.
func TestLogFormatJSON(t *testing.T) {
	dir := t.TempDir()
	res := runCmd(t, nil, "generate", "--year", "2024", "--out", dir, "-v", "--log-format", "json")
	rec := jsonLines(t, res.stderr)
	if res.code != 0 || len(rec) != 1 || rec[0]["msg"] != "wrote" || rec[0]["level"] != "INFO" || rec[0]["time"] != "2025-01-15T06:00:00Z" {
		t.Errorf("generate -v --log-format json: exit %d, records %v", res.code, rec)
	}
	res = runCmd(t, nil, "generate", "--year", "2031", "--out", dir, "--log-format", "json")
	rec = jsonLines(t, res.stderr)
	if res.code != exitNoInput || len(rec) != 1 || rec[0]["level"] != "ERROR" || rec[0]["exit"] != float64(exitNoInput) ||
		!strings.Contains(rec[0]["msg"].(string), "2031") {
		t.Errorf("an error with --log-format json: exit %d, records %v", res.code, rec)
	}
	res = runCmd(t, nil, "generate", "--log-format", "xml")
	checkOneLine(t, res, exitUsage, []string{`--log-format "xml"`})
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stderr line %q is not JSON: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// TestLockMakesARunWait holds the output folder's lock as another run
// would: a run started meanwhile writes nothing until the lock is free,
// and one that cannot get it in time exits 75 with one line.
func TestLockMakesARunWait(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.pdf")
	unlock, err := lockDir(&env{}, dir, path)
	if err != nil {
		t.Fatal(err)
	}
	res := runWith(t, runOpts{lockWait: 200 * time.Millisecond}, "generate", "--year", "2024", "--out", path)
	checkOneLine(t, res, exitTempFail, []string{path, lockName, "try again later"})
	done := make(chan result)
	go func() {
		done <- runWith(t, runOpts{lockWait: 20 * time.Second}, "generate", "--year", "2024", "--out", path)
	}()
	time.Sleep(1500 * time.Millisecond) // long enough to make the PDF and reach the lock
	if _, err := os.Stat(path); err == nil {
		t.Error("a run wrote its file while another held the lock")
	}
	unlock()
	if res := <-done; res.code != 0 {
		t.Fatalf("the waiting run: %+v", res)
	}
	if got := files(t, dir); len(got) != 1 || got[0] != "brief.pdf" {
		t.Errorf("the folder holds %v, want brief.pdf alone", got)
	}
}

// TestExitStatusByErrorType: the status cron and systemd act on is decided
// by the error's type alone, in one place.
func TestExitStatusByErrorType(t *testing.T) {
	base := errors.New("what went wrong")
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, exitOK},
		{"usage", usageError{base}, exitUsage},
		{"dataset", data.Diagnostics{{File: "2024.yaml", Line: 3, Col: 1, Path: "year", Msg: "bad"}}, exitDataErr},
		{"input missing", noInputError{base}, exitNoInput},
		{"output", outputError{base}, exitCantCreate},
		{"temporary", tempError{base}, exitTempFail},
		{"temporary, wrapped", fmt.Errorf("sending: %w", tempError{outputError{base}}), exitTempFail},
		{"anything else", base, exitFailure},
	}
	for _, tc := range tests {
		var stderr strings.Builder
		if got := exitStatus(&stderr, tc.err); got != tc.want {
			t.Errorf("%s: exit %d, want %d", tc.name, got, tc.want)
		}
		if tc.err != nil && !strings.HasPrefix(stderr.String(), "dipbrief: ") {
			t.Errorf("%s: stderr %q", tc.name, stderr.String())
		}
	}
}

// TestYearFromTheClock: the test clock says 15 January 2025, so a January
// cron job's --year previous is 2024; latest is the newest year in the data.
func TestYearFromTheClock(t *testing.T) {
	tests := []struct{ year, want string }{
		{"previous", "dipbrief-VN-2024-vi.pdf"},
		{"latest", fmt.Sprintf("dipbrief-VN-%d-vi.pdf", embedded(t).Latest())},
	}
	for _, tc := range tests {
		dir := t.TempDir()
		if res := runCmd(t, nil, "generate", "--year", tc.year, "--out", dir); res.code != 0 {
			t.Fatalf("--year %s: %+v", tc.year, res)
		}
		if got := files(t, dir); len(got) != 1 || got[0] != tc.want {
			t.Errorf("--year %s wrote %v, want %s", tc.year, got, tc.want)
		}
	}
}
