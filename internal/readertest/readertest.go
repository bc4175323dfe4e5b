// Package readertest finds the PDF readers the tests check output with
// (poppler-utils, qpdf, mupdf-tools, Ghostscript, pdfminer's pdf2txt): real
// readers nobody here wrote. Where one is missing a test skips, unless DIPBRIEF_REQUIRE_TOOLS
// is set, as CI sets it, and then the test fails.
package readertest

import (
	"os"
	"os/exec"
	"testing"
)

const install = "apt-get install poppler-utils qpdf mupdf-tools ghostscript python3-pdfminer"

// Path is the path of the reader called name.
func Path(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("DIPBRIEF_REQUIRE_TOOLS") != "" {
			t.Fatalf("%s is not installed (%s)", name, install)
		}
		t.Skipf("%s is not installed: %s to run this test", name, install)
	}
	return p
}
