// Package data reads a dipbrief dataset — a folder of hand-edited YAML files
// holding a country's yearly diplomatic figures, each tied to the article it
// came from — and checks it before anything is drawn from it.
//
// The package has four units, one to four files each:
//
//   - load (load.go, readfile.go, embed.go, lookup.go): finds dataset.yaml,
//     metrics.yaml, sources.yaml and the YYYY.yaml year files in an fs.FS
//     (a missing one is an error wrapping fs.ErrNotExist; one that is not
//     a regular file, ErrNotRegular), reads each once up to MaxFileSize,
//     and looks up metrics, sources, years and figures in the result.
//   - decode (parse.go, decode.go, scalar.go, yaml11.go): parses each file
//     into a YAML node tree and walks it strictly into the types of types.go,
//     remembering where every value was written (diag.go), so that every
//     problem, then and later, is reported as file:line:column and a field
//     path.
//   - validate (validate.go, validate_year.go, check.go, stale.go): checks
//     references, vocabularies, ranges, languages and sums on the typed
//     values; all problems come back at once, sorted, as Diagnostics.
//     StaleEdition is a warning, not a problem.
//   - provenance (provenance.go): CheckEvidence finds each citation's
//     evidence snippet in the text of the article it names.
//
// brief.go then assembles one year's briefing from a loaded Dataset.
//
// Standards followed: YAML 1.2 as implemented by go.yaml.in/yaml/v3, except
// that a plain scalar YAML 1.1 reads otherwise (021 octal, 0x15, 1_000,
// 1:20 base 60, yes/no/on/off booleans) is refused rather than read by
// either version's rule; language tags are registered BCP 47 tags; every
// string is put in Unicode Normalization Form C (UAX #15) as it is decoded,
// so that text typed with combining marks compares equal to text typed
// precomposed; white space is Unicode White_Space when evidence is matched.
package data
