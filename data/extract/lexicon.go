package extract

// lexicon is how one language writes numbers and what it wraps them in: the
// grammar of figures, which every metric shares. What a figure is a figure
// of is the catalog's business (its cues), never the lexicon's.
type lexicon struct {
	decimal, group byte // the decimal mark and the thousands separator

	scales   []scale  // words that multiply the number before them, longest first
	currency []string // after the number (and its scale): USD, 美元
	prefix   []string // before the number: US$, $
	percent  []string // after the number: %, per cent
	times    []string // after the number: a multiple (lần, times, 倍)
	timesBy  []string // before a multiple that says "increased by N times" (增长2倍 is ×3)
	// timesNeed, where given, are the words without which a multiple is
	// not read at all ("gấp 3,4 lần"; "tăng 1,5 lần" is said both ways).
	timesNeed []string

	hedges      []hedge  // before the number
	hedgesAfter []hedge  // after the number and its unit (40多个, 50余)
	ordinal     []string // before the number: an ordinal (lần thứ 14, 第14)
	ordinalEnd  []string // glued after the number: 14th, 21st
	notBefore   []string // before the number: a date, a rank or a name (ngày 6, top 20, Chỉ thị 15)
	notAfter    []string // after the number: a date, a time, a duration or an anniversary (50 năm, 70周年, 1月)

	rise, fall []string // words that make a percentage a change, and its sign
	expected   []string // a forecast: dự kiến, expected, 预计
	compare    []string // before a year that a figure is compared with, not a year of its own
	lastYear   []string // the year before the article's date
	thisYear   []string // the article's own year
	words      []word   // numbers written as words (bốn, three), accepted only right next to a cue
	months     []string // regular expressions for a partial year; group 1 is the months
	dense      bool     // written without spaces between words (Chinese): gaps are counted in runes
}

type scale struct {
	word   string
	factor float64
}

type hedge struct{ word, qualifier string }

type word struct {
	text  string
	value float64
}
