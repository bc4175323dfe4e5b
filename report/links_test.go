package report

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/dipbrief/dipbrief/data"
)

// fixtureBrief is a year of the small two-year test dataset of package data.
func fixtureBrief(tb testing.TB, year int) *data.Brief {
	tb.Helper()
	ds, err := data.Load(os.DirFS("../data/testdata/ok"), "testdata/ok")
	if err != nil {
		tb.Fatal(err)
	}
	b, err := ds.BriefFor(year)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestOnlyWebAddressesBecomeLinks gives every source of a brief built in
// code (where no validation ran) one address, and checks which become link
// annotations and how they are written into the PDF: only http and https,
// in ASCII, with PDF's string delimiters escaped.
func TestOnlyWebAddressesBecomeLinks(t *testing.T) {
	tests := []struct {
		url  string
		want string // the /URI string as the PDF holds it; "" for no link
	}{
		{"https://example.org/tong-ket", `(https://example.org/tong-ket)`},
		{"http://example.org/a?b=1&c=2#d", `(http://example.org/a?b=1&c=2#d)`},
		{"HTTPS://EXAMPLE.ORG/A", `(HTTPS://EXAMPLE.ORG/A)`},
		{"https://example.org/a(b)\\c", `(https://example.org/a\(b\)\\c)`},
		{"https://cn.example.org/越南/1.htm", `(https://cn.example.org/%E8%B6%8A%E5%8D%97/1.htm)`},
		{"https://example.org/a b", `(https://example.org/a%20b)`},
		{"javascript:alert(1)", ""},
		{"JavaScript://example.org/%0Aalert(1)", ""},
		{"file:///etc/passwd", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"mailto:someone@example.org", ""},
		{"ftp://example.org/file", ""},
		{"http:///no-host", ""},
		{"//example.org/no-scheme", ""},
		{"example.org/no-scheme", ""},
		{" https://example.org/leading-space", ""},
		{"https://exa mple.org/", ""},
	}
	uris := regexp.MustCompile(`/URI (\((?:[^()\\]|\\.)*\))`)
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			b := fixtureBrief(t, 2024)
			b.Sources = append([]data.Source(nil), b.Sources...)
			for i := range b.Sources {
				b.Sources[i].URL = tc.url
			}
			pages, meta, err := layoutBrief(b, testOptions)
			if err != nil {
				t.Fatal(err)
			}
			links := 0
			for _, p := range pages {
				for _, it := range p.Items {
					if l, ok := it.(LinkArea); ok && l.URL != "" {
						links++
						if tc.want == "" {
							t.Errorf("%q became a link to %q", tc.url, l.URL)
						}
					}
				}
			}
			var buf bytes.Buffer
			if err := writePDF(&buf, pages, meta); err != nil {
				t.Fatal(err)
			}
			found := uris.FindAllSubmatch(inflated(t, buf.Bytes()), -1)
			if len(found) != links {
				t.Errorf("the PDF holds %d URI actions for %d web links", len(found), links)
			}
			if tc.want != "" && links == 0 {
				t.Errorf("%q became no link", tc.url)
			}
			for _, m := range found {
				if string(m[1]) != tc.want {
					t.Errorf("the PDF links to %s, want %s", m[1], tc.want)
				}
			}
		})
	}
}

// inflated returns the PDF with every compressed stream inflated in place,
// so that the dictionaries packed into object streams can be searched.
func inflated(t *testing.T, b []byte) []byte {
	t.Helper()
	var out []byte
	length := regexp.MustCompile(`/Length (\d+) /Filter /FlateDecode[^>]*>>\nstream\n`)
	for {
		m := length.FindSubmatchIndex(b)
		if m == nil {
			return append(out, b...)
		}
		n, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		r, err := zlib.NewReader(bytes.NewReader(b[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, b[:m[1]]...), data...)
		b = b[m[1]+n:]
	}
}
