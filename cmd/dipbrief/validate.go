package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// validateOptions are the flags of `dipbrief validate`.
type validateOptions struct {
	Data string
}

func newValidateCmd(e *env, runF func(*validateOptions) error) *cobra.Command {
	opts := &validateOptions{}
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check a dataset: schema, references, ranges, languages",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return validateRun(e, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	return cmd
}

// validateRun loads the dataset (loading validates it) and, as a briefing
// would, assembles every year. It is quiet when all is well.
func validateRun(e *env, opts *validateOptions) error {
	ds, err := loadDataset(opts.Data)
	if err != nil {
		return err
	}
	for _, y := range ds.Years {
		if _, err := ds.BriefFor(y.Year); err != nil {
			return fmt.Errorf("year %d: %w", y.Year, err)
		}
	}
	return nil
}
