package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/data"
)

// maxGap is how far a cue may stand from its number: words in Vietnamese
// and English ("import and export will reach a historical peak of more
// than 920 billion USD"), characters in Chinese ("进出口额达6800亿美元").
const maxGap = 6

// cue is one of a metric's phrases, split at its slot. Both parts that are
// given must be found, each within maxGap of the number. A cue written
// with a leading "!" says what the metric is not ("!… FTA đang đàm phán"):
// a number it fits is not a figure of the metric.
type cue struct {
	metric      *data.Metric
	left, right *regexp.Regexp // nil where the cue has nothing on that side
	runes       int            // the cue's length: a longer cue says more
	not         bool
	ordinal     [2]bool // the part takes in an ordinal's marker ("FTA thứ …", "the …th state")
}

// compileCues turns the catalog's cues in lang into matchers; cues without
// a slot are left out (validation rejects them).
func compileCues(metrics []data.Metric, lang string) []cue {
	lx := lexicons[lang]
	var out []cue
	for i := range metrics {
		for _, text := range metrics[i].Cues[lang] {
			not := strings.HasPrefix(text, "!")
			l, r, ok := strings.Cut(Fold(strings.TrimPrefix(text, "!")), data.CueSlot)
			if !ok {
				continue
			}
			c := cue{metric: &metrics[i], runes: utf8.RuneCountInString(l + r), not: not}
			c.ordinal = [2]bool{wordBefore(strings.TrimSpace(l), lx.ordinal) > 0, wordAt(r, lx.ordinalEnd) > 0}
			c.left, c.right = part(l), part(r)
			out = append(out, c)
		}
	}
	return out
}

func part(s string) *regexp.Regexp {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return regexp.MustCompile("(?i)" + regexp.QuoteMeta(s))
}

// cueMatch is how a cue fits one number: the stretch of text the cue and
// the number cover, and the words between them.
type cueMatch struct {
	cue   *cue
	span  span
	gap   int
	sides int
}

// score ranks the cues that fit a number: the longer cue, found nearer,
// on both sides, wins.
func (m cueMatch) score() int { return m.cue.runes + 3*m.sides - 4*m.gap }

// match fits c to num in sentence s. An ordinal (lần thứ 14, 190th) fits
// only a cue that takes in its marker: "FTA thứ …", "the …th state".
func (c *cue) match(s string, num *number, lx *lexicon) (cueMatch, bool) {
	m := cueMatch{cue: c, span: span{num.start, num.end}}
	gapL, gapR := -1, -1
	if c.left != nil {
		for _, loc := range c.left.FindAllStringIndex(s[:num.start], -1) {
			if gap, ok := gapWords(s[loc[1]:num.start], lx.dense); ok && gap <= maxGap && wordStart(s, loc[0], lx) {
				gapL, m.span.start = gap, loc[0]
			}
		}
		if gapL < 0 {
			return m, false
		}
	}
	if c.right != nil {
		loc := c.right.FindStringIndex(s[num.end:])
		if loc == nil {
			return m, false
		}
		gap, ok := gapWords(s[num.end:num.end+loc[0]], lx.dense)
		if !ok || gap > maxGap {
			return m, false
		}
		gapR, m.span.end = gap, num.end+loc[1]
	}
	touching := c.ordinal[0] && gapL == 0 || c.ordinal[1] && gapR == 0
	if num.ordinal && !touching || num.word && max(gapL, 0)+max(gapR, 0) > 0 {
		return m, false
	}
	m.gap = max(gapL, 0) + max(gapR, 0)
	m.sides = btoi(gapL >= 0) + btoi(gapR >= 0)
	return m, true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wordStart reports whether a cue found at i starts a word of s.
func wordStart(s string, i int, lx *lexicon) bool {
	return lx.dense || !letterBefore(s, i)
}
