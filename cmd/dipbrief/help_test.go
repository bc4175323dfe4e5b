package main

import (
	"slices"
	"strings"
	"testing"
)

// TestEveryCommandHasExamplesThatParse: each command's --help shows
// examples, and every example names a real command with flags it takes.
func TestEveryCommandHasExamplesThatParse(t *testing.T) {
	root := newRootCmd(newEnv())
	for _, cmd := range root.Commands() {
		if cmd.Name() == "completion" || cmd.Name() == "help" {
			continue // cobra's own, with cobra's own help
		}
		if cmd.Example == "" {
			t.Errorf("%s --help has no examples", cmd.Name())
		}
		for _, line := range strings.Split(cmd.Example, "\n") {
			args := shellWords(strings.TrimPrefix(line, "  dipbrief "))
			if i := slices.Index(args, ">"); i >= 0 {
				args = args[:i]
			}
			found, rest, err := newRootCmd(newEnv()).Find(args)
			if err == nil {
				err = found.ParseFlags(rest)
			}
			if err != nil || found == root {
				t.Errorf("%s --help: example %q does not parse: %v", cmd.Name(), line, err)
			}
		}
	}
}

// shellWords splits an example as a shell would, for double quotes only.
func shellWords(s string) []string {
	var words []string
	for i, part := range strings.Split(s, `"`) {
		if i%2 == 1 {
			words = append(words, part)
			continue
		}
		words = append(words, strings.Fields(part)...)
	}
	return words
}

// TestCompletionOffersFlagValues: shell completion offers the values of
// --lang, --year, --format and --log-format, as each command takes them.
func TestCompletionOffersFlagValues(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"generate", "--lang", ""}, "vi\nen\nzh\nall\n:4\n"},
		{[]string{"mail", "--lang", ""}, "vi\nen\nzh\n:4\n"},
		{[]string{"generate", "--year", ""}, "latest\nprevious\nall\n2025\n2024\n2023\n2022\n2021\n2020\n2019\n:4\n"},
		{[]string{"show", "--year", ""}, "latest\nprevious\n2025\n2024\n2023\n2022\n2021\n2020\n2019\n:4\n"},
		{[]string{"show", "--format", ""}, "text\nmarkdown\njson\ncsv\n:4\n"},
		{[]string{"charts", "--format", ""}, "svg\npng\n:4\n"},
		{[]string{"validate", "--log-format", ""}, "text\njson\n:4\n"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			res := runCmd(t, nil, append([]string{"__complete"}, tc.args...)...)
			if res.code != 0 || res.stdout != tc.want {
				t.Errorf("exit %d, stdout %q; want 0 and %q", res.code, res.stdout, tc.want)
			}
		})
	}
}
