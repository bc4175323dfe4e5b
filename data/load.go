package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// isYearFile reports whether name is a year file's: 2024.yaml.
func isYearFile(name string) bool {
	year, ok := strings.CutSuffix(name, ".yaml")
	return ok && len(year) == 4 && only(year, digits)
}

// Load reads the dataset at the root of fsys and checks it. dir is only how
// file names appear in messages ("data/vn/2024.yaml"), so that the CLI can
// name the folder the analyst gave it while the package reads through fs.FS.
//
// A missing dataset.yaml, metrics.yaml, sources.yaml, or no year file at
// all, gives an error wrapping fs.ErrNotExist (the input is missing); any
// problem in the files' contents gives Diagnostics listing every problem.
func Load(fsys fs.FS, dir string) (*Dataset, error) {
	files, err := readAll(fsys, dir)
	if err != nil {
		return nil, err
	}
	r := newReport(dir, values(files))
	ds := &Dataset{positions: r.pos}
	var catalog struct {
		Metrics []Metric `yaml:"metrics"`
	}
	var bibliography struct {
		Sources []Source `yaml:"sources"`
	}
	into := []any{&ds.Info, &catalog, &bibliography} // readAll's order
	ds.Years = make([]Year, len(files)-len(into))
	for i := range ds.Years {
		into = append(into, &ds.Years[i])
		r.pos.yearFiles = append(r.pos.yearFiles, files[len(into)-1].name)
	}
	parsed := decodeAll(r, files, into)
	ds.Metrics, ds.Sources = catalog.Metrics, bibliography.Sources
	if parsed {
		validate(r, ds)
	}
	if len(r.list) > 0 {
		r.list.sort()
		return nil, r.list
	}
	return ds, nil
}

// file is one file's name and bytes, in the order Load decodes them.
type file struct {
	name string
	data []byte
}

// readAll reads the three catalog files and the year files, year files in
// ascending order, so that Years comes out sorted. A file that cannot be
// read (missing, unreadable, a folder, a pipe, a device) is an error; a
// file over MaxFileSize, or named like a year file without being one, is
// a Diagnostic.
func readAll(fsys fs.FS, dir string) ([]file, error) {
	names, err := fileNames(fsys, dir)
	if err != nil {
		return nil, err
	}
	files := make([]file, 0, len(names))
	var big Diagnostics
	for _, name := range names {
		b, err := readRegular(fsys, name, MaxFileSize)
		var se *sizeError
		switch {
		case errors.As(err, &se):
			big = append(big, Diagnostic{File: filepath.Join(dir, name), Msg: se.Error()})
			continue
		case errors.Is(err, fs.ErrNotExist):
			err = fs.ErrNotExist // "x.yaml: file does not exist", not "x.yaml: open x.yaml: ..."
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), unwrapPath(err))
		}
		files = append(files, file{name, b})
	}
	if len(big) > 0 {
		return nil, big
	}
	if len(files) == 3 {
		return nil, fmt.Errorf("%s: no year file (YYYY.yaml): %w", displayDir(dir), fs.ErrNotExist)
	}
	return files, nil
}

// fileNames lists the files Load reads, in its order: the catalogs, then
// the year files by name, which ReadDir sorts. It refuses a folder with a
// file named like a year file that is not one.
func fileNames(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayDir(dir), unwrapPath(err))
	}
	names := []string{"dataset.yaml", "metrics.yaml", "sources.yaml"}
	var misnamed Diagnostics
	for _, e := range entries {
		switch name := e.Name(); {
		case isYearFile(name):
			names = append(names, name)
		case yearLike(name):
			misnamed = append(misnamed, Diagnostic{File: filepath.Join(dir, name),
				Msg: fmt.Sprintf("not read: a year file is named YYYY.yaml (%s.yaml); rename it, or move it out of the dataset folder", name[:4])})
		}
	}
	if len(misnamed) > 0 {
		return nil, misnamed
	}
	return names, nil
}

// unwrapPath drops the "open x.yaml" an *fs.PathError adds: the message
// names the file already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// values guesses how many values the files hold, to make room for their
// places: one a line, and a quarter more for the list items that share a
// line with their first field ("- source: ...").
func values(files []file) int {
	n := 0
	for _, f := range files {
		n += bytes.Count(f.data, []byte("\n"))
	}
	return n + n/4
}

func displayDir(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}

// decodeAll parses and decodes every file into its target (a pointer). It
// reports whether every file parsed and decoded whole, for checks on a
// dataset with a file missing would only mislead.
//
// The files are parsed on as many cores as there are, the biggest first so
// that none is left to parse alone at the end. Each is decoded as soon as it
// is parsed, by whichever worker is free to, while the others go on parsing:
// decoding fills the shared report, so one file is decoded at a time, and no
// worker ever waits for another (a goroutine woken behind a busy one can
// wait for milliseconds). The texts are put back in file order after.
func decodeAll(r *report, files []file, into []any) bool {
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return len(files[j].data) - len(files[i].data) })
	var (
		next     atomic.Int64
		trees    = make([]parsed, len(files))
		ready    = make(chan int, len(files)) // parsed, not yet decoded
		decoding sync.Mutex
		texts    = make([][]textAt, len(files))
		whole    = make([]bool, len(files))
	)
	decode := func(i int) {
		p := trees[i]
		trees[i] = parsed{} // the tree is garbage once decoded: less for a GC to mark
		if p.msg != "" {
			r.at(files[i].name, p.at, "%s", p.msg)
		}
		if p.root != nil {
			texts[i], whole[i] = decodeFile(r, files[i].name, p.root, into[i])
		}
	}
	// drain decodes what is ready unless another worker is at it; that
	// worker looks again once it is done, so nothing is left behind.
	drain := func() {
		for len(ready) > 0 && decoding.TryLock() {
			for len(ready) > 0 {
				decode(<-ready)
			}
			decoding.Unlock()
		}
	}
	work := func() {
		for k := int(next.Add(1)) - 1; k < len(order); k = int(next.Add(1)) - 1 {
			trees[order[k]] = parseFile(files[order[k]].data)
			ready <- order[k]
			drain()
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	drain()
	r.pos.texts = slices.Concat(texts...)
	return !slices.Contains(whole, false)
}
