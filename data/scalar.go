package data

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// maxText bounds a string, in bytes: the longest note is a paragraph, and a
// runaway paste should not reach the PDF.
const maxText = 10_000

// scalars says which YAML tags each Go kind accepts and how to name them.
// Strings accept any scalar by its text (a bare 2024 is the text "2024");
// numbers and booleans accept only their own tags, so a quoted "22" is an
// error rather than a silent conversion.
var scalars = map[reflect.Kind]struct {
	tags []string
	what string
}{
	reflect.Bool:    {[]string{"!!bool"}, "true or false"},
	reflect.Int:     {[]string{"!!int"}, "a whole number"},
	reflect.Float64: {[]string{"!!int", "!!float"}, "a number"},
}

func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) {
	if v.Kind() == reflect.String {
		if d.want(n, yaml.ScalarNode, "text", path) {
			v.SetString(d.text(n, path))
		}
		return
	}
	want, ok := scalars[v.Kind()]
	if !ok {
		panic(fmt.Sprintf("data: no decoder for %s", v.Type())) // types.go grew a field kind
	}
	if n.Kind != yaml.ScalarNode || !slices.Contains(want.tags, n.ShortTag()) {
		d.fail(n, path, "want %s, got %s", want.what, describe(n))
		return
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		d.fail(n, path, "%s does not fit in %s", n.Value, v.Type())
	}
}

// text is a string value put in NFC, and checked for what no field may hold.
func (d *decoder) text(n *yaml.Node, path string) string {
	s := norm.NFC.String(n.Value)
	d.r.pos.texts = append(d.r.pos.texts, textAt{file: d.file, path: path, text: s})
	if len(s) > maxText {
		d.fail(n, path, "text is %d bytes long; at most %d", len(s), maxText)
		return s
	}
	// A mark with no letter before it would sit on whatever the briefing
	// sets in front of the text ("2024年" before a title).
	if c, _ := utf8.DecodeRuneInString(s); unicode.Is(unicode.M, c) {
		d.fail(n, path, "text starts with the combining mark %U, which has no letter to go on", c)
		return s
	}
	for _, c := range s {
		// U+2028 and U+2029 (a "\L" or "\P" escape, or a paste from a word
		// processor) break a line as surely as \n does, though not controls.
		// Bidirectional controls are invisible and would only reorder the
		// text a reader copies out of a briefing set left to right.
		brk := c == '\n' || c == '\u2028' || c == '\u2029'
		switch {
		case brk && d.multi:
			continue
		case brk:
			d.fail(n, path, "line break in a one-line field (fold it with >- or join the lines)")
		case unicode.IsControl(c):
			d.fail(n, path, "control character %U in text", c)
		case unicode.Is(unicode.Bidi_Control, c):
			d.fail(n, path, "bidirectional control character %U in text", c)
		default:
			continue
		}
		break
	}
	return s
}

// date reads a Date from its text, whatever YAML made of it: 2024 is an int
// and 2024-12-24 a timestamp to YAML, but both are dates here.
func (d *decoder) date(n *yaml.Node, v reflect.Value, path string) {
	if !d.want(n, yaml.ScalarNode, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", path) {
		return
	}
	date, err := ParseDate(n.Value)
	if err != nil {
		d.fail(n, path, "%s", err)
		return
	}
	v.Set(reflect.ValueOf(date))
}

// describe names what a node holds, for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch tag := n.ShortTag(); tag {
	case "!!str":
		return "the text " + strconv.Quote(clip(n.Value))
	case "!!int", "!!float":
		return "the number " + clip(n.Value)
	case "!!bool":
		return n.Value
	case "!!null":
		return "nothing"
	case "!!timestamp":
		return "the date " + clip(n.Value)
	default:
		return fmt.Sprintf("%q tagged %s", clip(n.Value), tag)
	}
}

// clip shortens a value quoted in a message to a readable length.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:39]) + "…"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
