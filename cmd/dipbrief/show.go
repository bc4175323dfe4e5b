package main

import (
	"fmt"

	"github.com/dipbrief/dipbrief/edition"
	"github.com/spf13/cobra"
)

// showOptions are the flags of `dipbrief show`.
type showOptions struct {
	Year, Lang, Data, Format string
}

func newShowCmd(e *env, runF func(*showOptions) error) *cobra.Command {
	opts := &showOptions{}
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print a year's figures, their change and their sources",
		Long: "Print a year's figures with their change on the year before, qualifiers and numbered sources,\n" +
			"as text, Markdown (a newsletter body), JSON or CSV (a spreadsheet). See README.md for the JSON and CSV fields.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return showRun(e, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Year, "year", "latest", "the year: YYYY, latest or previous")
	cmd.Flags().StringVar(&opts.Lang, "lang", "vi", "the language of labels and numbers: vi, en or zh")
	cmd.Flags().StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "text, markdown, json or csv")
	return cmd
}

func showRun(e *env, opts *showOptions) error {
	formats := map[string]func(*edition.Summary) error{
		"text":     func(s *edition.Summary) error { return s.WriteText(e.stdout) },
		"markdown": func(s *edition.Summary) error { return s.WriteMarkdown(e.stdout) },
		"json":     func(s *edition.Summary) error { return s.WriteJSON(e.stdout) },
		"csv":      func(s *edition.Summary) error { return s.WriteCSV(e.stdout) },
	}
	write, ok := formats[opts.Format]
	if !ok {
		return usageError{fmt.Errorf("--format %q: want text, markdown, json or csv", opts.Format)}
	}
	if err := checkLang(opts.Lang, ""); err != nil || opts.Lang == langAll {
		return usageError{fmt.Errorf("--lang %q: want one language", opts.Lang)}
	}
	_, brief, err := loadBrief(e, opts.Data, opts.Year)
	if err != nil {
		return err
	}
	ed, err := edition.New(brief, opts.Lang)
	if err != nil {
		return err
	}
	return write(ed.Summary)
}
