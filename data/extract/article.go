package extract

import (
	"net/http"
	"strings"
	"unicode"
)

// Read reads a saved article: a web page (by its name or its first bytes)
// or plain text. A plain text carries no metadata: its first line is as
// often the publisher's name, a date or a weather box as the title, so the
// title, like the date and the language, is left for the caller (flags, or
// the analyst) to give.
func Read(name string, b []byte) (Article, error) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") ||
		strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return fromHTML(b)
	}
	return Article{Text: string(b)}, nil
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
