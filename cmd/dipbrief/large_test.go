package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/internal/readertest"
	"github.com/dipbrief/dipbrief/report"
	"github.com/dipbrief/dipbrief/report/text"
)

// A large but honest dataset: what a team keeping figures for half a
// century would have. Every value is one a source could give.
const (
	largeFirst   = 1976
	largeYears   = 50 // 1976-2025
	largeMetrics = 40
	largeSources = 100
	largeEvents  = 500 // 8 a year, and all the rest in the newest year
)

var units = []string{"count", "usd_bn", "percent", "million"}

// writeLargeDataset writes the dataset as YAML files the loader reads.
func writeLargeDataset(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"dataset.yaml": largeInfo(),
		"metrics.yaml": largeCatalog(),
		"sources.yaml": largeBibliography(),
	}
	events := 0
	for i := range largeYears {
		y := largeFirst + i
		n := 8
		if i == largeYears-1 {
			n = largeEvents - events
		}
		files[fmt.Sprintf("%d.yaml", y)] = largeYear(y, n)
		events += n
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func q(s string) string { return strconv.Quote(s) }

// text3 writes a text in the three languages at an indentation.
func text3(indent, vi, en, zh string) string {
	return fmt.Sprintf("\n%svi: %s\n%sen: %s\n%szh: %s\n", indent, q(vi), indent, q(en), indent, q(zh))
}

func largeInfo() string {
	var b strings.Builder
	b.WriteString("country:\n  code: VN\n  name:" + text3("    ", "Việt Nam", "Viet Nam", "越南"))
	b.WriteString("title:" + text3("  ", "Đối ngoại Việt Nam", "Viet Nam's foreign relations", "越南外交"))
	b.WriteString("publisher:" + text3("  ", "Nhóm thử nghiệm", "Test team", "测试组"))
	b.WriteString("languages: [vi, en, zh]\nas_of: \"2026-01-15\"\ncharts:\n")
	// Charts of one unit each; the sixth has all five series a row can hold.
	for c, ms := range [][]int{{0, 4}, {8, 12, 16}, {1, 5}, {2, 6, 10}, {3}, {20, 24, 28, 32, 36}, {9, 13}, {7}} {
		kind := []string{"bars", "stacked", "bars", "lines", "bars", "lines", "lines", "bars"}[c]
		ids := make([]string, len(ms))
		for i, m := range ms {
			ids[i] = metricID(m)
		}
		fmt.Fprintf(&b, "  - id: chart%d\n    kind: %s\n    metrics: [%s]\n    title:%s", c+1, kind, strings.Join(ids, ", "),
			text3("      ", fmt.Sprintf("Biểu đồ %d: các chỉ số %s", c+1, unitVi[units[ms[0]%4]]),
				fmt.Sprintf("Chart %d: indicators in %s", c+1, units[ms[0]%4]),
				fmt.Sprintf("图表%d：%s指标", c+1, unitZh[units[ms[0]%4]])))
	}
	return b.String()
}

var (
	unitVi = map[string]string{"count": "số lượng", "usd_bn": "tỷ USD", "percent": "phần trăm", "million": "triệu"}
	unitZh = map[string]string{"count": "数量", "usd_bn": "十亿美元", "percent": "百分比", "million": "百万"}
)

func metricID(m int) string { return fmt.Sprintf("indicator_%02d", m+1) }

func largeCatalog() string {
	var b strings.Builder
	b.WriteString("metrics:\n")
	groups := []string{"activity", "relations", "economy", "culture"}
	for m := range largeMetrics {
		vi, en, zh := fmt.Sprintf("Chỉ số thử nghiệm %d", m+1), fmt.Sprintf("Test indicator %d", m+1), fmt.Sprintf("测试指标%d", m+1)
		if m%5 == 0 { // some labels run to two or three lines in the table
			vi += " về hợp tác kinh tế, văn hóa và bảo hộ công dân ở nước ngoài"
			en += " on economic and cultural co-operation and citizens abroad"
			zh += "：经济文化合作与海外公民保护"
		}
		fmt.Fprintf(&b, "  - id: %s\n    unit: %s\n    group: %s\n    key: %v\n    label:%s",
			metricID(m), units[m%4], groups[m/10], m < 6, text3("      ", vi, en, zh))
	}
	return b.String()
}

func sourceID(s int) string { return fmt.Sprintf("press-%03d", s+1) }

func largeBibliography() string {
	var b strings.Builder
	b.WriteString("sources:\n")
	langs := []string{"vi", "en", "zh"}
	for s := range largeSources {
		lang := langs[s%3]
		title := map[string]string{
			"vi": fmt.Sprintf("Tổng kết công tác đối ngoại, bài số %d", s+1),
			"en": fmt.Sprintf("A year of diplomacy in review, part %d", s+1),
			"zh": fmt.Sprintf("外交工作年度回顾（第%d篇）", s+1),
		}[lang]
		fmt.Fprintf(&b, "  - id: %s\n    publisher: %s\n    title: %s\n    date: \"%d-%02d-%02d\"\n    language: %s\n",
			sourceID(s), q(fmt.Sprintf("Báo Thử %d", s%7+1)), q(title), largeFirst+s/2, s%12+1, s%28+1, lang)
		switch {
		case s%10 == 9: // no address known
		case s%10 == 8:
			fmt.Fprintf(&b, "    url: %s\n", q(fmt.Sprintf("https://zh.example.org/外交/%d.html", s+1)))
		default:
			fmt.Fprintf(&b, "    url: %s\n", q(fmt.Sprintf("https://example.org/news/%d-%s", s+1, strings.Repeat("tong-ket-doi-ngoai-", s%4))))
		}
	}
	return b.String()
}

// largeValue is metric m in year y: counts grow, money grows faster,
// percentages swing around zero, millions climb.
func largeValue(m, y int) float64 {
	i := float64(y - largeFirst)
	switch units[m%4] {
	case "count":
		return float64(int(3 + i*float64(m%7+1) + float64((y*m)%5)))
	case "usd_bn":
		return math.Round((1.5+float64(m%3))*math.Pow(1.09, i)*10) / 10
	case "percent":
		return math.Round((6*math.Sin(i/3+float64(m))+float64((y+m)%3))*10) / 10
	}
	return math.Round((0.2+i*0.35+float64(m%5))*10) / 10
}

func largeYear(y, events int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "year: %d\nfigures:\n", y)
	for m := range largeMetrics {
		v := largeValue(m, y)
		fmt.Fprintf(&b, "  - metric: %s\n    value: %s\n    cite:\n", metricID(m), strconv.FormatFloat(v, 'f', -1, 64))
		for k := range 1 + (y+m)%2 {
			fmt.Fprintf(&b, "      - source: %s\n        evidence: %s\n", sourceID((y*7+m*3+k*31)%largeSources), q(fmt.Sprintf("con số %g", v)))
		}
		if m == 5 && y%2 == 0 { // sources that disagree
			fmt.Fprintf(&b, "    alternatives:\n      - value: %s\n        qualifier: approx\n        cite:\n          - source: %s\n            evidence: \"khoảng %g\"\n",
				strconv.FormatFloat(v+1, 'f', -1, 64), sourceID((y+m)%largeSources), v+1)
		}
		if m == 7 && y == largeFirst+largeYears-1 {
			b.WriteString("    months: 11\n")
		}
	}
	b.WriteString("events:\n")
	kinds := []string{"partnership_upgrade", "relations", "state_visit", "multilateral", "culture", "citizen_protection", "economy"}
	for e := range events {
		month, day := e%12+1, e%28+1
		fmt.Fprintf(&b, "  - date: \"%d-%02d-%02d\"\n    kind: %s\n    summary:%s    cite:\n", y, month, day, kinds[e%7],
			text3("      ",
				fmt.Sprintf("Sự kiện thử nghiệm số %d của năm %d: các bên ký kết thỏa thuận hợp tác và trao đổi đoàn cấp cao.", e+1, y),
				fmt.Sprintf("Test event %d of %d: the parties signed a co-operation agreement and exchanged high-level delegations.", e+1, y),
				fmt.Sprintf("%d年第%d项测试事件：双方签署合作协议并互派高级代表团。", y, e+1)))
		for k := range 1 + e%3 {
			fmt.Fprintf(&b, "      - source: %s\n        evidence: \"sự kiện %d\"\n", sourceID((y+e*13+k*17)%largeSources), e+1)
		}
	}
	return b.String()
}

// TestLargeDatasetMakesAnHonestBriefing makes every edition of the newest
// year from fifty years of forty metrics, five hundred events and a hundred
// sources, and checks what a reader would: every reader opens it, the
// figures table breaks across pages with its header repeated, every chart
// fits its page with thinned, non-overlapping year labels (the newest
// always shown), and nothing is set off the page.
func TestLargeDatasetMakesAnHonestBriefing(t *testing.T) {
	dir := t.TempDir()
	writeLargeDataset(t, dir)
	out := t.TempDir()
	start := time.Now()
	if res := runCmd(t, nil, "generate", "--data", dir, "--lang", "all", "--out", out); res.code != 0 {
		t.Fatalf("generate: exit %d, stderr %s", res.code, res.stderr)
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("three editions of the large dataset took %v", d)
	}
	first := filepath.Join(t.TempDir(), "first.pdf") // no year before it, fifty after
	if res := runCmd(t, nil, "generate", "--data", dir, "--year", strconv.Itoa(largeFirst), "--lang", "zh", "--out", first); res.code != 0 {
		t.Fatalf("generate --year %d: exit %d, stderr %s", largeFirst, res.code, res.stderr)
	}
	checkReaders(t, first)
	ds, err := data.Load(os.DirFS(dir), dir)
	if err != nil {
		t.Fatal(err)
	}
	brief, err := ds.BriefFor(ds.Latest())
	if err != nil {
		t.Fatal(err)
	}
	if len(brief.Years) != largeYears || len(brief.Rows) != largeMetrics || len(brief.Events) != largeEvents-8*(largeYears-1) {
		t.Fatalf("the brief has %d years, %d rows, %d events: not the dataset this test wrote", len(brief.Years), len(brief.Rows), len(brief.Events))
	}
	for _, lang := range edition.Languages() {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(out, fmt.Sprintf("dipbrief-VN-%d-%s.pdf", ds.Latest(), lang))
			checkReaders(t, path)
			if failed, out := readertest.UACheck(t, path); len(failed) > 0 {
				t.Errorf("uacheck: %s\n%s", strings.Join(failed, "\n"), out)
			}
			e, err := edition.New(brief, lang)
			if err != nil {
				t.Fatal(err)
			}
			pages, _, err := report.Layout(e, report.Options{Created: ds.Info.AsOf.Time()})
			if err != nil {
				t.Fatal(err)
			}
			if n := pageCount(t, path); n != len(pages) || n < 10 {
				t.Errorf("the PDF has %d pages, the layout %d; want the same, and a long briefing", n, len(pages))
			}
			checkOnThePage(t, pages)
			checkTableHeaders(t, pages)
			checkCharts(t, pages, brief)
			// pdftotext joins a word broken at its hyphen ("high-level"):
			// compare without white space or hyphens.
			flat := func(s string) string { return strings.ReplaceAll(squeeze(s), "-", "") }
			raw := flat(output(t, "pdftotext", "-enc", "UTF-8", path, "-"))
			for _, m := range ds.Metrics {
				if !strings.Contains(raw, flat(m.Label.In(lang))) {
					t.Errorf("the label %q is not in the text", m.Label.In(lang))
				}
			}
			for _, e := range brief.Events {
				if !strings.Contains(raw, flat(e.Summary.In(lang))) {
					t.Errorf("the event %q is not in the text", e.Summary.In(lang))
				}
			}
		})
	}
}

// Page geometry as a reader sees it: A4, and the footer's rule above
// which the body stops.
const (
	a4W, a4H   = 595.28, 841.89
	bodyBottom = a4H - 50
)

func checkOnThePage(t *testing.T, pages []*report.Page) {
	t.Helper()
	for i, p := range pages {
		for _, it := range p.Items {
			g, ok := it.(report.Glyphs)
			if !ok {
				continue
			}
			right := g.X + text.RunWidth(g.Face, g.Text, g.Size) + g.Tracking*float64(utf8.RuneCountInString(g.Text))
			if g.X < 0 || right > a4W || g.Y < g.Size || g.Y > a4H-20 {
				t.Errorf("page %d: %q at %.1f,%.1f lies off the page", i+1, g.Text, g.X, g.Y)
			}
		}
	}
}

// tableHeader is the text in the full-width pale header band of the figures
// table on a page, or "" when the page has none.
func tableHeader(p *report.Page) (string, float64) {
	for _, it := range p.Items {
		r, ok := it.(report.Rect)
		if !ok || r.W < 400 || r.W > 550 || r.Fill != (report.Color{R: 0xF2, G: 0xF5, B: 0xF9, A: 255}) {
			continue
		}
		var words []string
		for _, it := range p.Items {
			if g, ok := it.(report.Glyphs); ok && g.Y > r.Y && g.Y < r.Y+r.H {
				words = append(words, g.Text)
			}
		}
		return strings.Join(words, " "), r.Y
	}
	return "", 0
}

// checkTableHeaders: the table reaches several pages, and each page of it
// starts with the same header as the first.
func checkTableHeaders(t *testing.T, pages []*report.Page) {
	t.Helper()
	var first string
	n := 0
	for i, p := range pages {
		h, _ := tableHeader(p)
		if h == "" {
			continue
		}
		n++
		if first == "" {
			first = h
		} else if h != first {
			t.Errorf("page %d: the table's header reads %q, the first page's %q", i+1, h, first)
		}
	}
	if n < 2 {
		t.Errorf("the figures table of %d rows fits %d page(s): want it broken across pages", largeMetrics, n)
	}
}

// checkCharts: every chart lies within the body of its page, and its year
// labels are thinned to a readable number that do not touch each other and
// always include the newest year.
func checkCharts(t *testing.T, pages []*report.Page, b *data.Brief) {
	t.Helper()
	newest := fmt.Sprint(b.Year)
	count := 0
	for i, p := range pages {
		for _, it := range p.Items {
			f, ok := it.(report.Figure)
			if !ok {
				continue
			}
			count++
			if f.Y < 40 || f.Y+f.Drawing.Height > bodyBottom {
				t.Errorf("page %d: a chart spans y %.1f-%.1f, outside the page's body", i+1, f.Y, f.Y+f.Drawing.Height)
			}
			var labels []charts.Text
			for _, op := range f.Drawing.Ops {
				if tx, ok := op.(charts.Text); ok && tx.Class == "x-label" {
					labels = append(labels, tx)
				}
			}
			if len(labels) < 3 || len(labels) > 15 || !strings.HasPrefix(labels[len(labels)-1].Text, newest) {
				t.Errorf("page %d: a chart labels %d of %d years, the last %q; want 3 to 15, ending with %s",
					i+1, len(labels), len(b.Years), labels[len(labels)-1].Text, newest)
			}
			for j := 1; j < len(labels); j++ {
				if end := labels[j-1].X + width(labels[j-1]); end+2 > labels[j].X {
					t.Errorf("page %d: year labels %q and %q touch", i+1, labels[j-1].Text, labels[j].Text)
				}
			}
		}
	}
	if count != len(b.Charts) {
		t.Errorf("%d charts drawn, want %d", count, len(b.Charts))
	}
}

func width(tx charts.Text) float64 {
	runs, err := text.Itemize(tx.Text, fonts.Regular)
	if err != nil {
		return 0
	}
	return text.Width(runs, tx.Size)
}
