package main

import (
	"bytes"
	"crypto/x509"
	"testing"
	"time"
)

// runOpts are what a test sets of a run's env beyond what runCmd does.
type runOpts struct {
	environ  map[string]string
	rootCAs  *x509.CertPool
	lockWait time.Duration
	smtpWait time.Duration
}

// runWith runs dipbrief in-process like runCmd, with the same fixed clock.
func runWith(t *testing.T, o runOpts, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdout: &out, stderr: &errb,
		getenv:  func(k string) string { return o.environ[k] },
		now:     func() time.Time { return time.Date(2025, 1, 15, 6, 0, 0, 0, time.UTC) },
		rootCAs: o.rootCAs, lockWait: o.lockWait, smtpWait: o.smtpWait,
	}
	code := run(args, e)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}
