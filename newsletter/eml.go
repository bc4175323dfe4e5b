package newsletter

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
)

// randomBoundary is how go-mail's multipart writer names its boundaries:
// 30 random bytes in hex, drawn anew for every message.
var randomBoundary = regexp.MustCompile(`boundary=([0-9a-f]{60})\b`)

// WriteEML writes the message as an RFC 5322 file. go-mail draws its MIME
// boundaries at random; here each is replaced by one derived from the
// content hash, so the same Letter always gives the same bytes and a
// cron job that writes it again changes nothing.
func (l *Letter) WriteEML(w io.Writer) error {
	m, err := l.Message()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return fmt.Errorf("newsletter: %w", err)
	}
	text, html, err := l.bodies()
	if err != nil {
		return err
	}
	b, err := fixBoundaries(buf.Bytes(), fmt.Sprintf("%x", l.digest(text, html)[16:28]))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// fixBoundaries renames each random boundary to "dipbrief-<token>-<n>",
// n counting from the outermost part. Letters, digits and '-' need no
// quoting in a Content-Type; base64 has no '-', and the token is a hash
// of the texts, which therefore cannot contain it: no part can hold a
// line that looks like a boundary.
func fixBoundaries(msg []byte, token string) ([]byte, error) {
	found := randomBoundary.FindAllSubmatch(msg, -1)
	if len(found) == 0 {
		return nil, fmt.Errorf("newsletter: no MIME boundary found in the message")
	}
	for i, f := range found {
		msg = bytes.ReplaceAll(msg, f[1], fmt.Appendf(nil, "dipbrief-%s-%d", token, i+1))
	}
	return msg, nil
}
