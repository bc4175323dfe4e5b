package main

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestSourceLinksAreTheirWebAddresses reads every link annotation of each
// edition with qpdf and checks that the links to web pages are exactly the
// http and https addresses of the sources the edition lists: none missing,
// none other (no javascript:, file: or the like can reach a reader).
func TestSourceLinksAreTheirWebAddresses(t *testing.T) {
	ds := embedded(t)
	for lang, path := range generateAll(t, "") {
		t.Run(lang, func(t *testing.T) {
			listed := squeeze(output(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"))
			want := map[string]bool{}
			for _, s := range ds.Sources {
				u, err := url.Parse(s.URL)
				if s.URL == "" || !strings.Contains(listed, squeeze(s.Title)) {
					continue
				}
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
					t.Fatalf("source %s has the address %q, which validation should have refused", s.ID, s.URL)
				}
				want[u.String()] = true // non-ASCII percent-encoded, as a URI must be
			}
			got := map[string]bool{}
			for _, uri := range linkURIs(t, path) {
				got[uri] = true
			}
			if len(want) < 10 {
				t.Fatalf("only %d listed sources with an address: the test proves little", len(want))
			}
			for _, u := range slices.Sorted(maps.Keys(got)) {
				if !want[u] {
					t.Errorf("a link goes to %q, which no listed source has", u)
				}
			}
			for _, u := range slices.Sorted(maps.Keys(want)) {
				if !got[u] {
					t.Errorf("no link goes to %q", u)
				}
			}
		})
	}
}

// linkURIs lists the /URI of every link annotation's action, in qpdf's
// reading, one per annotation (an address broken over two lines has two).
// It fails on any action other than a URI or a link without a target.
func linkURIs(t *testing.T, path string) []string {
	t.Helper()
	var uris []string
	for _, x := range linkAnnotations(t, path) {
		a, _ := x["/A"].(map[string]any)
		switch {
		case a != nil && a["/S"] == "/URI":
			uris = append(uris, fmt.Sprint(a["/URI"]))
		case a != nil:
			t.Errorf("a link with the action %v", a)
		case x["/Dest"] == nil:
			t.Errorf("a link with no target: %v", x)
		}
	}
	return uris
}
