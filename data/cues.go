package data

import (
	"slices"
	"strings"
)

// CueSlot stands where the number goes in a metric's cue: "quan hệ ngoại
// giao với … quốc gia" finds 193 in "quan hệ ngoại giao với 193 quốc gia".
const CueSlot = "…"

// cues checks a metric's cues, which `dipbrief extract` reads: where a
// metric has any, it has some in every language of the dataset, so that an
// article in any of them can be read; each holds one slot and words beside
// it, since a slot alone would take every number for the metric.
func (c *checker) cues(file, path string, m *Metric) {
	if len(m.Cues) == 0 {
		return
	}
	for _, lang := range c.ds.Info.Languages {
		if len(m.Cues[lang]) == 0 {
			c.r.add(file, join(join(path, "cues"), lang), "missing: give the phrases %s articles use for %s, with %s where the number goes", lang, m.ID, CueSlot)
		}
	}
	for lang, list := range m.Cues {
		at := join(join(path, "cues"), lang)
		if len(c.ds.Info.Languages) > 0 && !slices.Contains(c.ds.Info.Languages, lang) {
			c.r.add(file, at, "language %q is not among the languages of dataset.yaml", lang)
		}
		for i, cue := range list {
			switch n := strings.Count(cue, CueSlot); {
			case n != 1:
				c.r.add(file, index(at, i), "cue %q has %d %s; want exactly one, where the number goes", cue, n, CueSlot)
			case strings.TrimSpace(strings.Replace(cue, CueSlot, "", 1)) == "":
				c.r.add(file, index(at, i), "cue %q has no words beside %s", cue, CueSlot)
			case slices.Index(list, cue) < i:
				c.r.add(file, index(at, i), "cue %q is listed twice", cue)
			}
		}
	}
}
