package pdf

import (
	"bytes"
	"testing"
	"time"
)

// csvData is the file the tagged sample carries inside.
var csvData = []byte("metric,year,value\nvisits_abroad,2025,24\npartners,2025,38\n")

// taggedSample draws a two-page tagged document with every kind of
// element a briefing makes, through the tagging API as a layout would
// drive it, and returns its bytes.
func taggedSample(t *testing.T) []byte {
	t.Helper()
	d := New(595.28, 841.89, Info{
		Title: "Đối ngoại Việt Nam 2025", Subject: "Bản tin", Author: "dipbrief", Keywords: "đối ngoại, 2025",
		Creator: "dipbrief test", Producer: "dipbrief", Created: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), Lang: "vi-VN",
	})
	reg, b, zh := d.Font(regular), d.Font(bold), d.Font(chinese)
	root := d.StructRoot()
	furniture := func(p *Page, n string) {
		p.BeginArtifact(Header)
		p.SetFill(RGB{90, 90, 90})
		p.Text(reg, 8, 50, 30, "Bản tin đối ngoại 2025")
		p.EndMarked()
		p.BeginArtifact(Layout)
		p.SetStroke(RGB{200, 200, 200})
		p.Line(50, 36, 545, 36)
		p.EndMarked()
		p.BeginArtifact(Footer)
		p.Text(reg, 8, 50, 820, "Trang "+n+"/2")
		p.EndMarked()
	}
	mark := func(p *Page, e *Elem, f *Font, size, x, y float64, s string) {
		p.BeginMarked(e)
		p.SetFill(RGB{0, 0, 0})
		p.Text(f, size, x, y, s)
		p.EndMarked()
	}

	p := d.AddPage()
	furniture(p, "1")
	d.Bookmark("Đối ngoại Việt Nam 2025", 0, 0, 50)
	mark(p, root.Add(H1), b, 20, 50, 70, "Đối ngoại Việt Nam 2025")
	para := root.Add(P)
	mark(p, para, reg, 10, 50, 100, "Năm 2025 có 24 chuyến thăm; báo chí gọi đó là")
	mark(p, para.Add(Span).SetLang("zh-CN"), zh, 10, 275, 100, "全面战略伙伴")
	mark(p, para, reg, 10, 340, 100, "theo")
	cite := para.Add(Link)
	mark(p, cite, reg, 10, 362, 100, "[1]")
	p.PageLink(cite, 362, 91, 14, 12, 1, 60, "Nguồn 1: Bộ Ngoại giao")
	mark(p, para, reg, 10, 376, 100, ".")

	d.Bookmark("Số liệu chính", 1, 0, 120)
	mark(p, root.Add(H2), b, 14, 50, 130, "Số liệu chính")
	table := root.Add(Table)
	rows := [][]string{{"Chỉ số", "2025"}, {"Chuyến thăm", "24"}, {"Đối tác", "38"}}
	head, tbody := table.Add(THead), table.Add(TBody)
	for i, row := range rows {
		group := tbody
		if i == 0 {
			group = head
		}
		tr := group.Add(TR)
		for j, cell := range row {
			var c *Elem
			switch {
			case i == 0:
				c = tr.Add(TH)
			case j == 0:
				c = tr.Add(TH).SetScope(Row)
			default:
				c = tr.Add(TD)
			}
			mark(p, c, reg, 10, 50+150*float64(j), 155+18*float64(i), cell)
		}
	}
	p.BeginArtifact(Layout)
	p.Line(50, 160, 350, 160)
	p.EndMarked()

	d.Bookmark("Xu hướng", 1, 0, 220)
	mark(p, root.Add(H2), b, 14, 50, 230, "Xu hướng")
	div := root.Add(Div)
	fig := div.Add(Figure).SetAlt("Số chuyến thăm tăng từ 18 năm 2023 lên 24 năm 2025.").SetBBox(50, 240, 200, 100)
	p.BeginMarked(fig)
	p.SetStroke(RGB{0x1F, 0x3A, 0x5F})
	p.SetLineWidth(1.5)
	p.MoveTo(60, 330)
	p.LineTo(150, 300)
	p.LineTo(240, 250)
	p.Paint(false, true)
	p.Text(reg, 7, 55, 338, "2023")
	p.Text(reg, 7, 225, 338, "2025")
	p.EndMarked()
	mark(p, div.Add(Caption), reg, 9, 50, 355, "Hình 1: Chuyến thăm cấp cao, 2023–2025 [1]")

	across := root.Add(P) // a paragraph that goes on over the page
	mark(p, across, reg, 10, 50, 790, "Đoạn này bắt đầu ở trang một")
	q := d.AddPage()
	furniture(q, "2")
	mark(q, across, reg, 10, 50, 48, "và kết thúc ở trang hai.")
	d.Bookmark("Nguồn", 1, 1, 50)
	mark(q, root.Add(H2), b, 14, 50, 60, "Nguồn")
	list := root.Add(L).SetNumbering(Decimal)
	item := list.Add(LI)
	mark(q, item.Add(Lbl), reg, 10, 50, 85, "[1]")
	body := item.Add(LBody)
	mark(q, body, reg, 10, 70, 85, "Bộ Ngoại giao, Tổng kết công tác đối ngoại năm 2025,")
	web := body.Add(Link)
	uri := "https://example.org/tong-ket-cong-tac-doi-ngoai-nam-2025"
	mark(q, web, reg, 10, 330, 85, "https://example.org/tong-ket-cong-")
	q.URILink(web, 330, 76, 165, 12, uri, "Nguồn 1, trên trang web của Bộ Ngoại giao")
	mark(q, web, reg, 10, 70, 99, "tac-doi-ngoai-nam-2025")
	q.URILink(web, 70, 90, 110, 12, uri, "Nguồn 1, trên trang web của Bộ Ngoại giao")
	note := root.Add(P)
	mark(q, note, reg, 9, 50, 130, "Số liệu năm 2025 là sơ bộ.")
	mark(q, note.Add(Note), reg, 7, 175, 127, "a")

	d.Attach(File{Name: "vn-2025.csv", MIME: "text/csv", Data: csvData,
		Modified: time.Date(2026, 1, 10, 8, 0, 0, 0, time.UTC), Description: "Số liệu năm 2025"})
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
