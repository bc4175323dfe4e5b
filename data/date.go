package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to the year, the month or the day, as the
// data's sources give it ("2024", "2023-09", "2024-12-24"). Month and Day are
// 0 when unknown.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date was left out.
func (d Date) IsZero() bool { return d == Date{} }

// String gives the date back in the form it was written.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before orders dates; a date known only to the month sorts before the days of that month.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// Time is the start of the date in UTC, for PDF metadata.
func (d Date) Time() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" and rejects dates that do
// not exist (2024-13-01, 2023-02-29).
func ParseDate(s string) (Date, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) || v < 0 {
			return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("date %q has no month %d", s, d.Month)
	}
	if len(parts) == 3 {
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d.Day < 1 || d.Day > last {
			return Date{}, fmt.Errorf("date %q does not exist: %d-%02d has %d days", s, d.Year, d.Month, last)
		}
	}
	return d, nil
}
