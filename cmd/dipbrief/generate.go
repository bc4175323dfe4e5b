package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report"
	"github.com/dipbrief/dipbrief/report/text"
	"github.com/spf13/cobra"
)

// generateOptions are the flags of `dipbrief generate`.
type generateOptions struct {
	Year string // a year, "latest" (the default) or "previous"
	Lang string
	Data string // a dataset folder; empty for the embedded one
	Out  string // a file or an existing folder; empty for the current folder
}

func newGenerateCmd(e *env, runF func(*generateOptions) error) *cobra.Command {
	opts := &generateOptions{}
	cmd := &cobra.Command{
		Use:   "generate",
		Short: "Make the briefing PDF for a year",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return generateRun(e, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Year, "year", "latest", "the year to brief: YYYY, latest, previous, or all for every year in the data")
	cmd.Flags().StringVar(&opts.Lang, "lang", "vi", "the edition's language: "+strings.Join(edition.Languages(), ", ")+", or all for one file per language")
	cmd.Flags().StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	cmd.Flags().StringVar(&opts.Out, "out", "", "the output file, or a folder for the default name (default: the current folder)")
	return cmd
}

func generateRun(e *env, opts *generateOptions) error {
	if err := checkOutPath(opts.Out); err != nil {
		return err
	}
	if err := checkLang(opts.Lang, opts.Out); err != nil {
		return err
	}
	if err := checkYearAll(opts.Year, opts.Out); err != nil {
		return err
	}
	ds, err := loadDataset(opts.Data)
	if err != nil {
		return err
	}
	langs, err := editionLangs(opts.Lang, ds)
	if err != nil {
		return err
	}
	years, err := pickYears(opts.Year, ds, e.now())
	if err != nil {
		return err
	}
	created, err := creationDate(e, ds)
	if err != nil {
		return err
	}
	var eds []briefing
	for _, y := range years {
		brief, err := ds.BriefFor(y)
		if err != nil {
			return noInputError{err}
		}
		for _, lang := range langs {
			path, err := outputPath(opts.Out, ds.Info.Country.Code, y, lang)
			if err != nil {
				return err
			}
			eds = append(eds, briefing{brief: brief, lang: lang, path: path})
		}
	}
	// Every edition is made before any is written, so a failure leaves
	// no partial set of files behind.
	outs, err := render(eds, report.Options{Created: created, Producer: "dipbrief " + version})
	if err != nil {
		return err
	}
	return writeOutputs(e, outs)
}

// pickYears turns --year into the years to brief: one, or every year of
// the dataset for "all".
func pickYears(s string, ds *data.Dataset, now time.Time) ([]int, error) {
	if s != yearAll {
		y, err := pickYear(s, ds, now)
		return []int{y}, err
	}
	var ys []int
	for _, y := range ds.Years {
		ys = append(ys, y.Year)
	}
	return ys, nil
}

// loadBrief loads the dataset and assembles the brief for the --year asked for.
func loadBrief(e *env, dir, yearFlag string) (*data.Dataset, *data.Brief, error) {
	ds, err := loadDataset(dir)
	if err != nil {
		return nil, nil, err
	}
	year, err := pickYear(yearFlag, ds, e.now())
	if err != nil {
		return nil, nil, err
	}
	brief, err := ds.BriefFor(year)
	if err != nil {
		return nil, nil, noInputError{err}
	}
	return ds, brief, nil
}

// loadDataset reads the folder and makes sure every text it will print
// has a font to draw it; or it reads the embedded dataset, whose glyphs
// the tests check (TestEmbeddedGlyphs) rather than every run.
func loadDataset(dir string) (*data.Dataset, error) {
	ds, err := readDataset(dir)
	if err != nil || dir == "" {
		return ds, err
	}
	if err := checkGlyphs(ds); err != nil {
		return nil, err
	}
	return ds, nil
}

// checkGlyphs refuses a dataset holding a character no font draws, naming
// the file, line and field of each.
func checkGlyphs(ds *data.Dataset) error {
	if problems := data.CheckGlyphs(ds, text.Drawable); len(problems) > 0 {
		return problems
	}
	return nil
}

func readDataset(dir string) (*data.Dataset, error) {
	if dir == "" {
		return data.Load(data.Embedded(), "embedded:vn")
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, noInputError{fmt.Errorf("dataset folder %s: %w", dir, err)}
	}
	if !st.IsDir() {
		return nil, noInputError{fmt.Errorf("dataset folder %s is not a folder", dir)}
	}
	return loadDir(dir)
}

// pickYear turns --year into a year of the dataset.
func pickYear(s string, ds *data.Dataset, now time.Time) (int, error) {
	switch s {
	case "latest", "":
		return ds.Latest(), nil
	case "previous":
		return now.Year() - 1, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0, usageError{fmt.Errorf("--year %q: want a year such as 2024, latest or previous", s)}
	}
	return y, nil
}

// creationDate is SOURCE_DATE_EPOCH when set, else the dataset's "as of"
// date: never the clock, so the same input gives the same bytes.
func creationDate(e *env, ds *data.Dataset) (time.Time, error) {
	if s := e.getenv("SOURCE_DATE_EPOCH"); s != "" {
		return parseEpoch(s)
	}
	return ds.Info.AsOf.Time(), nil
}

// outputPath is --out, or the default name (dipbrief-VN-2024-vi.pdf) in
// --out when that is a folder, or in the current folder.
func outputPath(out, country string, year int, lang string) (string, error) {
	name := edition.FileName(country, year, lang, "", "pdf")
	switch outTarget(out) {
	case outCurrent:
		return name, nil
	case outIsFolder:
		return filepath.Join(out, name), nil
	case outNoFolder:
		return "", outputError{fmt.Errorf("output folder %s does not exist", out)}
	}
	return out, nil
}
