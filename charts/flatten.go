package charts

import "math"

// curveSteps is how many straight pieces a curve becomes before it is
// stroked: chart curves are dots a few points across, so this is smooth.
const curveSteps = 16

// flatten turns a path into polylines, one per subpath, curves sampled at
// curveSteps points; a closed subpath ends where it started.
func flatten(segs []Segment) [][]Point {
	var lines [][]Point
	var cur []Point
	end := func() {
		if len(cur) > 1 {
			lines = append(lines, cur)
		}
		cur = nil
	}
	for _, s := range segs {
		switch s.Kind {
		case MoveTo:
			end()
			cur = []Point{s.Pts[0]}
		case LineTo:
			cur = appendStart(cur, s.Pts[0])
		case QuadTo, CubicTo:
			if len(cur) == 0 {
				cur = []Point{s.Pts[0]}
			}
			cur = appendCurve(cur, s)
		case Close:
			if len(cur) > 0 {
				cur = append(cur, cur[0])
			}
			end()
		}
	}
	end()
	return lines
}

func appendStart(cur []Point, p Point) []Point {
	if len(cur) == 0 {
		return []Point{p, p}
	}
	return append(cur, p)
}

func appendCurve(cur []Point, s Segment) []Point {
	p0 := cur[len(cur)-1]
	for i := 1; i <= curveSteps; i++ {
		t := float64(i) / curveSteps
		u := 1 - t
		var p Point
		if s.Kind == QuadTo {
			c, e := s.Pts[0], s.Pts[1]
			p = Point{u*u*p0.X + 2*u*t*c.X + t*t*e.X, u*u*p0.Y + 2*u*t*c.Y + t*t*e.Y}
		} else {
			c1, c2, e := s.Pts[0], s.Pts[1], s.Pts[2]
			p = Point{
				u*u*u*p0.X + 3*u*u*t*c1.X + 3*u*t*t*c2.X + t*t*t*e.X,
				u*u*u*p0.Y + 3*u*u*t*c1.Y + 3*u*t*t*c2.Y + t*t*t*e.Y,
			}
		}
		cur = append(cur, p)
	}
	return cur
}

// dashed cuts polylines into the dashes of pattern (on, off, on, ...
// lengths in points); a nil or all-zero pattern leaves them solid.
func dashed(lines [][]Point, pattern []float64) [][]Point {
	total := 0.0
	for _, d := range pattern {
		total += math.Max(d, 0)
	}
	if total <= 0 {
		return lines
	}
	var out [][]Point
	for _, line := range lines {
		out = append(out, dashLine(line, pattern)...)
	}
	return out
}

func dashLine(line []Point, pattern []float64) [][]Point {
	var out [][]Point
	i, on := 0, true
	left := math.Max(pattern[0], 0) // what remains of the current dash or gap
	cur := []Point{line[0]}
	for j := 1; j < len(line); j++ {
		a, b := line[j-1], line[j]
		seg := math.Hypot(b.X-a.X, b.Y-a.Y)
		pos := 0.0 // how far along a→b the pattern has got
		for seg-pos > left {
			pos += left
			p := Point{a.X + (b.X-a.X)*pos/seg, a.Y + (b.Y-a.Y)*pos/seg}
			if on {
				out = append(out, append(cur, p))
			}
			cur, on = []Point{p}, !on
			i = (i + 1) % len(pattern)
			left = math.Max(pattern[i], 0)
		}
		left -= seg - pos
		cur = append(cur, b)
	}
	if on && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}
