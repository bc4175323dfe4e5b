package pdf

import "testing"

// TestNamesAndFileNames checks how attached files are named in the file:
// a media type as a PDF name with its slash escaped, and a file name for
// readers that know only bytes.
func TestNamesAndFileNames(t *testing.T) {
	names := []struct{ in, want string }{
		{"text/csv", "/text#2Fcsv"},
		{"application/json", "/application#2Fjson"},
		{"a b#(c)%", "/a#20b#23#28c#29#25"},
		{"Việt", "/Vi#E1#BB#87t"},
	}
	for _, tc := range names {
		if got := string(name(nil, tc.in)); got != tc.want {
			t.Errorf("name(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	files := []struct{ in, want string }{
		{"vn-2025.csv", "vn-2025.csv"},
		{"số-liệu.json", "s_-li_u.json"},
		{"越南.csv", "__.csv"},
	}
	for _, tc := range files {
		if got := asciiName(tc.in); got != tc.want {
			t.Errorf("asciiName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
