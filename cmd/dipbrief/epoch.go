package main

import (
	"fmt"
	"strconv"
	"time"
)

// maxEpoch is 9999-12-31 23:59:59 UTC: a PDF date (D:YYYYMMDD...) and a
// mail Date header have four digits for the year.
const maxEpoch = 253402300799

// parseEpoch reads SOURCE_DATE_EPOCH: whole seconds since 1970 in UTC, as
// reproducible-builds.org defines it, from 1970 to the end of year 9999.
// A date before 1970 (a negative number) or after 9999 would write a date
// that readers misread or reject, so it is a usage error.
func parseEpoch(s string) (time.Time, error) {
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)}
	}
	if sec < 0 || sec > maxEpoch {
		return time.Time{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH %q is outside 0 (1970-01-01) to %d (9999-12-31 23:59:59 UTC)", s, maxEpoch)}
	}
	return time.Unix(sec, 0).UTC(), nil
}
