// Package fonts holds the TrueType fonts every briefing is drawn with and
// answers which of them can draw a rune.
//
// The fonts are embedded with go:embed so a fresh machine needs nothing
// installed: Noto Sans Regular, Bold and Italic (Debian fonts-noto-core, SIL
// Open Font License 1.1) for Latin and Vietnamese, Noto Sans Math (the same
// package and licence) for the minus sign and comparison signs Noto Sans
// lacks, and Droid Sans Fallback
// (Debian fonts-droid-fallback, Apache License 2.0) for Chinese. Their licence
// files sit beside them.
//
// Widths are read from each font's hmtx table and rounded to thousandths of an
// em exactly as the PDF writer rounds them, so text measured here is text
// placed there.
package fonts
