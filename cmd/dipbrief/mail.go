package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"strings"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/newsletter"
	"github.com/spf13/cobra"
)

// mailOptions are the flags of `dipbrief mail`. There is no flag for a
// password: flags show in ps and in shell history, so the credentials come
// from DIPBRIEF_SMTP_USER and DIPBRIEF_SMTP_PASSWORD only.
type mailOptions struct {
	Year, Lang, Data string
	SMTP             string // host:port to send through, or
	EML              string // a file to write the message to ("-" for stdout)
	From             string
	To               []string
	Subject          string
	Insecure         bool   // allow a server without STARTTLS
	MaxAttachment    string // e.g. "10MB"
}

func newMailCmd(e *env, runF func(*mailOptions) error) *cobra.Command {
	opts := &mailOptions{}
	cmd := &cobra.Command{
		Use:   "mail",
		Short: "Send the year's briefing as a newsletter, or write it as an .eml file",
		Long: "Build the newsletter for a year and language: the key figures and their sources as text and HTML,\n" +
			"the main chart inline and the PDF attached. Send it through --smtp HOST:PORT (STARTTLS required unless\n" +
			"--smtp-insecure; SMTP AUTH from DIPBRIEF_SMTP_USER and DIPBRIEF_SMTP_PASSWORD when set), or write it to --eml FILE.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return mailRun(e, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Year, "year", "latest", "the year: YYYY, latest or previous")
	f.StringVar(&opts.Lang, "lang", "vi", "the edition's language: "+strings.Join(edition.Languages(), ", "))
	f.StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	f.StringVar(&opts.SMTP, "smtp", "", "send through this SMTP server, HOST:PORT (587 with STARTTLS, 465 with TLS)")
	f.StringVar(&opts.EML, "eml", "", "write the message to this file instead of sending it (- for stdout)")
	f.StringVar(&opts.From, "from", "", "the sender, e.g. \"Briefings <brief@example.org>\"")
	f.StringArrayVar(&opts.To, "to", nil, "a recipient; repeat for more")
	f.StringVar(&opts.Subject, "subject", "", "the subject (default: \"Briefing: <title>\" in the edition's language)")
	f.BoolVar(&opts.Insecure, "smtp-insecure", false, "send in clear text when the server offers no STARTTLS (a trusted relay only)")
	f.StringVar(&opts.MaxAttachment, "max-attachment", "10MB", "refuse a PDF larger than this (mail providers cap messages at 20-25 MB after base64)")
	return cmd
}

func mailRun(e *env, opts *mailOptions) error {
	limit, err := checkMailFlags(opts)
	if err != nil {
		return err
	}
	if err := checkOutPath(opts.EML); err != nil {
		return err
	}
	server, err := smtpServer(e, opts)
	if err != nil {
		return err
	}
	letter, err := buildLetter(e, opts, limit)
	if err != nil {
		return err
	}
	if opts.EML != "" {
		return writeEML(e, letter, opts.EML)
	}
	return sendLetter(e, letter, server)
}

// checkMailFlags refuses a command line that cannot work before any data
// is read, and returns the attachment limit in bytes.
func checkMailFlags(opts *mailOptions) (int64, error) {
	switch {
	case (opts.SMTP == "") == (opts.EML == ""):
		return 0, usageError{errors.New("give either --smtp HOST:PORT to send the message or --eml FILE to write it")}
	case opts.From == "":
		return 0, usageError{errors.New("--from: who sends the message is required")}
	case len(opts.To) == 0:
		return 0, usageError{errors.New("--to: at least one recipient is required")}
	case opts.Lang == langAll:
		return 0, usageError{fmt.Errorf("--lang %s: a message is in one language; run mail once per language", langAll)}
	}
	if err := checkLang(opts.Lang, ""); err != nil {
		return 0, err
	}
	if err := checkAddresses(opts); err != nil {
		return 0, err
	}
	if opts.SMTP != "" {
		if _, _, err := net.SplitHostPort(opts.SMTP); err != nil {
			return 0, usageError{fmt.Errorf("--smtp %q: want HOST:PORT, e.g. smtp.example.org:587", opts.SMTP)}
		}
	}
	limit, err := parseSize(opts.MaxAttachment)
	if err != nil {
		return 0, usageError{fmt.Errorf("--max-attachment %q: %v", opts.MaxAttachment, err)}
	}
	return limit, nil
}

// checkAddresses reads --from and every --to as RFC 5322 addresses, so a
// typo fails before the PDF is made.
func checkAddresses(opts *mailOptions) error {
	if _, err := mail.ParseAddress(opts.From); err != nil {
		return usageError{fmt.Errorf("--from %q: not an e-mail address (%v)", opts.From, err)}
	}
	for _, to := range opts.To {
		if _, err := mail.ParseAddress(to); err != nil {
			return usageError{fmt.Errorf("--to %q: not an e-mail address (%v)", to, err)}
		}
	}
	return nil
}

// smtpServer reads the credentials from the environment, never from flags.
func smtpServer(e *env, opts *mailOptions) (newsletter.Server, error) {
	s := newsletter.Server{Addr: opts.SMTP, Insecure: opts.Insecure, RootCAs: e.rootCAs, Timeout: e.smtpWait,
		User: e.getenv("DIPBRIEF_SMTP_USER"), Password: e.getenv("DIPBRIEF_SMTP_PASSWORD")}
	if s.Password != "" && s.User == "" {
		return s, usageError{errors.New("DIPBRIEF_SMTP_PASSWORD is set but DIPBRIEF_SMTP_USER is not")}
	}
	return s, nil
}

func writeEML(e *env, l *newsletter.Letter, path string) error {
	var b bytes.Buffer
	if err := l.WriteEML(&b); err != nil {
		return mailError(err)
	}
	if path == "-" {
		_, err := e.stdout.Write(b.Bytes())
		return err
	}
	return writeOutputs(e, []outFile{{path: path, data: b.Bytes()}})
}

func sendLetter(e *env, l *newsletter.Letter, s newsletter.Server) error {
	m, err := l.Message()
	if err != nil {
		return mailError(err)
	}
	if err := newsletter.Send(context.Background(), m, s); err != nil {
		return mailError(err)
	}
	e.logger().Info("sent", "server", s.Addr, "to", len(l.To), "message_id", m.GetMessageID(), "pdf", l.PDF.Name)
	return nil
}

// mailError gives each way a message can fail its exit status: a bad
// address is the command line's fault, a 4xx or an unreachable server is
// worth a retry (75), anything the server refused for good is 1.
func mailError(err error) error {
	var de *newsletter.DeliveryError
	switch {
	case errors.Is(err, newsletter.ErrAddress):
		return usageError{err}
	case errors.Is(err, newsletter.ErrNoSTARTTLS):
		return fmt.Errorf("%w: refusing to send the message and credentials in clear text (--smtp-insecure allows it, for a trusted relay only)", err)
	case errors.As(err, &de) && de.Temporary:
		return tempError{err}
	}
	return err
}
