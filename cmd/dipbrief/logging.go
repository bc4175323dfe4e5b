package main

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"
)

// logOptions are the root's flags for what a run says on stderr besides
// its errors. Cron mails whatever a job prints, so a run is silent on
// success unless -v asks for one line per file written or left unchanged.
type logOptions struct {
	verbose bool
	format  string // text or json
}

// addLogFlags gives every command -v and --log-format, and builds the
// logger before the command runs.
func addLogFlags(root *cobra.Command, e *env) {
	o := &logOptions{}
	root.PersistentFlags().BoolVarP(&o.verbose, "verbose", "v", false, "say on stderr what was written, left unchanged or sent")
	root.PersistentFlags().StringVar(&o.format, "log-format", "text", "stderr log records as text (key=value) or json, one per line")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		l, err := o.logger(e)
		if err != nil {
			return err
		}
		e.log, e.logJSON = l, o.format == "json"
		return nil
	}
}

// logger logs to stderr through log/slog, with the time from the injected
// clock so that tests read fixed lines.
func (o *logOptions) logger(e *env) (*slog.Logger, error) {
	level := slog.LevelWarn
	if o.verbose {
		level = slog.LevelInfo
	}
	ho := &slog.HandlerOptions{Level: level, ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			a.Value = slog.TimeValue(e.now())
		}
		return a
	}}
	switch o.format {
	case "text":
		return slog.New(slog.NewTextHandler(e.stderr, ho)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, ho)), nil
	}
	return nil, usageError{fmt.Errorf("--log-format %q: want text or json", o.format)}
}

// logger is the run's logger, or one that drops everything when a test
// calls a command's run function directly.
func (e *env) logger() *slog.Logger {
	if e.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return e.log
}

// exitStatusJSON reports err as error records, one per line exitStatus
// would print, each with the exit status, so a JSON log stays JSON.
func exitStatusJSON(e *env, err error) int {
	var b strings.Builder
	code := exitStatus(&b, err)
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if line != "" {
			e.logger().Error(strings.TrimPrefix(line, "dipbrief: "), "exit", code)
		}
	}
	return code
}

// jsonAsked reports whether the command line asks for --log-format json,
// read from the words themselves (the last one given wins, as for any
// flag): a bad flag stops cobra before the flag takes effect, and its
// error must be JSON too.
func jsonAsked(args []string) bool {
	json := false
	for i, a := range args {
		switch {
		case a == "--":
			return json
		case strings.HasPrefix(a, "--log-format="):
			json = a == "--log-format=json"
		case a == "--log-format" && i+1 < len(args):
			json = args[i+1] == "json"
		}
	}
	return json
}

// warn says on stderr what is worth fixing but does not stop the run: as
// a line like an error's in text, as a WARN record in JSON.
func warn(e *env, msg string) {
	if e.logJSON {
		e.logger().Warn(msg)
		return
	}
	fmt.Fprintf(e.stderr, "dipbrief: warning: %s\n", escapeLine(msg))
}
