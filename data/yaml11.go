package data

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// YAML 1.1, which many editors, linters and converters still follow, reads
// some plain scalars unlike YAML 1.2: 021 is octal 17 there, 1:20 is 80,
// and no is false. The loader reads YAML 1.2, but an analyst who typed 021
// meant 21, and a tool that reads the file as YAML 1.1 would see 17; so a
// scalar whose meaning depends on the version is refused, with what each
// reading makes of it.

// yaml11Bools are YAML 1.1's words for true and false, beyond YAML 1.2's.
var yaml11Bools = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
}

// sexagesimal is YAML 1.1's base-60 number (1:20 for 80), which YAML 1.2
// reads as text.
var sexagesimal = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`)
})

// plainScalar reports whether n is written without quotes or a block
// style: only such a scalar is read by rules that differ between versions.
func plainScalar(n *yaml.Node) bool {
	const written = yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle
	return n.Kind == yaml.ScalarNode && n.Style&written == 0
}

// yaml11Text says why a plain text value would be a boolean to a YAML 1.1
// reader (the "Norway problem": country code NO), or "" when it would not.
func yaml11Text(n *yaml.Node) string {
	b, ok := yaml11Bools[n.Value]
	if !plainScalar(n) || !ok {
		return ""
	}
	return fmt.Sprintf("%s is %t in YAML 1.1 and text in YAML 1.2: quote it (%q) to keep it text", n.Value, b, n.Value)
}

// yaml11Value says why a plain scalar given for a number or a boolean
// would be read otherwise by a YAML 1.1 reader, or by a person, or ""
// when it means what it looks like.
func yaml11Value(n *yaml.Node, kind reflect.Kind) string {
	if !plainScalar(n) {
		return ""
	}
	s := n.Value
	if b, ok := yaml11Bools[s]; ok {
		if kind == reflect.Bool {
			return fmt.Sprintf("%s is %t in YAML 1.1 and text in YAML 1.2: write %t", s, b, b)
		}
		return fmt.Sprintf("%s is %t in YAML 1.1 and text in YAML 1.2: want a number", s, b)
	}
	if kind == reflect.Bool {
		return ""
	}
	if sexagesimal().MatchString(s) {
		return fmt.Sprintf("%s is the base-60 number %s in YAML 1.1 and text in YAML 1.2: write the number in plain decimals", s, base60(s))
	}
	if tag := n.ShortTag(); tag != "!!int" && tag != "!!float" {
		return ""
	}
	return numberForm(s)
}

// numberForm says what is wrong with a number YAML reads as one but that
// is not in plain decimals, or "" when it is.
func numberForm(s string) string {
	body := strings.TrimLeft(s, "+-")
	read := readAs(s)
	switch prefix := strings.ToLower(body[:min(2, len(body))]); {
	case prefix == "0x":
		return fmt.Sprintf("number %s is hexadecimal (%s): write it in plain decimals", s, read)
	case prefix == "0o":
		return fmt.Sprintf("number %s is octal (%s): write it in plain decimals", s, read)
	case prefix == "0b":
		return fmt.Sprintf("number %s is binary (%s): write it in plain decimals", s, read)
	case strings.Contains(s, "_"):
		return fmt.Sprintf("number %s has an underscore, and is read as %s: write it without", s, read)
	case len(body) > 1 && body[0] == '0' && body[1] >= '0' && body[1] <= '9':
		if octal(body) {
			return fmt.Sprintf("number %s has a leading zero, which makes it octal (%s) in YAML 1.1: write it without", s, read)
		}
		return fmt.Sprintf("number %s has a leading zero: write it without", s)
	}
	return ""
}

// octal reports whether a YAML 1.1 reader takes s (no sign) for an octal
// number: a 0 followed by octal digits only.
func octal(s string) bool {
	return len(s) > 1 && s[0] == '0' && strings.Trim(s[1:], "01234567_") == ""
}

// readAs is what yaml.v3 makes of a number written as s, in decimals.
func readAs(s string) string {
	plain := strings.ReplaceAll(s, "_", "")
	if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return strconv.FormatInt(i, 10)
	}
	if f, err := strconv.ParseFloat(plain, 64); err == nil {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return "a number"
}

// base60 is the value YAML 1.1 gives a sexagesimal number: 1:20 is 80.
func base60(s string) string {
	neg := strings.HasPrefix(s, "-")
	whole, frac, _ := strings.Cut(strings.ReplaceAll(strings.TrimLeft(s, "+-"), "_", ""), ".")
	var v float64
	for _, part := range strings.Split(whole, ":") {
		d, _ := strconv.ParseFloat(part, 64)
		v = v*60 + d
	}
	if frac != "" {
		f, _ := strconv.ParseFloat("0."+frac, 64)
		v += f
	}
	if neg {
		v = -v
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
