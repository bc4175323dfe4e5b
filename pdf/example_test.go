package pdf_test

import (
	"fmt"
	"io"
	"time"

	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/pdf"
)

// A layout tags what it draws: each run of text is marked content of its
// element, page furniture is an artifact, and a link's annotations belong
// to its Link element. The document is then PDF/UA-1 and PDF/A-3a.
func ExampleDocument_StructRoot() {
	doc := pdf.New(595.28, 841.89, pdf.Info{Title: "Việt Nam 2025", Lang: "vi-VN",
		Created: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)})
	font := doc.Font(fonts.Chain(fonts.Regular)[0])
	han := doc.Font(fonts.Chain(fonts.Regular)[1])
	root := doc.StructRoot()
	page := doc.AddPage()
	text := func(e *pdf.Elem, f *pdf.Font, x, y float64, s string) {
		page.BeginMarked(e)
		page.Text(f, 10, x, y, s)
		page.EndMarked()
	}

	page.BeginArtifact(pdf.Footer) // running header, footer, page number
	page.Text(font, 8, 50, 820, "Trang 1/1")
	page.EndMarked()

	text(root.Add(pdf.H1), font, 50, 60, "Việt Nam 2025")

	para := root.Add(pdf.P) // a run in another language is a Span
	text(para, font, 50, 90, "Quan hệ")
	text(para.Add(pdf.Span).SetLang("zh-CN"), han, 95, 90, "全面战略伙伴")
	text(para, font, 160, 90, ".")

	table := root.Add(pdf.Table) // header cells are TH, with a scope
	head := table.Add(pdf.THead).Add(pdf.TR)
	text(head.Add(pdf.TH), font, 50, 120, "Chỉ số")
	text(head.Add(pdf.TH), font, 200, 120, "2025")
	row := table.Add(pdf.TBody).Add(pdf.TR)
	text(row.Add(pdf.TH).SetScope(pdf.Row), font, 50, 135, "Chuyến thăm")
	text(row.Add(pdf.TD), font, 200, 135, "24")
	page.BeginArtifact(pdf.Layout) // table rules are artifacts
	page.Line(50, 124, 250, 124)
	page.EndMarked()

	list := root.Add(pdf.L).SetNumbering(pdf.Decimal) // the number goes in Lbl
	item := list.Add(pdf.LI)
	text(item.Add(pdf.Lbl), font, 50, 170, "[1]")
	body := item.Add(pdf.LBody)
	text(body, font, 70, 170, "Bộ Ngoại giao:")
	link := body.Add(pdf.Link) // a link over two lines: one element, two annotations
	text(link, font, 140, 170, "https://example.org/")
	page.URILink(link, 140, 161, 90, 12, "https://example.org/bao-cao", "Nguồn 1: Bộ Ngoại giao")
	text(link, font, 70, 184, "bao-cao")
	page.URILink(link, 70, 175, 40, 12, "https://example.org/bao-cao", "Nguồn 1: Bộ Ngoại giao")

	chart := root.Add(pdf.Div)
	fig := chart.Add(pdf.Figure).SetAlt("Số chuyến thăm tăng từ 18 lên 24.").SetBBox(50, 200, 200, 100)
	page.BeginMarked(fig) // everything the chart draws, axis labels too
	page.MoveTo(60, 290)
	page.LineTo(240, 210)
	page.Paint(false, true)
	page.EndMarked()
	text(chart.Add(pdf.Caption), font, 50, 315, "Hình 1: Chuyến thăm, 2023–2025")

	doc.Attach(pdf.File{Name: "vn-2025.csv", MIME: "text/csv", Data: []byte("year,visits\n2025,24\n"),
		Modified: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), Description: "Số liệu năm 2025"})
	_, err := doc.WriteTo(io.Discard)
	fmt.Println(doc.Tagged(), err)
	// Output: true <nil>
}
