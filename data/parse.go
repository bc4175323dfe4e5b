package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parsed is one file read into a YAML tree, or what stopped it and where.
type parsed struct {
	root *yaml.Node
	at   position
	msg  string
}

// parseFile reads one file without touching the report, so that the files
// of a dataset can be parsed at the same time.
func parseFile(b []byte) parsed {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if off, msg := badChar(b); msg != "" {
		return parsed{at: lineCol(b, off), msg: msg}
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return parsed{at: syntaxPos(b, err), msg: "invalid YAML: " + syntaxMsg(err)}
	}
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
		return parsed{root: &doc}
	case err != nil:
		return parsed{at: syntaxPos(b, err), msg: "invalid YAML: " + syntaxMsg(err)}
	}
	return parsed{at: position{line: next.Line, col: next.Column}, msg: "a second YAML document starts here; a file holds one"}
}

// badChar finds the first byte YAML may not hold: invalid UTF-8, or a
// character outside YAML's printable set. yaml.v3 rejects these too, but
// without saying where.
func badChar(b []byte) (offset int, msg string) {
	for i := 0; i < len(b); {
		if c := b[i]; c >= 0x20 && c < 0x7F || c == '\n' { // most of a file
			i++
			continue
		}
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

// The parts of yaml.v3's messages; compiled on the first syntax error, not
// by every process that loads a dataset.
var (
	yamlLine   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): `) })
	yamlAnchor = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced`) })
)

// syntaxPos recovers the line yaml.v3 puts in its message. It leaves the line
// out when the problem is on the first line; an unknown anchor is found by
// looking for its first use.
func syntaxPos(b []byte, err error) position {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return position{line: line, col: 0}
	}
	if m := yamlAnchor().FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(b, []byte("*"+m[1])); i >= 0 {
			return lineCol(b, i)
		}
	}
	return position{line: 1, col: 0}
}

// syntaxMsg strips yaml.v3's "yaml: line N: " prefix, which the position
// already says.
func syntaxMsg(err error) string {
	return strings.TrimPrefix(yamlLine().ReplaceAllString(err.Error(), ""), "yaml: ")
}
