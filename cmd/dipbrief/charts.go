package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report"
	"github.com/spf13/cobra"
)

// chartsOptions are the flags of `dipbrief charts`.
type chartsOptions struct {
	Year, Lang, Data string
	Format           string // svg or png
	Out              string // an existing folder
}

func newChartsCmd(e *env, runF func(*chartsOptions) error) *cobra.Command {
	opts := &chartsOptions{}
	cmd := &cobra.Command{
		Use:   "charts",
		Short: "Write the briefing's trend charts as SVG or PNG images",
		Long: "Write each trend chart of the briefing as an image for an HTML e-mail or a web page, named\n" +
			"dipbrief-<country>-<year>-<lang>-<chart>.<format>: the same drawing as the PDF's, labels in the edition's language.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return chartsRun(e, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Year, "year", "latest", "the year: YYYY, latest or previous")
	cmd.Flags().StringVar(&opts.Lang, "lang", "vi", "the labels' language: "+strings.Join(edition.Languages(), ", ")+", or all")
	cmd.Flags().StringVar(&opts.Data, "data", "", "a dataset folder (default: the embedded Vietnam dataset)")
	cmd.Flags().StringVar(&opts.Format, "format", "", "svg or png (required)")
	cmd.Flags().StringVar(&opts.Out, "out", ".", "an existing folder for the images")
	return cmd
}

// chartImage renders one chart in a format; both are white underneath,
// since a transparent chart vanishes in a mail reader's dark mode.
var chartImage = map[string]func(c report.Chart, lang string) ([]byte, error){
	"svg": func(c report.Chart, lang string) ([]byte, error) {
		var b bytes.Buffer
		err := c.Drawing.WriteSVG(&b, charts.SVGOptions{Title: c.Title, Desc: c.Alt, Lang: lang, Background: white})
		return b.Bytes(), err
	},
	"png": func(c report.Chart, _ string) ([]byte, error) {
		var b bytes.Buffer
		err := c.Drawing.WritePNG(&b, charts.PNGOptions{Background: white})
		return b.Bytes(), err
	},
}

var white = charts.Color{R: 255, G: 255, B: 255, A: 255}

func chartsRun(e *env, opts *chartsOptions) error {
	render, ok := chartImage[opts.Format]
	if !ok {
		return usageError{fmt.Errorf("--format %q: want svg or png", opts.Format)}
	}
	if err := checkLang(opts.Lang, ""); err != nil {
		return err
	}
	if !isDir(opts.Out) {
		return outputError{fmt.Errorf("--out %s: not an existing folder", opts.Out)}
	}
	ds, brief, err := loadBrief(e, opts.Data, opts.Year)
	if err != nil {
		return err
	}
	langs, err := editionLangs(opts.Lang, ds)
	if err != nil {
		return err
	}
	var outs []outFile
	for _, lang := range langs {
		ed, err := edition.New(brief, lang)
		if err != nil {
			return err
		}
		cs, err := report.Charts(ed)
		if err != nil {
			return err
		}
		for _, c := range cs {
			b, err := render(c, lang)
			if err != nil {
				return fmt.Errorf("chart %q: %w", c.ID, err)
			}
			outs = append(outs, outFile{path: filepath.Join(opts.Out, chartFileName(ds, brief.Year, lang, c.ID, opts.Format)), data: b})
		}
	}
	return writeOutputs(e, outs)
}

// chartFileName says what the image is: dipbrief-VN-2024-vi-visits.png.
func chartFileName(ds *data.Dataset, year int, lang, id, ext string) string {
	return edition.FileName(ds.Info.Country.Code, year, lang, id, ext)
}
