package data

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"
)

// articles are the fixture's sources as the provenance check reads them:
// a line break and a no-break space inside evidence, and accents typed as
// combining marks, all of which must still match.
func articles() fstest.MapFS {
	vi := "Năm qua có 22 chuyến\n   thăm, 12 đối tác chiến lược và 12 đối tác toàn diện.\n" +
		"Thương mại đạt 680\u00a0tỷ USD. " + norm.NFD.String("Đối tác Chiến lược Toàn diện") + ".\n" +
		"Năm 2024: 21 chuyến thăm; thương mại giảm 1,5%; 15,8 triệu lượt khách.\n"
	zh := "越南领导人进行22次访问。贸易额近7000亿美元。国事访问。\n"
	return fstest.MapFS{
		"press-vi.txt": {Data: []byte(vi)},
		"press-zh.txt": {Data: []byte(zh)},
	}
}

func TestCheckEvidence(t *testing.T) {
	tests := []struct {
		name            string
		changes         []change // to the dataset
		remove          string   // from the articles
		want            string
		wantUnavailable int
	}{
		{name: "all found"},
		{name: "evidence not in the article", changes: one("2024.yaml", "giảm 1,5%", "giảm 1,6%"),
			want: `testdata/ok/2024.yaml:12:19: figures[1].cite[0].evidence: evidence "giảm 1,6%" not found in press-vi.txt (source "press-vi")`},
		{name: "evidence of an alternative", changes: one("2023.yaml", "近7000亿美元", "约7000亿美元"),
			want: `testdata/ok/2023.yaml:37:23: figures[4].alternatives[0].cite[0].evidence: evidence "约7000亿美元" not found in press-zh.txt (source "press-zh")`},
		{name: "article absent", remove: "press-zh.txt", wantUnavailable: 1},
		{name: "source without a file", changes: one("sources.yaml", "    file: press-zh.txt\n", ""), wantUnavailable: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys, texts := fixture(t), articles()
			for _, c := range tc.changes {
				c.apply(t, fsys)
			}
			delete(texts, tc.remove)
			problems, unavailable := CheckEvidence(mustLoad(t, fsys), texts)
			if got := problems.Error(); got != tc.want {
				t.Errorf("got problems\n%s\nwant\n%s", got, tc.want)
			}
			if unavailable != tc.wantUnavailable {
				t.Errorf("got %d unavailable, want %d", unavailable, tc.wantUnavailable)
			}
		})
	}
}

// TestEmbeddedValidates keeps the shipped dataset loadable: dipbrief with
// no flags must work.
func TestEmbeddedValidates(t *testing.T) {
	if _, err := Load(Embedded(), "data/vn"); err != nil {
		t.Errorf("got\n%v\nwant no problems", err)
	}
}

// TestEmbeddedEvidence checks every citation of the shipped dataset against
// the articles it was built from.
func TestEmbeddedEvidence(t *testing.T) {
	texts := "../../shared/sources"
	if _, err := os.Stat(texts); errors.Is(err, os.ErrNotExist) {
		t.Skip("../shared/sources not found: provenance check needs the source articles beside the repository")
	}
	ds, err := Load(Embedded(), "data/vn")
	if err != nil {
		t.Fatalf("Load: got\n%v\nwant no problems", err)
	}
	problems, unavailable := CheckEvidence(ds, os.DirFS(texts))
	if len(problems) > 0 {
		t.Errorf("got problems\n%v\nwant none", problems)
	}
	noFile := 0
	for _, s := range ds.Sources {
		if _, err := os.Stat(filepath.Join(texts, s.File)); s.File == "" || err != nil {
			noFile++
		}
	}
	if unavailable != noFile {
		t.Errorf("got %d sources unavailable, want %d (those with no text in %s)", unavailable, noFile, texts)
	}
}
