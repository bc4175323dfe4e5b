package report

// words are one language's sentences, labels and writing conventions. Every
// piece of text the briefing writes itself comes from here, so an edition
// reads as if written in its language rather than translated field by field.
type words struct {
	language      string // the language's own name
	title         string // the briefing's title from the dataset's title (%[1]s) and the year (%[2]d)
	subtitle      string
	edition       string // "Edition of %s"
	sectionKey    string
	sectionTrends string
	sectionEvents string
	sectionNotes  string
	sectionSrc    string
	allFigures    string // "All figures for %d"
	colMetric     string
	colChange     string
	colSources    string
	page          string // "Page %d of %d"
	asOf          string // "Data as of %s"
	vsPrev        string // "on %d"
	noPrev        string // "no %d figure to compare"
	notComparable string
	sourcesLine   string // "Sources: %s"
	noSources     string
	months        string // "%d months"
	expected      string
	nearly        string // "nearly %s"
	over          string // "more than %s"
	units         map[string]unit
	kinds         map[string]string
	tiers         map[string]string
	noteConflict  string // "%s, %d: the briefing uses %s"
	noteOthers    string // "; other sources give "
	noteDerived   string // "%s, %d: %s is the sum of %s, not a figure a source states."
	noteWorked    string // "%s, %d: %s is worked out, not stated: %s"
	notePartial   string // "%s, %d: covers the first %d months only, so it is not compared with the year before."
	noteExpected  string // "%s, %d: %s is a forecast made before the year closed."
	noteRemark    string // "%s, %d: %s"
	noNotes       string
	dateCirca     string // "around %s"
	noURL         string
	gapNote       string // "Charts leave a gap where a year has no figure."
	justify       bool   // set body paragraphs flush at both edges, as Chinese is
	dates
	punct
	cite citeStyle
}

// unit writes an amount in one of the catalog's units (usd_bn, million,
// percent, or pp for a change in percentage points). Chinese counts in
// myriads, so its amounts are scaled first (36.6 billion = 366 亿) and climb
// to the next format every 10,000 (亿 → 万亿); other languages have one format.
type unit struct {
	scale   float64  // what the catalog value is multiplied by; 0 means 1
	formats []string // "%s billion", then each 10,000 times the one before
}

// dates are how a date known to the day, the month or only the year is
// written: Sprintf arguments are year, month number, day and month name.
type dates struct {
	day, month, year string
	monthNames       []string // January...December where months are named
}

// punct is the punctuation that joins the briefing's phrases. Chinese
// punctuation is full width and carries its own space, so Chinese sets no
// space before a source marker or between sentences.
type punct struct {
	gap      string // between a phrase and the next sentence
	markGap  string // before source markers: a no-break space, so "[1]" never starts a line alone
	comma    string // between the parts of an aside
	enum     string // between values named one after another (、 in Chinese)
	paren    string // an aside after a figure, e.g. " (%s)"
	stop     string // the end of a sentence the briefing assembles
	listSep  string // between the items of a list
	listLast string // before its last item
	// Chinese counts in myriads (万, 亿), so its numbers are short, and
	// GB/T 15835 leaves them ungrouped outside technical texts.
	ungroup bool // write 8000 and 12000 without group separators
}

// citeStyle is how an entry of the sources list is written: "Publisher.
// “Title”. date · language · link." in Vietnamese and English; Chinese puts
// titles in 《》 and joins with full-width punctuation. A note on the source
// follows in grey (asideAttr).
type citeStyle struct {
	publisher string // "%s. "
	title     string // "“%s”. "
	sep       string // between date, language and link
	end       string // after the link
}
