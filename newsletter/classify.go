package newsletter

import (
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"slices"
	"strings"
	"syscall"

	gomail "github.com/wneessen/go-mail"
)

// classify turns go-mail's errors into what an operator acts on: whether
// to try again later, and the server's own words on one line.
func classify(addr string, err error) error {
	if err == nil {
		return nil
	}
	var se *gomail.SendError
	var te *textproto.Error
	switch {
	case errors.As(err, &se):
		return &DeliveryError{Addr: addr, Temporary: se.IsTemp(), Code: se.ErrorCode(), Detail: sendDetail(se)}
	case errors.As(err, &te):
		return &DeliveryError{Addr: addr, Temporary: te.Code/100 == 4, Code: te.Code, Detail: detail(err)}
	case strings.Contains(err.Error(), "does not support STARTTLS"): // go-mail's words under TLSMandatory
		return fmt.Errorf("%s: %w", addr, ErrNoSTARTTLS)
	case unreachable(err):
		return &DeliveryError{Addr: addr, Temporary: true, Detail: detail(err)}
	}
	return &DeliveryError{Addr: addr, Detail: detail(err)}
}

// unreachable is a server that is down, refusing connections or too slow,
// or a name the resolver could not look up for now: all may pass.
func unreachable(err error) bool {
	var ne net.Error
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		return dns.IsTemporary || dns.IsTimeout
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return true
	case errors.As(err, &ne):
		return ne.Timeout()
	}
	return false
}

// sendDetail is go-mail's account of a refusal without the message id it
// appends, which says nothing to the person reading the line, and with a
// reply given once per recipient said once.
func sendDetail(se *gomail.SendError) string {
	s, _, _ := strings.Cut(se.Error(), ", affected message ID: ")
	head, rcpts, ok := strings.Cut(s, ", affected recipient(s): ")
	head = strings.Join(slices.Compact(strings.Split(head, ", ")), ", ")
	if ok {
		head += ", affected recipient(s): " + rcpts
	}
	return oneLine(head)
}

// detail drops go-mail's "dial failed: " from an error: the line says
// what was being done already.
func detail(err error) string { return oneLine(strings.TrimPrefix(err.Error(), "dial failed: ")) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
