// Command freshprofile writes a CPU profile of one briefing made the way a
// fresh `dipbrief generate` process makes it: load the embedded dataset,
// check its glyphs, assemble the newest year, lay out and write the PDF.
// One run is a few milliseconds of samples; scripts/profile.sh runs it many
// times and merges the profiles, which shows the costs a warm benchmark
// hides (first use of the fonts, page faults, the first GC cycles).
//
// Usage: freshprofile LANG PROFILE
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report"
	"github.com/dipbrief/dipbrief/report/text"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: freshprofile LANG PROFILE")
		os.Exit(64)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "freshprofile:", err)
		os.Exit(1)
	}
}

func run(lang, profile string) error {
	f, err := os.Create(profile)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		return err
	}
	if problems := data.CheckGlyphs(ds, text.Drawable); len(problems) > 0 {
		return problems
	}
	b, err := ds.BriefFor(ds.Latest())
	if err != nil {
		return err
	}
	e, err := edition.New(b, lang)
	if err != nil {
		return err
	}
	return report.Write(io.Discard, e, report.Options{Created: ds.Info.AsOf.Time(), Producer: "dipbrief freshprofile"})
}
