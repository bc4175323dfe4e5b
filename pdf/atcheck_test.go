package pdf

import (
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
	out := readertest.ATCheck(t, taggedFile(t))
	golden(t, "tagged.atcheck.golden", string(out))
}
