package report

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/edition"
)

func xLabels(d charts.Drawing) []string {
	var out []string
	for _, op := range d.Ops {
		if t, ok := op.(charts.Text); ok && t.Class == "x-label" {
			out = append(out, t.Text)
		}
	}
	return out
}

// TestEveryYearIsLabelledOnThePage: every chart the PDF draws, in every
// edition of every year, labels each of its years and none after the
// edition's, and sets its note and sources under it.
func TestEveryYearIsLabelledOnThePage(t *testing.T) {
	everyLayout(t, func(t *testing.T, pages []*Page, e *edition.Edition) {
		k := 0
		for _, p := range pages {
			for n, it := range p.Items {
				f, ok := it.(Figure)
				if !ok {
					continue
				}
				c := e.Trends.Charts[k]
				k++
				labels := xLabels(f.Drawing)
				if len(labels) != len(c.Spec.Categories) {
					t.Errorf("%s labels %v of %d years", c.ID, labels, len(c.Spec.Categories))
				}
				for _, l := range labels {
					if y, err := strconv.Atoi(l); err == nil && y > e.Year {
						t.Errorf("%s shows %d in the %d edition", c.ID, y, e.Year)
					}
				}
				if !footerFollows(p.Items[n+1:], c, f) {
					t.Errorf("%s: no note and sources under the chart", c.ID)
				}
			}
		}
		if k != len(e.Trends.Charts) {
			t.Errorf("%d charts drawn, the edition has %d", k, len(e.Trends.Charts))
		}
	})
}

// footerFollows reports whether the first words of the chart's note and
// of its source line are set under the drawing, in its column.
func footerFollows(items []Item, c edition.Chart, f Figure) bool {
	found := 0
	for _, it := range items {
		g, ok := it.(Glyphs)
		if !ok || g.Y < f.Y+f.Drawing.Height || g.X < f.X-0.1 || g.X > f.X+f.Drawing.Width {
			continue
		}
		for _, s := range []string{c.Note, c.Caption.String()} {
			if first := strings.Fields(s)[0]; strings.HasPrefix(s, g.Text) || strings.HasPrefix(g.Text, first) {
				found++
			}
		}
	}
	return found >= 2
}

// TestExportsCarryTheFooter: an exported chart holds its title, every
// word of its note and of its source line, and all its years.
func TestExportsCarryTheFooter(t *testing.T) {
	everyLayout(t, func(t *testing.T, _ []*Page, e *edition.Edition) {
		cs, err := Charts(e)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cs {
			ec := e.Trends.Charts[i]
			var all strings.Builder
			for _, op := range c.Drawing.Ops {
				if tx, ok := op.(charts.Text); ok && (tx.Class == "title" || tx.Class == "note" || tx.Class == "source") {
					all.WriteString(tx.Text)
				}
			}
			got := strings.Join(strings.Fields(all.String()), "")
			for _, want := range []string{ec.Title, ec.Note, ec.Caption.String()} {
				if !strings.Contains(got, strings.Join(strings.Fields(want), "")) {
					t.Errorf("%s: the image does not carry %q", c.ID, want)
				}
			}
			if n := len(xLabels(c.Drawing)); n != len(ec.Spec.Categories) {
				t.Errorf("%s: %d year labels, want %d", c.ID, n, len(ec.Spec.Categories))
			}
		}
	})
}
