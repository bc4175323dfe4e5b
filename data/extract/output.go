package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/data"
	"golang.org/x/text/unicode/norm"
)

// Result is what extract gives for one article: its entry for sources.yaml
// and the figures it proposes.
type Result struct {
	Source    data.Source
	Proposals []Proposal
}

// SourceID makes an id for sources.yaml from the publisher (or, without
// one, the file's name) and the date, as the bibliography's ids are made:
// "dan-viet-2024-01-11".
func SourceID(publisher, file string, d data.Date) string {
	s := slug(publisher)
	if s == "" {
		s = slug(strings.TrimSuffix(file, fileExt(file)))
	}
	if s == "" {
		s = "source"
	}
	if !d.IsZero() {
		s += "-" + d.String()
	}
	return s
}

func fileExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}

// slug is s in lower-case ASCII letters and digits joined by hyphens, its
// diacritics dropped ("Dân Việt" is "dan-viet"), at most 32 bytes.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ReplaceAll(strings.ReplaceAll(s, "đ", "d"), "Đ", "D")) {
		r = unicode.ToLower(r)
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		case unicode.IsMark(r):
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > 32 {
		out = strings.TrimRight(out[:32], "-")
	}
	return out
}

// maxComment is how much of a sentence the YAML's comment shows.
const maxComment = 300

// WriteYAML writes results as YAML an analyst pastes: each a document with
// its source entry and its figures, each figure after a comment with the
// sentence it came from and how sure the extractor is.
func WriteYAML(w io.Writer, results []Result) error {
	var b bytes.Buffer
	for i, r := range results {
		if i > 0 {
			b.WriteString("---\n")
		}
		writeSource(&b, r.Source)
		if len(r.Proposals) == 0 {
			b.WriteString("figures: []\n")
			continue
		}
		b.WriteString("figures:\n")
		for _, p := range r.Proposals {
			writeFigure(&b, p)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeSource(b *bytes.Buffer, s data.Source) {
	b.WriteString("# Proposed by dipbrief extract: check each figure against the article before pasting.\n" +
		"# source: an item for the list in sources.yaml; figures: each for the file of its year, without its year: line.\nsource:\n")
	fmt.Fprintf(b, "  id: %s\n", quote(s.ID))
	if s.File != "" {
		fmt.Fprintf(b, "  file: %s\n", quote(s.File))
	}
	fmt.Fprintf(b, "  publisher: %s%s\n  title: %s%s\n  date: %s\n  language: %s\n  url: %s\n",
		quote(s.Publisher), fillIn(s.Publisher, "who published the article"), quote(s.Title),
		fillIn(s.Title, "the article's title"), quote(s.Date.String()), quote(s.Language), quote(s.URL))
}

// fillIn is a comment asking for what the article did not say, which
// validation requires.
func fillIn(v, what string) string {
	if v != "" {
		return ""
	}
	return "  # fill in: " + what
}

func writeFigure(b *bytes.Buffer, p Proposal) {
	f := p.Figure
	fmt.Fprintf(b, "  # %s\n  # confidence %.2f\n", clipRunes(p.Sentence, maxComment), p.Confidence)
	fmt.Fprintf(b, "  - year: %d\n    metric: %s\n    value: %s\n", p.Year, f.Metric, strconv.FormatFloat(f.Value, 'f', -1, 64))
	if f.Qualifier != "" {
		fmt.Fprintf(b, "    qualifier: %s\n", f.Qualifier)
	}
	if f.Expected {
		b.WriteString("    expected: true\n")
	}
	if f.Months > 0 {
		fmt.Fprintf(b, "    months: %d\n", f.Months)
	}
	if !f.AsOf.IsZero() {
		fmt.Fprintf(b, "    as_of: %s\n", quote(f.AsOf.String()))
	}
	b.WriteString("    cite:\n")
	for _, c := range f.Cite {
		fmt.Fprintf(b, "      - source: %s\n        evidence: %s\n", quote(c.Source), quote(c.Evidence))
	}
}

// quote writes s as a double-quoted scalar: JSON's string syntax is YAML's
// too, and it keeps Vietnamese and Chinese as they are.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
