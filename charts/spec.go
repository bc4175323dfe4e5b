package charts

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// Kind is the chart type; the briefing needs only these three.
type Kind int

// The chart kinds.
const (
	Bars        Kind = iota // bars of each series side by side per category
	StackedBars             // one bar per category, series stacked from zero
	Lines                   // one line per series, broken where data is missing
)

// Series is one named row of values, one per category. math.NaN() marks a
// year with no data: it draws no bar and breaks the line, because a missing
// figure must never look like a zero or an interpolated one.
type Series struct {
	Name   string
	Values []float64
}

// Spec is what to chart, free of any layout: the report builds it from a
// year's brief and Draw decides the geometry.
type Spec struct {
	Kind       Kind
	Categories []string // x labels, e.g. "2019".."2025"
	Series     []Series
	// Format writes tick and value labels in the reader's language
	// (Vietnamese "1.234", "36,6"); nil prints plain Go numbers.
	Format    func(float64) string
	YFromZero bool // lines too start their axis at zero; bars always do
	// ValueLabels prints values at bars and points: every value of a
	// series or none, so that a missing label never reads as a gap.
	ValueLabels bool
	// Labels are the value labels as the briefing's table writes them,
	// qualifier included (">930", "~21.2"): Labels[j][i] for series j at
	// category i. A missing or empty one is written with Format.
	Labels [][]string
	// Totals label the top of each stacked bar; where one is missing the
	// sum is written with Format.
	Totals []string
	// FocusLast draws the last category (the briefing's own year) in the
	// full colours and the others lighter, so that it stands out.
	FocusLast bool
	// NoData is written in the outlined slot drawn where a value is
	// missing ("no data"), so a gap never looks like a zero; the slot is
	// drawn even when this is empty or too long for it.
	NoData string
	// Short are shorter category labels ("’19") used when the full ones
	// would have to be thinned to fit: every category keeps its label.
	Short []string
}

// Measurer is the width side of the font the backend will draw with;
// injecting it makes the layout measure exactly what is drawn.
type Measurer interface {
	TextWidth(s string, sizePt float64) float64
}

// Style is the look of a chart. Zero fields take DefaultStyle's values, so a
// caller sets only what differs. Ascent and Descent are the font's extents
// as fractions of the font size (Noto Sans: 1.069 and 0.293).
type Style struct {
	Width, Height    float64 // points
	FontSize         float64 // points, for ticks, values and legend
	Palette          []Color // series colours, reused cyclically
	Text, Grid, Axis Color
	Ascent, Descent  float64
}

// DefaultPalette is muted and prints well in colour and in grey.
var DefaultPalette = []Color{RGB(0x1F3A5F), RGB(0x2A9D8F), RGB(0xE9A03B), RGB(0x8A96A3), RGB(0xC8553D)}

// DefaultStyle fits a chart across an A4 text column.
func DefaultStyle() Style {
	return Style{
		Width: 480, Height: 220, FontSize: 8,
		Palette: DefaultPalette,
		Text:    RGB(0x2B2B2B), Grid: RGB(0xE3E7EC), Axis: RGB(0x9AA5B1),
		Ascent: 0.95, Descent: 0.25,
	}
}

func (st Style) withDefaults() Style {
	d := DefaultStyle()
	pick := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	pick(&st.Width, d.Width)
	pick(&st.Height, d.Height)
	pick(&st.FontSize, d.FontSize)
	pick(&st.Ascent, d.Ascent)
	pick(&st.Descent, d.Descent)
	for _, c := range []struct {
		v   *Color
		def Color
	}{{&st.Text, d.Text}, {&st.Grid, d.Grid}, {&st.Axis, d.Axis}} {
		if c.v.A == 0 {
			*c.v = c.def
		}
	}
	if len(st.Palette) == 0 {
		st.Palette = d.Palette
	}
	return st
}

func (st Style) color(series int) Color { return st.Palette[series%len(st.Palette)] }

// Errors a caller may want to tell apart; Draw wraps them with detail.
var (
	ErrEmpty    = errors.New("charts: nothing to draw")
	ErrBadSpec  = errors.New("charts: invalid spec")
	ErrTooSmall = errors.New("charts: chart too small for its labels")
)

// validate turns what Draw cannot draw into an error before any layout.
func validate(spec Spec, st Style, m Measurer) error {
	if m == nil {
		return fmt.Errorf("%w: no measurer", ErrBadSpec)
	}
	if len(spec.Categories) == 0 || len(spec.Series) == 0 {
		return ErrEmpty
	}
	if spec.Short != nil && len(spec.Short) != len(spec.Categories) {
		return fmt.Errorf("%w: %d short labels for %d categories", ErrBadSpec, len(spec.Short), len(spec.Categories))
	}
	if spec.Kind < Bars || spec.Kind > Lines {
		return fmt.Errorf("%w: unknown kind %d", ErrBadSpec, spec.Kind)
	}
	for _, v := range []float64{st.Width, st.Height, st.FontSize, st.Ascent, st.Descent} {
		if !finite(v) || v <= 0 || v > 14400 {
			return fmt.Errorf("%w: style size %v out of range", ErrBadSpec, v)
		}
	}
	return validateSeries(spec)
}

// validateSeries insists on one value per category and no infinities: a
// NaN is a known gap, an Inf is a bug upstream.
func validateSeries(spec Spec) error {
	for _, s := range spec.Series {
		if len(s.Values) != len(spec.Categories) {
			return fmt.Errorf("%w: series %q has %d values for %d categories",
				ErrBadSpec, s.Name, len(s.Values), len(spec.Categories))
		}
		for i, v := range s.Values {
			if math.IsInf(v, 0) {
				return fmt.Errorf("%w: series %q, %s: infinite value", ErrBadSpec, s.Name, spec.Categories[i])
			}
		}
	}
	return nil
}

// plainFormat is the fallback label format: a plain decimal, or exponent
// notation with four digits for the very large and the very small.
func plainFormat(v float64) string {
	if a := math.Abs(v); a >= 1e15 || (a < 1e-6 && a > 0) {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
