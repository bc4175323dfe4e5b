package readertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Shared is a path under ../shared beside the repository, where the
// checkers of tagged PDF live that are not this project's own code. Where
// it is missing (a fresh clone) the test skips and says so, unless
// DIPBRIEF_REQUIRE_TOOLS is set, as CI sets it.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	for err == nil {
		if _, e := os.Stat(filepath.Join(dir, "go.mod")); e == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			err = os.ErrNotExist
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", rel)
	if err == nil {
		_, err = os.Stat(path)
	}
	if err != nil {
		if os.Getenv("DIPBRIEF_REQUIRE_TOOLS") != "" {
			t.Fatalf("no ../shared/%s beside the repository: %v", rel, err)
		}
		t.Skipf("no ../shared/%s beside the repository (%v): this check needs it", rel, err)
	}
	return path
}

var (
	uacheckOnce sync.Once
	uacheckBin  string
	uacheckErr  error
)

// UACheck runs ../shared/tools/uacheck, the machine checks of PDF/UA-1 and
// PDF/A-3a read through qpdf, on a file, and returns every line that is
// not a PASS or a SKIP, with the whole output. The checker is built once
// per test binary.
func UACheck(t testing.TB, path string) (failed []string, out string) {
	t.Helper()
	src := Shared(t, "tools/uacheck")
	Path(t, "qpdf")
	uacheckOnce.Do(func() {
		dir, err := os.MkdirTemp("", "uacheck")
		if err != nil {
			uacheckErr = err
			return
		}
		uacheckBin = filepath.Join(dir, "uacheck")
		if b, err := exec.Command("go", "-C", src, "build", "-o", uacheckBin, ".").CombinedOutput(); err != nil {
			uacheckErr = &buildError{err, string(b)}
		}
	})
	if uacheckErr != nil {
		t.Fatalf("building uacheck: %v", uacheckErr)
	}
	b, _ := exec.Command(uacheckBin, "-pdfa", "3a", path).CombinedOutput()
	out = string(b)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, "PASS ") && !strings.HasPrefix(line, "SKIP ") {
			failed = append(failed, line)
		}
	}
	return failed, out
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// ATCheck runs ../shared/tools/atcheck (what a screen reader is given,
// through pdf.js) on a file with --tree and returns its output. It needs a
// copy of atcheck where `npm install` has run, named by DIPBRIEF_ATCHECK,
// as .ci/run makes; without one the test skips, or fails under
// DIPBRIEF_REQUIRE_TOOLS.
func ATCheck(t testing.TB, path string) string {
	t.Helper()
	dir := os.Getenv("DIPBRIEF_ATCHECK")
	if dir == "" {
		if os.Getenv("DIPBRIEF_REQUIRE_TOOLS") != "" {
			t.Fatal("DIPBRIEF_ATCHECK is not set: .ci/run installs atcheck and sets it")
		}
		t.Skip("set DIPBRIEF_ATCHECK to a copy of ../shared/tools/atcheck after `npm install` there to run this test")
	}
	node := Path(t, "node")
	out, _ := exec.Command(node, filepath.Join(dir, "atcheck.mjs"), path, "--tree").CombinedOutput()
	return string(out)
}
