// Package text turns strings into lines of font runs ready to place on a page.
//
// It works in the stages Typst uses for inline text: normalize (Unicode NFC,
// UAX #15), itemize into runs by which embedded face covers each grapheme
// cluster (UAX #29), find line-break opportunities (UAX #14, via
// github.com/rivo/uniseg), change them by a paragraph's Rules (rules.go:
// a number stays with its unit, a group of source markers and a range stay
// whole, as do phrases the layout names; a web address breaks where
// readers of addresses expect, url.go) and fill lines greedily, a unit of
// glued segments at a time. A rune no face can draw is
// an error naming it, never a blank box: fonts.Chain decides the order faces
// are tried in.
//
// Letters, digits, CJK ideographs and common punctuation skip uniseg and
// norm: breaks.go answers for them as those would, which breaks_test.go
// checks for every such character and against the code as it was
// (reference_test.go).
package text
