package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/dipbrief/dipbrief/data"
	"github.com/spf13/cobra"
)

// Exit statuses, from sysexits.h, so cron and systemd can act on them.
const (
	exitOK         = 0
	exitFailure    = 1
	exitUsage      = 64 // EX_USAGE: a bad flag or argument
	exitDataErr    = 65 // EX_DATAERR: the dataset is wrong
	exitNoInput    = 66 // EX_NOINPUT: the dataset or a year is missing
	exitCantCreate = 73 // EX_CANTCREAT: the output cannot be written
	exitTempFail   = 75 // EX_TEMPFAIL: worth trying again later (SMTP 4xx, server down, output locked)
)

type usageError struct{ error }

// usageArgs makes a cobra argument check's complaint a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func (e usageError) Unwrap() error { return e.error }

type noInputError struct{ error }

func (e noInputError) Unwrap() error { return e.error }

type outputError struct{ error }

func (e outputError) Unwrap() error { return e.error }

// tempError is a failure that may pass if the same command runs again
// later: cron or a systemd timer should retry, not page someone.
type tempError struct{ error }

func (e tempError) Unwrap() error { return e.error }

// exitStatus prints err as one line on stderr (a dataset's problems, one per
// line, after a summary) and decides the exit status.
func exitStatus(stderr io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var diags data.Diagnostics
	if errors.As(err, &diags) {
		lines := make([]string, len(diags))
		for i, d := range diags {
			lines[i] = escapeLine(d.Error())
		}
		fmt.Fprintf(stderr, "dipbrief: the dataset has %d problem%s:\n%s\n", len(diags), plural(len(diags)), strings.Join(lines, "\n"))
		return exitDataErr
	}
	fmt.Fprintf(stderr, "dipbrief: %s\n", escapeLine(err.Error()))
	var ue usageError
	var ni noInputError
	var oe outputError
	var te tempError
	switch {
	case errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command"): // cobra's own, untyped
		return exitUsage
	case errors.As(err, &te):
		return exitTempFail
	case errors.As(err, &oe):
		return exitCantCreate
	case errors.As(err, &ni) || errors.Is(err, fs.ErrNotExist):
		return exitNoInput
	}
	return exitFailure
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
