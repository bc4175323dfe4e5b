package data

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dipbrief/dipbrief/report/text"
)

// fixtureFiles are the files FuzzLoadAnyFile may replace, by the fuzzed byte.
var fixtureFiles = []string{"dataset.yaml", "metrics.yaml", "sources.yaml", "2023.yaml", "2024.yaml"}

// FuzzLoadAnyFile gives Load any bytes as any one file of the fixture,
// catalogs included, which every check leans on. Whatever they are:
//   - Load does not panic;
//   - an error is Diagnostics, each naming a file of the dataset and a line
//     (and a column that is not negative);
//   - a dataset it returns is one the briefing can use: every year briefs,
//     or says with a position why it cannot (a year without figures), and
//     CheckGlyphs places every character it refuses.
func FuzzLoadAnyFile(f *testing.F) {
	base := fixture(f)
	for i, name := range fixtureFiles {
		f.Add(uint8(i), base[name].Data)
	}
	f.Add(uint8(0), []byte("country: {code: VN, name: {vi: a, en: b, zh: c}}\nlanguages: [vi, en, zh, en]\n"))
	f.Add(uint8(1), []byte("metrics:\n  - {id: visits_abroad, unit: count, group: activity, label: {vi: 😀, en: b, zh: c}}\n"))
	f.Add(uint8(2), []byte("sources:\n  - {id: press-vi, publisher: P, title: T, language: vi, url: \"javascript:alert(1)\"}\n"))
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		fsys := maps.Clone(base)
		name := fixtureFiles[int(which)%len(fixtureFiles)]
		fsys[name] = &fstest.MapFile{Data: b}
		ds, err := Load(fsys, fixtureDir)
		if err != nil {
			checkPlaced(t, err)
			return
		}
		for _, y := range ds.Years {
			if _, err := ds.BriefFor(y.Year); err != nil {
				checkPlaced(t, err)
			}
		}
		if diags := CheckGlyphs(ds, text.Drawable); len(diags) > 0 {
			checkPlaced(t, diags)
		}
	})
}

// checkPlaced fails unless err is Diagnostics that each name a file of the
// fixture and a line in it.
func checkPlaced(t *testing.T, err error) {
	t.Helper()
	var diags Diagnostics
	if !errors.As(err, &diags) || len(diags) == 0 {
		t.Fatalf("got %v, want Diagnostics", err)
	}
	for _, d := range diags {
		file, ok := strings.CutPrefix(d.File, fixtureDir+"/")
		if !ok || !slices.Contains(fixtureFiles, file) || d.Line <= 0 || d.Col < 0 {
			t.Errorf("got %q, want a file of the dataset and a line", d.Error())
		}
	}
}
