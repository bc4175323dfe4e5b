package text

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// unitWords are, per language, the words a number keeps on its line: a
// unit, a measure word or a magnitude, as a reader takes "11 tháng" or
// "12日" for one figure. Every language's list applies to every paragraph:
// an edition quotes titles in the others (a Vietnamese headline in the
// Chinese sources list), and no word here means anything else after a
// number in another language.
var unitWords = map[string][]string{
	"*":  {"%", "‰"},
	"zh": {"日", "月", "个月", "年", "万", "亿", "个", "次", "名", "人次", "个百分点", "倍"},
	"vi": {"tháng", "năm", "ngày", "nghìn", "triệu", "tỷ", "USD", "lượt", "chuyến", "quốc gia", "điểm phần trăm"},
	"en": {"million", "billion", "trillion", "months", "month", "pp", "times"},
}

// rangeDashes join two numbers into one range ("2023–2027").
const rangeDashes = "–—"

// Rules are what the line breaker keeps whole beyond UAX #14: a number
// with its unit (unitWords), a group of source markers ("[3][4]",
// "[10–12]") with the word before it, a range of numbers, a web address
// broken only where readers expect (see urlBreaks), and phrases the
// layout names, such as the country's name, which comes from the dataset.
// A unit wider than the line breaks as UAX #14 allows. The zero Rules
// break where UAX #14 alone allows.
type Rules struct {
	units []string // longest first, so "个月" wins over "月"
	keep  []string // in NFC
	made  bool     // by NewRules: the zero Rules apply none
}

// NewRules are the rules of every language with the phrases in keep kept
// whole wherever they occur ("Việt Nam", "Viet Nam").
func NewRules(keep ...string) *Rules {
	r := &Rules{made: true}
	for _, ws := range unitWords {
		r.units = append(r.units, ws...)
	}
	slices.SortFunc(r.units, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	r.units = slices.Compact(r.units)
	for _, k := range keep {
		if k = strings.TrimSpace(k); k != "" && utf8.ValidString(k) {
			r.keep = append(r.keep, nfc(k))
		}
	}
	return r
}

// defaultRules are NewRules(): what Wrap, and nil Rules, apply.
var defaultRules = NewRules()

// zone is a stretch of text no line may end inside: text[lo:hi].
type zone struct{ lo, hi int }

// zones are the stretches of text, valid UTF-8 in NFC, that r keeps whole,
// in no particular order.
func (r *Rules) zones(text string) []zone {
	var out []zone
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isDigit(c):
			var end int
			out, end = r.numberZones(text, i, out)
			i = end
			continue
		case c == '[':
			if hi := markerGroupEnd(text, i); hi > i {
				out = append(out, zone{markerLead(text, i), hi})
				i = hi
				continue
			}
		}
		i += n
	}
	for _, k := range r.keep {
		out = appendPhrases(text, k, out)
	}
	return out
}

// numberZones appends the zones of the number starting at i: with its
// unit, and as the start of a range; end is where the number ends.
func (r *Rules) numberZones(text string, i int, out []zone) (_ []zone, end int) {
	end = numberEnd(text, i)
	if d, n := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune(rangeDashes, d) {
		if j := end + n; j < len(text) && isDigit(rune(text[j])) {
			out = append(out, zone{i, numberEnd(text, j)})
		}
	}
	if hi := r.unitEnd(text, end); hi > end {
		out = append(out, zone{i, hi})
	}
	return out, end
}

// numberEnd is where the number starting at i ends: digits, with single
// separators between them ("1.000,5", "786.29").
func numberEnd(text string, i int) int {
	for i < len(text) {
		switch {
		case isDigit(rune(text[i])):
			i++
		case (text[i] == '.' || text[i] == ',') && i+1 < len(text) && isDigit(rune(text[i+1])):
			i += 2
		default:
			return i
		}
	}
	return i
}

// unitEnd is the end of a unit word after a number ending at i, with at
// most one space between; i when there is none.
func (r *Rules) unitEnd(text string, i int) int {
	at := i
	if strings.HasPrefix(text[at:], " ") {
		at++
	} else if strings.HasPrefix(text[at:], "\u00a0") {
		at += len("\u00a0")
	}
	if at >= len(text) {
		return i
	}
	for _, u := range r.units {
		if u[0] == text[at] && strings.HasPrefix(text[at:], u) && wordBoundary(text, at+len(u)) {
			return at + len(u)
		}
	}
	return i
}

// markerGroupEnd is the end of the source markers starting at i ("[3]",
// "[3][4]", "[10–12]", "[1, 2]"), or i when text[i:] starts none.
func markerGroupEnd(text string, i int) int {
	end := i
	for strings.HasPrefix(text[end:], "[") {
		j := end + 1
		for j < len(text) && isDigit(rune(text[j])) {
			j++
			for r, n := utf8.DecodeRuneInString(text[j:]); strings.ContainsRune(markerJoiners, r) && j+n < len(text); r, n = utf8.DecodeRuneInString(text[j:]) {
				j += n
			}
		}
		if j == end+1 || j >= len(text) || text[j] != ']' {
			break
		}
		end = j + 1
	}
	return end
}

// markerJoiners may stand between the numbers of one marker.
const markerJoiners = ", -" + rangeDashes

// markerLead is where the zone of a marker group at i starts: at the last
// character before it that is not a space, so that the marker never opens
// a line ("term. [3]", "较2024年[6]").
func markerLead(text string, i int) int {
	j := len(strings.TrimRight(text[:i], " \u00a0"))
	if j == 0 || isNewline(lastRune(text[:j])) {
		return i
	}
	_, n := utf8.DecodeLastRuneInString(text[:j])
	return j - n
}

// appendPhrases appends a zone for each whole-word occurrence of k.
func appendPhrases(text, k string, out []zone) []zone {
	for at := 0; ; {
		i := strings.Index(text[at:], k)
		if i < 0 {
			return out
		}
		lo, hi := at+i, at+i+len(k)
		if wordBoundary(text, lo) && wordBoundary(text, hi) {
			out = append(out, zone{lo, hi})
		}
		at = lo + 1
	}
}

// wordBoundary reports whether a word may start or end at i: i is an end
// of text, or the characters on each side are not both letters or digits
// of a script that spaces its words (an ideograph may follow "12日" at
// once, but "million" does not end inside "millionaires").
func wordBoundary(text string, i int) bool {
	if i == 0 || i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !(spacedWordRune(lastRune(text[:i])) && spacedWordRune(r))
}

// spacedWordRune is a letter, mark or digit of a script that puts spaces
// between its words.
func spacedWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !wide(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// apply changes the UAX #14 segment ends of text, sorted by position, by
// r's rules: addresses break as urlBreaks says, and no end inside a zone
// is a break unless its unit is wider than a line. A zone within an
// address is none: "%85%B1" holds no number with its unit.
func (r *Rules) apply(text string, bounds []int, ends []segmentEnd) []segmentEnd {
	if !r.made {
		return ends
	}
	urls := urlRanges(text, bounds)
	ends = breakURLs(text, urls, ends)
	for _, z := range r.zones(text) {
		if slices.ContainsFunc(urls, func(u zone) bool { return u.lo <= z.lo && z.hi <= u.hi }) {
			continue
		}
		i := sort.Search(len(ends), func(i int) bool { return ends[i].at > z.lo })
		for ; i < len(ends) && ends[i].at < z.hi; i++ {
			ends[i].glue = !ends[i].mustBreak
		}
	}
	return ends
}

// wide is a full-width character (UAX #11): a Han ideograph, kana or
// Chinese punctuation, each set on its own square.
func wide(r rune) bool {
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}
