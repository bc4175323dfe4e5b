package charts

import (
	"math"

	"golang.org/x/image/vector"
)

// shape is a set of closed contours in pixels, gathered before they are
// rasterized so that their bounding box is known.
type shape struct {
	cmds     []cmd
	min, max [2]float32
	hasBox   bool // min and max hold a point
	open     bool // the last contour has not been closed
}

type cmd struct {
	kind SegKind
	p    [3][2]float32
}

// add appends a command, closing the open contour first when a new one
// starts (the rasterizer fills closed contours only), and grows the box.
func (s *shape) add(kind SegKind, pts ...[2]float32) {
	if kind == MoveTo && s.open {
		s.cmds = append(s.cmds, cmd{kind: Close})
	}
	c := cmd{kind: kind}
	copy(c.p[:], pts)
	for _, p := range pts {
		if !s.hasBox {
			s.min, s.max, s.hasBox = p, p, true
		}
		s.min = [2]float32{min(s.min[0], p[0]), min(s.min[1], p[1])}
		s.max = [2]float32{max(s.max[0], p[0]), max(s.max[1], p[1])}
	}
	s.cmds = append(s.cmds, c)
	s.open = kind != Close
}

// segment adds one of a Path's segments, scaled from points to pixels.
func (s *shape) segment(seg Segment, k float64) {
	px := func(p Point) [2]float32 { return [2]float32{float32(p.X * k), float32(p.Y * k)} }
	switch seg.Kind {
	case MoveTo, LineTo:
		s.add(seg.Kind, px(seg.Pts[0]))
	case QuadTo:
		s.add(QuadTo, px(seg.Pts[0]), px(seg.Pts[1]))
	case CubicTo:
		s.add(CubicTo, px(seg.Pts[0]), px(seg.Pts[1]), px(seg.Pts[2]))
	case Close:
		s.add(Close)
	}
}

// polygon adds a closed polygon given in points, always turning the same
// way: the rasterizer sums coverage with sign, so overlapping pieces of
// one stroke must not cancel each other out.
func (s *shape) polygon(pts []Point, k float64) {
	if len(pts) < 3 {
		return
	}
	area := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		area += p.X*q.Y - q.X*p.Y
	}
	for i := range pts {
		p := pts[i]
		if area < 0 {
			p = pts[len(pts)-1-i]
		}
		kind := LineTo
		if i == 0 {
			kind = MoveTo
		}
		s.add(kind, [2]float32{float32(p.X * k), float32(p.Y * k)})
	}
	s.add(Close)
}

// stroke outlines a polyline of half-width hw: a rectangle per segment and
// a disc at every vertex, which gives round caps and round joins.
func (s *shape) stroke(line []Point, hw, k float64) {
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		dx, dy := b.X-a.X, b.Y-a.Y
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*hw, dx/l*hw
		s.polygon([]Point{{a.X + nx, a.Y + ny}, {b.X + nx, b.Y + ny}, {b.X - nx, b.Y - ny}, {a.X - nx, a.Y - ny}}, k)
	}
	for _, p := range line {
		s.polygon(disc(p, hw, k), k)
	}
}

// disc is a circle as a polygon fine enough that no facet shows at scale k.
func disc(c Point, r, k float64) []Point {
	n := max(8, min(64, int(math.Ceil(r*k*2))))
	pts := make([]Point, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(n)
		pts[i] = Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)}
	}
	return pts
}

// replay draws the shape into z with (dx, dy) as its origin.
func (s *shape) replay(z *vector.Rasterizer, dx, dy float32) {
	at := func(p [2]float32) (float32, float32) { return p[0] - dx, p[1] - dy }
	for _, c := range s.cmds {
		switch c.kind {
		case MoveTo:
			z.MoveTo(at(c.p[0]))
		case LineTo:
			z.LineTo(at(c.p[0]))
		case QuadTo:
			x1, y1 := at(c.p[0])
			x2, y2 := at(c.p[1])
			z.QuadTo(x1, y1, x2, y2)
		case CubicTo:
			x1, y1 := at(c.p[0])
			x2, y2 := at(c.p[1])
			x3, y3 := at(c.p[2])
			z.CubeTo(x1, y1, x2, y2, x3, y3)
		case Close:
			z.ClosePath()
		}
	}
	if s.open {
		z.ClosePath()
	}
}
