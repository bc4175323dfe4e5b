package data

import (
	"reflect"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// maxValues bounds the values one file may expand to, so that aliases of
// aliases (the "billion laughs") cannot make a small file take all memory.
const maxValues = 100_000

// decoder walks a YAML node tree into the types of types.go by their yaml
// tags. It is stricter than yaml.v3's own Decode: it rejects unknown fields,
// duplicate keys and quoted numbers, and it reports every problem with its
// place and field path instead of stopping at the first.
//
// Values are placed by key, the file name, a NUL and the field path, as
// positions keys them: a child's key is its parent's with a step added, and
// its path is a substring of it, so neither costs a second string.
type decoder struct {
	r      *report
	file   string
	multi  bool // the field being decoded may hold line breaks
	budget int
	texts  []textAt // every string decoded, in order
}

// decodeFile fills into (a pointer) from the document root, and returns the
// strings it decoded. It reports false when the file was too big to decode
// whole.
func decodeFile(r *report, file string, root *yaml.Node, into any) (texts []textAt, whole bool) {
	r.pos.set(file, "", position{line: 1, col: 1})
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == 0 { // an empty file: every field is missing
		return nil, true
	}
	d := &decoder{r: r, file: file, budget: maxValues}
	d.decode(root, reflect.ValueOf(into).Elem(), file+"\x00")
	return d.texts, d.budget >= 0
}

// path is the field path in a key.
func (d *decoder) path(key string) string { return key[len(d.file)+1:] }

// field is the key of a field of the value at key.
func (d *decoder) field(key, name string) string {
	if len(key) == len(d.file)+1 { // the root
		return key + name
	}
	return key + "." + name
}

var dateType = reflect.TypeFor[Date]()

// decode fills v from n, the value at key. A null leaves v at its zero
// value: the checks decide whether the field was required.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, key string) {
	at := position{line: n.Line, col: n.Column} // an alias is placed where it is used
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	at.null = n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
	d.r.pos.at[key] = at
	if d.budget--; d.budget < 0 {
		if d.budget == -1 {
			d.fail(n, key, "more than %d values (too many aliases?)", maxValues)
		}
		return
	}
	switch {
	case at.null:
	case v.Type() == dateType:
		d.date(n, v, key)
	case v.Kind() == reflect.Pointer: // an optional part, present when given
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem(), key)
		v.Set(p)
	case v.Kind() == reflect.Struct:
		d.structure(n, v, key)
	case v.Kind() == reflect.Map:
		d.mapping(n, v, key)
	case v.Kind() == reflect.Slice:
		d.list(n, v, key)
	default:
		d.scalar(n, v, key)
	}
}

// fail reports a value that cannot be decoded, at its own place.
func (d *decoder) fail(n *yaml.Node, key, format string, args ...any) {
	d.r.pos.at[key] = position{line: n.Line, col: n.Column}
	d.r.fail(d.file, d.path(key), format, args...)
}

// want checks the node's kind, reporting what was found instead.
func (d *decoder) want(n *yaml.Node, kind yaml.Kind, what, key string) bool {
	if n.Kind != kind {
		d.fail(n, key, "want %s, got %s", what, describe(n))
	}
	return n.Kind == kind
}

// multiline reports whether a field's text may run over several lines;
// every other string is a single line.
func multiline(field string) bool {
	return field == "note" || field == "derivation" || field == "definition" || field == "license"
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, key string) {
	if !d.want(n, yaml.MappingNode, "a mapping", key) {
		return
	}
	fields := fieldsOf(v.Type())
	d.pairs(n, key, func(name, at string, kn, vn *yaml.Node) {
		i, ok := fields[name]
		if !ok {
			d.fail(kn, at, "unknown field %q", name)
			return
		}
		d.multi = multiline(name)
		d.decode(vn, v.Field(i), at)
	})
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, key string) {
	if !d.want(n, yaml.MappingNode, "a mapping", key) {
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
	d.pairs(n, key, func(name, at string, _, vn *yaml.Node) {
		e.SetZero()
		d.decode(vn, e, at)
		k.SetString(name)
		m.SetMapIndex(k, e)
	})
	v.Set(m)
}

// pairs calls fn for each name of a mapping, with the key of its value,
// rejecting names that are not plain text and names given twice (yaml.v3
// keeps both in a node tree).
func (d *decoder) pairs(n *yaml.Node, key string, fn func(name, at string, kn, vn *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind != yaml.ScalarNode {
			d.fail(kn, key, "want a field name, got %s", describe(kn))
			continue
		}
		name := nfc(kn.Value)
		if line, dup := seen[name]; dup {
			d.fail(kn, d.field(key, name), "duplicate key %q (first at line %d)", name, line)
			continue
		}
		seen[name] = kn.Line
		fn(name, d.field(key, name), kn, vn)
	}
}

func (d *decoder) list(n *yaml.Node, v reflect.Value, key string) {
	if !d.want(n, yaml.SequenceNode, "a list", key) {
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), index(key, i))
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
