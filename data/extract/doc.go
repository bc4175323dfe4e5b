// Package extract proposes cited figures from a news article, for an analyst
// to check and paste into a dataset's year file.
//
// It knows the three languages of the briefing (Vietnamese, English and
// Chinese) but no metric: what a figure is called comes from the catalog,
// each metric's `cues` ("quan hệ ngoại giao với … quốc gia", "与…个国家建立外交关系"),
// and what it counts from the metric's unit, stock flag and growth_of.
//
// The units:
//
//   - article.go, html.go: an Article from plain text or a web page (the
//     main text found by go-readability, a port of Firefox's Reader View),
//     the page's metadata, and the language told by the script;
//   - text.go: the text folded as `validate --sources` folds it and cut
//     into sentences, so that every evidence is a substring of what the
//     provenance check compares against;
//   - lexicon.go, lexicons.go, compiled.go: what each language writes
//     around its numbers (scales, currencies, hedges, months, forecasts,
//     comparisons, ordinals), which every metric shares;
//   - number.go, around.go, words.go: numbers as articles write them (36,6
//     tỉ USD; 1.234; US$24.8 billion; 逾5万; ９３００亿美元) and the traps
//     that are not figures (ordinals, dates, anniversaries, ranks, names);
//   - cue.go, unit.go, growth.go: which metric a number is a figure of, by
//     the cue that fits it best and the metric's unit; changes and
//     multiples as growth rates (growth_of);
//   - year.go, context.go, asof.go: the year, months, expected and as_of
//     of a figure;
//   - extract.go: the proposals; output.go, json.go: the YAML an analyst
//     pastes, or JSON.
//
// Text is compared in Unicode NFC with white space folded (UAX #15), as the
// provenance check (data.CheckEvidence) compares it.
package extract
