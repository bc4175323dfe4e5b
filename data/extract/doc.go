// Package extract proposes cited figures from a news article, for an analyst
// to check and paste into a dataset's year file.
//
// It knows the three languages of the briefing (Vietnamese, English and
// Chinese) but no metric: what a figure is called comes from the catalog,
// each metric's `cues` ("quan hệ ngoại giao với … quốc gia", "与…个国家建立外交关系"),
// and what it counts from the metric's unit, stock flag and growth_of.
//
// The units, one file each:
//
//   - article.go, html.go, lang.go: an Article from plain text or a web
//     page (the main text found by go-readability, a port of Firefox's
//     Reader View), its metadata, and its language told by its script;
//   - text.go: the article's text folded as `validate --sources` folds it,
//     cut into blocks and sentences, so that every evidence is a substring
//     of what the provenance check compares against;
//   - lexicon.go, number.go, words.go: numbers as articles write them
//     (36,6 tỉ USD; 1.234; US$24.8 billion; 逾5万; ９３００亿美元), with their
//     hedges, scales, currencies, percentages and ratios, and the traps that
//     are not figures (ordinals, dates, anniversaries, ranks);
//   - cue.go, match.go: which metric a number is a figure of, by the cues
//     nearest it, and whether its unit fits;
//   - year.go, context.go: the year a figure belongs to, months, expected,
//     as_of;
//   - extract.go, output.go: the proposals, and the YAML or JSON an analyst
//     pastes.
//
// Text is compared in Unicode NFC with white space folded (UAX #15), as the
// provenance check (data.CheckEvidence) compares it.
package extract
