package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"golang.org/x/text/unicode/norm"
)

// generateAll makes every edition of 2024 from dataDir (the embedded
// dataset when empty) into a new folder and returns the files by language.
func generateAll(t *testing.T, dataDir string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	args := []string{"generate", "--year", "2024", "--lang", "all", "--out", dir}
	if dataDir != "" {
		args = append(args, "--data", dataDir)
	}
	if res := runCmd(t, nil, args...); res.code != 0 || res.stderr != "" || res.stdout != "" {
		t.Fatalf("generate --lang all: exit %d, stdout %q, stderr %q; want 0 and silence", res.code, res.stdout, res.stderr)
	}
	want := []string{"dipbrief-VN-2024-en.pdf", "dipbrief-VN-2024-vi.pdf", "dipbrief-VN-2024-zh.pdf"}
	if got := files(t, dir); !slices.Equal(got, want) {
		t.Fatalf("--lang all wrote %v, want %v", got, want)
	}
	paths := map[string]string{}
	for _, lang := range []string{"vi", "en", "zh"} {
		paths[lang] = filepath.Join(dir, "dipbrief-VN-2024-"+lang+".pdf")
		checkReaders(t, paths[lang])
	}
	return paths
}

// TestEveryEditionGivesBackItsText reads each edition with pdftotext and
// looks for every label of a metric with a 2024 figure, every 2024 event
// summary and every cited source title, character for character. Chinese
// may break a line between any two characters, so there white space is
// dropped on both sides; elsewhere it is folded.
func TestEveryEditionGivesBackItsText(t *testing.T) {
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	paths := generateAll(t, "")
	for lang, path := range paths {
		t.Run(lang, func(t *testing.T) {
			raw := output(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
			norm := fold
			if lang == "zh" {
				norm = squeeze
			}
			got := norm(raw)
			for _, w := range editionTexts(t, ds, lang) {
				if !strings.Contains(got, norm(w)) {
					t.Errorf("pdftotext does not give back %q", w)
				}
			}
			if lang == "zh" {
				checkChineseLineStarts(t, raw)
			}
			info := output(t, "pdfinfo", path)
			if title := editionTitles[lang]; !strings.Contains(info, "Title:           "+title+"\n") {
				t.Errorf("pdfinfo does not give the title %q:\n%s", title, info)
			}
		})
	}
}

// editionTitles are the PDF titles, each in its edition's language.
var editionTitles = map[string]string{
	"vi": "Đối ngoại Việt Nam 2024",
	"en": "Viet Nam's foreign relations in 2024",
	"zh": "2024年越南外交",
}

// editionTexts are the dataset's texts a 2024 edition in lang must show.
func editionTexts(t *testing.T, ds *data.Dataset, lang string) []string {
	t.Helper()
	want := []string{ds.Info.Title.In(lang)}
	for _, m := range ds.Metrics {
		if _, ok := ds.Figure(2024, m.ID); ok {
			want = append(want, m.Label.In(lang))
		}
	}
	y, _ := ds.Year(2024)
	cited := map[string]bool{}
	for _, e := range y.Events {
		want = append(want, e.Summary.In(lang))
		for _, c := range e.Cite {
			cited[c.Source] = true
		}
	}
	for _, f := range y.Figures {
		for _, c := range f.Cite {
			cited[c.Source] = true
		}
	}
	for _, s := range ds.Sources {
		if cited[s.ID] {
			want = append(want, s.Title)
		}
	}
	if len(cited) == 0 || len(want) < 20 {
		t.Fatalf("only %d texts to look for: the dataset is not the one this test knows", len(want))
	}
	return want
}

// checkChineseLineStarts reads the lines as a reader sets them: none may
// start with punctuation that closes a phrase.
func checkChineseLineStarts(t *testing.T, raw string) {
	t.Helper()
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(line)
		for _, r := range line {
			if strings.ContainsRune("。，、；：？！）」』》”", r) {
				t.Errorf("a line starts with %q: %q", r, line)
			}
			break
		}
	}
}

// TestDecomposedDatasetGivesTheSameBytes saves a copy of the dataset in
// NFD, as some macOS editors do, and checks every edition comes out byte
// for byte as from the composed copy.
func TestDecomposedDatasetGivesTheSameBytes(t *testing.T) {
	nfc := copyEmbedded(t)
	nfd := copyEmbedded(t)
	changed := 0
	err := filepath.WalkDir(nfd, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if d := norm.NFD.Bytes(b); !bytes.Equal(d, b) {
			changed++
			return os.WriteFile(p, d, 0o644)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if changed == 0 {
		t.Fatal("no file of the dataset changed in NFD: the test proves nothing")
	}
	want, got := generateAll(t, nfc), generateAll(t, nfd)
	for lang := range want {
		a, _ := os.ReadFile(want[lang])
		b, _ := os.ReadFile(got[lang])
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: the NFD dataset gives %d bytes, unlike the NFC one's %d", lang, len(b), len(a))
		}
	}
}

// TestLangAllNeedsAFolder: three editions cannot share one --out file name.
func TestLangAllNeedsAFolder(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		out  string
		code int
		msg  string
	}{
		{"a file", filepath.Join(dir, "brief.pdf"), exitUsage, "must be an existing folder"},
		{"a missing folder", filepath.Join(dir, "nowhere") + string(os.PathSeparator), exitCantCreate, "does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runCmd(t, nil, "generate", "--lang", "all", "--out", tc.out)
			if res.code != tc.code || !strings.Contains(res.stderr, tc.msg) || strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want %d and one line saying %q", res.code, res.stderr, tc.code, tc.msg)
			}
			if names := files(t, dir); len(names) != 0 {
				t.Errorf("a refused run wrote %v", names)
			}
		})
	}
}

// TestEachLanguageAlone makes one edition per run, with its default name
// and its language tag in the catalog.
func TestEachLanguageAlone(t *testing.T) {
	for lang, tag := range map[string]string{"vi": "vi-VN", "en": "en", "zh": "zh-Hans"} {
		dir := t.TempDir()
		if res := runCmd(t, nil, "generate", "--year", "2024", "--lang", lang, "--out", dir); res.code != 0 {
			t.Fatalf("--lang %s: %+v", lang, res)
		}
		b, err := os.ReadFile(filepath.Join(dir, "dipbrief-VN-2024-"+lang+".pdf"))
		if err != nil {
			t.Fatalf("--lang %s: %v", lang, err)
		}
		checkReaders(t, filepath.Join(dir, "dipbrief-VN-2024-"+lang+".pdf"))
		if !bytes.Contains(b, []byte("/Lang ("+tag+")")) {
			t.Errorf("--lang %s: the catalog has no /Lang (%s)", lang, tag)
		}
		if names := files(t, dir); len(names) != 1 {
			t.Errorf("--lang %s wrote %v, want one file", lang, names)
		}
	}
}
