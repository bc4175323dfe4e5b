// Package pdf writes PDF 1.7 files of vector pages: paths and text in
// embedded TrueType fonts, links within the document and to the web, an
// outline, and the document's metadata and language; and, when the drawing
// tags it, a file that is both accessible (PDF/UA-1, ISO 14289-1) and
// archival (PDF/A-3a, ISO 19005-3), with files of data inside.
//
// It writes what a briefing needs and no more, and writes it the same way
// every time: no clock, no random numbers, no map order reaches the bytes;
// the file identifier is a hash of the content.
//
// Coordinates are points from the top-left corner of the page, y growing
// downwards, as a layout thinks of a page; the writer turns them into PDF's
// bottom-left space.
//
// Each font is cut down when the document is written to the glyphs its
// pages drew and embedded with a ToUnicode map, so that text comes back out
// of the PDF as it went in: as a simple TrueType font, a byte a character,
// when it draws at most 255 characters, else as a CID-keyed one (Type0,
// Identity-H). Runs of text share text objects, each moved from the last
// (page.go, marked.go).
//
// Tagging (ISO 32000-1 §14.7–14.8) is what a screen reader reads instead
// of the page: Document.StructRoot gives the Document element, Elem.Add
// builds the tree of standard types (H1, P, Table, L, Figure, Link,
// Span...), Page.BeginMarked and EndMarked tie what is drawn to an element,
// Page.BeginArtifact marks page furniture, and Page.URILink and PageLink
// make links that belong to a Link element. A document that never calls
// StructRoot is written untagged, as before. A tagged one is checked as it
// is written (units: struct.go, marked.go, structcheck.go, structwrite.go)
// and carries XMP metadata (xmp.go) and an sRGB output intent whose ICC
// profile is built from IEC 61966-2-1 (icc.go, icctags.go). Document.Attach
// adds associated files (attach.go), whether tagged or not.
package pdf
