package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"runtime"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"
)

// fixtureDir holds a small valid dataset: two years, three languages.
const fixtureDir = "testdata/ok"

// fixture copies the test dataset into memory, so that a test can break one
// thing in it.
func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, e := range entries {
		b, err := os.ReadFile(fixtureDir + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b}
	}
	return fsys
}

// change replaces old by new in one file; an empty old replaces the whole
// file (creating it if need be).
type change struct{ file, old, new string }

func (c change) apply(t *testing.T, fsys fstest.MapFS) {
	t.Helper()
	if c.old == "" {
		fsys[c.file] = &fstest.MapFile{Data: []byte(c.new)}
		return
	}
	f, ok := fsys[c.file]
	if !ok {
		t.Fatalf("no file %s in the fixture", c.file)
	}
	if n := bytes.Count(f.Data, []byte(c.old)); n != 1 {
		t.Fatalf("%s holds %q %d times, want once", c.file, c.old, n)
	}
	f.Data = bytes.Replace(f.Data, []byte(c.old), []byte(c.new), 1)
}

func mustLoad(t testing.TB, fsys fs.FS) *Dataset {
	t.Helper()
	ds, err := Load(fsys, fixtureDir)
	if err != nil {
		t.Fatalf("Load: got error\n%v\nwant none", err)
	}
	return ds
}

func TestLoadFixture(t *testing.T) {
	ds := mustLoad(t, fixture(t))
	tests := []struct {
		name      string
		got, want any
	}{
		{"as_of written as a YAML timestamp", ds.Info.AsOf, Date{2025, 1, 30}},
		{"source date written as a YAML int", ds.Sources[1].Date, Date{Year: 2024}},
		{"years ascending", []int{ds.Years[0].Year, ds.Years[1].Year}, []int{2023, 2024}},
		{"languages", ds.Info.Languages, []string{"vi", "en", "zh"}},
		{"derived_from", ds.Years[0].Figures[3].DerivedFrom, []string{"partners_strategic", "partners_comprehensive"}},
		{"negative percent", ds.Years[1].Figures[1].Value, -1.5},
		{"multi-line note", ds.Years[0].Figures[4].Note.In("en"), "The sources disagree.\nThe preferred value is 680.\n"},
		{"event date", ds.Years[0].Events[0].Date, Date{2023, 9, 10}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

// TestLoadBOMAndCRLF loads the fixture as a Windows editor saves it.
func TestLoadBOMAndCRLF(t *testing.T) {
	fsys := fixture(t)
	for _, f := range fsys {
		f.Data = append([]byte("\uFEFF"), bytes.ReplaceAll(f.Data, []byte("\n"), []byte("\r\n"))...)
	}
	assertSameData(t, mustLoad(t, fsys), mustLoad(t, fixture(t)))
}

// TestLoadNFD loads the fixture with every accent typed as a combining
// mark, as some keyboards and macOS file names do: the strings must come
// out precomposed, equal to the fixture's.
func TestLoadNFD(t *testing.T) {
	fsys := fixture(t)
	for _, f := range fsys {
		f.Data = norm.NFD.Bytes(f.Data)
	}
	if bytes.Equal(fsys["dataset.yaml"].Data, fixture(t)["dataset.yaml"].Data) {
		t.Fatal("the fixture has no accents to decompose")
	}
	assertSameData(t, mustLoad(t, fsys), mustLoad(t, fixture(t)))
}

func assertSameData(t *testing.T, got, want *Dataset) {
	t.Helper()
	got.positions, want.positions = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestLoadMissing(t *testing.T) {
	tests := []struct {
		name   string
		remove []string
		want   string
	}{
		{"dataset", []string{"dataset.yaml"}, "testdata/ok/dataset.yaml: file does not exist"},
		{"metrics", []string{"metrics.yaml"}, "testdata/ok/metrics.yaml: file does not exist"},
		{"sources", []string{"sources.yaml"}, "testdata/ok/sources.yaml: file does not exist"},
		{"years", []string{"2023.yaml", "2024.yaml"}, "testdata/ok: no year file (YYYY.yaml): file does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixture(t)
			for _, name := range tc.remove {
				delete(fsys, name)
			}
			_, err := Load(fsys, fixtureDir)
			if !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("got %v, want an error wrapping fs.ErrNotExist", err)
			}
			if err.Error() != tc.want {
				t.Errorf("got %q, want %q", err, tc.want)
			}
		})
	}
}

// TestLoadReportsAll breaks four files at once: every problem comes back,
// one line each, sorted by file and line.
func TestLoadReportsAll(t *testing.T) {
	fsys := fixture(t)
	for _, c := range []change{
		{"2024.yaml", "kind: state_visit", "kind: visit"},
		{"dataset.yaml", "code: VN", "code: Viet"},
		{"metrics.yaml", "    unit: million", "    unit: millions"},
		{"2023.yaml", "value: 22", "value: -22"},
	} {
		c.apply(t, fsys)
	}
	_, err := Load(fsys, fixtureDir)
	want := `testdata/ok/2023.yaml:4:12: figures[0].value: negative value -22; only percentages may be negative
testdata/ok/2024.yaml:21:11: events[0].kind: unknown kind "visit"; want one of partnership_upgrade, relations, state_visit, multilateral, culture, citizen_protection, economy, representation
testdata/ok/dataset.yaml:3:9: country.code: "Viet" is not an ISO 3166-1 alpha-2 code (like VN)
testdata/ok/metrics.yaml:50:11: metrics[6].unit: unknown unit "millions"; want one of count, usd_bn, percent, million`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// TestLoadSameOnAnyCores loads the embedded dataset with the files parsed
// and decoded in whatever order the cores finish them: the Dataset, places
// and texts included, must not depend on it.
func TestLoadSameOnAnyCores(t *testing.T) {
	want, err := Load(Embedded(), "data/vn")
	if err != nil {
		t.Fatal(err)
	}
	for _, procs := range []int{1, 2, 3, 8} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			for range 3 {
				got, err := Load(Embedded(), "data/vn")
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatal("the dataset differs from one load to another")
				}
			}
		})
	}
}

// BenchmarkBriefFor is assembling the newest year's brief from a loaded
// dataset: rows, changes, chart series, events and notes.
func BenchmarkBriefFor(b *testing.B) {
	ds, err := Load(Embedded(), "data/vn")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ds.BriefFor(ds.Latest()); err != nil {
			b.Fatal(err)
		}
	}
}
