package data

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
)

// yearFile matches the names of the year files: 2024.yaml.
var yearFile = regexp.MustCompile(`^[0-9]{4}\.yaml$`)

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
	r := newReport(dir)
	ds := &Dataset{positions: r.pos}
	var catalog struct {
		Metrics []Metric `yaml:"metrics"`
	}
	var bibliography struct {
		Sources []Source `yaml:"sources"`
	}
	parsed := decodeAll(r, files, map[string]any{
		"dataset.yaml": &ds.Info, "metrics.yaml": &catalog, "sources.yaml": &bibliography,
	}, ds)
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
// ascending order, so that Years comes out sorted.
func readAll(fsys fs.FS, dir string) ([]file, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayDir(dir), err)
	}
	names := []string{"dataset.yaml", "metrics.yaml", "sources.yaml"}
	years := 0
	for _, e := range entries { // ReadDir sorts by name
		if yearFile.MatchString(e.Name()) && !e.IsDir() {
			names, years = append(names, e.Name()), years+1
		}
	}
	files := make([]file, 0, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			err = fs.ErrNotExist // "x.yaml: file does not exist", not "x.yaml: open x.yaml: ..."
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
		}
		files = append(files, file{name, b})
	}
	if years == 0 {
		return nil, fmt.Errorf("%s: no year file (YYYY.yaml): %w", displayDir(dir), fs.ErrNotExist)
	}
	return files, nil
}

func displayDir(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}

// decodeAll parses and decodes every file: the catalog files into their
// targets, the year files into ds.Years. It reports whether every file
// parsed and decoded whole, for checks on a dataset with a file missing
// would only mislead.
func decodeAll(r *report, files []file, targets map[string]any, ds *Dataset) bool {
	ok := true
	trees := parseAll(files)
	for i, f := range files {
		target, catalog := targets[f.name]
		var y Year
		if !catalog {
			target = &y
		}
		root := trees[i].root
		if trees[i].msg != "" {
			r.at(f.name, trees[i].at, "%s", trees[i].msg)
		}
		whole := root != nil && decodeFile(r, f.name, root, target)
		ok = ok && whole
		if !catalog {
			ds.Years = append(ds.Years, y)
			r.pos.yearFiles = append(r.pos.yearFiles, f.name)
		}
	}
	return ok
}
