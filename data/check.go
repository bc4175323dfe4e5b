package data

import (
	"maps"
	"slices"
	"strings"

	"golang.org/x/text/width"
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

// Room for a text where the briefing prints it, in columns: a character
// set twice as wide (Chinese, Japanese, Korean) counts two. A title runs
// across the cover in two lines and beside the country in the running
// header; a label may fill a table row, a chart title a chart's width, a
// summary a page. Longer texts would run off the cover or the page.
const (
	roomTitle   = 64
	roomCountry = 40
	roomLabel   = 200
	roomSummary = 1000
)

// fits checks that each language's text has room where it is printed.
func (c *checker) fits(file, path string, t Text, room int) {
	for _, lang := range slices.Sorted(maps.Keys(t)) {
		if n := columns(t[lang]); n > room {
			c.r.add(file, join(path, lang), "%d columns long (a Chinese character counts two); at most %d fit where it is printed", n, room)
		}
	}
}

// firstWide is the first character UAX #11 makes wide, a Hangul jamo.
const firstWide = 0x1100

// columns is how wide s is set, in widths of a Latin letter (UAX #11).
func columns(s string) int {
	n := 0
	for _, r := range s {
		if r < firstWide { // Latin, Vietnamese: narrow, without a look-up
			n++
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
