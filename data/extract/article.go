package extract

import (
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Read reads a saved article: a web page (by its name or its first bytes)
// or plain text, whose title is its first line. What the page's metadata
// does not give (the language, often the date) is left for the caller to
// fill from flags; DetectLang tells the language from the text.
func Read(name string, b []byte) (Article, error) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") ||
		strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return fromHTML(b)
	}
	text := string(b)
	a := Article{Text: text}
	for line := range strings.SplitSeq(text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			if utf8.RuneCountInString(t) <= 200 {
				a.Title = t
			}
			break
		}
	}
	return a, nil
}

// DetectLang tells Vietnamese, English and Chinese apart by their scripts:
// Chinese is written in Han characters; Vietnamese in Latin letters with
// its own (ă, â, đ, ê, ô, ơ, ư and the tone marks of Latin Extended
// Additional), which English does not use. "" when the text has no letters.
func DetectLang(text string) string {
	var han, latin, viet int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
			if vietnameseLetter(r) {
				viet++
			}
		}
	}
	switch {
	case han == 0 && latin == 0:
		return ""
	case han >= latin/4 && han > 0:
		return "zh"
	case viet*50 >= latin && viet > 0:
		return "vi"
	}
	return "en"
}

// vietnameseLetter reports the letters Vietnamese writes and English does
// not.
func vietnameseLetter(r rune) bool {
	r = unicode.ToLower(r)
	return r >= 0x1EA0 && r <= 0x1EF9 || strings.ContainsRune("ăâđêôơư", r)
}
