package edition

import (
	"strings"
	"unicode"
)

// vietnameseLetters are the letters only Vietnamese writes among the
// languages a source may be in: a screen reader needs a Vietnamese voice
// for a word that has one, whatever the source's declared language.
const vietnameseLetters = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"

// inLanguages splits a text in language declared (a source's title, its
// publisher, an address) into runs that each carry the language a reader
// must hear them in: a word with Vietnamese letters is Vietnamese, one in
// Chinese characters or kana is Chinese or Japanese, the rest is declared.
// A run in the edition's own language carries none.
func (w *writer) inLanguages(s, declared string, strong bool) Text {
	var out Text
	for _, word := range strings.SplitAfter(s, " ") {
		lang := wordLanguage(word, declared)
		if lang == w.lang() {
			lang = ""
		}
		if n := len(out); n > 0 && out[n-1].Lang == lang {
			out[n-1].Text += word
			continue
		}
		out = append(out, Run{Text: word, Lang: lang, Strong: strong})
	}
	return out
}

// isVietnamese is vietnameseLetters as a set, looked up rune by rune.
var isVietnamese = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range vietnameseLetters {
		m[r] = true
	}
	return m
}()

func wordLanguage(word, declared string) string {
	switch {
	case strings.IndexFunc(word, func(r rune) bool { return r > 0x7F && isVietnamese[r] }) >= 0:
		return "vi"
	case strings.IndexFunc(word, isKana) >= 0:
		return "ja"
	case strings.IndexFunc(word, isHan) >= 0 && declared != "ja":
		return "zh"
	}
	return declared
}

func isHan(r rune) bool  { return unicode.Is(unicode.Han, r) }
func isKana(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) }
