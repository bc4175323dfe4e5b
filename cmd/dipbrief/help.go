package main

import (
	"strconv"
	"strings"

	"github.com/dipbrief/dipbrief/data"
	"github.com/spf13/cobra"
)

// examples are each command's --help examples, set here rather than in
// each command's file so they can be read, and tested, side by side.
var examples = map[string][]string{
	"generate": {
		"dipbrief generate",
		"dipbrief generate --year previous --lang all --out /var/lib/dipbrief/",
		"dipbrief generate --data ./mydata --year 2024 --lang en --out brief.pdf",
		"dipbrief generate --out - > brief.pdf",
	},
	"validate": {"dipbrief validate --data ./mydata", "dipbrief validate --sources ../shared/sources"},
	"show":     {"dipbrief show --lang en", "dipbrief show --year 2024 --format csv > figures.csv"},
	"charts":   {"dipbrief charts --format svg --out ./images", "dipbrief charts --lang all --format png --out ./images"},
	"mail": {
		`dipbrief mail --year previous --smtp smtp.example.org:587 --from "Briefings <newsletter@example.org>" --to list@example.org`,
		"dipbrief mail --lang en --eml - --from newsletter@example.org --to list@example.org > briefing.eml",
	},
	"init": {"dipbrief init ./mydata", "dipbrief generate --data ./mydata"},
	"extract": {
		"dipbrief extract --date 2027-01-08 review-2026.txt > proposals.yaml",
		"dipbrief extract --data ./mydata --format json page.html",
	},
	"version": {"dipbrief version"},
}

// flagValues are the values shell completion offers for a flag, by
// command and flag; "*" is every command.
var flagValues = map[string]map[string]func() []string{
	"*":        {"lang": langValues(false), "year": yearValues(false), "log-format": fixed("text", "json")},
	"generate": {"lang": langValues(true), "year": yearValues(true)},
	"charts":   {"lang": langValues(true), "format": fixed("svg", "png")},
	"show":     {"format": fixed("text", "markdown", "json", "csv")},
	"extract":  {"format": fixed("yaml", "json")},
}

// addHelp gives every command its examples and its flags' values for
// shell completion.
func addHelp(root *cobra.Command) {
	for _, cmd := range root.Commands() {
		if ex := examples[cmd.Name()]; len(ex) > 0 {
			cmd.Example = "  " + strings.Join(ex, "\n  ")
		}
		for name := range flagValueNames(cmd) {
			values := flagValues[cmd.Name()][name]
			if values == nil {
				values = flagValues["*"][name]
			}
			cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return values(), cobra.ShellCompDirectiveNoFileComp
			})
		}
	}
	root.RegisterFlagCompletionFunc("log-format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp
	})
}

// flagValueNames are the flags of cmd that have values to offer.
func flagValueNames(cmd *cobra.Command) map[string]bool {
	names := map[string]bool{}
	for _, name := range []string{"lang", "year", "format"} {
		if cmd.Flags().Lookup(name) != nil && (flagValues[cmd.Name()][name] != nil || flagValues["*"][name] != nil) {
			names[name] = true
		}
	}
	return names
}

func fixed(values ...string) func() []string { return func() []string { return values } }

// langValues are the editions of the embedded dataset that this version
// writes (checkLang knows which), and all where a run can make them all.
func langValues(all bool) func() []string {
	return func() []string {
		var vs []string
		if ds, err := data.Load(data.Embedded(), "embedded:vn"); err == nil {
			for _, l := range ds.Info.Languages {
				if checkLang(l, "") == nil {
					vs = append(vs, l)
				}
			}
		}
		if all {
			vs = append(vs, langAll)
		}
		return vs
	}
}

// yearValues are latest, previous, all where a run can brief every year,
// and the embedded dataset's years, newest first.
func yearValues(all bool) func() []string {
	return func() []string {
		vs := []string{"latest", "previous"}
		if all {
			vs = append(vs, yearAll)
		}
		if ds, err := data.Load(data.Embedded(), "embedded:vn"); err == nil {
			for i := len(ds.Years) - 1; i >= 0; i-- {
				vs = append(vs, strconv.Itoa(ds.Years[i].Year))
			}
		}
		return vs
	}
}
