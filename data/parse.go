package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseYAML turns one file into the node tree of its single document, or
// reports why it cannot (nil). A UTF-8 byte-order mark is dropped, as
// Windows editors write one; CRLF line ends are YAML line breaks already.
func parseYAML(r *report, file string, b []byte) *yaml.Node {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if off, msg := badChar(b); msg != "" {
		r.at(file, lineCol(b, off), "%s", msg)
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		r.at(file, syntaxPos(b, err), "invalid YAML: %s", syntaxMsg(err))
		return nil
	}
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
		return &doc
	case err != nil:
		r.at(file, syntaxPos(b, err), "invalid YAML: %s", syntaxMsg(err))
	default:
		r.at(file, position{line: next.Line, col: next.Column}, "a second YAML document starts here; a file holds one")
	}
	return nil
}

// badChar finds the first byte YAML may not hold: invalid UTF-8, or a
// character outside YAML's printable set. yaml.v3 rejects these too, but
// without saying where.
func badChar(b []byte) (offset int, msg string) {
	for i := 0; i < len(b); {
		c, n := utf8.DecodeRune(b[i:])
		switch {
		case c == utf8.RuneError && n == 1:
			return i, fmt.Sprintf("invalid UTF-8 byte %#x: the file must be UTF-8", b[i])
		case !printable(c):
			return i, fmt.Sprintf("character %U is not allowed in a YAML file", c)
		}
		i += n
	}
	return 0, ""
}

// printable is YAML 1.2's c-printable set.
func printable(c rune) bool {
	return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
		(c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) ||
		(c >= 0x10000 && c <= 0x10FFFF)
}

// lineCol turns a byte offset into a 1-based line and a column in characters,
// as yaml.v3 counts them.
func lineCol(b []byte, offset int) position {
	before := b[:offset]
	line := 1 + bytes.Count(before, []byte("\n"))
	start := bytes.LastIndexByte(before, '\n') + 1
	return position{line: line, col: 1 + utf8.RuneCount(before[start:])}
}

var (
	yamlLine   = regexp.MustCompile(`^yaml: line (\d+): `)
	yamlAnchor = regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced`)
)

// syntaxPos recovers the line yaml.v3 puts in its message. It leaves the line
// out when the problem is on the first line; an unknown anchor is found by
// looking for its first use.
func syntaxPos(b []byte, err error) position {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return position{line: line, col: 0}
	}
	if m := yamlAnchor.FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(b, []byte("*"+m[1])); i >= 0 {
			return lineCol(b, i)
		}
	}
	return position{line: 1, col: 0}
}

// syntaxMsg strips yaml.v3's "yaml: line N: " prefix, which the position
// already says.
func syntaxMsg(err error) string {
	return strings.TrimPrefix(yamlLine.ReplaceAllString(err.Error(), ""), "yaml: ")
}
