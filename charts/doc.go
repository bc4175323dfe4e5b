// Package charts draws the briefing's trend charts as vector drawings that
// any backend can replay: the PDF report, and the SVG and PNG files of
// `dipbrief charts` and the newsletter (svg.go, png.go).
//
// A Spec (categories, series with NaN for missing years, a number format)
// goes through Draw, which lays the chart out with go-chart
// (github.com/wcharczuk/go-chart/v2) on a recording chart.Renderer. The
// result is a Drawing: Path and Text ops in points (1/72 in), origin at the
// top-left, y down. Nothing here imports the PDF library; the backend
// replays the ops with its own fonts.
//
// Units and conventions:
//   - go-chart runs at 72 DPI, so its pixels are points; its axis layout is
//     in whole points, while bars, lines, value labels and the legend are
//     placed in exact float points.
//   - Text is measured by the injected Measurer and the Style's ascent and
//     descent, the same metrics the backend draws with, so a label that was
//     measured to fit does fit. Text ops give the baseline's left end.
//   - Paths hold move, line, quadratic, cubic and close segments; arcs and
//     circles are already cubic Béziers. Colours with alpha 0 are "none".
//   - go-chart's embedded Roboto is never parsed: the chart gets a
//     placeholder font that nothing reads (see placeholderFont).
//
// Honesty rules: a missing value draws no bar and breaks the line, never a
// zero; bars start at zero; y ticks step by 1, 2 or 5 × 10^n; tick labels
// never overlap (x labels are thinned, counting back from the newest);
// value labels that would collide are left out; the legend has its own band.
package charts
