//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHelperDipbrief is not a test: run as a subprocess by dipbriefProcess,
// it is dipbrief itself, so other tests can kill a real process.
func TestHelperDipbrief(t *testing.T) {
	if os.Getenv("DIPBRIEF_TEST_HELPER") != "1" {
		return
	}
	args := os.Args[slices.Index(os.Args, "--")+1:]
	e := newEnv()
	handleSignals(e)
	os.Exit(run(args, e))
}

// dipbriefProcess is a command that runs dipbrief with args in a process
// of its own: this test binary, asked to run TestHelperDipbrief only. It
// gets none of the variables dipbrief reads, as the in-process runs do not.
func dipbriefProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestHelperDipbrief$", "--"}, args...)...)
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "SOURCE_DATE_EPOCH=") || strings.HasPrefix(kv, "DIPBRIEF_")
	})
	cmd.Env = append(cmd.Env, "DIPBRIEF_TEST_HELPER=1")
	return cmd
}

// TestKilledRunLeavesOldOrNew kills generate with SIGKILL at moments
// spread over a whole run, from start-up to the rename, and checks the
// output each time holds the old bytes or all of the new ones. The run
// after the last kill must clear any temporary file the kills left.
func TestKilledRunLeavesOldOrNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.pdf")
	args := []string{"generate", "--year", "2024", "--out", path}
	start := time.Now()
	if out, err := dipbriefProcess(args...).CombinedOutput(); err != nil {
		t.Fatalf("a full run: %v\n%s", err, out)
	}
	full := time.Since(start)
	want, _ := os.ReadFile(path)
	old := []byte("%PDF-1.7 the briefing of last year")
	seen := map[string]int{}
	const kills = 30
	for i := range kills {
		if err := os.WriteFile(path, old, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := dipbriefProcess(args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(full * time.Duration(i) / kills * 3 / 2)
		cmd.Process.Kill()
		cmd.Wait()
		switch got, _ := os.ReadFile(path); {
		case bytes.Equal(got, old):
			seen["old"]++
		case bytes.Equal(got, want):
			seen["new"]++
		default:
			t.Fatalf("killed after %v: the file holds %d bytes, neither the old file nor the new one", full*time.Duration(i)/kills, len(got))
		}
	}
	t.Logf("a full run takes %v; after %d kills the file was old %d times, new %d times", full, kills, seen["old"], seen["new"])
	if out, err := dipbriefProcess(args...).CombinedOutput(); err != nil {
		t.Fatalf("the run after the kills: %v\n%s", err, out)
	}
	if got := files(t, dir); !slices.Equal(got, []string{"brief.pdf"}) {
		t.Errorf("after a clean run the folder holds %v, want brief.pdf alone", got)
	}
}

// TestRunsAtOnceDoNotInterleave starts several processes that write the
// three editions to one folder at the same moment. The lock lets one
// write at a time, so every file is written once and the later runs find
// it unchanged.
func TestRunsAtOnceDoNotInterleave(t *testing.T) {
	dir := t.TempDir()
	const runs = 4
	var wg sync.WaitGroup
	stderr := make([]string, runs)
	for i := range runs {
		wg.Go(func() {
			cmd := dipbriefProcess("generate", "--year", "2024", "--lang", "all", "--out", dir, "-v")
			var b bytes.Buffer
			cmd.Stderr = &b
			if err := cmd.Run(); err != nil {
				t.Errorf("run %d: %v\n%s", i, err, b.String())
			}
			stderr[i] = b.String()
		})
	}
	wg.Wait()
	all := strings.Join(stderr, "")
	if w, u := strings.Count(all, "msg=wrote"), strings.Count(all, "msg=unchanged"); w != 3 || u != 3*(runs-1) {
		t.Errorf("%d files written and %d unchanged, want 3 and %d:\n%s", w, u, 3*(runs-1), all)
	}
	want := generateAll(t, "")
	for lang, p := range want {
		a, _ := os.ReadFile(p)
		b, _ := os.ReadFile(filepath.Join(dir, filepath.Base(p)))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the file written by concurrent runs differs from a lone run's", lang)
		}
	}
	if got := files(t, dir); len(got) != 3 {
		t.Errorf("the folder holds %v, want the three editions alone", got)
	}
}
