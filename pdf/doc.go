// Package pdf writes PDF 1.7 files of vector pages: paths and text in
// embedded TrueType fonts, links within the document and to the web, an
// outline, and the document's metadata and language.
//
// It writes what a briefing needs and no more, and writes it the same way
// every time: no clock, no random numbers, no map order reaches the bytes;
// the file identifier is a hash of the content.
//
// Coordinates are points from the top-left corner of the page, y growing
// downwards, as a layout thinks of a page; the writer turns them into PDF's
// bottom-left space.
//
// Each font is embedded as a CID-keyed TrueType font (Type0, Identity-H),
// cut down when the document is written to the glyphs its pages drew, with
// a ToUnicode map so that text comes back out of the PDF as it went in.
package pdf
