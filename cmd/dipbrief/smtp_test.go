package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// smtpConfig is how a test's SMTP server behaves.
type smtpConfig struct {
	tls      bool            // offer STARTTLS
	user     string          // require AUTH PLAIN with user and pass (only over TLS)
	pass     string          //
	rcptFail *smtp.SMTPError // answer RCPT TO with this
	dataFail *smtp.SMTPError // answer the end of DATA with this
}

// testSMTP is a real SMTP server (github.com/emersion/go-smtp) on
// 127.0.0.1, started for one test: the client under test talks SMTP to
// it over TCP as it would to a mail provider.
type testSMTP struct {
	addr  string
	roots *x509.CertPool // trusts the server's certificate
	cfg   smtpConfig

	mu    sync.Mutex
	got   []received
	authd []string // users who logged in
}

// received is a message as the server took it.
type received struct {
	from string
	to   []string
	data []byte
	tls  bool
}

func startSMTP(t *testing.T, cfg smtpConfig) *testSMTP {
	t.Helper()
	s := &testSMTP{cfg: cfg}
	srv := smtp.NewServer(s)
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.MaxMessageBytes = 30 << 20
	if cfg.tls {
		cert, roots := selfSigned(t)
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		s.roots = roots
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.addr = l.Addr().String()
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return s
}

func (s *testSMTP) messages() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.got...)
}

// NewSession makes the server a go-smtp Backend.
func (s *testSMTP) NewSession(c *smtp.Conn) (smtp.Session, error) {
	_, isTLS := c.TLSConnectionState()
	return &session{srv: s, tls: isTLS}, nil
}

type session struct {
	srv   *testSMTP
	tls   bool
	authd bool
	msg   received
}

func (ss *session) AuthMechanisms() []string {
	if ss.srv.cfg.user == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != ss.srv.cfg.user || pass != ss.srv.cfg.pass {
			return smtp.ErrAuthFailed
		}
		ss.authd = true
		ss.srv.mu.Lock()
		ss.srv.authd = append(ss.srv.authd, user)
		ss.srv.mu.Unlock()
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.srv.cfg.user != "" && !ss.authd {
		return smtp.ErrAuthRequired
	}
	ss.msg = received{from: from}
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if ss.srv.cfg.rcptFail != nil {
		return ss.srv.cfg.rcptFail
	}
	ss.msg.to = append(ss.msg.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if ss.srv.cfg.dataFail != nil {
		return ss.srv.cfg.dataFail
	}
	ss.msg.data, ss.msg.tls = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), ss.tls
	ss.srv.mu.Lock()
	ss.srv.got = append(ss.srv.got, ss.msg)
	ss.srv.mu.Unlock()
	return nil
}

func (ss *session) Reset()        { ss.msg = received{} }
func (ss *session) Logout() error { return nil }

// selfSigned is a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "dipbrief test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}
