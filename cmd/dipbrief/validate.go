package main

import (
	"fmt"
	"os"

	"github.com/dipbrief/dipbrief/data"
	"github.com/spf13/cobra"
)

// validateOptions are the flags of `dipbrief validate`.
type validateOptions struct {
	Data    string
	Sources string // a folder of source texts to check evidence against
}

func newValidateCmd(e *env, runF func(*validateOptions) error) *cobra.Command {
	opts := &validateOptions{}
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check a dataset: schema, references, ranges, languages, evidence",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return validateRun(e, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	cmd.Flags().StringVar(&opts.Sources, "sources", "", "a folder of the sources' texts: check every evidence snippet against them")
	return cmd
}

// validateRun loads the dataset (loading validates it), assembles every
// year as a briefing would, and with --sources checks each evidence snippet
// against its source's text. It is quiet when all is well, except to say
// how many sources --sources could not check.
func validateRun(e *env, opts *validateOptions) error {
	ds, err := loadDataset(opts.Data)
	if err != nil {
		return err
	}
	if opts.Data == "" { // loading skipped it for the embedded dataset; validate checks everything
		if err := checkGlyphs(ds); err != nil {
			return err
		}
	}
	for _, y := range ds.Years {
		if _, err := ds.BriefFor(y.Year); err != nil {
			return fmt.Errorf("year %d: %w", y.Year, err)
		}
	}
	if d, stale := data.StaleEdition(ds); stale {
		warn(e, d.Error())
	}
	if opts.Sources == "" {
		return nil
	}
	if st, err := os.Stat(opts.Sources); err != nil || !st.IsDir() {
		return noInputError{fmt.Errorf("--sources %s: not a folder", opts.Sources)}
	}
	problems, unavailable := data.CheckEvidence(ds, inputFS(opts.Sources))
	if unavailable > 0 {
		fmt.Fprintf(e.stdout, "%d cited source%s %s no text in %s: %s evidence not checked\n",
			unavailable, plural(unavailable), hasHave(unavailable), escapeLine(opts.Sources), itsTheir(unavailable))
	}
	if len(problems) > 0 {
		return problems
	}
	return nil
}

func hasHave(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

func itsTheir(n int) string {
	if n == 1 {
		return "its"
	}
	return "their"
}
