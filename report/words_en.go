package report

import "github.com/dipbrief/dipbrief/fonts"

// english is the English edition's wording, in the register of a ministry
// briefing: money as US$36.6 billion, numbers as 1,234, dates as
// 11 January 2024.
var english = words{
	language:      "English",
	title:         "%[1]s in %[2]d",
	subtitle:      "A briefing on foreign-affairs figures: key numbers, trends, highlights and cited sources",
	edition:       "Issued %s",
	sectionKey:    "Key figures",
	sectionTrends: "Trends over the years",
	sectionEvents: "Highlights of the year",
	sectionNotes:  "Notes on the data",
	sectionSrc:    "Sources",
	allFigures:    "All figures for %d",
	colMetric:     "Indicator",
	colChange:     "Change",
	colSources:    "Sources",
	page:          "Page %d of %d",
	asOf:          "Data as of %s",
	vsPrev:        "on %d",
	noPrev:        "no %d figure to compare",
	notComparable: "not comparable",
	sourcesLine:   "Sources: %s",
	noSources:     "no sources yet",
	months:        "%d months",
	expected:      "forecast",
	nearly:        "nearly %s",
	over:          ">%s",
	units: map[string]unit{
		"usd_bn":  {formats: []string{"US$%s billion"}},
		"million": {formats: []string{"%s million"}},
		"percent": {formats: []string{"%s%%"}},
		"pp":      {formats: []string{"%s pp"}},
	},
	kinds: map[string]string{
		"partnership_upgrade": "Partnership upgrade",
		"relations":           "Diplomatic relations",
		"state_visit":         "Visit",
		"multilateral":        "Multilateral",
		"culture":             "Culture",
		"citizen_protection":  "Citizen protection",
		"economy":             "Economy",
	},
	tiers: map[string]string{
		"comprehensive_strategic": "Comprehensive strategic partnership",
		"strategic":               "Strategic partnership",
		"comprehensive":           "Comprehensive partnership",
	},
	noteConflict: "%s, %d: the briefing uses %s",
	noteOthers:   "; other sources give ",
	noteDerived:  "%s, %d: %s is the sum of %s, not a figure a source states.",
	noteWorked:   "%s, %d: %s is worked out, not stated by a source. %s",
	notePartial:  "%s, %d: covers the first %d months only, so it is not compared with the year before.",
	noteExpected: "%s, %d: %s was announced before the year ended; the final figure may differ.",
	noteRemark:   "%s, %d: %s",
	noNotes:      "None of this year's figures needs a note.",
	dateCirca:    "c. %s",
	noURL:        "no link",
	gapNote:      "Charts leave a year blank where there is no figure: it is neither counted as zero nor interpolated.",
	dates: dates{
		day: "%[3]d %[4]s %[1]d", month: "%[4]s %[1]d", year: "%[1]d",
		monthNames: []string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
	},
	punct: punct{
		gap: " ", markGap: "\u00a0", comma: ", ", enum: ", ", paren: " (%s)", stop: ".",
		listSep: ", ", listLast: " and ",
	},
	cite: citeStyle{publisher: "%s. ", title: "“%s”. ", sep: " · ", end: ".", note: fonts.Italic},
}
