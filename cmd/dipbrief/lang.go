package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
)

// langAll asks for every edition in one run: one file per language.
const langAll = "all"

// checkLang rejects a --lang this version cannot write, and --lang all with
// an --out that names one file: three editions cannot share a name. Both are
// checked before the dataset is read, so a typo fails at once.
func checkLang(lang, out string) error {
	if lang != langAll && !slices.Contains(edition.Languages(), lang) {
		return usageError{fmt.Errorf("--lang %q: want one of %s or %s", lang, strings.Join(edition.Languages(), ", "), langAll)}
	}
	if lang != langAll {
		return nil
	}
	switch outTarget(out) {
	case outCurrent, outIsFolder:
		return nil
	case outNoFolder:
		return outputError{fmt.Errorf("output folder %s does not exist", out)}
	}
	return usageError{fmt.Errorf("--out %s: --lang %s writes one file per language, so --out must be an existing folder", out, langAll)}
}

// editionLangs are the editions to make: the one asked for, which the
// dataset must have texts in, or for --lang all every language both this
// version and the dataset speak, in the order report.Languages gives.
func editionLangs(lang string, ds *data.Dataset) ([]string, error) {
	has := ds.Info.Languages
	if lang != langAll {
		if !slices.Contains(has, lang) {
			return nil, usageError{fmt.Errorf("--lang %q: the dataset has texts in %s only", lang, strings.Join(has, ", "))}
		}
		return []string{lang}, nil
	}
	var langs []string
	for _, l := range edition.Languages() {
		if slices.Contains(has, l) {
			langs = append(langs, l)
		}
	}
	if len(langs) == 0 {
		return nil, usageError{fmt.Errorf("--lang %s: the dataset's languages (%s) include none of %s", langAll, strings.Join(has, ", "), strings.Join(edition.Languages(), ", "))}
	}
	return langs, nil
}
