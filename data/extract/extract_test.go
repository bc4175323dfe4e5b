package extract

import (
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// vn is the embedded catalog, whose cues the tests read articles by.
func vn(t *testing.T) []data.Metric {
	t.Helper()
	ds, err := data.Load(data.Embedded(), ".")
	if err != nil {
		t.Fatal(err)
	}
	return ds.Metrics
}

// got is a proposal in short: "2023 diplomatic_relations 193 over m9 expected as_of=2024-01-11".
func got(p Proposal) string {
	f := p.Figure
	s := []string{itoa(p.Year), f.Metric, ftoa(f.Value)}
	if f.Qualifier != "" {
		s = append(s, f.Qualifier)
	}
	if f.Months > 0 {
		s = append(s, "m"+itoa(f.Months))
	}
	if f.Expected {
		s = append(s, "expected")
	}
	if !f.AsOf.IsZero() {
		s = append(s, "as_of="+f.AsOf.String())
	}
	return strings.Join(s, " ")
}

// TestExtract reads sentences written for the test (not copied from the
// articles) in the three languages: the forms of numbers, hedges, partial
// years, forecasts, multiples, years named and implied, and the traps that
// are not figures.
func TestExtract(t *testing.T) {
	metrics := vn(t)
	tests := []struct {
		name, lang, date, text string
		want                   []string
	}{
		{"stock dated by the article", "vi", "2024-01-11", "Việt Nam có quan hệ ngoại giao với 193 quốc gia.",
			[]string{"2023 diplomatic_relations 193 as_of=2024-01-11"}},
		{"year named wins over the date", "en", "2025-03-02", "In 2023 Viet Nam's total trade reached US$683 billion.",
			[]string{"2023 trade_total 683"}},
		{"partial year in words", "en", "2024-10-05", "In the first nine months, Viet Nam welcomed 12.7 million international visitors.",
			[]string{"2024 intl_arrivals 12.7 m9"}},
		{"partial year and hedge", "vi", "2024-12-10", "Trong 11 tháng đầu năm 2024, Việt Nam đón hơn 15,8 triệu lượt khách quốc tế.",
			[]string{"2024 intl_arrivals 15.8 over m11"}},
		{"forecast", "vi", "2024-12-20", "Kim ngạch thương mại năm 2024 dự kiến đạt khoảng 800 tỷ USD.",
			[]string{"2024 trade_total 800 approx expected"}},
		{"another year recalled", "vi", "2025-01-05", "Việt Nam đón 17,6 triệu lượt khách quốc tế trong năm 2024, so với 18 triệu lượt khách quốc tế năm 2019.",
			[]string{"2024 intl_arrivals 17.6", "2019 intl_arrivals 18"}},
		{"growth after its figure", "zh", "2025-01-10", "2024年，越南接待国际游客1760万人次，同比增长39.5%。",
			[]string{"2024 intl_arrivals 17.6", "2024 intl_arrivals_growth 39.5"}},
		{"a multiple of last year", "zh", "2025-01-10", "2024年，越南接待国际游客1760万人次，是上年的1.4倍。",
			[]string{"2024 intl_arrivals 17.6", "2024 intl_arrivals_growth 40"}},
		{"grew by a multiple", "zh", "2025-01-10", "2024年，越南接待国际游客1760万人次，增长1.4倍。",
			[]string{"2024 intl_arrivals 17.6", "2024 intl_arrivals_growth 140"}},
		{"a multiple is never the figure", "en", "2026-01-05", "The number of cooperation agreements signed was 2.5 times that of 2024.",
			nil},
		{"a fall", "en", "2025-01-14", "Registered FDI reached 38.23 billion USD in 2024, down 3%.",
			[]string{"2024 fdi_registered 38.23", "2024 fdi_growth -3"}},
		{"Chinese scales and hedges", "zh", "2026-01-05", "2025年越南进出口总额逾9300亿美元。",
			[]string{"2025 trade_total 930 over"}},
		{"a count mixing tiers", "en", "2022-01-03", "Viet Nam has 17 strategic partners (three comprehensive strategic partners).",
			[]string{"2021 partners_comprehensive_strategic 3 as_of=2022-01-03"}},
		{"a tier on its own", "vi", "2024-01-02", "Việt Nam có 6 nước đối tác chiến lược toàn diện, 12 nước đối tác chiến lược và 12 nước đối tác toàn diện.",
			[]string{"2023 partners_comprehensive_strategic 6 as_of=2024-01-02", "2023 partners_strategic 12 as_of=2024-01-02",
				"2023 partners_comprehensive 12 as_of=2024-01-02"}},
		{"a level dated by the text", "vi", "2023-12-30", "Tính đến ngày 21/9/2023, Việt Nam có quan hệ ngoại giao với 193 quốc gia.",
			[]string{"2023 diplomatic_relations 193 as_of=2023-09-21"}},
		{"a level dated by the text, in Chinese", "zh", "2024-01-02", "截至2023年12月，越南已与193个国家建立外交关系。",
			[]string{"2023 diplomatic_relations 193 as_of=2023-12"}},
		{"a level dated by the text, in English", "en", "2024-01-02", "As of December 20, 2023, Viet Nam had diplomatic relations with 193 countries.",
			[]string{"2023 diplomatic_relations 193 as_of=2023-12-20"}},
		{"an ordinal the cue takes in", "vi", "2025-11-03", "Anh trở thành đối tác chiến lược toàn diện thứ 14 của Việt Nam.",
			[]string{"2025 partners_comprehensive_strategic 14 as_of=2025-11-03"}},
		{"ordinals, terms, anniversaries", "vi", "2023-12-31", "Hội nghị Ngoại giao lần thứ 32 và Đại hội XIII, kỷ niệm 50 năm quan hệ ngoại giao, ngày 12/12/2023.",
			nil},
		{"congress and anniversary", "zh", "2026-01-28", "越共第十四次全国代表大会召开，庆祝越中建交76周年。",
			nil},
		{"a rank", "vi", "2023-12-31", "Việt Nam nằm trong nhóm 40 nền kinh tế hàng đầu thế giới.",
			nil},
		{"agreements under negotiation", "vi", "2025-03-01", "Việt Nam có 16 FTA đã có hiệu lực và 2 FTA đang đàm phán.",
			[]string{"2025 ftas 16 as_of=2025-03-01"}},
		{"an nth visitor is not a count", "vi", "2025-12-20", "Việt Nam đón du khách quốc tế thứ 20 triệu.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, err := data.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			ps := Extract(Article{Text: tt.text, Lang: tt.lang, Date: date}, metrics, "src", 0)
			var gotten []string
			for _, p := range ps {
				gotten = append(gotten, got(p))
				if !strings.Contains(Fold(tt.text), p.Figure.Cite[0].Evidence) {
					t.Errorf("evidence %q is not in the text", p.Figure.Cite[0].Evidence)
				}
			}
			if strings.Join(gotten, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Extract(%q):\n got %q\nwant %q", tt.text, gotten, tt.want)
			}
		})
	}
}

// TestExtractKnowsNoMetric reads a catalog the code has never seen: what a
// figure is comes from the cues alone.
func TestExtractKnowsNoMetric(t *testing.T) {
	metrics := []data.Metric{{ID: "embassies", Unit: "count", Stock: true,
		Cues: map[string][]string{"en": {"… embassies abroad"}, "vi": {"… đại sứ quán ở nước ngoài"}}}}
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "In 2024 the country ran 95 embassies abroad and 40 consulates.", "2024 embassies 95 as_of=2025-02-01"},
		{"vi", "Năm 2024, nước này có 95 đại sứ quán ở nước ngoài.", "2024 embassies 95 as_of=2025-02-01"},
	} {
		ps := Extract(Article{Text: tt.text, Lang: tt.lang, Date: data.Date{Year: 2025, Month: 2, Day: 1}}, metrics, "s", 0)
		if len(ps) != 1 || got(ps[0]) != tt.want {
			t.Errorf("Extract(%q) = %v, want [%s]", tt.text, ps, tt.want)
		}
	}
}

// TestExtractHeldOut reads phrasings the catalog's cues were not written
// from, each as a careful analyst would take it.
func TestExtractHeldOut(t *testing.T) {
	metrics := vn(t)
	for _, tt := range []struct{ lang, text, want string }{
		{"zh", "截至目前，越南已同194个国家建交。", "2024 diplomatic_relations 194 as_of=2025-01-06"},
		{"en", "Vietnam has established diplomatic ties with 194 countries.", "2024 diplomatic_relations 194 as_of=2025-01-06"},
		{"vi", "Năm 2024, tổng kim ngạch xuất nhập khẩu ước đạt 786,29 tỷ USD.", "2024 trade_total 786.29"},
		{"en", "Two-way trade hit a record US$786.29 billion in 2024.", "2024 trade_total 786.29"},
		{"zh", "2024年越南外贸总额约7860亿美元。", "2024 trade_total 786 approx"},
	} {
		ps := Extract(Article{Text: tt.text, Lang: tt.lang, Date: data.Date{Year: 2025, Month: 1, Day: 6}}, metrics, "s", 0)
		if len(ps) != 1 || got(ps[0]) != tt.want {
			var gotten []string
			for _, p := range ps {
				gotten = append(gotten, got(p))
			}
			t.Errorf("Extract(%q) = %q, want [%s]", tt.text, gotten, tt.want)
		}
	}
}
