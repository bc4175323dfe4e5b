package data

import (
	"fmt"
	"io/fs"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// CheckEvidence is the provenance check: every number in a briefing must be
// traceable, so each citation's evidence must occur in the text of the
// article it cites, read from texts by the source's file name. White space
// is folded on both sides (the articles break lines mid-sentence) and both
// are compared in NFC.
//
// Citations of a source without a file, or whose file is not in texts,
// cannot be checked: unavailable counts those sources, and is not an error,
// so that a dataset can be validated without its articles at hand.
func CheckEvidence(ds *Dataset, texts fs.FS) (problems Diagnostics, unavailable int) {
	folded := map[string]string{} // file -> folded text
	missing := map[string]bool{}  // source ids
	for _, ref := range ds.citations() {
		src, ok := ds.Source(ref.Source)
		if !ok {
			continue // validation reports unknown sources
		}
		text, ok := folded[src.File]
		if !ok {
			b, err := readRegular(texts, src.File, MaxFileSize) // a pipe or a device is no text
			if src.File == "" || err != nil {
				missing[src.ID] = true
				continue
			}
			text = fold(string(b))
			folded[src.File] = text
		}
		if !strings.Contains(text, fold(ref.Evidence)) {
			problems = append(problems, ds.positions.diag(ref.file, join(ref.path, "evidence"),
				"evidence %q not found in %s (source %q)", ref.Evidence, src.File, src.ID))
		}
	}
	problems.sort()
	return problems, len(missing)
}

// fold puts text in NFC and turns every run of Unicode white space into one
// space.
func fold(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// citeRef is a citation with the file and path it was written at.
type citeRef struct {
	Citation
	file, path string
}

// citations lists every citation of the years' figures, alternatives and
// events, in file order.
func (ds *Dataset) citations() []citeRef {
	var refs []citeRef
	add := func(file, path string, cites []Citation) {
		for i, c := range cites {
			refs = append(refs, citeRef{c, file, index(path, i)})
		}
	}
	for i := range ds.Years {
		y, file := &ds.Years[i], ds.yearFile(i)
		for j, f := range y.Figures {
			add(file, index("figures", j)+".cite", f.Cite)
			for k, a := range f.Alternatives {
				add(file, fmt.Sprintf("figures[%d].alternatives[%d].cite", j, k), a.Cite)
			}
		}
		for j, e := range y.Events {
			add(file, index("events", j)+".cite", e.Cite)
		}
	}
	return refs
}

// yearFile names the file Years[i] was read from.
func (ds *Dataset) yearFile(i int) string {
	if ds.positions == nil {
		return fmt.Sprintf("%d.yaml", ds.Years[i].Year)
	}
	return ds.positions.yearFiles[i]
}
