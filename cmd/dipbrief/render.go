package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report"
)

// yearAll asks for every year of the dataset in one run.
const yearAll = "all"

// checkYearAll rejects --year all with an --out that names one file: many
// briefings cannot share a name.
func checkYearAll(year, out string) error {
	if year != yearAll || outTarget(out) != outIsFile {
		return nil
	}
	return usageError{fmt.Errorf("--year all makes one file per year: --out must be a folder, not %s", out)}
}

// briefing is one PDF to make: a year's brief in a language.
type briefing struct {
	brief *data.Brief
	lang  string
	path  string
}

// render lays out and writes every edition to memory, on as many cores as
// the machine has. Results keep the editions' order, and the error
// returned is the first edition's that failed, so the outcome does not
// depend on scheduling.
func render(eds []briefing, opt report.Options) ([]outFile, error) {
	outs := make([]outFile, len(eds))
	errs := make([]error, len(eds))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(eds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var buf bytes.Buffer
				errs[i] = writeBriefing(&buf, eds[i].brief, eds[i].lang, opt)
				outs[i] = outFile{path: eds[i].path, data: buf.Bytes()}
			}
		}()
	}
	for i := range eds {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// writeBriefing writes the PDF of a brief's edition in lang.
func writeBriefing(w io.Writer, b *data.Brief, lang string, opt report.Options) error {
	e, err := edition.New(b, lang)
	if err != nil {
		return err
	}
	return report.Write(w, e, opt)
}
