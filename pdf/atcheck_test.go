package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/dipbrief/dipbrief/internal/readertest"
)

// TestTaggedReadsWellInPDFJS runs ../shared/tools/atcheck on the tagged
// sample: what a screen reader is given through pdf.js, Firefox's PDF
// engine. Its checks must pass, and its tree, in reading order with every
// element's text, language and alternative, is compared with a golden text
// that a person reads when it changes. DIPBRIEF_ATCHECK names a copy of
// atcheck where `npm install` has run, as .ci/run makes.
func TestTaggedReadsWellInPDFJS(t *testing.T) {
	dir := os.Getenv("DIPBRIEF_ATCHECK")
	if dir == "" {
		if os.Getenv("DIPBRIEF_REQUIRE_TOOLS") != "" {
			t.Fatal("DIPBRIEF_ATCHECK is not set: .ci/run installs atcheck and sets it")
		}
		t.Skip("set DIPBRIEF_ATCHECK to a copy of ../shared/tools/atcheck after `npm install` there to run this test")
	}
	node := readertest.Path(t, "node")
	out, err := exec.Command(node, filepath.Join(dir, "atcheck.mjs"), taggedFile(t), "--tree").CombinedOutput()
	if err != nil {
		t.Errorf("atcheck: %v\n%s", err, out)
	}
	golden(t, "tagged.atcheck.golden", string(out))
}
