package edition

// chartWords are what a chart says besides its data: its axis, the marks
// on its labels, the footer under it (a note and its sources), its text
// alternative, and why a chart is left out. Years come in written as the
// language writes them (%s), so that "2025" and "2025年" need no care here.
type chartWords struct {
	axisYear, axisYearShort     string // a year on the axis (%d): "2025"; and shortened when the full ones do not fit: "’25" (%02d)
	over, nearly, approx, under string // a value label's qualifier, compact: ">930", "~21.2"
	note                        string // the footer's first line: "Note: %s"
	focus                       string // the edition's year (%[1]s) stands out
	gaps                        string // years (%[1]s) with no figure in any series
	seriesGaps                  string // a series (%[1]s) with no figure in some years (%[2]s)
	hedged, hedgedItem          string // the values that are bounds or approximations; an item: year (%[1]s), value (%[2]s)
	asOf                        string // year (%[1]s): levels as of dates (%[2]s), the latest the sources give
	partial                     string // year (%[1]s): the first months (%[2]d) only
	expected                    string // year (%[1]s): a forecast
	newDef                      string // year (%[1]s): counted on a new definition
	totalDates, totalApart      string // year, the parts' sum, the total, the total's label, [the parts' dates, the total's date]
	yearEnd, atDate             string // the total's date: at the year's end, or at a date (%[1]s)
	others                      string // "%d others", after the publishers a source line names
	omitted                     string // the charts left out (%[2]s), with fewer than three years of figures to the year (%[1]s)
	none                        string // no chart at all: the data begin in %[1]s
	altUp, altDown, altSame     string // the latest value on the one before it (a year, %[1]s)
	altGaps                     string // "no figure for %[1]s"
	yearRange                   string // a run of years: first (%[1]s) to last (%[2]s)
}

// leadWords are the templates of "The year in brief": each sentence is
// filled from the data only, and carries the markers of its figures.
type leadWords struct {
	heading           string
	rose, fell        string // label (%[1]s), value (%[2]s), change (%[3]s), the year before (%[4]d)
	record, recordLow string // label (%[1]s), value (%[2]s), the first year of the data (%[3]d)
	upgrades, upgrade string // partnership upgrades among the highlights (%[1]d); for one, its partner (%[1]s)
	level             string // a key figure without a change: label (%[1]s), value (%[2]s)
}
