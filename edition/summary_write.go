package edition

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"
)

// CSVHeader names the columns of WriteCSV, one row per figure. Numbers are
// plain ("36.6"), never localized; sources are source ids joined by ";".
var CSVHeader = []string{"country", "year", "metric", "label", "unit", "value", "qualifier", "months", "expected", "status", "derived",
	"display", "previous_year", "previous_value", "change_abs", "change_pct", "change_qualifier", "change_base", "change_display", "no_change", "sources"}

// WriteCSV writes the figures as RFC 4180 CSV with CSVHeader first.
func (s *Summary) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, f := range s.Figures {
		prevYear, prevValue, abs, pct, cq, base, cd := "", "", "", "", "", "", ""
		if f.Previous != nil {
			prevYear, prevValue = strconv.Itoa(f.Previous.Year), num(f.Previous.Value)
		}
		if c := f.Change; c != nil {
			abs, cq, base, cd = num(c.Abs), c.Qualifier, num(c.Base), c.Display
			if c.Pct != nil {
				pct = strconv.FormatFloat(*c.Pct, 'f', 2, 64)
			}
		}
		cw.Write([]string{s.Country, strconv.Itoa(s.Year), f.Metric, f.Label, f.Unit, num(f.Value), f.Qualifier,
			strconv.Itoa(f.Months), strconv.FormatBool(f.Expected), f.Status, strconv.FormatBool(f.Derived), f.Display,
			prevYear, prevValue, abs, pct, cq, base, cd, f.NoChange, strings.Join(s.sourceIDs(f.Sources), ";")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the summary as indented JSON (see Summary's fields).
func (s *Summary) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(s)
}

// WriteText writes aligned columns and the numbered sources, for a
// terminal or a plain-text e-mail.
func (s *Summary) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "%s\n\n", s.Title)
	rows := [][]string{s.headings[:]}
	for _, f := range s.Figures {
		rows = append(rows, []string{f.Label, f.Display, changeText(f), markers(f.Sources)})
	}
	if err := writeColumns(w, rows); err != nil {
		return err
	}
	if s.Legend != "" {
		fmt.Fprintf(w, "\n%s\n", s.Legend)
	}
	fmt.Fprintln(w)
	for _, src := range s.Sources {
		fmt.Fprintf(w, "[%d] %s\n", src.N, s.sourceLine(src))
	}
	return nil
}

// WriteMarkdown writes a table and the numbered sources.
func (s *Summary) WriteMarkdown(w io.Writer) error {
	fmt.Fprintf(w, "## %s\n\n", mdEscape(s.Title))
	h := s.headings
	fmt.Fprintf(w, "| %s | %s | %s | %s |\n|---|---:|---:|---|\n", mdEscape(h[0]), mdEscape(h[1]), mdEscape(h[2]), mdEscape(h[3]))
	for _, f := range s.Figures {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdEscape(f.Label), mdEscape(f.Display), mdEscape(changeText(f)), markers(f.Sources))
	}
	if s.Legend != "" {
		fmt.Fprintf(w, "\n%s\n", mdEscape(s.Legend))
	}
	fmt.Fprintln(w)
	for _, src := range s.Sources {
		fmt.Fprintf(w, "%d. %s\n", src.N, mdEscape(s.sourceLine(src)))
	}
	return nil
}

// writeColumns aligns rows in columns two spaces apart by the width a
// terminal gives each character: a Chinese character takes two columns
// (UAX #11, through uniseg), so Chinese labels line up too.
func writeColumns(w io.Writer, rows [][]string) error {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], uniseg.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-uniseg.StringWidth(cell)+2))
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (s *Summary) sourceLine(src SummarySource) string {
	parts := []string{src.Publisher, "“" + src.Title + "”", src.Date, src.Language}
	if src.URL != "" {
		parts = append(parts, src.URL)
	}
	return strings.Join(parts, " · ")
}

func (s *Summary) sourceIDs(ns []int) []string {
	var ids []string
	for _, n := range ns {
		for _, src := range s.Sources {
			if src.N == n {
				ids = append(ids, src.ID)
			}
		}
	}
	return ids
}

func changeText(f SummaryFigure) string {
	if f.Change == nil {
		return f.NoChange
	}
	return f.Change.Display
}

func markers(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

var mdEscaper = strings.NewReplacer("|", "\\|", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;")

func mdEscape(s string) string { return mdEscaper.Replace(s) }
