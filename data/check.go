package data

import (
	"slices"
	"strings"
)

// id checks an entry's id, which figures and citations refer to.
func (c *checker) id(file, path, id string, seen bool, what string) {
	switch {
	case id == "":
		c.r.add(file, join(path, "id"), "missing")
	case seen:
		c.r.add(file, join(path, "id"), "duplicate %s id %q", what, id)
	}
}

func (c *checker) required(file, path, s string) {
	if strings.TrimSpace(s) == "" {
		c.r.add(file, path, "missing")
	}
}

// oneOf checks a value against a closed vocabulary; "" in the vocabulary
// makes the field optional.
func (c *checker) oneOf(file, path, what, value string, allowed []string) {
	if slices.Contains(allowed, value) {
		return
	}
	if value == "" {
		c.r.add(file, path, "missing")
		return
	}
	want := strings.Join(slices.DeleteFunc(slices.Clone(allowed), func(s string) bool { return s == "" }), ", ")
	c.r.add(file, path, "unknown %s %q; want one of %s", what, value, want)
}

// text checks that a Text speaks every declared language, and no other, so
// that a briefing in any of them has no holes.
func (c *checker) text(file, path string, t Text, required bool) {
	if len(t) == 0 {
		if required {
			c.r.add(file, path, "missing")
		}
		return
	}
	for _, lang := range c.ds.Info.Languages {
		if s, ok := t[lang]; !ok {
			c.r.add(file, join(path, lang), "missing")
		} else if strings.TrimSpace(s) == "" {
			c.r.add(file, join(path, lang), "empty")
		}
	}
	for lang := range t {
		if len(c.ds.Info.Languages) > 0 && !slices.Contains(c.ds.Info.Languages, lang) {
			c.r.add(file, join(path, lang), "language %q is not among the languages of dataset.yaml", lang)
		}
	}
}
