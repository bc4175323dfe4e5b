package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dipbrief/dipbrief/data"
)

// asOfPattern is how a language says the date a level was counted at
// ("tính đến ngày 21/9/2023", "as of December 20, 2019", "截至2023年9月"):
// a regular expression and the order of its groups, d, m and y (m may be
// an English month name).
type asOfPattern struct {
	re    *regexp.Regexp
	order string
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

var months = "(" + strings.Join(monthNames, "|") + ")"

// asOfPatterns are compiled on first use: only extract needs them, and
// every process that makes a briefing would pay for them at start.
var asOfPatterns = sync.OnceValue(func() map[string][]asOfPattern {
	return map[string][]asOfPattern{
		"vi": {
			{regexp.MustCompile(`(?i)(?:tính đến|tính tới|đến hết|đến) ngày (\d{1,2})/(\d{1,2})/(\d{4})`), "dmy"},
			{regexp.MustCompile(`(?i)(?:tính đến|tính tới|đến hết|đến) tháng (\d{1,2})/(\d{4})`), "my"},
		},
		"en": {
			{regexp.MustCompile(`(?i)as (?:of|at) ` + months + ` (\d{1,2}),? (\d{4})`), "mdy"},
			{regexp.MustCompile(`(?i)as (?:of|at) (\d{1,2}) ` + months + ` (\d{4})`), "dmy"},
			{regexp.MustCompile(`(?i)as (?:of|at) (?:the end of )?` + months + ` (\d{4})`), "my"},
		},
		"zh": {
			{regexp.MustCompile(`截至(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?`), "ymd"},
		},
	}
})

// asOf is the date a sentence says a level was counted at, or the zero
// Date when it names none (or names one that does not exist).
func asOf(s, lang string) data.Date {
	for _, p := range asOfPatterns()[lang] {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		var d data.Date
		for i, part := range p.order {
			v, err := strconv.Atoi(m[i+1])
			if err != nil {
				v = monthNumber(m[i+1])
			}
			switch part {
			case 'd':
				d.Day = v
			case 'm':
				d.Month = v
			case 'y':
				d.Year = v
			}
		}
		if parsed, err := data.ParseDate(d.String()); err == nil {
			return parsed
		}
	}
	return data.Date{}
}

func monthNumber(name string) int {
	for i, n := range monthNames {
		if strings.EqualFold(n, name) {
			return i + 1
		}
	}
	return 0
}
