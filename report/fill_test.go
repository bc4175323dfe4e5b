package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/data"
	"github.com/dipbrief/dipbrief/edition"
	"github.com/dipbrief/dipbrief/report/text"
)

// everyLayout lays out every edition of every year of the embedded data
// and runs f on its pages and its edition.
func everyLayout(t *testing.T, f func(t *testing.T, pages []*Page, e *edition.Edition)) {
	ds, err := data.Load(data.Embedded(), "embedded:vn")
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range ds.Years {
		b, err := ds.BriefFor(y.Year)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range Languages() {
			t.Run(fmt.Sprintf("%d-%s", y.Year, lang), func(t *testing.T) {
				e, err := edition.New(b, lang)
				if err != nil {
					t.Fatal(err)
				}
				pages, _, err := Layout(e, Options{})
				if err != nil {
					t.Fatal(err)
				}
				f(t, pages, e)
			})
		}
	}
}

// bodyBottom is the lowest point the page's body reaches: the foot of
// its lowest text, shape or chart, leaving out the running footer.
func bodyBottom(p *Page) float64 {
	low := topY
	for _, it := range p.Items {
		var y float64
		switch v := it.(type) {
		case Glyphs:
			y = v.Y + 0.3*v.Size
		case Rect:
			y = v.Y + v.H
		case Figure:
			y = v.Y + v.Drawing.Height
		case Rule:
			y = max(v.Y1, v.Y2)
		default:
			continue
		}
		if y <= bottomY+0.3*12 {
			low = max(low, y)
		}
	}
	return low
}

// TestNoPageIsLeftEmpty: no page but the last has more than a fifth of
// its body empty at the foot, in any edition of any year: a block that
// does not fit is made to fit or something smaller goes first.
func TestNoPageIsLeftEmpty(t *testing.T) {
	everyLayout(t, func(t *testing.T, pages []*Page, _ *edition.Edition) {
		for i, p := range pages[:len(pages)-1] {
			if empty := (bottomY - bodyBottom(p)) / (bottomY - topY); empty > 0.2 {
				t.Errorf("page %d of %d is %.0f%% empty at the foot", i+1, len(pages), 100*empty)
			}
		}
	})
}

// TestNoFigureWrapsInTheTable: in every edition of every year, the figures
// of the key-figures table (the year's and the year before's, with their
// marks) each stand on one line.
func TestNoFigureWrapsInTheTable(t *testing.T) {
	everyLayout(t, func(t *testing.T, _ []*Page, e *edition.Edition) {
		r := &builder{e: e, f: newFlow()}
		r.f.rules = text.NewRules(e.Keep...)
		tb, rows, err := r.keyTable()
		if err != nil {
			t.Fatal(err)
		}
		for _, cells := range rows {
			wr, err := tb.wrap(cells)
			if err != nil {
				t.Fatal(err)
			}
			for _, col := range []int{1, 2} {
				if n := len(wr.cells[col]); n != 1 {
					t.Errorf("%q wraps to %d lines in a column %.0f pt wide", spansText(cells[col]), n, tb.cols[col].w)
				}
			}
		}
	})
}

func spansText(ss []text.Span) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Text)
	}
	return b.String()
}
