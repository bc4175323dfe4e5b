package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/internal/mimetest"
)

// entryStart is the start of a numbered entry of a sources list, as
// pdftotext and the mail's text body give it: "[12] Publisher…".
var entryStart = regexp.MustCompile(`(?m)^\f?\[(\d+)\] (.+)$`)

// markerRe finds the source markers of a text, ranges included.
var markerRe = regexp.MustCompile(`\[(\d+)(?:–(\d+))?\]`)

// TestEveryOutputNumbersSourcesAlike follows every [n] of every edition of
// every year from `show` and from the newsletter's text body into the PDF
// the newsletter carries: the entry numbered n in the PDF's sources list
// must be the same source, so a reader who follows [3] from the mail into
// the attachment lands on the right article.
func TestEveryOutputNumbersSourcesAlike(t *testing.T) {
	ds := embedded(t)
	dir := t.TempDir()
	for _, y := range ds.Years {
		for _, lang := range edition.Languages() {
			t.Run(fmt.Sprintf("%d-%s", y.Year, lang), func(t *testing.T) {
				year := fmt.Sprint(y.Year)
				pdf := filepath.Join(dir, "b-"+year+"-"+lang+".pdf")
				if res := runCmd(t, nil, "generate", "--year", year, "--lang", lang, "--out", pdf); res.code != 0 {
					t.Fatalf("generate: %+v", res)
				}
				inPDF := entries(output(t, "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"))

				res := runCmd(t, nil, "show", "--format", "json", "--year", year, "--lang", lang)
				var s edition.Summary
				if err := json.Unmarshal([]byte(res.stdout), &s); err != nil {
					t.Fatalf("show --format json: %v (%+v)", err, res)
				}
				for _, src := range s.Sources {
					if !strings.HasPrefix(inPDF[src.N], src.Publisher) {
						t.Errorf("show's [%d] is %s; the PDF's [%d] reads %q", src.N, src.Publisher, src.N, inPDF[src.N])
					}
				}
				for _, f := range s.Figures {
					for _, n := range f.Sources {
						if inPDF[n] == "" {
							t.Errorf("show cites [%d] for %s; the PDF has no source [%d]", n, f.Metric, n)
						}
					}
				}

				body := mailText(t, dir, year, lang)
				inMail := entries(body)
				for n, entry := range inMail {
					publisher, _, _ := strings.Cut(entry, " · ")
					if !strings.HasPrefix(inPDF[n], publisher) {
						t.Errorf("the mail's [%d] is %s; the PDF's [%d] reads %q", n, publisher, n, inPDF[n])
					}
				}
				for _, m := range markerRe.FindAllStringSubmatch(body, -1) {
					var n int
					fmt.Sscan(m[1], &n)
					if inMail[n] == "" || inPDF[n] == "" {
						t.Errorf("the mail body cites %s: the mail lists [%d]: %t, the PDF: %t", m[0], n, inMail[n] != "", inPDF[n] != "")
					}
				}
			})
		}
	}
}

// entries maps each number of a sources list to the start of its entry.
func entries(text string) map[int]string {
	out := map[int]string{}
	for _, m := range entryStart.FindAllStringSubmatch(text, -1) {
		var n int
		fmt.Sscan(m[1], &n)
		if _, seen := out[n]; !seen {
			out[n] = m[2]
		}
	}
	return out
}

// mailText is the text body of the newsletter of one edition, as `mail
// --eml` writes it.
func mailText(t *testing.T, dir, year, lang string) string {
	t.Helper()
	path := filepath.Join(dir, "m-"+year+"-"+lang+".eml")
	res := runCmd(t, nil, "mail", "--year", year, "--lang", lang, "--from", "b@example.org", "--to", "a@example.net", "--eml", path)
	if res.code != 0 {
		t.Fatalf("mail --eml: %+v", res)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := mimetest.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return string(m.Find("text/plain").Body)
}
