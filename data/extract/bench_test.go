package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// BenchmarkExtractArticles is extract on the five saved articles (52 kB of
// text), as the command runs it on a morning's reading.
func BenchmarkExtractArticles(b *testing.B) {
	ds, err := data.Load(data.Embedded(), ".")
	if err != nil {
		b.Fatal(err)
	}
	var articles []Article
	for _, src := range ds.Sources {
		text, err := os.ReadFile(filepath.Join(sourcesDir, src.File))
		if src.File != "" && err == nil {
			articles = append(articles, Article{Text: string(text), Lang: src.Language, Date: src.Date})
		}
	}
	if len(articles) == 0 {
		b.Skipf("the source articles are not at %s", sourcesDir)
	}
	for b.Loop() {
		for _, a := range articles {
			Extract(a, ds.Metrics, "s", 0)
		}
	}
}
