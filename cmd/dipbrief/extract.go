package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/data/extract"
	"github.com/spf13/cobra"
)

// extractOptions are the flags of `dipbrief extract`.
type extractOptions struct {
	Data, Lang, Date, SourceID, Format string
	Year                               int
	Files                              []string
}

func newExtractCmd(e *env, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE...",
		Short: "Propose cited figures from saved articles, as YAML to check and paste",
		Long: "Read articles saved as plain text or web pages and propose the figures they state for the\n" +
			"catalog's metrics, found by each metric's cues, with the evidence `validate --sources` checks.\n" +
			"Exit status: 0 (also when nothing is found), 64 bad flags or no date, 65 bad dataset, 66 a file missing or with no text.",
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(opts)
			}
			return extractRun(e, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Data, "data", "", "a dataset folder whose catalog's cues to use (default: the embedded Vietnam dataset)")
	f.StringVar(&opts.Lang, "lang", "", "the articles' language: vi, en or zh (default: the page's, else told from the script)")
	f.StringVar(&opts.Date, "date", "", "the publication date, YYYY-MM-DD (default: the page's; required for plain text)")
	f.IntVar(&opts.Year, "year", 0, "the year of figures that neither the text nor the date places")
	f.StringVar(&opts.SourceID, "source-id", "", "the id for sources.yaml (default: from the publisher or file name and the date)")
	f.StringVar(&opts.Format, "format", "yaml", "yaml or json")
	return cmd
}

// extractRun reads each article, proposes its figures and writes them all
// to stdout; a file with none is named on stderr, which is not a failure.
func extractRun(e *env, opts *extractOptions) error {
	if err := checkExtractFlags(opts); err != nil {
		return err
	}
	ds, err := loadDataset(opts.Data)
	if err != nil {
		return err
	}
	var results []extract.Result
	for _, name := range opts.Files {
		r, err := extractFile(ds, opts, name)
		if err != nil {
			return err
		}
		if len(r.Proposals) == 0 {
			fmt.Fprintf(e.stderr, "dipbrief: %s: no figure found for the catalog's metrics\n", name)
		}
		results = append(results, r)
	}
	if opts.Format == "json" {
		return extract.WriteJSON(e.stdout, results)
	}
	return extract.WriteYAML(e.stdout, results)
}

func checkExtractFlags(opts *extractOptions) error {
	switch {
	case opts.Format != "yaml" && opts.Format != "json":
		return usageError{fmt.Errorf("--format %q: want yaml or json", opts.Format)}
	case opts.Lang != "" && !slices.Contains(extract.Languages(), opts.Lang):
		return usageError{fmt.Errorf("--lang %q: want vi, en or zh", opts.Lang)}
	case opts.SourceID != "" && len(opts.Files) > 1:
		return usageError{errors.New("--source-id names one source: give one FILE with it")}
	case opts.Year != 0 && (opts.Year < 1900 || opts.Year > 2100):
		return usageError{fmt.Errorf("--year %d: want a year like 2024", opts.Year)}
	}
	if opts.Date != "" {
		if _, err := data.ParseDate(opts.Date); err != nil {
			return usageError{fmt.Errorf("--date: %w", err)}
		}
	}
	return nil
}

// extractFile reads one article and fills from the flags what its page does
// not say.
func extractFile(ds *data.Dataset, opts *extractOptions, name string) (extract.Result, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return extract.Result{}, noInputError{fmt.Errorf("article %s: no such file", name)}
		}
		return extract.Result{}, noInputError{fmt.Errorf("article %w", err)}
	}
	a, err := extract.Read(name, b)
	if err != nil {
		return extract.Result{}, noInputError{fmt.Errorf("%s: %w", name, err)}
	}
	if opts.Lang != "" {
		a.Lang = opts.Lang
	} else if a.Lang == "" {
		if a.Lang = extract.DetectLang(a.Text); a.Lang == "" {
			return extract.Result{}, usageError{fmt.Errorf("%s: cannot tell its language; give --lang vi, en or zh", name)}
		}
	}
	if opts.Date != "" {
		a.Date, _ = data.ParseDate(opts.Date) // checked in checkExtractFlags
	} else if a.Date.IsZero() {
		return extract.Result{}, usageError{fmt.Errorf("%s: the article gives no date; give --date YYYY-MM-DD", name)}
	}
	src := data.Source{ID: opts.SourceID, Publisher: a.Publisher, Title: a.Title, Date: a.Date, Language: a.Lang, URL: a.URL}
	if !a.Page {
		src.File = filepath.Base(name) // the provenance check reads a plain text as it is
	}
	if src.ID == "" {
		src.ID = extract.SourceID(a.Publisher, filepath.Base(name), a.Date)
	}
	return extract.Result{Source: src, Proposals: extract.Extract(a, ds.Metrics, src.ID, opts.Year)}, nil
}
