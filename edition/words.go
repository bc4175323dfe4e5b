package edition

import "github.com/dipbrief/dipbrief/data"

// words are one language's sentences, labels and writing conventions. Every
// piece of text the briefing writes itself comes from here, so an edition
// reads as if written in its language rather than translated field by field.
type words struct {
	language       string // the language's own name
	title          string // the briefing's title from the dataset's title (%[1]s) and the year (%[2]d)
	subtitle       string
	edition        string // "Edition of %s"
	sectionKey     string
	sectionTrends  string
	sectionEvents  string
	sectionNotes   string
	sectionSrc     string
	allFigures     string // "All figures for %d"
	colMetric      string
	colChange      string
	colSources     string
	page           string // "Page %d of %d"
	asOf           string // "Data as of %s"
	vsPrev         string // "on %d"
	noPrev         string // "no %d figure to compare"
	notComparable  string
	sourcesLine    string // "Sources: %s"
	noSources      string
	months         string // "%d months"
	expected       string
	nearly         string // "nearly %s"
	over           string // "more than %s"
	units          map[data.Unit]unit
	kinds          map[string]string
	tiers          map[string]string
	noteConflict   string // "%s, %d: the briefing uses %s"
	noteOthers     string // "; other sources give "
	noteDerived    string // "%s, %d: %s is the sum of %s, not a figure a source states."
	noteWorked     string // "%s, %d: %s is worked out, not stated: %s"
	notePartial    string // "%s, %d: covers the first %d months only, so it is not compared with the year before."
	noteExpected   string // "%s, %d: %s is a forecast made before the year closed."
	noteRemark     string // "%s, %d: %s"
	noteRevised    string // label, year, the revised value, the year before: "…: the change is worked out on %s for %d, as revised"
	noteFirstGiven string // "first given as %s"
	noNotes        string
	dateCirca      string // "around %s"
	noURL          string
	gapNote        string // "Charts leave a gap where a year has no figure."
	justify        bool   // set body paragraphs flush at both edges, as Chinese is

	publishedBy    string // the cover's publisher line: "Published by %s"
	approx         string // "~%s"; Chinese writes 约
	under          string // a change that is an upper bound: "<%s"
	minus          string // the sign of a fall: U+2212, as wide as the plus
	newDefinition  string // in place of a change: the two are counted differently
	oppositeBounds string // in place of a change: the ends bound opposite ways
	onRevised      string // "on the revised %d figure"
	statedGrowth   string // "sources state %s"
	givenGrowth    string // a growth rate worked out by the data, not stated: "given as %s"
	computedGrowth string // "%s worked out from the figures"
	sectionDefs    string
	howToCite      string            // the heading of the citation line
	citeAs         string            // publisher (%[1]s), title (%[2]s), language (%[3]s), issue date (%[4]s)
	licence        string            // the heading of the data's licence
	noLicence      string            // when the dataset states none
	chartAlt       string            // title (%[1]s), kind (%[2]s), first (%[3]s) and last year (%[4]s)
	chartKinds     map[string]string // bars, stacked, lines: the kind of chart in words
	altPoint       string            // a year (%[1]s) and its value (%[2]s)
	noData         string
	linkSource     string // a marker's link, for a screen reader: number (%[1]d), publisher and title (%[2]s)
	attachedCSV    string // what the CSV carried inside the PDF holds
	attachedJSON   string
	chart          chartWords
	lead           leadWords
	marks          marks
	mail           mailWords
	dates
	punct
	cite citeStyle
}

// marks are the compact status marks set after a value, and the legend
// that explains each one under the table.
type marks struct {
	title                                  string // "Marks:"
	estimate, preliminary, forecast, revis string // the marks themselves: e, p, f, r
	months                                 string // "%d mo."
	asOf                                   string // "at %s", a short month name
	shortMonths                            []string
	legend                                 legend
}

// legend explains each mark, and the signs a value may carry.
type legend struct {
	estimate, preliminary, forecast, revis, months, asOf, over, nearly, approx, under string
}

// mailWords are the few sentences the newsletter writes around the figures.
type mailWords struct {
	subject  string // the default subject, from the edition's title
	intro    string // above the figures: the year (%[1]d)
	attached string // below them: the PDF's file name (%[1]s)
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
	semi     string // between a figure and a remark on it ("; ", "；")
	colon    string // before a list of values ("：" in Chinese)
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
	publisher  string // "%s. "
	titleOpen  string // "“", before the title
	titleClose string // "”. ", after it
	// capitalize starts the date with a capital, where the title's stop
	// makes it open a sentence ("Khoảng 22/02/2019").
	capitalize bool
	sep        string // between date, language and link
	end        string // after the link
}
