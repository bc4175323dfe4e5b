package data

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
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

func (d *decoder) scalar(n *yaml.Node, v reflect.Value, key string) {
	if v.Kind() == reflect.String {
		if !d.want(n, yaml.ScalarNode, "text", key) {
			return
		}
		if msg := yaml11Text(n); msg != "" {
			d.fail(n, key, "%s", msg)
			return
		}
		v.SetString(d.text(n, key))
		return
	}
	want, ok := scalars[v.Kind()]
	if !ok {
		panic(fmt.Sprintf("data: no decoder for %s", v.Type())) // types.go grew a field kind
	}
	tag := n.ShortTag()
	fits := n.Kind == yaml.ScalarNode && slices.Contains(want.tags, tag)
	if fits && decodeCommon(tag, n.Value, v) {
		return
	}
	if msg := yaml11Value(n, v.Kind()); msg != "" {
		d.fail(n, key, "%s", msg)
		return
	}
	if !fits {
		d.fail(n, key, "want %s, got %s", want.what, describe(n))
		return
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		d.fail(n, key, "%s does not fit in %s", n.Value, v.Type())
	}
}

// decodeCommon sets v from the commonest forms of a number or a boolean,
// "21", "-1.5", "true", to what yaml.v3 would decode them to, without the
// cost of its decoder. It reports false for any other form ("0x1F", "1_000",
// ".inf", "007"), for yaml.v3 to decode.
func decodeCommon(tag, s string, v reflect.Value) bool {
	switch {
	case v.Kind() == reflect.Bool && (s == "true" || s == "false"):
		v.SetBool(s == "true")
		return true
	case tag == "!!int" && decimal(s, false):
		i, err := strconv.ParseInt(s, 10, 64)
		switch {
		case err != nil:
			return false
		case v.Kind() == reflect.Float64:
			v.SetFloat(float64(i))
			return true
		case v.Kind() == reflect.Int && !v.OverflowInt(i):
			v.SetInt(i)
			return true
		}
	case tag == "!!float" && v.Kind() == reflect.Float64 && decimal(s, true):
		f, err := strconv.ParseFloat(s, 64)
		if err == nil {
			v.SetFloat(f)
			return true
		}
	}
	return false
}

// decimal reports whether s is a number in plain decimals, -12 or 0.5 (a
// fraction only if frac), with no leading zero: YAML reads 010 as octal.
func decimal(s string, frac bool) bool {
	whole, fraction, dot := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	return whole != "" && only(whole, digits) && (whole == "0" || whole[0] != '0') &&
		(!dot || frac && fraction != "" && only(fraction, digits))
}

// text is a string value put in NFC, and checked for what no field may hold.
func (d *decoder) text(n *yaml.Node, key string) string {
	s, clean := n.Value, plainText(n.Value)
	if !clean {
		s = nfc(s)
	}
	d.texts = append(d.texts, textAt{file: d.file, path: d.path(key), text: s})
	if len(s) > maxText {
		d.fail(n, key, "text is %d bytes long; at most %d", len(s), maxText)
		return s
	}
	if clean {
		return s
	}
	// A mark with no letter before it would sit on whatever the briefing
	// sets in front of the text ("2024年" before a title).
	if c, _ := utf8.DecodeRuneInString(s); unicode.Is(unicode.M, c) {
		d.fail(n, key, "text starts with the combining mark %U, which has no letter to go on", c)
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
			d.fail(n, key, "line break in a one-line field (fold it with >- or join the lines)")
		case unicode.IsControl(c):
			d.fail(n, key, "control character %U in text", c)
		case unicode.Is(unicode.Bidi_Control, c):
			d.fail(n, key, "bidirectional control character %U in text", c)
		default:
			continue
		}
		break
	}
	return s
}

// plainText reports whether s has only composed runes and no controls: it
// is in NFC, and has nothing for text to check rune by rune (no mark, line
// break, control or bidirectional control character), which is the case of
// nearly every string of the data.
func plainText(s string) bool {
	for _, c := range s {
		if c < 0x20 || c >= 0x7F && c <= 0x9F || !composed(c) {
			return false
		}
	}
	return true
}

// date reads a Date from its text, whatever YAML made of it: 2024 is an int
// and 2024-12-24 a timestamp to YAML, but both are dates here.
func (d *decoder) date(n *yaml.Node, v reflect.Value, key string) {
	if !d.want(n, yaml.ScalarNode, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", key) {
		return
	}
	date, err := ParseDate(n.Value)
	if err != nil {
		d.fail(n, key, "%s", err)
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
