package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// exitInterrupted is the shell's status for a run stopped by SIGINT
// (128 + 2), so that a script stopped by Ctrl-C stops too.
const exitInterrupted = 130

// jsonLogs says the command line asks for --log-format json, for the
// signal handler, which runs beside the command, to speak JSON too.
var jsonLogs atomic.Bool

// handleSignals makes SIGTERM (systemctl stop, a shutdown) and SIGINT
// (Ctrl-C) end a run cleanly: its temporary files and lock files are
// removed, no file is renamed into place after the signal, and it exits
// 75 (try again later) for SIGTERM or 130 for SIGINT, with one line on
// stderr. Files already renamed are new and whole; the others old.
func handleSignals(e *env) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, os.Interrupt)
	go func() {
		sig := <-c
		pending.stop()
		code, name := exitTempFail, "SIGTERM"
		if sig == os.Interrupt {
			code, name = exitInterrupted, "SIGINT"
		}
		msg := "stopped by " + name + ": no file was left half-written, and the temporary files are removed"
		if l, _ := (&logOptions{format: "json"}).logger(e); jsonLogs.Load() {
			l.Error(msg, "exit", code)
		} else {
			fmt.Fprintf(e.stderr, "dipbrief: %s\n", msg)
		}
		os.Exit(code)
	}()
}
