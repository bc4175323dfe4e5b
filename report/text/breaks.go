package text

import (
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// The shortcuts here answer what uniseg would, without its state machine,
// for the characters most text is made of. Their tables and automaton are
// checked against uniseg rune by rune and string by string in
// breaks_test.go; anything else is left to uniseg.

// breakClass is a character's UAX #14 line-break class as uniseg v0.4.7
// (Unicode 15.0) sees it, for the classes lineSegment decides alone.
type breakClass uint8

const (
	otherClass breakClass = iota // any other character: ask uniseg
	alClass                      // letters, Latin and Vietnamese
	nuClass                      // ASCII digits
	idClass                      // CJK ideographs
	spClass                      // the space
	isClass                      // infix separators , . : ;
	syClass                      // the slash
	hyClass                      // the hyphen-minus
	opClass                      // narrow opening brackets ( [ {
	cpClass                      // narrow closing brackets ) ]
	clClass                      // closing punctuation } 、。，）」』》】
	exClass                      // ! ? ！ ？
	lfClass                      // line feed
)

// asciiClass is breakClass for ASCII.
var asciiClass = func() (t [utf8.RuneSelf]breakClass) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = alClass, alClass
	}
	for _, c := range "#&*<=>@^_`~" {
		t[c] = alClass
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = nuClass
	}
	for _, c := range ",.:;" {
		t[c] = isClass
	}
	for _, c := range "([{" {
		t[c] = opClass
	}
	t[')'], t[']'], t['}'] = cpClass, cpClass, clClass
	t[' '], t['/'], t['-'], t['!'], t['?'], t['\n'] = spClass, syClass, hyClass, exClass, exClass, lfClass
	return t
}()

// classOf is r's breakClass.
func classOf(r rune) breakClass {
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r]
	case r >= 0xC0 && r <= 0x24F, r >= 0x1E00 && r <= 0x1EFF, r == '·': // Latin-1 letters, Latin Extended-A and -B and Additional
		return alClass
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return idClass
	case r == '、', r == '。', r == '，', r == '）', r == '」', r == '』', r == '》', r == '】':
		return clClass
	case r == '！', r == '？':
		return exClass
	}
	return otherClass
}

// lineState is where uniseg's line-break automaton is after a run of known
// characters, with the states that act alike on them merged.
type lineState uint8

const (
	afterAL      lineState = iota // a letter (lbAL)
	afterNU                       // a digit (lbNU, lbNUNU)
	afterNUIS                     // a digit and a separator (lbNUIS)
	afterNUSY                     // a digit and a slash (lbNUSY)
	afterIS                       // any other separator (lbIS)
	afterSP                       // spaces (lbSP, lbCLCPSP)
	afterLF                       // a line feed (lbLF)
	afterOP                       // an opening bracket and any spaces (lbOP)
	afterCP                       // a narrow closing bracket (lbCP, lbNUCP, East Asian width bit set)
	afterHY                       // a hyphen (lbHY)
	afterClosing                  // an ideograph, closing mark, ! or slash (lbIDEM, lbCL, lbNUCL, lbEX, lbSY)
)

// enter is the state after a character of class c that follows state s.
// A hyphen before a digit is the exception: see knownLineSegment.
func enter(s lineState, c breakClass) lineState {
	switch c {
	case alClass:
		return afterAL
	case nuClass:
		return afterNU
	case isClass:
		if s == afterNU {
			return afterNUIS
		}
		return afterIS
	case syClass:
		if s == afterNU {
			return afterNUSY
		}
		return afterClosing
	case spClass:
		if s == afterOP {
			return afterOP // LB14
		}
		return afterSP
	case lfClass:
		return afterLF
	case opClass:
		return afterOP
	case cpClass:
		return afterCP
	case hyClass:
		return afterHY
	}
	return afterClosing
}

// breakBefore is uniseg's decision between state s and a character of class
// c: uniseg.LineDontBreak, LineCanBreak or LineMustBreak.
func breakBefore(s lineState, c breakClass) int {
	can := false
	switch {
	case s == afterLF:
		return uniseg.LineMustBreak // LB5
	case s == afterOP:
		return uniseg.LineDontBreak // LB14
	case c == idClass:
		can = true
	case c == alClass: // LB23, LB28, LB29, LB30
		can = s == afterNUSY || s == afterSP || s == afterClosing || s == afterHY
	case c == nuClass: // LB23, LB25, LB30
		can = s == afterIS || s == afterSP || s == afterClosing
	case c == opClass: // LB30
		can = s != afterAL && s != afterNU
	case c == hyClass: // LB18 comes before LB21
		can = s == afterSP
	}
	// Never before SP, IS, SY, CP, CL, EX or LF: LB6, LB7, LB13.
	if can {
		return uniseg.LineCanBreak
	}
	return uniseg.LineDontBreak
}

// lineSegment is uniseg.FirstLineSegmentInString without the rest: it
// decides alone when the segment and the character after it are all of
// known classes. uniseg's state at such a segment's end depends on that
// next character alone, so the two can take turns: lineSegment returns -1
// for the state then.
func lineSegment(s string, state int) (segment string, mustBreak bool, newState int) {
	if n, mustBreak, ok := knownLineSegment(s); ok {
		return s[:n], mustBreak, -1
	}
	segment, _, mustBreak, newState = uniseg.FirstLineSegmentInString(s, state)
	return segment, mustBreak, newState
}

// knownLineSegment is the length of s's first line segment when it and the
// character after it are all of known classes; ok is false otherwise.
func knownLineSegment(s string) (n int, mustBreak, ok bool) {
	st := afterSP // the first character enters as after a space
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		c := classOf(r)
		if c == otherClass {
			return 0, false, false
		}
		b, next := breakBefore(st, c), enter(st, c)
		if c == hyClass && i+size < len(s) {
			// uniseg's LB25 look-ahead: no break before a hyphen that
			// precedes a digit, even after a line feed (its condition
			// lacks parentheses), and the hyphen counts as a digit.
			r, _ := utf8.DecodeRuneInString(s[i+size:])
			switch classOf(r) {
			case otherClass:
				return 0, false, false
			case nuClass:
				b, next = uniseg.LineDontBreak, afterNU
			}
		}
		if i > 0 && b != uniseg.LineDontBreak {
			return i, b == uniseg.LineMustBreak, true
		}
		st = next
		i += size
	}
	return len(s), true, true // LB3
}

// standsAlone reports whether r is a grapheme cluster by itself unless an
// Extend, ZWJ or SpacingMark follows: its grapheme break property is Any
// and it is not Extended_Pictographic.
func standsAlone(r rune) bool {
	return r >= ' ' && r <= '~' || classOf(r) != otherClass && r != '\n'
}

// firstCluster is uniseg.FirstGraphemeClusterInString without the width:
// a character that stands alone, followed by ASCII or another such
// character, is its own cluster whatever the state, and uniseg's state
// after it depends on the next character alone, so -1 serves.
func firstCluster(s string, state int) (cluster, rest string, newState int) {
	r, n := utf8.DecodeRuneInString(s)
	if standsAlone(r) {
		if n == len(s) || s[n] < utf8.RuneSelf {
			return s[:n], s[n:], -1
		}
		if next, _ := utf8.DecodeRuneInString(s[n:]); standsAlone(next) {
			return s[:n], s[n:], -1
		}
	}
	cluster, rest, _, newState = uniseg.FirstGraphemeClusterInString(s, state)
	return cluster, rest, newState
}
