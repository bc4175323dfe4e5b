package newsletter

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"net/mail"
	"strings"
	"time"

	"github.com/dipbrief/dipbrief/edition"
	gomail "github.com/wneessen/go-mail"
)

// Letter is one newsletter message: a year's briefing in one language.
type Letter struct {
	From    string   // "Name <addr@example.org>" or "addr@example.org"
	To      []string // at least one
	Subject string   // empty for the edition's default, see DefaultSubject
	Date    time.Time
	Edition *edition.Edition // the briefing the PDF holds: its figures, sources and wording
	Chart   Image            // shown in the HTML body; no Data for none
	PDF     File             // the briefing, attached
	Agent   string           // the User-Agent header, e.g. "dipbrief 0.1.0"
}

// File is an attachment's name, as the reader will see it, and bytes.
type File struct {
	Name string
	Data []byte
}

// Image is a PNG shown in the HTML body: Title is its heading, Alt what it
// shows for a reader who cannot see it.
type Image struct {
	File
	Title, Alt string
}

// ErrAddress marks a From or To that is not an e-mail address.
var ErrAddress = errors.New("not an e-mail address")

// DefaultSubject is "Briefing: <the edition's title>" in its language.
func (l *Letter) DefaultSubject() string {
	return l.Edition.Mail.Subject
}

func (l *Letter) subject() string {
	if s := strings.TrimSpace(l.Subject); s != "" {
		return s
	}
	return l.DefaultSubject()
}

// Message builds the go-mail message. Its Message-ID comes from a hash of
// everything but the Date, so a retried send of the same briefing carries
// the same id and a mail reader that has it already can drop the copy.
func (l *Letter) Message() (*gomail.Msg, error) {
	if l.Edition == nil || len(l.PDF.Data) == 0 {
		return nil, errors.New("newsletter: a letter needs a summary and a PDF")
	}
	text, html, err := l.bodies()
	if err != nil {
		return nil, err
	}
	from, err := mail.ParseAddress(l.From)
	if err != nil {
		return nil, fmt.Errorf("%w: from %q: %v", ErrAddress, l.From, err)
	}
	if len(l.To) == 0 {
		return nil, fmt.Errorf("%w: no recipient", ErrAddress)
	}
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	m.FromMailAddress(from)
	for _, to := range l.To {
		if err := m.AddTo(to); err != nil {
			return nil, fmt.Errorf("%w: to %q", ErrAddress, to)
		}
	}
	m.Subject(l.subject())
	m.SetDateWithValue(l.Date)
	m.SetMessageIDWithValue(fmt.Sprintf("%x.dipbrief@%s", l.digest(text, html)[:16], domain(from.Address)))
	if l.Agent != "" {
		m.SetUserAgent(l.Agent)
	}
	m.SetBodyString(gomail.TypeTextPlain, text)
	m.AddAlternativeString(gomail.TypeTextHTML, html)
	if len(l.Chart.Data) > 0 {
		m.EmbedReadSeeker(l.Chart.Name, bytes.NewReader(l.Chart.Data),
			gomail.WithFileContentType("image/png"), gomail.WithFileContentID("<"+l.Chart.Name+">"))
	}
	m.AttachReadSeeker(l.PDF.Name, bytes.NewReader(l.PDF.Data), gomail.WithFileContentType("application/pdf"))
	return m, nil
}

// digest hashes what the reader receives, bar the Date: each field with
// its length first, so no two letters hash alike by shifting text about.
func (l *Letter) digest(text, html string) []byte {
	h := sha256.New()
	for _, s := range append([]string{l.From, l.subject(), l.Agent, text, html, l.Chart.Name, l.PDF.Name}, l.To...) {
		field(h, []byte(s))
	}
	field(h, l.Chart.Data)
	field(h, l.PDF.Data)
	return h.Sum(nil)
}

func field(h hash.Hash, b []byte) {
	binary.Write(h, binary.BigEndian, uint64(len(b)))
	h.Write(b)
}

func domain(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i < len(addr)-1 {
		return addr[i+1:]
	}
	return "localhost"
}
