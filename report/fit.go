package report

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/report/text"
)

// ErrDoesNotFit is a text too long for its place: a title that overflows
// the cover, a summary or a table row taller than a page. data.Load keeps
// texts within room that fits; this is the net under it, so that no
// briefing goes out with text cut off at the edge of a page.
var ErrDoesNotFit = errors.New("does not fit")

// checkFit finds the first text set off its page or below the body, where
// the footer goes, once the body is laid out and before the running header
// and footer are added.
func checkFit(pages []*Page) error {
	for i, p := range pages {
		for _, it := range p.Items {
			g, ok := it.(Glyphs)
			if !ok {
				continue
			}
			if right := g.right(); g.X < 0 || right > pageW+0.01 || g.Y-g.Size < 0 || g.Y > bottomY+g.Size*0.3 {
				return fmt.Errorf("%w: the text %q runs off page %d: shorten it", ErrDoesNotFit, clipText(g.Text), i+1)
			}
		}
	}
	return nil
}

// right is where the run's last glyph ends: its advances, and the
// tracking after every glyph but the last.
func (g Glyphs) right() float64 {
	s := strings.TrimRight(g.Text, " ") // a line's closing space shows nothing
	return g.X + text.RunWidth(g.Face, s, g.Size) + g.Tracking*float64(max(utf8.RuneCountInString(s)-1, 0))
}

// clipText shortens a text quoted in a message.
func clipText(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:39]) + "…"
}
