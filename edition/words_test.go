package edition

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/dipbrief/dipbrief/data"
)

// wordStrings lists every piece of wording in w by field path, so the checks
// below see a field added to words without being told about it.
func wordStrings(w words) map[string]string {
	out := map[string]string{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out[path] = v.String()
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(path+"["+strconv.Itoa(i)+"]", v.Index(i))
			}
		case reflect.Map:
			keys := v.MapKeys()
			for _, k := range keys {
				walk(path+"["+k.String()+"]", v.MapIndex(k))
			}
		}
	}
	walk("words", reflect.ValueOf(w))
	return out
}

// verbs are the fmt verbs of a format, without argument indexes or flags:
// a translation may move arguments, but must take the same ones.
var verbRe = regexp.MustCompile(`%[-+# 0-9]*(\[\d+\])?[-+# 0-9]*[a-z%]`)

func verbs(s string) []string {
	var vs []string
	for _, m := range verbRe.FindAllString(s, -1) {
		if m != "%%" {
			vs = append(vs, m[len(m)-1:])
		}
	}
	slices.Sort(vs)
	return vs
}

// TestEveryEditionSaysEverything checks that each language fills every
// field the Vietnamese edition fills, with the same format arguments, so no
// PDF ever shows an empty slot or a "%!d(MISSING)". A language may set no
// space before a source marker (Chinese), name its months (English) and
// climb to larger units (万 → 亿); date formats differ by design.
func TestEveryEditionSaysEverything(t *testing.T) {
	ref := wordStrings(vietnamese)
	for _, e := range editions {
		got := wordStrings(*e.words)
		for path, vi := range ref {
			s, ok := got[path]
			switch {
			case !ok:
				t.Errorf("%s: %s is missing", e.code, path)
			case s == "" && vi != "" && path != "words.punct.gap" && path != "words.punct.markGap":
				t.Errorf("%s: %s is empty", e.code, path)
			case !strings.Contains(path, "dates.") && !slices.Equal(verbs(s), verbs(vi)):
				t.Errorf("%s: %s = %q takes %v, Vietnamese %v", e.code, path, s, verbs(s), verbs(vi))
			}
		}
		for path := range got {
			if _, ok := ref[path]; !ok && !strings.Contains(path, "monthNames") && !strings.Contains(path, ".formats[") {
				t.Errorf("%s: %s has no Vietnamese counterpart", e.code, path)
			}
		}
	}
}

// TestWordingIsInItsOwnScript keeps English out of the Chinese edition and
// Vietnamese or Chinese out of the English one.
func TestWordingIsInItsOwnScript(t *testing.T) {
	for path, s := range wordStrings(chinese) {
		for _, r := range verbRe.ReplaceAllString(s, "") {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) {
				t.Errorf("zh: %s = %q has the letter %q", path, s, r)
				break
			}
		}
	}
	for path, s := range wordStrings(english) {
		for _, r := range s {
			if unicode.IsLetter(r) && r > unicode.MaxASCII {
				t.Errorf("en: %s = %q has the letter %q", path, s, r)
				break
			}
		}
	}
}

// TestEveryKindHasItsWords: every event kind and chart kind the format
// allows is named in every edition, so no highlight goes out unlabelled.
func TestEveryKindHasItsWords(t *testing.T) {
	for _, e := range editions {
		for _, k := range data.EventKinds() {
			if e.words.kinds[k] == "" {
				t.Errorf("%s: no words for the event kind %q", e.code, k)
			}
		}
		for _, k := range data.ChartKinds() {
			if e.words.chartKinds[k] == "" {
				t.Errorf("%s: no words for the chart kind %q", e.code, k)
			}
			if _, ok := chartKinds[k]; !ok {
				t.Errorf("no drawing for the chart kind %q", k)
			}
		}
	}
}
