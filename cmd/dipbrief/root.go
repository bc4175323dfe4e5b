package main

import (
	"crypto/x509"
	"errors"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"
)

// version is the release; set with -ldflags "-X main.version=...".
var version = "0.1.0"

// env is everything a command may touch outside its flags: streams, the
// environment and the clock, so tests run commands in-process.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time

	log      *slog.Logger   // set from -v and --log-format before a command runs; see logger
	logJSON  bool           // errors too are logged as JSON records
	lockWait time.Duration  // how long to wait for another run's output lock; 0 for lockWaitDefault
	rootCAs  *x509.CertPool // the SMTP server's trusted CAs; nil for the system's
	smtpWait time.Duration  // how long to wait for the SMTP server at each step; 0 for 30 s
}

func newEnv() *env {
	return &env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, now: time.Now}
}

// run executes one command line and returns the process's exit status.
func run(args []string, e *env) int {
	jsonLogs.Store(jsonAsked(args))
	root := newRootCmd(e)
	root.SetArgs(args)
	err := root.Execute()
	if errors.Is(err, errStopped) {
		select {} // a signal is stopping the run: its handler says so and exits
	}
	if !e.logJSON && err != nil && jsonAsked(args) { // the flags failed before --log-format took effect
		e.log, _ = (&logOptions{format: "json"}).logger(e)
		e.logJSON = true
	}
	if e.logJSON {
		return exitStatusJSON(e, err)
	}
	return exitStatus(e.stderr, err)
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "dipbrief",
		Short:         "Make a cited briefing PDF of a country's yearly diplomatic figures",
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version,
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	addLogFlags(root, e)
	root.AddCommand(newGenerateCmd(e, nil), newValidateCmd(e, nil), newInitCmd(e, nil), newShowCmd(e, nil), newVersionCmd(e),
		newChartsCmd(e, nil), newMailCmd(e, nil), newExtractCmd(e, nil))
	addHelp(root)
	return root
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			_, err := io.WriteString(e.stdout, "dipbrief "+version+"\n")
			return err
		},
	}
}
