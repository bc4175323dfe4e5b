package report

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report/text"
)

func editionBrief(t *testing.T, year int) (*data.Dataset, *data.Brief) {
	t.Helper()
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ds.BriefFor(year)
	if err != nil {
		t.Fatal(err)
	}
	return ds, b
}

func layoutIn(t *testing.T, b *data.Brief, lang string) ([]*Page, Meta) {
	t.Helper()
	pages, meta, err := layoutBrief(b, testOpt{Lang: lang, Created: time.Date(2025, 1, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("Layout(%s): %v", lang, err)
	}
	return pages, meta
}

func glyphs(pages []*Page) []Glyphs {
	var gs []Glyphs
	for _, p := range pages {
		for _, it := range p.Items {
			if g, ok := it.(Glyphs); ok {
				gs = append(gs, g)
			}
		}
	}
	return gs
}

func TestEachEditionsMetadataIsInItsLanguage(t *testing.T) {
	_, b := editionBrief(t, 2024)
	want := map[string]Meta{
		"vi": {Title: "Đối ngoại Việt Nam 2024", Lang: "vi-VN", Keywords: "Việt Nam, 2024, Đối ngoại Việt Nam"},
		"en": {Title: "Viet Nam's foreign relations in 2024", Lang: "en", Keywords: "Viet Nam, 2024, Viet Nam's foreign relations"},
		"zh": {Title: "2024年越南外交", Lang: "zh-Hans", Keywords: "越南, 2024, 越南外交"},
	}
	vi, err := edition.New(b, "vi")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages() {
		_, m := layoutIn(t, b, lang)
		w := want[lang]
		if m.Title != w.Title || m.Lang != w.Lang || m.Keywords != w.Keywords {
			t.Errorf("%s: title %q, lang %q, keywords %q; want %q, %q, %q", lang, m.Title, m.Lang, m.Keywords, w.Title, w.Lang, w.Keywords)
		}
		if m.Subject == "" || m.Subject == vi.Subtitle && lang != "vi" {
			t.Errorf("%s: subject %q is not in the edition's language", lang, m.Subject)
		}
	}
}

// TestEveryEditionDrawsWhatItsFontsHave looks for tofu and for wording
// that went wrong: a rune given to a face without it, an empty run, a
// format verb left unfilled.
func TestEveryEditionDrawsWhatItsFontsHave(t *testing.T) {
	for _, year := range []int{2023, 2024} {
		_, b := editionBrief(t, year)
		for _, lang := range Languages() {
			pages, _ := layoutIn(t, b, lang)
			for _, g := range glyphs(pages) {
				if g.Text == "" || strings.Contains(g.Text, "%!") {
					t.Errorf("%s %d: bad run %q", lang, year, g.Text)
				}
				for _, r := range g.Text {
					if !g.Face.Has(r) {
						t.Errorf("%s %d: %q given to %s, which lacks it", lang, year, r, g.Face.Name)
					}
				}
			}
		}
	}
}

var latinWord = regexp.MustCompile(`[\p{Latin}]+`)

// TestChineseEditionWritesNoEnglish allows a Latin word in the Chinese
// edition only where the dataset itself has it (a Vietnamese source title,
// G20, FDI), never from the briefing's own wording.
func TestChineseEditionWritesNoEnglish(t *testing.T) {
	ds, b := editionBrief(t, 2024)
	allowed := strings.Join(texts(ds, "zh"), "\n")
	pages, _ := layoutIn(t, b, "zh")
	for _, g := range glyphs(pages) { // run by run: a URL may wrap mid-word
		for _, w := range latinWord.FindAllString(g.Text, -1) {
			if !strings.Contains(allowed, w) {
				t.Errorf("the Chinese edition writes %q, which no Chinese text of the dataset has", w)
			}
		}
	}
}

// TestChineseTextBreaksWhereChineseMay wraps every Chinese text of the
// dataset and of the edition's wording at many widths: no line may start
// with closing punctuation, and the lines give back every character once.
func TestChineseTextBreaksWhereChineseMay(t *testing.T) {
	ds, b := editionBrief(t, 2024)
	zh, err := edition.New(b, "zh")
	if err != nil {
		t.Fatal(err)
	}
	all := append(texts(ds, "zh"), strs(reflect.ValueOf(*zh))...)
	for _, s := range all {
		for w := 40.0; w <= 320; w += 9 {
			lines, err := wrap([]text.Span{{Text: s}}, para{size: 9, justify: true}, w)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			var joined strings.Builder
			for i, l := range lines {
				joined.WriteString(l.Text())
				if i > 0 && strings.ContainsRune(closing, firstRune(l.Text())) {
					t.Errorf("width %v: line %q of %q starts with closing punctuation", w, l.Text(), s)
				}
			}
			if squeeze(joined.String()) != squeeze(s) {
				t.Fatalf("width %v: lines %q lose or repeat characters of %q", w, joined.String(), s)
			}
		}
	}
}

// closing is punctuation that must not begin a line of Chinese.
const closing = "。，、；：？！）」』》〉】”’…"

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// texts gathers every text of the dataset in lang, and the source
// publishers and titles that appear in every edition as written.
func texts(ds *data.Dataset, lang string) []string {
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Map:
			if t, ok := v.Interface().(data.Text); ok && t.In(lang) != "" {
				out = append(out, t.In(lang))
			}
		}
	}
	walk(reflect.ValueOf(*ds))
	for _, s := range ds.Sources {
		out = append(out, s.Publisher, s.Title, s.URL)
	}
	return out
}

// strs gathers every string of a value, an edition's wording included.
func strs(v reflect.Value) []string {
	var out []string
	switch v.Kind() {
	case reflect.String:
		if v.String() != "" {
			out = append(out, v.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			out = strs(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				out = append(out, strs(v.Field(i))...)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = append(out, strs(v.Index(i))...)
		}
	}
	return out
}
