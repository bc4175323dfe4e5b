package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// urlRanges finds the web addresses in text: each runs from "http://" or
// "https://" to the first white space or the end of its span (span i is
// text[bounds[i]:bounds[i+1]]), less a final full stop or comma, which
// end the sentence, not the address.
func urlRanges(text string, bounds []int) []zone {
	var out []zone
	for i := 0; i < len(text); i++ {
		if text[i]|0x20 != 'h' || !hasScheme(text[i:]) || (i > 0 && spacedWordRune(lastRune(text[:i]))) {
			continue
		}
		end := bounds[sort.SearchInts(bounds, i+1)]
		if sp := strings.IndexFunc(text[i:end], unicode.IsSpace); sp >= 0 {
			end = i + sp
		}
		end = i + len(strings.TrimRight(text[i:end], ".,;:!?"))
		out = append(out, zone{i, end})
		i = end
	}
	return out
}

func hasScheme(s string) bool {
	for _, p := range []string{"https://", "http://"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// urlBreaks are the places inside the address text[u.lo:u.hi] where a line
// may end, as readers of addresses expect (Chicago Manual of Style 14.18):
// after a slash (not between two), and before . - ? & = # _ ~ %; and
// between two Chinese or Japanese characters, as in the text around it,
// unless the second must not start a line (：，) or the first must not end
// one. A line never ends on a hyphen, which copy and paste, pdftotext
// among them, would take for a hyphenation and drop; and no break leaves
// the scheme on a line of its own.
func urlBreaks(text string, u zone) []int {
	var out []int
	start := u.lo + strings.Index(text[u.lo:], "//") + 2
	for i := start + 1; i < u.hi; {
		r, n := utf8.DecodeRuneInString(text[i:])
		prev := lastRune(text[:i])
		if prev == '/' && r != '/' || strings.ContainsRune(".-?&=#_~%", r) && !strings.ContainsRune(".-?&=#_~%/", prev) || betweenWide(prev, r) {
			out = append(out, i)
		}
		i += n
	}
	return out
}

// breakURLs puts, in each address of urls, the breaks urlBreaks allows in
// place of those UAX #14 found there. ends is sorted by position.
func breakURLs(text string, urls []zone, ends []segmentEnd) []segmentEnd {
	for _, u := range urls {
		lo := sort.Search(len(ends), func(i int) bool { return ends[i].at > u.lo })
		hi := sort.Search(len(ends), func(i int) bool { return ends[i].at >= u.hi })
		var inside []segmentEnd
		for _, at := range urlBreaks(text, u) {
			inside = append(inside, segmentEnd{at: at})
		}
		ends = append(ends[:lo], append(inside, ends[hi:]...)...)
	}
	return ends
}

// betweenWide reports whether a line may break between full-width
// characters a and b: b may start a line and a may end one.
func betweenWide(a, b rune) bool {
	return wide(a) && wide(b) && !unicode.In(b, unicode.Pe, unicode.Pf, unicode.Po) && !unicode.In(a, unicode.Ps, unicode.Pi)
}
