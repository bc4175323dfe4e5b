package main

import (
	"bytes"
	"html"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/internal/mimetest"
	"github.com/emersion/go-smtp"
)

// mailArgs are the flags every mail test passes; --year 2024 and the
// fixed clock make the PDF and the message the same in every run.
func mailArgs(lang string, more ...string) []string {
	return append([]string{"mail", "--year", "2024", "--lang", lang,
		"--from", "Briefings <brief@example.org>", "--to", "a@example.net", "--to", "Desk <desk@example.com>"}, more...)
}

func TestMailArrivesOverSTARTTLS(t *testing.T) {
	srv := startSMTP(t, smtpConfig{tls: true, user: "newsletter", pass: "s3cret"})
	creds := map[string]string{"DIPBRIEF_SMTP_USER": "newsletter", "DIPBRIEF_SMTP_PASSWORD": "s3cret"}
	res := runWith(t, runOpts{environ: creds, rootCAs: srv.roots}, mailArgs("en", "--smtp", srv.addr)...)
	if res.code != 0 || res.stderr != "" || res.stdout != "" {
		t.Fatalf("mail: exit %d, stdout %q, stderr %q; want 0 and silence", res.code, res.stdout, res.stderr)
	}
	got := srv.messages()
	if len(got) != 1 {
		t.Fatalf("the server received %d messages, want 1", len(got))
	}
	msg := got[0]
	if !msg.tls || msg.from != "brief@example.org" || !slices.Equal(msg.to, []string{"a@example.net", "desk@example.com"}) {
		t.Errorf("envelope: tls %v, from %q, to %v", msg.tls, msg.from, msg.to)
	}
	checkNewsletter(t, msg.data, "en")
}

// checkNewsletter parses a message as a mail reader would and checks it
// carries the 2024 edition in lang: the PDF byte for byte, the chart, and
// every key figure and source in both bodies.
func checkNewsletter(t *testing.T, raw []byte, lang string) {
	t.Helper()
	m, err := mimetest.Parse(raw)
	if err != nil {
		t.Fatalf("the message does not parse: %v", err)
	}
	pdf := m.Find("application/pdf")
	name := "dipbrief-VN-2024-" + lang + ".pdf"
	if pdf == nil || !strings.Contains(pdf.Header.Get("Content-Disposition"), `filename="`+name+`"`) {
		t.Fatalf("no application/pdf attachment named %s", name)
	}
	dir := t.TempDir()
	if res := runCmd(t, nil, "generate", "--year", "2024", "--lang", lang, "--out", dir); res.code != 0 {
		t.Fatalf("generate: %+v", res)
	}
	want, _ := os.ReadFile(filepath.Join(dir, name))
	if !bytes.Equal(pdf.Body, want) {
		t.Errorf("the attached PDF (%d bytes) differs from the one generate writes (%d bytes)", len(pdf.Body), len(want))
	}
	if png := m.Find("image/png"); png == nil || !bytes.HasPrefix(png.Body, []byte("\x89PNG")) {
		t.Error("no PNG chart in the message")
	}
	text, htm := string(m.Find("text/plain").Body), html.UnescapeString(string(m.Find("text/html").Body))
	sum := summary(t, lang)
	for _, f := range sum.Figures {
		for _, w := range []string{f.Label, f.Display} {
			if !strings.Contains(text, w) || !strings.Contains(htm, w) {
				t.Errorf("a body lacks the key figure %q", w)
			}
		}
	}
	for _, s := range sum.Sources {
		if !strings.Contains(text, s.Title) || !strings.Contains(htm, s.Title) {
			t.Errorf("a body lacks the source %q", s.Title)
		}
	}
}

func summary(t *testing.T, lang string) *edition.Summary {
	t.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ds.BriefFor(2024)
	if err != nil {
		t.Fatal(err)
	}
	e, err := edition.New(b, lang)
	if err != nil {
		t.Fatal(err)
	}
	return e.Summary
}

// TestMailFailures: each way the server can say no has its exit status
// and one line on stderr that names the server and what it said.
func TestMailFailures(t *testing.T) {
	tests := []struct {
		name  string
		cfg   smtpConfig
		creds bool // set DIPBRIEF_SMTP_USER and DIPBRIEF_SMTP_PASSWORD
		code  int
		want  []string
	}{
		{"4xx at RCPT", smtpConfig{tls: true, rcptFail: &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Mailbox busy"}},
			false, exitTempFail, []string{"451", "Mailbox busy", "try again later"}},
		{"4xx after DATA", smtpConfig{tls: true, dataFail: &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 3, 1}, Message: "Insufficient storage"}},
			false, exitTempFail, []string{"452", "Insufficient storage", "try again later"}},
		{"5xx", smtpConfig{tls: true, rcptFail: &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user"}},
			false, exitFailure, []string{"550", "No such user"}},
		{"no STARTTLS", smtpConfig{}, false, exitFailure, []string{"does not offer STARTTLS", "--smtp-insecure"}},
		{"wrong password", smtpConfig{tls: true, user: "newsletter", pass: "other"}, true, exitFailure, []string{"AUTH", "535"}},
		{"credentials for a server without AUTH", smtpConfig{tls: true}, true, exitFailure, []string{"does not support SMTP AUTH"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := startSMTP(t, tc.cfg)
			var environ map[string]string
			if tc.creds {
				environ = map[string]string{"DIPBRIEF_SMTP_USER": "newsletter", "DIPBRIEF_SMTP_PASSWORD": "s3cret"}
			}
			res := runWith(t, runOpts{environ: environ, rootCAs: srv.roots}, mailArgs("vi", "--smtp", srv.addr)...)
			checkOneLine(t, res, tc.code, append(tc.want, srv.addr))
			if n := len(srv.messages()); n != 0 {
				t.Errorf("the server took %d messages", n)
			}
		})
	}
}

func checkOneLine(t *testing.T, res result, code int, want []string) {
	t.Helper()
	if res.code != code || strings.Count(res.stderr, "\n") != 1 || !strings.HasPrefix(res.stderr, "dipbrief: ") {
		t.Errorf("exit %d, stderr %q; want %d and one line", res.code, res.stderr, code)
	}
	for _, w := range want {
		if !strings.Contains(res.stderr, w) {
			t.Errorf("stderr %q does not say %q", res.stderr, w)
		}
	}
}

func TestMailServerDownIsTemporary(t *testing.T) {
	addr := listenAndClose(t)
	res := runWith(t, runOpts{}, mailArgs("vi", "--smtp", addr)...)
	checkOneLine(t, res, exitTempFail, []string{addr, "refused", "try again later"})
}

func TestMailInsecureAllowsPlainText(t *testing.T) {
	srv := startSMTP(t, smtpConfig{})
	res := runWith(t, runOpts{}, mailArgs("zh", "--smtp", srv.addr, "--smtp-insecure", "-v")...)
	if res.code != 0 || !strings.Contains(res.stderr, "msg=sent") {
		t.Fatalf("mail --smtp-insecure: exit %d, stderr %q", res.code, res.stderr)
	}
	got := srv.messages()
	if len(got) != 1 || got[0].tls {
		t.Fatalf("received %d messages (tls %v), want 1 in plain text", len(got), len(got) > 0 && got[0].tls)
	}
	checkNewsletter(t, got[0].data, "zh")
}

func TestMailEMLIsTheSameFileEveryRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "brief.eml")
	args := mailArgs("vi", "--eml", path)
	if res := runCmd(t, nil, args...); res.code != 0 || res.stderr != "" {
		t.Fatalf("mail --eml: %+v", res)
	}
	first, _ := os.ReadFile(path)
	checkNewsletter(t, first, "vi")
	old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	os.Chtimes(path, old, old)
	res := runCmd(t, nil, append(args, "-v")...)
	if res.code != 0 || !strings.Contains(res.stderr, "msg=unchanged") {
		t.Fatalf("second mail --eml -v: exit %d, stderr %q; want it to say unchanged", res.code, res.stderr)
	}
	second, _ := os.ReadFile(path)
	if st, _ := os.Stat(path); !bytes.Equal(first, second) || !st.ModTime().Equal(old) {
		t.Error("a second run with the same input rewrote the .eml")
	}
	if res := runCmd(t, nil, mailArgs("vi", "--eml", "-")...); res.code != 0 || res.stdout != string(first) {
		t.Error("--eml - does not write the same message to stdout")
	}
}

func TestMailFlags(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.eml")
	tests := []struct {
		name    string
		args    []string
		environ map[string]string
		code    int
		want    string
	}{
		{"neither --smtp nor --eml", mailArgs("vi"), nil, exitUsage, "either --smtp"},
		{"both", mailArgs("vi", "--smtp", "127.0.0.1:25", "--eml", out), nil, exitUsage, "either --smtp"},
		{"no --to", []string{"mail", "--from", "a@example.org", "--eml", out}, nil, exitUsage, "--to"},
		{"no --from", []string{"mail", "--to", "a@example.org", "--eml", out}, nil, exitUsage, "--from"},
		{"bad --to", mailArgs("vi", "--to", "nobody", "--eml", out), nil, exitUsage, `--to "nobody": not an e-mail address`},
		{"bad --from", mailArgs("vi", "--from", "Briefings", "--eml", out), nil, exitUsage, `--from "Briefings": not an e-mail address`},
		{"--lang all", mailArgs("all", "--eml", out), nil, exitUsage, "one language"},
		{"--smtp without a port", mailArgs("vi", "--smtp", "mail.example.org"), nil, exitUsage, "HOST:PORT"},
		{"a password flag", mailArgs("vi", "--smtp-password", "x", "--eml", out), nil, exitUsage, "unknown flag"},
		{"password without user", mailArgs("vi", "--eml", out), map[string]string{"DIPBRIEF_SMTP_PASSWORD": "x"}, exitUsage, "DIPBRIEF_SMTP_USER"},
		{"bad --max-attachment", mailArgs("vi", "--eml", out, "--max-attachment", "lots"), nil, exitUsage, "--max-attachment"},
		{"PDF above --max-attachment", mailArgs("vi", "--eml", out, "--max-attachment", "10KB"), nil, exitFailure, "more than --max-attachment 10 kB"},
		{"year not in the data", mailArgs("vi", "--eml", out, "--year", "2031"), nil, exitNoInput, "2031"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith(t, runOpts{environ: tc.environ}, tc.args...)
			checkOneLine(t, res, tc.code, []string{tc.want})
			if _, err := os.Stat(out); err == nil {
				t.Error("a refused run wrote the .eml")
			}
		})
	}
}

// listenAndClose is the address of a port that was free a moment ago.
func listenAndClose(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}
