package data

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// The closed vocabularies of the format: the layout, the charts and the
// translations of the briefing know these values and no others.
var (
	groups     = []string{"activity", "relations", "economy", "culture"}
	qualifiers = []string{"", "exact", "approx", "over", "nearly"}
	kinds      = []string{"partnership_upgrade", "relations", "state_visit", "multilateral",
		"culture", "citizen_protection", "economy", "representation"}
	tiers      = []string{"", "comprehensive_strategic", "strategic", "comprehensive"}
	chartKinds = []string{"bars", "stacked", "lines"}
	valences   = []string{"", "none", "up", "down"}
	statuses   = []string{"", "final", "preliminary", "estimate"}
)

// isLangCode reports whether s is a language code: two or three lower-case
// letters, then any subtags of letters and digits, each after a hyphen (vi,
// zh-Hans).
func isLangCode(s string) bool {
	lang, subtags, hyphen := strings.Cut(s, "-")
	if len(lang) < 2 || len(lang) > 3 || !only(lang, lower) {
		return false
	}
	if hyphen {
		for tag := range strings.SplitSeq(subtags, "-") {
			if tag == "" || !only(tag, lower+upper+digits) {
				return false
			}
		}
	}
	return true
}

// lang checks a language tag: the form of the format's pattern, and
// every subtag one BCP 47 registers (vn is a country, not a language:
// Vietnamese is vi). It reports whether the tag is good.
func (c *checker) lang(file, path, tag string) bool {
	if !isLangCode(tag) {
		c.r.add(file, path, "%q is not a language code like vi or zh-Hans", tag)
		return false
	}
	if _, err := language.Parse(tag); err != nil {
		c.r.add(file, path, "%q is not a registered language tag (BCP 47): %s", tag, strings.TrimPrefix(err.Error(), "language: "))
		return false
	}
	return true
}

// isCountryCode reports whether s is two upper-case letters, like VN.
func isCountryCode(s string) bool { return len(s) == 2 && only(s, upper) }

const (
	lower  = "abcdefghijklmnopqrstuvwxyz"
	upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits = "0123456789"
)

// only reports whether s is made of the bytes of set.
func only(s, set string) bool { return strings.Trim(s, set) == "" }

// checker holds what the checks of one dataset share: where to report, and
// the catalog and bibliography by id.
type checker struct {
	r       *report
	ds      *Dataset
	metrics map[string]*Metric
	sources map[string]bool
}

// validate checks the decoded dataset as a whole: what the decoder cannot
// see from one value alone (references, ranges, languages, sums).
func validate(r *report, ds *Dataset) {
	c := &checker{r: r, ds: ds, metrics: map[string]*Metric{}, sources: map[string]bool{}}
	c.info()
	c.catalog()
	c.charts()
	c.bibliography()
	for i := range ds.Years {
		c.year(r.pos.yearFiles[i], &ds.Years[i])
	}
	c.span()
}

func (c *checker) info() {
	const file = "dataset.yaml"
	info := &c.ds.Info
	if !isCountryCode(info.Country.Code) {
		c.r.add(file, "country.code", "%q is not an ISO 3166-1 alpha-2 code (like VN)", info.Country.Code)
	}
	if len(info.Languages) == 0 {
		c.r.add(file, "languages", "missing: list the languages every text carries")
	}
	for i, lang := range info.Languages {
		if !c.lang(file, index("languages", i), lang) {
			continue
		} else if slices.Index(info.Languages, lang) < i {
			c.r.add(file, index("languages", i), "language %q is listed twice", lang)
		}
	}
	c.text(file, "country.name", info.Country.Name, true)
	c.fits(file, "country.name", info.Country.Name, roomCountry)
	c.text(file, "title", info.Title, true)
	c.fits(file, "title", info.Title, roomTitle)
	c.text(file, "publisher", info.Publisher, true)
	c.text(file, "license", info.License, false)
	if info.AsOf.IsZero() {
		c.r.add(file, "as_of", "missing: the edition date")
	}
}

func (c *checker) catalog() {
	const file = "metrics.yaml"
	if len(c.ds.Metrics) == 0 {
		c.r.add(file, "metrics", "empty catalog: list at least one metric")
	}
	for i := range c.ds.Metrics {
		m, path := &c.ds.Metrics[i], index("metrics", i)
		c.id(file, path, m.ID, c.metrics[m.ID] != nil, "metric")
		if c.metrics[m.ID] == nil {
			c.metrics[m.ID] = m
		}
		c.oneOf(file, join(path, "unit"), "unit", string(m.Unit), unitNames())
		c.oneOf(file, join(path, "group"), "group", m.Group, groups)
		c.text(file, join(path, "label"), m.Label, true)
		c.fits(file, join(path, "label"), m.Label, roomLabel)
		c.text(file, join(path, "definition"), m.Definition, false)
		c.oneOf(file, join(path, "valence"), "valence", m.Valence, valences)
		c.cues(file, path, m)
	}
	for i := range c.ds.Metrics {
		c.growthOf(file, index("metrics", i), &c.ds.Metrics[i])
	}
}

// growthOf checks that a stated growth rate is a percentage of a metric
// the catalog has, one that is not itself a percentage.
func (c *checker) growthOf(file, path string, m *Metric) {
	if m.GrowthOf == "" {
		return
	}
	p := join(path, "growth_of")
	base, ok := c.metrics[m.GrowthOf]
	switch {
	case !ok:
		c.r.add(file, p, "unknown metric %q", m.GrowthOf)
	case m.Unit != Percent:
		c.r.add(file, p, "metric %q is in %s: only a percent metric can be the growth of another", m.ID, m.Unit)
	case base.Unit == Percent || base.ID == m.ID:
		c.r.add(file, p, "metric %q cannot grow by a percentage: name a metric of counts or amounts", base.ID)
	}
}

func (c *checker) bibliography() {
	const file = "sources.yaml"
	if len(c.ds.Sources) == 0 {
		c.r.add(file, "sources", "no sources: list at least one")
	}
	for i := range c.ds.Sources {
		s, path := &c.ds.Sources[i], index("sources", i)
		c.id(file, path, s.ID, c.sources[s.ID], "source")
		c.sources[s.ID] = true
		c.required(file, join(path, "publisher"), s.Publisher)
		c.required(file, join(path, "title"), s.Title)
		c.lang(file, join(path, "language"), s.Language)
		if u, err := url.Parse(s.URL); s.URL != "" && (err != nil || u.Host == "" ||
			(u.Scheme != "http" && u.Scheme != "https")) {
			c.r.add(file, join(path, "url"), "%q is not an http or https address", s.URL)
		}
		c.text(file, join(path, "note"), s.Note, false)
	}
}

// charts checks the trend charts of dataset.yaml against the catalog; a
// chart's metrics share one axis, so they must share a unit.
func (c *checker) charts() {
	const file = "dataset.yaml"
	ids := map[string]bool{}
	for i, ch := range c.ds.Info.Charts {
		path := index("charts", i)
		c.id(file, path, ch.ID, ids[ch.ID], "chart")
		ids[ch.ID] = true
		c.oneOf(file, join(path, "kind"), "chart kind", ch.Kind, chartKinds)
		c.text(file, join(path, "title"), ch.Title, true)
		c.fits(file, join(path, "title"), ch.Title, roomLabel)
		if len(ch.Metrics) == 0 {
			c.r.add(file, join(path, "metrics"), "missing: list the metrics the chart shows")
		}
		var unit Unit
		for j, id := range ch.Metrics {
			switch m := c.metrics[id]; {
			case m == nil:
				c.r.add(file, index(join(path, "metrics"), j), "unknown metric %q", id)
			case unit != "" && m.Unit != unit:
				c.r.add(file, index(join(path, "metrics"), j), "metric %q is in %s, the chart's first metric in %s: one axis, one unit", id, m.Unit, unit)
			default:
				unit = m.Unit
			}
		}
		if m := c.metrics[ch.Total]; ch.Total != "" && (m == nil || unit != "" && m.Unit != unit) {
			c.r.add(file, join(path, "total"), "total %q: want a metric of the catalog in the chart's unit", ch.Total)
		}
	}
}

// EventKinds are the kinds an event may have, for the editions that name
// each in words.
func EventKinds() []string { return slices.Clone(kinds) }

// ChartKinds are the kinds of trend chart a dataset may ask for.
func ChartKinds() []string { return slices.Clone(chartKinds) }

func unitNames() []string {
	var names []string
	for _, u := range Units() {
		names = append(names, string(u))
	}
	return names
}
