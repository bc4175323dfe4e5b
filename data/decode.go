package data

import (
	"reflect"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// maxValues bounds the values one file may expand to, so that aliases of
// aliases (the "billion laughs") cannot make a small file take all memory.
const maxValues = 100_000

// decoder walks a YAML node tree into the types of types.go by their yaml
// tags. It is stricter than yaml.v3's own Decode: it rejects unknown fields,
// duplicate keys and quoted numbers, and it reports every problem with its
// place and field path instead of stopping at the first.
type decoder struct {
	r      *report
	file   string
	multi  bool // the field being decoded may hold line breaks
	budget int
}

// decodeFile fills into (a pointer) from the document root. It reports
// false when the file was too big to decode whole.
func decodeFile(r *report, file string, root *yaml.Node, into any) bool {
	r.pos.set(file, "", position{line: 1, col: 1})
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == 0 { // an empty file: every field is missing
		return true
	}
	d := &decoder{r: r, file: file, budget: maxValues}
	d.decode(root, reflect.ValueOf(into).Elem(), "")
	return d.budget >= 0
}

var dateType = reflect.TypeFor[Date]()

// decode fills v from n. A null leaves v at its zero value: the checks
// decide whether the field was required.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	at := position{line: n.Line, col: n.Column} // an alias is placed where it is used
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	at.null = n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
	d.r.pos.set(d.file, path, at)
	if d.budget--; d.budget < 0 {
		if d.budget == -1 {
			d.fail(n, path, "more than %d values (too many aliases?)", maxValues)
		}
		return
	}
	switch {
	case at.null:
	case v.Type() == dateType:
		d.date(n, v, path)
	case v.Kind() == reflect.Struct:
		d.structure(n, v, path)
	case v.Kind() == reflect.Map:
		d.mapping(n, v, path)
	case v.Kind() == reflect.Slice:
		d.list(n, v, path)
	default:
		d.scalar(n, v, path)
	}
}

// fail reports a value that cannot be decoded, at its own place.
func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	d.r.pos.set(d.file, path, position{line: n.Line, col: n.Column})
	d.r.fail(d.file, path, format, args...)
}

// want checks the node's kind, reporting what was found instead.
func (d *decoder) want(n *yaml.Node, kind yaml.Kind, what, path string) bool {
	if n.Kind != kind {
		d.fail(n, path, "want %s, got %s", what, describe(n))
	}
	return n.Kind == kind
}

// multiline names the fields whose text may run over several lines; every
// other string is a single line.
var multiline = map[string]bool{"note": true, "derivation": true}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string) {
	if !d.want(n, yaml.MappingNode, "a mapping", path) {
		return
	}
	fields := fieldsOf(v.Type())
	d.pairs(n, path, func(key string, kn, vn *yaml.Node) {
		i, ok := fields[key]
		if !ok {
			d.fail(kn, join(path, key), "unknown field %q", key)
			return
		}
		d.multi = multiline[key]
		d.decode(vn, v.Field(i), join(path, key))
	})
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	if !d.want(n, yaml.MappingNode, "a mapping", path) {
		return
	}
	m := reflect.MakeMap(v.Type())
	d.pairs(n, path, func(key string, _, vn *yaml.Node) {
		e := reflect.New(v.Type().Elem()).Elem()
		d.decode(vn, e, join(path, key))
		m.SetMapIndex(reflect.ValueOf(key), e)
	})
	v.Set(m)
}

// pairs calls fn for each key of a mapping, rejecting keys that are not
// plain text and keys given twice (yaml.v3 keeps both in a node tree).
func (d *decoder) pairs(n *yaml.Node, path string, fn func(key string, kn, vn *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind != yaml.ScalarNode {
			d.fail(kn, path, "want a field name, got %s", describe(kn))
			continue
		}
		key := norm.NFC.String(kn.Value)
		if line, dup := seen[key]; dup {
			d.fail(kn, join(path, key), "duplicate key %q (first at line %d)", key, line)
			continue
		}
		seen[key] = kn.Line
		fn(key, kn, vn)
	}
}

func (d *decoder) list(n *yaml.Node, v reflect.Value, path string) {
	if !d.want(n, yaml.SequenceNode, "a list", path) {
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), index(path, i))
	}
	v.Set(s)
}

var fieldCache sync.Map // reflect.Type -> map[string]int

// fieldsOf maps a struct's yaml tag names to its field indices.
func fieldsOf(t reflect.Type) map[string]int {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]int)
	}
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	fieldCache.Store(t, m)
	return m
}
