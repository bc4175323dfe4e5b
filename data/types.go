package data

// Text is one piece of prose in every language the dataset declares, keyed by
// language code ("vi", "en", "zh"). It is read with In, never ranged over, so
// map order never reaches the output.
type Text map[string]string

// In returns the text in lang, or "" when the dataset lacks it (validation
// rejects datasets where a declared language is missing).
func (t Text) In(lang string) string { return t[lang] }

// Dataset is everything read from one dataset folder.
type Dataset struct {
	Info    Info
	Metrics []Metric // in catalog order (metrics.yaml)
	Sources []Source // in bibliography order (sources.yaml)
	Years   []Year   // ascending by year

	positions *positions // where Load read each value; nil for a Dataset built in code
}

// Info is dataset.yaml: what the dataset is about and which languages it speaks.
type Info struct {
	Country   Country  `yaml:"country"`
	Title     Text     `yaml:"title"`
	Publisher Text     `yaml:"publisher"` // who issues the briefing; the PDF author
	Languages []string `yaml:"languages"` // every Text must have all of these
	AsOf      Date     `yaml:"as_of"`     // the edition date; also the PDF creation date
	License   Text     `yaml:"license"`   // optional: the terms on which the data may be reused
	Charts    []Chart  `yaml:"charts"`    // the trend charts, in the order the briefing shows them
}

// Chart is one trend chart of the briefing: some metrics over every year.
type Chart struct {
	ID      string   `yaml:"id"`
	Kind    string   `yaml:"kind"`    // bars (grouped), stacked (one bar per year, metrics stacked), lines
	Metrics []string `yaml:"metrics"` // one series each, labelled with the metric's label
	Title   Text     `yaml:"title"`
	// Total names the metric a stacked chart's parts add up to (the
	// partner tiers to partnership_frameworks), so that the chart can say
	// why its stack and the headline figure differ when they do.
	Total string `yaml:"total"`
}

// Country names the country the dataset describes.
type Country struct {
	Code string `yaml:"code"` // ISO 3166-1 alpha-2, e.g. "VN"
	Name Text   `yaml:"name"`
}

// Metric is one entry of the catalog in metrics.yaml.
type Metric struct {
	ID    string `yaml:"id"` // e.g. "visits_abroad"
	Unit  Unit   `yaml:"unit"`
	Group string `yaml:"group"` // activity, relations, economy, culture
	Stock bool   `yaml:"stock"` // a level at a date (countries with relations), not a yearly flow
	Key   bool   `yaml:"key"`   // shown as a tile among the key figures
	Label Text   `yaml:"label"`
	// Definition says in a sentence or two what the metric counts, for the
	// briefing's definitions block (optional).
	Definition Text `yaml:"definition"`
	// Valence says whether a rise is good news ("up"), a fall is ("down"),
	// or neither ("" or "none", the default): it colours a change.
	Valence string `yaml:"valence"`
	// GrowthOf names the metric this percentage is the stated yearly growth
	// of (fdi_growth of fdi_registered), so that a growth the sources state
	// and one worked out from two figures are shown together.
	GrowthOf string `yaml:"growth_of"`
	// Cues are the phrases articles use for the metric, by language, each
	// with "…" where the number goes ("quan hệ ngoại giao với … quốc gia"):
	// `dipbrief extract` finds figures by them, so a new country's catalog
	// brings its own and the code knows no metric by name.
	Cues map[string][]string `yaml:"cues"`
}

// Unit is what a metric's values count. The editions write each in their
// own words and scale (36.6 tỷ USD, US$36.6 billion, 366亿美元).
type Unit string

// The units of the format.
const (
	Count   Unit = "count"
	USDBn   Unit = "usd_bn"  // billions of US dollars
	Percent Unit = "percent" // a rate; its change is in percentage points
	Million Unit = "million"
	// PP is a change of a Percent value, in percentage points: no
	// metric's unit, but the unit its change is written in.
	PP Unit = "pp"
)

// Units are the units a metric may have.
func Units() []Unit { return []Unit{Count, USDBn, Percent, Million} }

// Source is one entry of the bibliography in sources.yaml.
type Source struct {
	ID        string `yaml:"id"`
	File      string `yaml:"file"`      // the article's text file name, for the provenance check
	Publisher string `yaml:"publisher"` // as the publisher writes its own name
	Title     string `yaml:"title"`     // in the article's own language
	Date      Date   `yaml:"date"`
	Circa     bool   `yaml:"circa"`    // the date is inferred, not printed on the article
	Language  string `yaml:"language"` // vi, en, zh...
	URL       string `yaml:"url"`      // empty where unknown
	Note      Text   `yaml:"note"`     // optional: what the source is, when its title does not say
}

// Year is one YYYY.yaml file: that year's figures and events.
type Year struct {
	Year    int      `yaml:"year"`
	Figures []Figure `yaml:"figures"`
	Events  []Event  `yaml:"events"`
}

// Figure is one metric's value for a year, with where it comes from.
type Figure struct {
	Metric    string  `yaml:"metric"`
	Value     float64 `yaml:"value"`
	Qualifier string  `yaml:"qualifier"` // exact (default), approx, over, nearly
	Expected  bool    `yaml:"expected"`  // a forecast made before the year closed
	Months    int     `yaml:"months"`    // partial year: months covered (1-11); 0 is the full year
	Status    string  `yaml:"status"`    // "" (final), preliminary or estimate
	// NewDefinition records that the figure is counted on a definition
	// other than the year before's, so the two are not compared.
	NewDefinition bool `yaml:"new_definition"`
	// Previous is the year before's value as this year's sources state it,
	// when they revise it; the change is worked out on it.
	Previous     *Revision     `yaml:"previous"`
	AsOf         Date          `yaml:"as_of"`        // for stock metrics: the date the level was reported
	DerivedFrom  []string      `yaml:"derived_from"` // the sum of these metrics' figures in the same year
	Derivation   Text          `yaml:"derivation"`   // how a derived figure was worked out, when not a plain sum
	Cite         []Citation    `yaml:"cite"`
	Alternatives []Alternative `yaml:"alternatives"` // other sources' values, each with its own citations
	Note         Text          `yaml:"note"`
}

// Revision is the year before's figure as a later source restates it.
type Revision struct {
	Value     float64    `yaml:"value"`
	Qualifier string     `yaml:"qualifier"`
	Cite      []Citation `yaml:"cite"`
	Note      Text       `yaml:"note"`
}

// Alternative is a value another source gives for the same figure.
type Alternative struct {
	Value     float64    `yaml:"value"`
	Qualifier string     `yaml:"qualifier"`
	Expected  bool       `yaml:"expected"`
	Months    int        `yaml:"months"`
	Cite      []Citation `yaml:"cite"`
	Note      Text       `yaml:"note"`
}

// Citation ties a figure or event to a source, with the figure as the source
// writes it ("22 chuyến thăm", "进行22次访问").
type Citation struct {
	Source   string `yaml:"source"`
	Evidence string `yaml:"evidence"`
}

// Event is one of the year's highlights.
type Event struct {
	Date    Date       `yaml:"date"`    // year-month or full date
	Kind    string     `yaml:"kind"`    // partnership_upgrade, relations, state_visit, multilateral, culture, citizen_protection, economy, representation (a mission that is not diplomatic relations)
	Partner Text       `yaml:"partner"` // optional
	Tier    string     `yaml:"tier"`    // optional: comprehensive_strategic, strategic, comprehensive
	Summary Text       `yaml:"summary"` // one line in our own words
	Cite    []Citation `yaml:"cite"`
}
