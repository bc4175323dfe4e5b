package charts

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"
)

// sample is a hand-made drawing with every kind of op, and labels that
// would break a careless writer: markup characters, quotes, a control
// character, Vietnamese, Chinese, and a rotated label.
func sample() Drawing {
	red, blue, ink := Color{200, 30, 30, 255}, Color{20, 40, 200, 255}, Color{0, 0, 0, 255}
	return Drawing{Width: 200, Height: 100, Ops: []Op{
		Path{Class: "bar", Fill: red, Segs: []Segment{
			{Kind: MoveTo, Pts: [3]Point{{20, 20}}}, {Kind: LineTo, Pts: [3]Point{{60, 20}}},
			{Kind: LineTo, Pts: [3]Point{{60, 80}}}, {Kind: LineTo, Pts: [3]Point{{20, 80}}}, {Kind: Close}}},
		Path{Class: "line", Stroke: blue, Width: 2, Segs: []Segment{
			{Kind: MoveTo, Pts: [3]Point{{80, 90}}}, {Kind: LineTo, Pts: [3]Point{{120, 50}}},
			{Kind: QuadTo, Pts: [3]Point{{140, 30}, {160, 50}}}, {Kind: CubicTo, Pts: [3]Point{{170, 60}, {180, 70}, {190, 90}}}}},
		Path{Class: "", Stroke: Color{0, 0, 0, 128}, Width: 0.5, Dash: []float64{2, 2}, Segs: []Segment{
			{Kind: MoveTo, Pts: [3]Point{{0, 95}}}, {Kind: LineTo, Pts: [3]Point{{200, 95}}}}},
		Text{Class: "legend", X: 70, Y: 15, Text: `A&B <"x"> 'y'` + "\x01", Size: 8, Color: ink},
		Text{Class: "x-label", X: 70, Y: 30, Text: "Chuyến thăm", Size: 8, Color: ink},
		Text{Class: "x-label", X: 70, Y: 45, Text: "高层出访", Size: 8, Color: ink},
		Text{Class: "y-label", X: 10, Y: 90, Text: "2024", Size: 8, Color: ink, Rotation: 90},
	}}
}

func svgOf(t *testing.T, d Drawing, opt SVGOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteSVG(&b, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// svgElement is what the test reads back of an element.
type svgElement struct {
	name  string
	attrs map[string]string
	text  string
}

// readSVG parses the document with encoding/xml, strictly.
func readSVG(t *testing.T, b []byte) []svgElement {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var out []svgElement
	open := -1 // the element whose text is being read
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v\n%s", err, b)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			el := svgElement{name: x.Name.Local, attrs: map[string]string{}}
			for _, a := range x.Attr {
				el.attrs[a.Name.Local] = a.Value
			}
			out = append(out, el)
			open = len(out) - 1
		case xml.EndElement:
			open = -1
		case xml.CharData:
			if open >= 0 {
				out[open].text += string(x)
			}
		}
	}
}

func TestSVGIsXMLWithEveryLabel(t *testing.T) {
	d := sample()
	els := readSVG(t, svgOf(t, d, SVGOptions{Title: "Visits & <trade>", Lang: "vi", Background: Color{255, 255, 255, 255}}))
	var names, labels []string
	for _, el := range els {
		names = append(names, el.name)
		if el.name == "text" {
			labels = append(labels, el.text)
		}
	}
	wantNames := []string{"svg", "title", "rect", "path", "path", "path", "text", "text", "text", "text"}
	if !slices.Equal(names, wantNames) {
		t.Errorf("elements %v, want %v", names, wantNames)
	}
	wantLabels := []string{`A&B <"x"> 'y'` + "\uFFFD", "Chuyến thăm", "高层出访", "2024"}
	if !slices.Equal(labels, wantLabels) {
		t.Errorf("labels %q, want %q", labels, wantLabels)
	}
	root := els[0]
	if root.attrs["viewBox"] != "0 0 200.00 100.00" || root.attrs["lang"] != "vi" || !strings.Contains(root.attrs["font-family"], "Noto Sans") {
		t.Errorf("svg attributes %v", root.attrs)
	}
	if els[1].text != "Visits & <trade>" {
		t.Errorf("title %q", els[1].text)
	}
}

func TestSVGAttributes(t *testing.T) {
	els := readSVG(t, svgOf(t, sample(), SVGOptions{}))
	tests := []struct {
		i          int
		attr, want string
	}{
		{0, "d", "M 20.00 20.00 L 60.00 20.00 L 60.00 80.00 L 20.00 80.00 Z"},
		{0, "fill", "#C81E1E"},
		{1, "d", "M 80.00 90.00 L 120.00 50.00 Q 140.00 30.00 160.00 50.00 C 170.00 60.00 180.00 70.00 190.00 90.00"},
		{1, "fill", "none"},
		{1, "stroke-width", "2.00"},
		{2, "stroke-dasharray", "2.00 2.00"},
		{2, "stroke-opacity", "0.502"},
		{6, "transform", "rotate(-90.00 10.00 90.00)"},
	}
	for _, tc := range tests {
		if got := els[1+tc.i].attrs[tc.attr]; got != tc.want {
			t.Errorf("element %d (%s) %s=%q, want %q", tc.i, els[1+tc.i].name, tc.attr, got, tc.want)
		}
	}
}

func TestSVGSameBytes(t *testing.T) {
	a, b := svgOf(t, sample(), SVGOptions{Lang: "zh"}), svgOf(t, sample(), SVGOptions{Lang: "zh"})
	if !bytes.Equal(a, b) {
		t.Error("the same drawing gave two different SVGs")
	}
}
