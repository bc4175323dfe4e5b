package data

import (
	"errors"
	"maps"
	"testing"
	"testing/fstest"
)

// FuzzLoad gives Load any bytes as the fixture's 2024.yaml. Whatever they
// are, Load must not panic, and must return either a dataset holding 2024
// that briefs (or says where it cannot) or Diagnostics that each name the
// file and a line. FuzzLoadAnyFile does the same for every file.
func FuzzLoad(f *testing.F) {
	base := fixture(f)
	f.Add(base["2024.yaml"].Data)
	f.Add(base["2023.yaml"].Data)
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := maps.Clone(base)
		fsys["2024.yaml"] = &fstest.MapFile{Data: b}
		ds, err := Load(fsys, fixtureDir)
		if err == nil {
			if ds.Latest() != 2024 {
				t.Fatalf("got latest year %d, want 2024", ds.Latest())
			}
			if _, err := ds.BriefFor(2024); err != nil {
				checkPlaced(t, err) // a year without figures, named where to fix it
			}
			return
		}
		var diags Diagnostics
		if !errors.As(err, &diags) || len(diags) == 0 {
			t.Fatalf("got %v, want Diagnostics", err)
		}
		for _, d := range diags {
			if d.File == "" || d.Line <= 0 {
				t.Errorf("got %q, want a file and a line", d.Error())
			}
		}
	})
}

// BenchmarkLoadEmbedded measures what every dipbrief command pays before
// doing anything: reading and checking the embedded dataset.
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Embedded(), "data/vn"); err != nil {
			var diags Diagnostics
			if !errors.As(err, &diags) {
				b.Fatal(err)
			}
		}
	}
}
