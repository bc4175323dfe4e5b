package pdf

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
)

// xmpValues reads an XMP packet as XML and returns the text of each
// property element by its qualified name ("dc:title"), items of a list
// joined by "|"; a packet that is not well-formed XML fails the test.
func xmpValues(t *testing.T, packet []byte) map[string]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(packet))
	values := map[string]string{}
	var path []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the XMP packet is not well-formed: %v\n%s", err, packet)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			path = append(path, v.Name.Local)
		case xml.EndElement:
			path = path[:len(path)-1]
		case xml.CharData:
			if s := strings.TrimSpace(string(v)); s != "" && len(path) >= 4 && path[2] == "Description" {
				key := prefix[path[3]] + path[3]
				if values[key] != "" {
					s = values[key] + "|" + s
				}
				values[key] = s
			}
		}
	}
	return values
}

// prefix gives each property's local name its schema's prefix back.
var prefix = map[string]string{"title": "dc:", "creator": "dc:", "description": "dc:", "language": "dc:", "format": "dc:",
	"CreatorTool": "xmp:", "CreateDate": "xmp:", "ModifyDate": "xmp:", "MetadataDate": "xmp:",
	"Producer": "pdf:", "Keywords": "pdf:", "part": "", "conformance": "pdfaid:", "schemas": "pdfaExtension:"}

// TestXMPRepeatsTheInfo checks that the metadata packet says what the Info
// dictionary says, as PDF/A asks, escaped where XML needs it, and claims
// PDF/A-3a and PDF/UA-1.
func TestXMPRepeatsTheInfo(t *testing.T) {
	tests := []struct {
		name string
		info Info
		want map[string]string
	}{
		{"everything", Info{Title: "Đối ngoại <2025> & \"越南\"", Subject: "Bản tin", Author: "dipbrief", Keywords: "a, b",
			Creator: "dipbrief 1.0", Producer: "dipbrief", Created: time.Date(2026, 1, 12, 6, 30, 0, 0, time.FixedZone("ICT", 7*3600)), Lang: "vi-VN"},
			map[string]string{"dc:format": "application/pdf", "dc:title": "Đối ngoại <2025> & \"越南\"", "dc:creator": "dipbrief",
				"dc:description": "Bản tin", "dc:language": "vi-VN", "xmp:CreatorTool": "dipbrief 1.0",
				"xmp:CreateDate": "2026-01-11T23:30:00Z", "xmp:ModifyDate": "2026-01-11T23:30:00Z", "xmp:MetadataDate": "2026-01-11T23:30:00Z",
				"pdf:Producer": "dipbrief", "pdf:Keywords": "a, b", "part": "3|1", "pdfaid:conformance": "A"}},
		{"title and language only", Info{Title: "T", Lang: "en"},
			map[string]string{"dc:format": "application/pdf", "dc:title": "T", "dc:language": "en", "part": "3|1", "pdfaid:conformance": "A"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			packet := New(1, 1, tc.info).xmp()
			got := xmpValues(t, packet)
			delete(got, "pdfaExtension:schemas") // its text is the declaration, checked below
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("the packet has %d properties, want %d: %v", len(got), len(tc.want), got)
			}
			if !bytes.Contains(packet, []byte("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>")) {
				t.Error("no extension schema declares pdfuaid")
			}
			if !bytes.HasPrefix(packet, []byte("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")) {
				t.Errorf("the packet does not start with a plain xpacket header: %.60s", packet)
			}
		})
	}
}
