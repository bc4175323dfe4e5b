package report

import (
	"github.com/dipbrief/dipbrief/charts"
	"github.com/dipbrief/dipbrief/fonts"
	"github.com/dipbrief/dipbrief/report/text"
)

// chart draws a recorded chart through fpdf with its origin moved to the
// figure's place.
func (w *fpdfPages) chart(fig Figure) {
	for _, op := range fig.Drawing.Ops {
		switch o := op.(type) {
		case charts.Path:
			w.path(o, fig.X, fig.Y)
		case charts.Text:
			w.chartText(o, fig.X, fig.Y)
		}
	}
}

// path fills and strokes a chart path, strokes with round caps and joins
// as charts.Path says they are meant.
func (w *fpdfPages) path(o charts.Path, dx, dy float64) {
	p := w.pdf
	style := ""
	if o.Fill.A != 0 {
		style += "F"
		w.setFill(o.Fill)
	}
	if o.Stroke.A != 0 && o.Width > 0 {
		style += "D"
		p.SetDrawColor(int(o.Stroke.R), int(o.Stroke.G), int(o.Stroke.B))
		p.SetLineWidth(o.Width)
		p.SetLineCapStyle("round")
		p.SetLineJoinStyle("round")
		p.SetDashPattern(o.Dash, 0)
	}
	if style == "" || len(o.Segs) == 0 {
		return
	}
	var cur, start charts.Point // fpdf keeps no current point we can read
	for _, s := range o.Segs {
		a, b, c := s.Pts[0], s.Pts[1], s.Pts[2]
		switch s.Kind {
		case charts.MoveTo:
			p.MoveTo(a.X+dx, a.Y+dy)
			cur, start = a, a
		case charts.LineTo:
			p.LineTo(a.X+dx, a.Y+dy)
			cur = a
		case charts.QuadTo:
			// fpdf's CurveTo writes PDF's "v", a cubic whose first control
			// point is the current point: not this quadratic. Its exact
			// cubic has controls two thirds of the way to the quadratic's.
			c1 := charts.Point{X: cur.X + 2*(a.X-cur.X)/3, Y: cur.Y + 2*(a.Y-cur.Y)/3}
			c2 := charts.Point{X: b.X + 2*(a.X-b.X)/3, Y: b.Y + 2*(a.Y-b.Y)/3}
			p.CurveBezierCubicTo(c1.X+dx, c1.Y+dy, c2.X+dx, c2.Y+dy, b.X+dx, b.Y+dy)
			cur = b
		case charts.CubicTo:
			p.CurveBezierCubicTo(a.X+dx, a.Y+dy, b.X+dx, b.Y+dy, c.X+dx, c.Y+dy)
			cur = c
		case charts.Close:
			p.ClosePath()
			cur = start
		}
	}
	p.DrawPath(style)
}

// chartText draws a chart label with font fallback, rotated about its
// baseline start when the chart asks for it.
func (w *fpdfPages) chartText(o charts.Text, dx, dy float64) {
	runs, err := text.Itemize(o.Text, fonts.Regular)
	if err != nil {
		w.pdf.SetError(err)
		return
	}
	x, y := o.X+dx, o.Y+dy
	c := o.Color
	if o.Rotation != 0 {
		w.pdf.TransformBegin()
		w.pdf.TransformRotate(o.Rotation, x, y)
	}
	for _, r := range runs {
		w.text(r.Face, o.Size, c, x, y, r.Text)
		x += text.RunWidth(r.Face, r.Text, o.Size)
	}
	if o.Rotation != 0 {
		w.pdf.TransformEnd()
		// Q brings back the font set before the q, but fpdf, like this
		// backend, believes the label's is still set and would not set
		// the next one: make both select the next font anew.
		w.pdf.SetFontSize(0.5)
		w.curFace = nil
	}
}
