package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// FuzzExtract states what must hold for any text in any of the three
// languages: no panic, every evidence a substring of the text as the
// provenance check folds it, every value a finite number in the dataset's
// range of years; and read as a web page, no panic and every evidence a
// substring of the page's main text.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"Việt Nam có quan hệ ngoại giao với 193 quốc gia, trong đó có 6 nước đối tác chiến lược toàn diện.",
		"Xuất nhập khẩu đạt 680 tỉ USD, FDI 36,6 tỉ USD, tăng 32,8%; 18.008,6 nghìn lượt khách, gấp 3,4 lần năm 2022.",
		"In the first nine months, Vietnam welcomed more than 12.7 million international visitors, up 44%.",
		"Viet Nam has 17 strategic partners (three comprehensive strategic partners) and 190th state.",
		"2023年进出口额达６８００亿美元，引进外资达366亿美元，增长32.8%，签署近350项合作协议，增长1.5倍。",
		"越共第十四次全国代表大会；越中建交76周年；前11个月；1月27日",
		"lần thứ 14 khóa XV 50 năm ngày 12/12/2023 06:06 2023-2027 G20 COVID-19 nhóm 11",
		"1.2.3,4,,5..6 $-7 US$ billion % lần 倍 thứ 第",
		"<html lang=en><head><meta property=\"article:published_time\" content=\"2025-01-08\"></head><body><nav>Home 12</nav><article><p>Viet Nam has diplomatic relations with 194 countries.</p></article></body></html>",
	} {
		for lang := range 3 {
			f.Add(seed, uint8(lang))
		}
	}
	ds, err := data.Load(data.Embedded(), ".")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		a := Article{Text: text, Lang: Languages()[int(lang)%3], Date: data.Date{Year: 2024, Month: 1, Day: 11}}
		folded := Fold(text)
		for _, p := range Extract(a, ds.Metrics, "s", 0) {
			ev := p.Figure.Cite[0].Evidence
			if ev == "" || !strings.Contains(folded, ev) {
				t.Errorf("evidence %q is not in the folded text %q", ev, folded)
			}
			if math.IsNaN(p.Figure.Value) || math.IsInf(p.Figure.Value, 0) {
				t.Errorf("value %v from %q", p.Figure.Value, ev)
			}
			if p.Year < 1900 || p.Year > 2100 {
				t.Errorf("year %d from %q", p.Year, ev)
			}
		}
		DetectLang(text)
		page, err := Read("page.html", []byte(text))
		if err != nil {
			return
		}
		page.Lang, page.Date = a.Lang, a.Date
		for _, p := range Extract(page, ds.Metrics, "s", 0) {
			if ev := p.Figure.Cite[0].Evidence; !strings.Contains(Fold(page.Text), ev) {
				t.Errorf("evidence %q is not in the page's folded text", ev)
			}
		}
	})
}
