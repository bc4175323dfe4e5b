package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// exitInterrupted is the shell's status for a run stopped by SIGINT
// (128 + 2), so that a script stopped by Ctrl-C stops too.
const exitInterrupted = 130

// handleSignals makes SIGTERM (systemctl stop, a shutdown) and SIGINT
// (Ctrl-C) end a run cleanly: its temporary files and lock files are
// removed, no file is renamed into place after the signal, and it exits
// 75 (try again later) for SIGTERM or 130 for SIGINT, with one line on
// stderr. Files already renamed are new and whole; the others old.
func handleSignals(stderr io.Writer) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, os.Interrupt)
	go func() {
		sig := <-c
		pending.stop()
		code := exitTempFail
		if sig == os.Interrupt {
			code = exitInterrupted
		}
		fmt.Fprintf(stderr, "dipbrief: stopped by %s: no file was left half-written, and the temporary files are removed\n", signalName(sig))
		os.Exit(code)
	}()
}

func signalName(sig os.Signal) string {
	if sig == os.Interrupt {
		return "SIGINT"
	}
	return "SIGTERM"
}
