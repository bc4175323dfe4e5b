// Package mimetest reads an e-mail message back with the standard
// library alone (net/mail, mime, mime/multipart, mime/quotedprintable),
// so tests check what any mail reader would see rather than what the
// library that wrote it believes it wrote.
package mimetest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
)

// Part is a leaf of the MIME tree with its body decoded.
type Part struct {
	Type   string            // media type, e.g. "text/plain"
	Params map[string]string // of Content-Type, e.g. charset, name
	Header textproto.MIMEHeader
	Body   []byte
	Within []string // the multipart types around it, outermost first
}

// Message is a parsed message: its header and its leaves in order.
type Message struct {
	Header mail.Header
	Parts  []Part
}

// Parse reads raw as an RFC 5322 message and walks its MIME tree.
func Parse(raw []byte) (*Message, error) {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	msg := &Message{Header: m.Header}
	h := textproto.MIMEHeader(m.Header)
	if err := msg.walk(h, m.Body, nil); err != nil {
		return nil, err
	}
	return msg, nil
}

func (msg *Message) walk(h textproto.MIMEHeader, body io.Reader, within []string) error {
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		return fmt.Errorf("Content-Type %q: %w", h.Get("Content-Type"), err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		b, err := decode(h.Get("Content-Transfer-Encoding"), body)
		if err != nil {
			return fmt.Errorf("%s: %w", mt, err)
		}
		msg.Parts = append(msg.Parts, Part{Type: mt, Params: params, Header: h, Body: b, Within: within})
		return nil
	}
	r := multipart.NewReader(body, params["boundary"])
	for {
		p, err := r.NextRawPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", mt, err)
		}
		if err := msg.walk(p.Header, p, append(append([]string(nil), within...), mt)); err != nil {
			return err
		}
	}
}

func decode(cte string, r io.Reader) ([]byte, error) {
	switch strings.ToLower(cte) {
	case "base64":
		return io.ReadAll(base64.NewDecoder(base64.StdEncoding, r))
	case "quoted-printable":
		return io.ReadAll(quotedprintable.NewReader(r))
	}
	return io.ReadAll(r)
}

// Find is the first part of media type mt, or nil.
func (msg *Message) Find(mt string) *Part {
	for i := range msg.Parts {
		if msg.Parts[i].Type == mt {
			return &msg.Parts[i]
		}
	}
	return nil
}

// Subject is the decoded Subject header.
func (msg *Message) Subject() (string, error) {
	return new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
}
