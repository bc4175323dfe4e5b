package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold puts text as the provenance check reads it: NFC, with every run of
// white space one space. Every evidence extract proposes is a substring of
// Fold(text), so `validate --sources` finds it.
func Fold(text string) string {
	return strings.Join(strings.Fields(norm.NFC.String(text)), " ")
}

// span is a stretch of the folded text, in bytes.
type span struct{ start, end int }

// wrapWidth is the length from which a line that ends without punctuation
// is taken to be hard-wrapped mid-sentence (as saved pages and e-mails are)
// rather than a heading or a caption of its own.
const wrapWidth = 60

// sentences folds text and cuts it into sentences. A line break ends a
// sentence unless the line was hard-wrapped; a sentence also ends at . ! ?
// ; and their Chinese forms. The spans index the folded text.
func sentences(text string) (string, []span) {
	var folded strings.Builder
	var out []span
	for _, block := range blocks(norm.NFC.String(text)) {
		f := strings.Join(strings.Fields(block), " ")
		if f == "" {
			continue
		}
		if folded.Len() > 0 {
			folded.WriteByte(' ')
		}
		base := folded.Len()
		folded.WriteString(f)
		for _, s := range splitSentences(f) {
			out = append(out, span{base + s.start, base + s.end})
		}
	}
	return folded.String(), out
}

// blocks joins hard-wrapped lines and returns the text's paragraphs,
// headings and captions, each on its own.
func blocks(text string) []string {
	var out []string
	var cur strings.Builder
	for line := range strings.SplitSeq(text, "\n") {
		cur.WriteString(line)
		cur.WriteByte(' ')
		t := strings.TrimRightFunc(line, unicode.IsSpace)
		if utf8.RuneCountInString(t) < wrapWidth || strings.ContainsRune(".!?。！？:：", lastRune(t)) {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	return append(out, cur.String())
}

// splitSentences cuts one folded block after sentence punctuation. A full
// stop ends a sentence only before a space (36.6 and U.S are not ends).
func splitSentences(f string) []span {
	var out []span
	start := 0
	for i, r := range f {
		end := -1
		switch {
		case strings.ContainsRune("。！？；", r):
			end = i + utf8.RuneLen(r)
		case strings.ContainsRune(".!?;…", r) && (i+utf8.RuneLen(r) == len(f) || f[i+utf8.RuneLen(r)] == ' '):
			end = i + utf8.RuneLen(r)
		}
		if end > start {
			out = append(out, trimSpan(f, span{start, end}))
			start = end
		}
	}
	if start < len(f) {
		out = append(out, trimSpan(f, span{start, len(f)}))
	}
	return out
}

func trimSpan(f string, s span) span {
	for s.start < s.end && f[s.start] == ' ' {
		s.start++
	}
	return s
}
