//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"errors"
	"maps"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalsStopARunCleanly sends SIGTERM and SIGINT to generate --lang
// all at moments spread over a whole run. Each time, the folder must hold
// the three old files or the three new ones, never a mixture, and no
// temporary or lock file; a run the signal stopped exits 75 (SIGTERM) or
// 130 (SIGINT) with one line on stderr.
func TestSignalsStopARunCleanly(t *testing.T) {
	fresh := t.TempDir()
	args := []string{"generate", "--year", "2024", "--lang", "all", "--out"}
	start := time.Now()
	if out, err := dipbriefProcess(append(args, fresh)...).CombinedOutput(); err != nil {
		t.Fatalf("a full run: %v\n%s", err, out)
	}
	full := time.Since(start)
	newFiles := contents(t, fresh)
	old := map[string]string{}
	for name := range newFiles {
		old[name] = "last year's " + name
	}
	for _, sig := range []struct {
		sig  syscall.Signal
		code int
		name string
	}{{syscall.SIGTERM, exitTempFail, "SIGTERM"}, {syscall.SIGINT, exitInterrupted, "SIGINT"}} {
		seen := map[string]int{}
		const runs = 12
		for i := range runs {
			dir := t.TempDir()
			for name, b := range old {
				writeFile(t, filepath.Join(dir, name), b)
			}
			cmd := dipbriefProcess(append(args, dir)...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(full * time.Duration(i) / runs * 3 / 2)
			cmd.Process.Signal(sig.sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			switch code := cmd.ProcessState.ExitCode(); {
			case err == nil:
				seen["finished"]++
			case code == sig.code:
				seen["stopped"]++
				want := "dipbrief: stopped by " + sig.name + ": no file was left half-written, and the temporary files are removed\n"
				if stderr.String() != want {
					t.Errorf("%s after %v: stderr %q, want %q", sig.name, full*time.Duration(i)/runs*3/2, stderr.String(), want)
				}
			case errors.As(err, &ee) && !ee.Exited():
				seen["before the handler"]++ // the signal's own action, before dipbrief began
			default:
				t.Errorf("%s: exit %d (%v), stderr %q; want 0 or %d", sig.name, code, err, stderr.String(), sig.code)
			}
			switch got := contents(t, dir); {
			case maps.Equal(got, old):
				seen["old"]++
			case maps.Equal(got, newFiles):
				seen["new"]++
			default:
				t.Errorf("%s after %v: the folder holds %v, neither the three old files nor the three new ones", sig.name, full*time.Duration(i)/runs*3/2, keys(got))
			}
		}
		t.Logf("%s, a full run taking %v: %v", sig.name, full, seen)
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestInitStoppedLeavesNothing: init stopped by SIGTERM at moments spread
// over a whole run removes its temporary folder; the folder asked for
// exists whole or not at all.
func TestInitStoppedLeavesNothing(t *testing.T) {
	whole := len(files(t, copyEmbedded(t)))
	start := time.Now()
	if out, err := dipbriefProcess("init", filepath.Join(t.TempDir(), "data")).CombinedOutput(); err != nil {
		t.Fatalf("a full run: %v\n%s", err, out)
	}
	full := time.Since(start)
	const runs = 10
	for i := range runs {
		parent := t.TempDir()
		cmd := dipbriefProcess("init", filepath.Join(parent, "data"))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(full * time.Duration(i) / runs * 3 / 2)
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		switch names := files(t, parent); {
		case len(names) == 0:
		case len(names) > 1 || names[0] != "data":
			t.Errorf("after a SIGTERM, the parent folder holds %v, want data or nothing", names)
		case len(files(t, filepath.Join(parent, "data"))) != whole:
			t.Errorf("init left a partial copy: %v", files(t, filepath.Join(parent, "data")))
		}
	}
}

// TestSignalUnderJSONLogging: with --log-format json, the line a stopped
// run prints is a JSON record with its exit status, as an error's is.
func TestSignalUnderJSONLogging(t *testing.T) {
	args := []string{"generate", "--year", "all", "--lang", "all", "--log-format", "json", "--out"}
	start := time.Now()
	if out, err := dipbriefProcess(append(args, t.TempDir())...).CombinedOutput(); err != nil {
		t.Fatalf("a full run: %v\n%s", err, out)
	}
	full := time.Since(start)
	for i := 1; i < 10; i++ {
		cmd := dipbriefProcess(append(args, t.TempDir())...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(full * time.Duration(i) / 10)
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		if cmd.ProcessState.ExitCode() != exitTempFail {
			continue
		}
		rec := jsonLines(t, stderr.String())
		if len(rec) != 1 || rec[0]["level"] != "ERROR" || rec[0]["exit"] != float64(exitTempFail) || !strings.HasPrefix(rec[0]["msg"].(string), "stopped by SIGTERM") {
			t.Errorf("stderr %q; want one ERROR record, exit 75, stopped by SIGTERM", stderr.String())
		}
		return
	}
	t.Skip("no run was stopped after its flags were read; nothing to check")
}
