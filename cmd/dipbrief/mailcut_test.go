package main

import (
	"strings"
	"testing"
	"time"
)

// mailCut is one misbehaviour of the server and the status it must give.
type mailCut struct {
	at, do string
	code   int
	says   string // what the line says of the step, after "sending through ADDR: "
}

// mailCuts are every way a conversation can break before the server has
// accepted the message: a hang-up, a reset and silence at each step, each
// worth a retry (75); and the server's own replies, 4xx for later (75),
// 5xx for good (1).
func mailCuts() []mailCut {
	var cuts []mailCut
	steps := []struct{ at, says string }{ // what the line names of each step
		{"greeting", ""}, {"EHLO", "EHLO"}, {"AUTH", "AUTH"}, {"MAIL", "MAIL FROM"}, {"RCPT", "RCPT TO"},
		{"DATA", "DATA command"}, {"body", ""}, {"dot", "closing SMTP DATA writer"},
	}
	for _, st := range steps {
		for _, do := range []string{"close", "reset", "silent"} {
			cuts = append(cuts, mailCut{st.at, do, exitTempFail, st.says})
		}
	}
	return append(cuts,
		mailCut{"greeting", "421 4.3.2 Service not available", exitTempFail, "421"},
		mailCut{"greeting", "554 5.3.2 No SMTP service here", exitFailure, "554"},
		mailCut{"EHLO", "421 4.3.2 Shutting down", exitTempFail, "421"},
		mailCut{"AUTH", "454 4.7.0 Temporary authentication failure", exitTempFail, "454"},
		mailCut{"AUTH", "535 5.7.8 Authentication credentials invalid", exitFailure, "535"},
		mailCut{"MAIL", "451 4.3.0 Try again later", exitTempFail, "451"},
		mailCut{"MAIL", "550 5.7.1 Sender refused", exitFailure, "550"},
		mailCut{"RCPT", "450 4.2.1 Mailbox busy", exitTempFail, "450"},
		mailCut{"RCPT", "550 5.1.1 No such user", exitFailure, "550"},
		mailCut{"DATA", "451 4.3.0 Try again later", exitTempFail, "451"},
		mailCut{"DATA", "554 5.5.1 No valid recipients", exitFailure, "554"},
		mailCut{"dot", "452 4.3.1 Insufficient storage", exitTempFail, "452"},
		mailCut{"dot", "554 5.7.1 Message refused", exitFailure, "554"},
	)
}

// TestMailCutAtEveryStep runs mail against a server that misbehaves at
// each step in each way, and checks the status, that stderr is one line
// naming the server, and that no message was taken.
func TestMailCutAtEveryStep(t *testing.T) {
	creds := map[string]string{"DIPBRIEF_SMTP_USER": "newsletter", "DIPBRIEF_SMTP_PASSWORD": "s3cret"}
	for _, tc := range mailCuts() {
		t.Run(tc.at+" "+strings.Fields(tc.do)[0], func(t *testing.T) {
			auth := tc.at == "AUTH"
			srv := startFlaky(t, tc.at, tc.do, auth)
			o := runOpts{smtpWait: time.Second} // how long silence lasts; every step here answers in microseconds
			if auth {
				o.environ = creds
			}
			res := runWith(t, o, mailArgs("vi", "--smtp", srv.addr, "--smtp-insecure")...)
			want := "dipbrief: sending through " + srv.addr + ": "
			if res.code != tc.code || !strings.HasPrefix(res.stderr, want) || strings.Count(res.stderr, "\n") != 1 || !strings.Contains(res.stderr, tc.says) {
				t.Errorf("exit %d, stderr %q; want %d and one line %q…%q", res.code, res.stderr, tc.code, want, tc.says)
			}
			if temp := strings.HasSuffix(res.stderr, " (temporary: try again later)\n"); temp != (tc.code == exitTempFail) {
				t.Errorf("stderr %q: says temporary %v, want %v", res.stderr, temp, tc.code == exitTempFail)
			}
			if n := srv.accepted(); n != 0 {
				t.Errorf("the server took %d messages", n)
			}
		})
	}
}
