package newsletter

import (
	"bytes"
	"errors"
	stdhtml "html"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/internal/mimetest"
)

// letter is a message for the embedded dataset's 2024 in lang, with
// stand-in bytes for the PDF and the chart: this package only carries them.
func letter(t *testing.T, lang string) *Letter {
	t.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ds.BriefFor(2024)
	if err != nil {
		t.Fatal(err)
	}
	e, err := edition.New(b, lang)
	if err != nil {
		t.Fatal(err)
	}
	return &Letter{
		From: "Briefings <brief@example.org>", To: []string{"a@example.net", "B <b@example.com>"},
		Date: time.Date(2025, 1, 15, 6, 0, 0, 0, time.UTC), Edition: e,
		Chart: Image{File: File{Name: "dipbrief-VN-2024-" + lang + "-visits.png", Data: []byte("\x89PNG\r\n\x1a\nchart")}, Title: "Visits", Alt: "Visits & <more>"},
		PDF:   File{Name: "dipbrief-VN-2024-" + lang + ".pdf", Data: append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0, 1, 2, 250}, 5000)...)},
		Agent: "dipbrief test",
	}
}

func eml(t *testing.T, l *Letter) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := l.WriteEML(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestEMLIsTheSameEveryTime(t *testing.T) {
	l := letter(t, "vi")
	a, b := eml(t, l), eml(t, letter(t, "vi"))
	if !bytes.Equal(a, b) {
		t.Fatal("two .eml of the same letter differ")
	}
	later := letter(t, "vi")
	later.Date = later.Date.Add(time.Hour)
	other := letter(t, "vi")
	other.PDF.Data = append(other.PDF.Data, '!')
	id := func(raw []byte) string { m, _ := mimetest.Parse(raw); return m.Header.Get("Message-Id") }
	if id(a) != id(eml(t, later)) {
		t.Error("the Message-ID changes with the Date: a retried send would not be recognized as the same message")
	}
	if id(a) == id(eml(t, other)) {
		t.Error("two different PDFs give the same Message-ID")
	}
}

func TestEMLReadsBackAsANewsletter(t *testing.T) {
	for _, lang := range []string{"vi", "en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			l := letter(t, lang)
			m, err := mimetest.Parse(eml(t, l))
			if err != nil {
				t.Fatalf("the .eml does not parse: %v", err)
			}
			checkHeader(t, m, l)
			checkShape(t, m, l)
			raw := string(m.Find("text/html").Body)
			text, html := string(m.Find("text/plain").Body), stdhtml.UnescapeString(raw)
			for _, f := range l.Edition.Summary.Figures {
				for _, want := range []string{f.Label, f.Display} {
					if !strings.Contains(text, want) {
						t.Errorf("the text body lacks %q", want)
					}
					if !strings.Contains(html, want) {
						t.Errorf("the HTML body lacks %q", want)
					}
				}
			}
			for _, s := range l.Edition.Summary.Sources {
				if !strings.Contains(text, s.Title) || !strings.Contains(html, s.Title) {
					t.Errorf("a body lacks the source %q", s.Title)
				}
			}
			checkLead(t, l.Edition, text, html)
			if !strings.Contains(raw, `alt="Visits &amp; &lt;more&gt;"`) {
				t.Error("the chart's alt text is not escaped")
			}
		})
	}
}

func checkHeader(t *testing.T, m *mimetest.Message, l *Letter) {
	t.Helper()
	if got, err := m.Subject(); err != nil || got != l.DefaultSubject() {
		t.Errorf("Subject %q (%v), want %q", got, err, l.DefaultSubject())
	}
	if d, err := m.Header.Date(); err != nil || !d.Equal(l.Date) {
		t.Errorf("Date %v (%v), want %v", d, err, l.Date)
	}
	to, err := m.Header.AddressList("To")
	if err != nil || len(to) != 2 || to[1].Address != "b@example.com" {
		t.Errorf("To %v (%v), want both recipients", to, err)
	}
	if id := m.Header.Get("Message-Id"); !strings.HasSuffix(id, ".dipbrief@example.org>") {
		t.Errorf("Message-ID %q, want one at the sender's domain", id)
	}
}

// checkShape: text and HTML are alternatives, the chart is related to the
// HTML by its Content-ID, the PDF is an attachment with its own bytes.
func checkShape(t *testing.T, m *mimetest.Message, l *Letter) {
	t.Helper()
	var got []string
	for _, p := range m.Parts {
		got = append(got, strings.Join(append(slices.Clone(p.Within), p.Type), " > "))
	}
	want := []string{
		"multipart/mixed > multipart/related > multipart/alternative > text/plain",
		"multipart/mixed > multipart/related > multipart/alternative > text/html",
		"multipart/mixed > multipart/related > image/png",
		"multipart/mixed > application/pdf",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("MIME tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	png, pdf := m.Find("image/png"), m.Find("application/pdf")
	if cid := strings.Trim(png.Header.Get("Content-Id"), "<>"); !strings.Contains(string(m.Find("text/html").Body), `src="cid:`+cid+`"`) {
		t.Errorf("the HTML does not show the chart by its Content-ID %q", cid)
	}
	if !bytes.Equal(png.Body, l.Chart.Data) || !bytes.Equal(pdf.Body, l.PDF.Data) {
		t.Error("an attachment's bytes changed on the way")
	}
	if d := pdf.Header.Get("Content-Disposition"); !strings.HasPrefix(d, "attachment;") || !strings.Contains(d, l.PDF.Name) {
		t.Errorf("the PDF's Content-Disposition is %q", d)
	}
	for _, p := range m.Parts[:2] {
		if p.Params["charset"] != "UTF-8" {
			t.Errorf("%s has charset %q, want UTF-8", p.Type, p.Params["charset"])
		}
	}
}

func TestBadAddresses(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Letter)
	}{
		{"from", func(l *Letter) { l.From = "not an address" }},
		{"to", func(l *Letter) { l.To = []string{"a@example.net", "nobody"} }},
		{"no recipient", func(l *Letter) { l.To = nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := letter(t, "en")
			tc.edit(l)
			if _, err := l.Message(); !errors.Is(err, ErrAddress) {
				t.Errorf("got %v, want ErrAddress", err)
			}
		})
	}
}

func TestSubject(t *testing.T) {
	tests := []struct{ lang, subject, want string }{
		{"vi", "", "Bản tin: Đối ngoại Việt Nam 2024"},
		{"en", "", "Briefing: Viet Nam's foreign relations in 2024"},
		{"zh", "", "简报：2024年越南外交"},
		{"en", "  January newsletter ", "January newsletter"},
	}
	for _, tc := range tests {
		l := letter(t, tc.lang)
		l.Subject = tc.subject
		m, err := mimetest.Parse(eml(t, l))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := m.Subject(); got != tc.want {
			t.Errorf("%s %q: subject %q, want %q", tc.lang, tc.subject, got, tc.want)
		}
	}
}

// checkLead: both bodies open with the edition's lead, every sentence
// with its markers, before the figures.
func checkLead(t *testing.T, e *edition.Edition, text, html string) {
	t.Helper()
	if len(e.Lead.Sentences) == 0 {
		t.Fatal("the edition has no lead")
	}
	for name, body := range map[string]string{"text": text, "HTML": html} {
		first := strings.Index(body, e.Summary.Figures[0].Label)
		for _, s := range e.Lead.Sentences {
			if at := strings.Index(body, s.String()); at < 0 || at > first {
				t.Errorf("the %s body does not open with %q", name, s.String())
			}
		}
	}
}
