package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/newsletter"
	"github.com/dipbrief/dipbrief/report"
)

// buildLetter makes the PDF, exactly as generate does, the main chart as a
// PNG and the summary, and checks the attachments against the limit
// before anything is sent.
func buildLetter(e *env, opts *mailOptions, limit int64) (*newsletter.Letter, error) {
	ds, brief, err := loadBrief(e, opts.Data, opts.Year)
	if err != nil {
		return nil, err
	}
	if _, err := editionLangs(opts.Lang, ds); err != nil {
		return nil, err
	}
	created, err := creationDate(e, ds)
	if err != nil {
		return nil, err
	}
	ed, err := edition.New(brief, opts.Lang)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := report.Write(&pdf, ed, report.Options{Created: created, Producer: "dipbrief " + version}); err != nil {
		return nil, err
	}
	chart, err := mainChart(ds.Info.Country.Code, brief.Year, opts.Lang, ed)
	if err != nil {
		return nil, err
	}
	if size := int64(pdf.Len() + len(chart.Data)); size > limit {
		return nil, fmt.Errorf("the PDF and the chart come to %s, more than --max-attachment %s: many mail servers would refuse the message",
			formatSize(size), formatSize(limit))
	}
	date, err := mailDate(e)
	if err != nil {
		return nil, err
	}
	return &newsletter.Letter{
		From: opts.From, To: opts.To, Subject: opts.Subject, Date: date, Edition: ed, Chart: chart,
		PDF:   newsletter.File{Name: ed.FileName("pdf"), Data: pdf.Bytes()},
		Agent: "dipbrief " + version,
	}, nil
}

// mainChart is the briefing's first chart, the one the dataset puts first,
// as a PNG; a dataset with no charts gives a message with none.
func mainChart(country string, year int, lang string, ed *edition.Edition) (newsletter.Image, error) {
	cs, err := report.Charts(ed)
	if err != nil || len(cs) == 0 {
		return newsletter.Image{}, err
	}
	var b bytes.Buffer
	if err := cs[0].Drawing.WritePNG(&b, charts.PNGOptions{Background: white}); err != nil {
		return newsletter.Image{}, fmt.Errorf("chart %q: %w", cs[0].ID, err)
	}
	name := edition.FileName(country, year, lang, cs[0].ID, "png")
	return newsletter.Image{File: newsletter.File{Name: name, Data: b.Bytes()}, Title: cs[0].Title, Alt: cs[0].Alt}, nil
}

// mailDate is SOURCE_DATE_EPOCH when set, else the clock: a message is
// dated when it is sent. With it set, --eml gives the same bytes every run.
func mailDate(e *env) (time.Time, error) {
	if s := e.getenv("SOURCE_DATE_EPOCH"); s != "" {
		return parseEpoch(s)
	}
	return e.now(), nil
}

// sizeUnits are the suffixes --max-attachment takes: SI (kB, MB, GB) as
// mail providers state their limits, and binary (KiB, MiB, GiB).
var sizeUnits = []struct {
	suffix string
	n      int64
}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"k", 1e3}, {"m", 1e6}, {"g", 1e9}, {"b", 1}}

// parseSize reads "10MB", "512KiB", "2.5 MB" or a number of bytes.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || v*float64(mult) > 1<<40 {
		return 0, fmt.Errorf("want a size such as 10MB, 512KiB or 2000000")
	}
	return int64(v * float64(mult)), nil
}

// formatSize writes n in kB or MB, as mail providers state their limits.
func formatSize(n int64) string {
	if n < 1e6 {
		return strconv.FormatFloat(float64(n)/1e3, 'f', 0, 64) + " kB"
	}
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}
