package main

import (
	"bufio"
	"net"
	"strings"
	"sync"
	"testing"
)

// flakySMTP is an SMTP server on 127.0.0.1 that misbehaves on purpose at
// one step of the conversation: it hangs up (close), resets the
// connection (reset), says nothing more (silent), or answers with a reply
// of its own (a 4xx or 5xx line). It speaks plain SMTP without STARTTLS,
// so clients reach it with --smtp-insecure; it accepts AUTH CRAM-MD5 (the
// one mechanism go-mail uses without TLS) when asked to offer it.
type flakySMTP struct {
	addr  string
	at    string // greeting, EHLO, AUTH, MAIL, RCPT, DATA, body, dot
	do    string // close, reset, silent, or a reply line such as "421 4.3.2 shutting down"
	auth  bool   // offer AUTH PLAIN
	mu    sync.Mutex
	taken int // messages accepted (250 after the final dot)
	conns []net.Conn
}

func startFlaky(t *testing.T, at, do string, auth bool) *flakySMTP {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &flakySMTP{addr: l.Addr().String(), at: at, do: do, auth: auth}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns = append(s.conns, c)
			s.mu.Unlock()
			go s.serve(c)
		}
	}()
	t.Cleanup(func() {
		l.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, c := range s.conns {
			c.Close()
		}
	})
	return s
}

func (s *flakySMTP) accepted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.taken
}

// step answers one step of the conversation, or misbehaves there; it
// reports whether the conversation goes on.
func (s *flakySMTP) step(c net.Conn, r *bufio.Reader, name, reply string) bool {
	if name != s.at {
		c.Write([]byte(reply + "\r\n"))
		return true
	}
	switch s.do {
	case "close":
		c.Close()
	case "reset":
		c.(*net.TCPConn).SetLinger(0)
		c.Close()
	case "silent":
		for { // read on, answer nothing, until the client gives up
			if _, err := r.ReadString('\n'); err != nil {
				return false
			}
		}
	default:
		c.Write([]byte(s.do + "\r\n"))
		return name != "greeting"
	}
	return false
}

func (s *flakySMTP) serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	if !s.step(c, r, "greeting", "220 localhost ESMTP flaky") {
		return
	}
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		var ok bool
		switch verb {
		case "EHLO", "HELO":
			ehlo := "250-localhost\r\n250-8BITMIME\r\n250-SIZE 52428800\r\n250 SMTPUTF8"
			if s.auth {
				ehlo = "250-localhost\r\n250-8BITMIME\r\n250-AUTH CRAM-MD5\r\n250 SMTPUTF8"
			}
			ok = s.step(c, r, "EHLO", ehlo)
		case "AUTH": // CRAM-MD5: a challenge, the client's answer, the verdict
			c.Write([]byte("334 PDEyMzQ1QGxvY2FsaG9zdD4=\r\n"))
			if _, err := r.ReadString('\n'); err != nil {
				return
			}
			ok = s.step(c, r, "AUTH", "235 2.7.0 Authentication successful")
		case "MAIL":
			ok = s.step(c, r, "MAIL", "250 2.1.0 Ok")
		case "RCPT":
			ok = s.step(c, r, "RCPT", "250 2.1.5 Ok")
		case "DATA":
			if s.at == "DATA" { // misbehave instead of 354: no message follows
				ok = s.step(c, r, "DATA", "")
				break
			}
			c.Write([]byte("354 End data with <CR><LF>.<CR><LF>\r\n"))
			ok = s.data(c, r)
		case "RSET", "NOOP":
			ok = s.step(c, r, verb, "250 2.0.0 Ok")
		case "QUIT":
			c.Write([]byte("221 2.0.0 Bye\r\n"))
			return
		default:
			ok = s.step(c, r, verb, "502 5.5.2 Command not recognized")
		}
		if !ok {
			return
		}
	}
}

// data reads the message up to the final dot, misbehaving after its first
// line for "body", and answers the dot.
func (s *flakySMTP) data(c net.Conn, r *bufio.Reader) bool {
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return false
		}
		if s.at == "body" {
			s.step(c, r, "body", "")
			return false
		}
		if line == ".\r\n" {
			break
		}
	}
	if s.at == "dot" {
		return s.step(c, r, "dot", "") // after a reply of its own, the client may say QUIT
	}
	c.Write([]byte("250 2.0.0 Ok: queued\r\n"))
	s.mu.Lock()
	s.taken++
	s.mu.Unlock()
	return true
}
