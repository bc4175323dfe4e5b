package newsletter

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Server is where and how to deliver.
type Server struct {
	Addr     string // host:port; port 465 speaks TLS from the start, any other must offer STARTTLS
	Insecure bool   // send in clear text if the server has no STARTTLS (a trusted local relay)
	User     string // SMTP AUTH, only when set; the mechanism is the safest both sides know
	Password string
	RootCAs  *x509.CertPool // nil for the system's
	Timeout  time.Duration  // 0 for 30 s
}

// ErrNoSTARTTLS is a server that would take the message only in clear text.
var ErrNoSTARTTLS = errors.New("the server does not offer STARTTLS")

// DeliveryError is a failed delivery; Temporary says trying again later
// may succeed: a 4xx reply, or a server that could not be reached.
type DeliveryError struct {
	Addr      string
	Temporary bool
	Code      int    // the SMTP reply code, 0 when there was none
	Detail    string // what failed, with the server's reply or the network's words, on one line
}

func (e *DeliveryError) Error() string {
	s := "sending through " + e.Addr + ": " + e.Detail
	if e.Temporary {
		s += " (temporary: try again later)"
	}
	return s
}

// Send delivers m through s. The error is ErrNoSTARTTLS (wrapped), a
// *DeliveryError, or one that is neither when the settings are wrong.
func Send(ctx context.Context, m *gomail.Msg, s Server) error {
	host, portStr, err := net.SplitHostPort(s.Addr)
	if err != nil {
		return fmt.Errorf("server address %q: want HOST:PORT: %w", s.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 1 || port > 65535 {
		return fmt.Errorf("server address %q: port %q is not a number from 1 to 65535", s.Addr, portStr)
	}
	c, err := gomail.NewClient(host, s.options(host, port)...)
	if err != nil {
		return fmt.Errorf("smtp %s: %w", s.Addr, err)
	}
	return classify(s.Addr, c.DialAndSendWithContext(ctx, m))
}

func (s Server) options(host string, port int) []gomail.Option {
	timeout := s.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	opts := []gomail.Option{
		gomail.WithPort(port), gomail.WithTimeout(timeout),
		gomail.WithTLSConfig(&tls.Config{ServerName: host, RootCAs: s.RootCAs, MinVersion: tls.VersionTLS12}),
	}
	switch {
	case port == 465:
		opts = append(opts, gomail.WithSSL())
	case s.Insecure:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if s.User != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.User), gomail.WithPassword(s.Password))
	}
	return opts
}
