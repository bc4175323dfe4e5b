package report

import (
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
)

// testOpt is what a test lays a brief out with: the edition's language
// and the PDF's options.
type testOpt struct {
	Lang     string
	Created  time.Time
	Producer string
}

// layoutBrief writes the brief's edition in o.Lang and lays it out.
func layoutBrief(b *data.Brief, o testOpt) ([]*Page, Meta, error) {
	e, err := edition.New(b, o.Lang)
	if err != nil {
		return nil, Meta{}, err
	}
	return Layout(e, Options{Created: o.Created, Producer: o.Producer})
}

// Languages are the editions there are, for tests that lay out each.
var Languages = edition.Languages
