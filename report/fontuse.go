package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

// fontUse lists, for each face the pages draw with, the runes it draws, so
// that each face is embedded once, cut down to just those glyphs. The
// regular face is always there: bookmarks need a Unicode font current.
func fontUse(pages []*Page) (map[*fonts.Face][]rune, error) {
	use := map[*fonts.Face][]rune{fonts.Chain(fonts.Regular)[0]: nil}
	for _, p := range pages {
		for _, it := range p.Items {
			switch v := it.(type) {
			case Glyphs:
				use[v.Face] = append(use[v.Face], []rune(v.Text)...)
			case Figure:
				for _, op := range v.Drawing.Ops {
					t, ok := op.(charts.Text)
					if !ok {
						continue
					}
					runs, err := text.Itemize(t.Text, fonts.Regular)
					if err != nil {
						return nil, err
					}
					for _, r := range runs {
						use[r.Face] = append(use[r.Face], []rune(r.Text)...)
					}
				}
			}
		}
	}
	return use, nil
}
