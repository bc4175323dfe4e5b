package newsletter

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"

	gomail "github.com/wneessen/go-mail"
)

// classify turns go-mail's errors into what an operator acts on: whether
// to try again later, and the server's own words on one line.
//
// Any failure before the server has accepted the message that is not the
// server's own final answer may pass: the connection refused, reset or
// closed, or silence, at any step, even after the final dot (the message
// may then have arrived; a retry can send it twice, which beats never).
// go-mail's *SendError does not unwrap to the network error it holds, so
// a SendError at an SMTP step with no reply code is such a failure: the
// server never answered.
func classify(addr string, err error) error {
	if err == nil {
		return nil
	}
	var se *gomail.SendError
	var te *textproto.Error
	switch {
	case errors.As(err, &se):
		temp := se.IsTemp() || se.ErrorCode() == 0 && slices.Contains(conversation, se.Reason)
		return &DeliveryError{Addr: addr, Temporary: temp, Code: se.ErrorCode(), Detail: sendDetail(se)}
	case errors.As(err, &te):
		return &DeliveryError{Addr: addr, Temporary: te.Code/100 == 4, Code: te.Code, Detail: detail(err)}
	case strings.Contains(err.Error(), "does not support STARTTLS"): // go-mail's words under TLSMandatory
		return fmt.Errorf("%s: %w", addr, ErrNoSTARTTLS)
	case unreachable(err) || cut(err):
		return &DeliveryError{Addr: addr, Temporary: true, Detail: detail(err)}
	}
	return &DeliveryError{Addr: addr, Detail: detail(err)}
}

// conversation are the steps of a delivery where go-mail talks to the
// server; a SendError at any other (reading our own message's addresses)
// is no network failure.
var conversation = []gomail.SendErrReason{
	gomail.ErrSMTPMailFrom, gomail.ErrSMTPRcptTo, gomail.ErrSMTPData, gomail.ErrSMTPDataClose,
	gomail.ErrSMTPReset, gomail.ErrWriteContent, gomail.ErrConnCheck,
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

// cut is a connection that broke under the conversation: closed by the
// server (EOF), reset, or failing to read or write, at any step.
func cut(err error) bool {
	var op *net.OpError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.EPIPE), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.ETIMEDOUT):
		return true
	case errors.As(err, &op):
		return op.Op == "dial" || op.Op == "read" || op.Op == "write"
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
	return oneLine(previousError().ReplaceAllString(head, ""))
}

// previousError is go-mail's preface to each write after a broken one,
// which only hides the network's words.
var previousError = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(failed to write due to previous error: )+`)
})

// detail drops go-mail's "dial failed: " from an error: the line says
// what was being done already.
func detail(err error) string { return oneLine(strings.TrimPrefix(err.Error(), "dial failed: ")) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
