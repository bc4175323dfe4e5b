package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dipbrief/dipbrief/data"
)

// lockName is the lock file a run holds in its output folder while it
// writes there. Every dipbrief run that writes into a folder takes it, so
// two runs (a cron job and a person, say) never interleave their writes.
const lockName = ".dipbrief.lock"

// lockWaitDefault is how long a run waits for another one to finish
// writing before it gives up with exit 75: far longer than a run takes.
const lockWaitDefault = time.Minute

// errLocked says the lock is held by another process right now.
var errLocked = errors.New("locked")

// lockDir takes dir's lock, waiting up to e.lockWait for a run that holds
// it. The lock is flock(2) on a file beside the outputs: the kernel drops
// it when its holder dies, however it dies, so a killed run never leaves
// the folder locked. unlock removes the file again.
func lockDir(e *env, dir, output string) (unlock func(), err error) {
	wait := e.lockWait
	if wait == 0 {
		wait = lockWaitDefault
	}
	path := filepath.Join(dir, lockName)
	deadline := time.Now().Add(wait)
	for said := false; ; {
		unlock, err := tryLock(path)
		if err == nil {
			return unlock, nil
		}
		var nl errNotLockFile
		if errors.As(err, &nl) {
			return nil, outputError{fmt.Errorf("cannot write %s: %w", output, err)}
		}
		if !errors.Is(err, errLocked) {
			return nil, outputError{fmt.Errorf("cannot write %s: %w", output, unwrapPath(err))}
		}
		if time.Now().After(deadline) {
			return nil, tempError{fmt.Errorf("cannot write %s: another dipbrief run has held %s for %s; try again later", output, path, wait)}
		}
		if !said {
			e.logger().Info("waiting for another run to finish writing", "lock", path)
			said = true
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// errNotLockFile is a lock path that holds something other than a lock
// file: a run never writes through it, and a person should look.
type errNotLockFile struct{ path, kind string }

func (e errNotLockFile) Error() string {
	return e.path + " is " + e.kind + ", not a lock file: remove it if no dipbrief run is writing there"
}

// lockKind names what a lock path turned out to be.
func lockKind(st os.FileInfo, err error) string {
	switch {
	case err != nil:
		return "unreadable (" + unwrapPath(err).Error() + ")"
	case st.IsDir():
		return "a folder"
	}
	return data.FileKind(st.Mode())
}
