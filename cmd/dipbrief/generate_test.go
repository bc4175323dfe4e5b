package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
)

// fold makes text comparable across line breaks: runs of white space
// become one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// squeeze drops all white space, for Chinese, where a line may break
// between any two characters.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// generateDefault runs `dipbrief generate` with no flags but --out and
// returns the file, which must carry the default name for the newest year.
func generateDefault(t *testing.T) (string, []byte) {
	t.Helper()
	dir := t.TempDir()
	res := runCmd(t, nil, "generate", "--out", dir)
	if res.code != 0 || res.stderr != "" || res.stdout != "" {
		t.Fatalf("generate: exit %d, stdout %q, stderr %q; want 0 and silence", res.code, res.stdout, res.stderr)
	}
	path := filepath.Join(dir, fmt.Sprintf("dipbrief-VN-%d-vi.pdf", embedded(t).Latest()))
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the default file name: %v", err)
	}
	checkReaders(t, path)
	return path, b
}

func embedded(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestDefaultBriefingText checks that the text of the default briefing
// gives back what a reader looks for: the sections, every figure as the
// edition writes it, every label, every event summary and the Chinese
// source titles whole.
func TestDefaultBriefingText(t *testing.T) {
	path, _ := generateDefault(t)
	raw := output(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
	got := fold(raw)
	ds := embedded(t)
	brief, err := ds.BriefFor(ds.Latest())
	if err != nil {
		t.Fatal(err)
	}
	e, err := edition.New(brief, "vi")
	if err != nil {
		t.Fatal(err)
	}
	sum := e.Summary
	want := []string{sum.Title, "Số liệu chính", "Xu hướng qua các năm", "Sự kiện nổi bật", "Ghi chú về số liệu", "Nguồn", "Ấn bản ngày"}
	for _, f := range sum.Figures {
		want = append(want, fold(f.Label), fold(f.Display))
	}
	for _, e := range brief.Events {
		want = append(want, fold(e.Summary.In("vi")))
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("pdftotext does not give back %q", w)
		}
	}
	for _, s := range sum.Sources {
		if s.Language == "zh" && !strings.Contains(squeeze(raw), squeeze(s.Title)) {
			t.Errorf("the Chinese source title %q is not whole in the text", s.Title)
		}
	}
	pages := pageCount(t, path)
	if !regexp.MustCompile(fmt.Sprintf(`Trang %d/%d`, pages, pages)).MatchString(got) {
		t.Errorf("no footer \"Trang %d/%d\" on the last page", pages, pages)
	}
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(output(t, "pdfinfo", path))
	var n int
	if m == nil {
		t.Fatal("pdfinfo shows no page count")
	}
	fmt.Sscan(m[1], &n)
	return n
}

func TestDefaultBriefingOpensCleanly(t *testing.T) {
	path, _ := generateDefault(t)
	out := output(t, "qpdf", "--check", path)
	if strings.Contains(strings.ToLower(out), "warning") {
		t.Errorf("qpdf --check warns:\n%s", out)
	}
	info := output(t, "pdfinfo", path)
	ds := embedded(t)
	created := ds.Info.AsOf.Time().Format("Mon Jan _2 15:04:05 2006 UTC")
	for _, w := range []string{fmt.Sprintf("Title:           Đối ngoại Việt Nam %d", ds.Latest()), "Author:          dipbrief", "Page size:       595.28 x 841.89 pts (A4)", "CreationDate:    " + created} {
		if !strings.Contains(info, w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, info)
		}
	}
	fontsOut := output(t, "pdffonts", path)
	for _, line := range strings.Split(fontsOut, "\n")[2:] {
		if f := strings.Fields(line); len(f) > 5 && f[len(f)-5] != "yes" {
			t.Errorf("a font is not embedded: %s", line)
		}
	}
	js := output(t, "qpdf", "--json", "--json-key=outlines", path)
	for _, section := range []string{fmt.Sprintf("Đối ngoại Việt Nam %d", ds.Latest()), "Số liệu chính", "Xu hướng qua các năm", "Sự kiện nổi bật", "Ghi chú về số liệu", "Nguồn"} {
		if !strings.Contains(js, `"title": "`+section+`"`) {
			t.Errorf("the PDF outline has no entry %q", section)
		}
	}
	targets := linkTargets(t, path)
	raw := strings.ReplaceAll(output(t, "pdftotext", "-raw", path, "-"), "\f", "\n") // \f starts a page
	list := raw[strings.LastIndex(raw, "\nNguồn\n"):]                                // the sources section is last
	sources := regexp.MustCompile(`(?m)^\[(\d+)\]`).FindAllString(list, -1)
	// A marker range such as [42–49] links to its first source only, so
	// there are at most as many targets as sources (report's
	// TestMarkersLinkToTheirSource checks each lands on its entry).
	if len(sources) == 0 || len(targets) == 0 || len(targets) > len(sources) {
		t.Errorf("source markers link to %d places, want between 1 and one per numbered source (%d)", len(targets), len(sources))
	}
}

// linkTargets lists the distinct destinations inside the document of the
// PDF's link annotations (links to web pages have none).
func linkTargets(t *testing.T, path string) map[string]bool {
	t.Helper()
	targets := map[string]bool{}
	for _, a := range linkAnnotations(t, path) {
		if a["/Dest"] != nil {
			targets[fmt.Sprint(a["/Dest"])] = true
		}
	}
	return targets
}

func TestSameInputSameBytes(t *testing.T) {
	_, a := generateDefault(t)
	_, b := generateDefault(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs on the same input gave different bytes")
	}
	dir := t.TempDir()
	if res := runCmd(t, map[string]string{"SOURCE_DATE_EPOCH": "1700000000"}, "generate", "--out", dir); res.code != 0 {
		t.Fatalf("generate with SOURCE_DATE_EPOCH: %+v", res)
	}
	c, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("dipbrief-VN-%d-vi.pdf", embedded(t).Latest())))
	if bytes.Equal(a, c) || !bytes.Contains(c, []byte("D:20231114")) {
		t.Error("SOURCE_DATE_EPOCH does not set the creation date")
	}
}

// TestEmbeddedGlyphs checks what a run with the embedded dataset no longer
// checks each time: every text it may print is drawable by the fonts.
func TestEmbeddedGlyphs(t *testing.T) {
	ds, err := readDataset("") // what a run without --data reads
	if err != nil {
		t.Fatal(err)
	}
	if err := checkGlyphs(ds); err != nil {
		t.Fatalf("the embedded dataset holds text no font draws:\n%v", err)
	}
}
