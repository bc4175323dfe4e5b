package extract

import (
	"regexp"
	"sort"
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
	lower       [2]string      // the parts in lower case, to skip the sentences that cannot hold them
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
			c.lower = [2]string{strings.ToLower(strings.TrimSpace(l)), strings.ToLower(strings.TrimSpace(r))}
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

// places are where a cue's parts are found in a sentence, found once for
// all its numbers; left holds only matches that start a word.
type places struct{ left, right [][]int }

// find finds c's parts in s; lower is s in lower case, which must hold
// both parts for the matchers to be worth running.
func (c *cue) find(s, lower string, lx *lexicon) places {
	var p places
	if !strings.Contains(lower, c.lower[0]) || !strings.Contains(lower, c.lower[1]) {
		return p
	}
	if c.left != nil {
		for _, loc := range c.left.FindAllStringIndex(s, -1) {
			if wordStart(s, loc[0], lx) {
				p.left = append(p.left, loc)
			}
		}
	}
	if c.right != nil {
		p.right = c.right.FindAllStringIndex(s, -1)
	}
	return p
}

// match fits c, found at p, to num in sentence s: the nearest part on each
// side that it has. An ordinal (lần thứ 14, 190th) fits only a cue that
// takes in its marker: "FTA thứ …", "the …th state".
func (c *cue) match(s string, p places, num *number, lx *lexicon) (cueMatch, bool) {
	m := cueMatch{cue: c, span: span{num.start, num.end}}
	gapL, gapR := -1, -1
	if c.left != nil {
		i := sort.Search(len(p.left), func(i int) bool { return p.left[i][1] > num.start }) - 1
		if i < 0 {
			return m, false
		}
		gap, ok := gapWords(s[p.left[i][1]:num.start], lx.dense)
		if !ok || gap > maxGap {
			return m, false
		}
		gapL, m.span.start = gap, p.left[i][0]
	}
	if c.right != nil {
		i := sort.Search(len(p.right), func(i int) bool { return p.right[i][0] >= num.end })
		if i == len(p.right) {
			return m, false
		}
		gap, ok := gapWords(s[num.end:p.right[i][0]], lx.dense)
		if !ok || gap > maxGap {
			return m, false
		}
		gapR, m.span.end = gap, p.right[i][1]
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
