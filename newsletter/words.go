package newsletter

// words are the few sentences the message itself writes, in the
// edition's language; the figures and sources come from the Summary.
type words struct {
	subject  string // the default subject, from the edition's title
	intro    string // above the figures: the year (%[1]d)
	attached string // below them: the PDF's file name (%[1]s)
}

var wordsFor = map[string]words{
	"vi": {
		subject:  "Bản tin: %s",
		intro:    "Các số liệu chính năm %[1]d, mỗi số liệu kèm nguồn của nó.",
		attached: "Bản tin đầy đủ (biểu đồ, sự kiện nổi bật, ghi chú và nguồn) nằm trong tệp PDF đính kèm: %[1]s",
	},
	"en": {
		subject:  "Briefing: %s",
		intro:    "The key figures for %[1]d, each with its sources.",
		attached: "The full briefing (charts, highlights, notes and sources) is attached as a PDF: %[1]s",
	},
	"zh": {
		subject:  "简报：%s",
		intro:    "%[1]d年主要数据及其来源。",
		attached: "完整简报（图表、要事、说明及来源）见附件PDF：%[1]s",
	},
}

// wordsIn falls back to English for a language this package has not been
// taught yet, rather than sending a message with no words at all.
func wordsIn(lang string) words {
	if w, ok := wordsFor[lang]; ok {
		return w
	}
	return wordsFor["en"]
}
