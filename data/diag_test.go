package data

import "testing"

func TestDiagnosticError(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{"data/vn/2024.yaml", 14, 5, "figures[3].cite[1].source", `unknown source "x"`},
			`data/vn/2024.yaml:14:5: figures[3].cite[1].source: unknown source "x"`},
		{Diagnostic{"2024.yaml", 3, 0, "", "invalid YAML: oops"}, "2024.yaml:3: invalid YAML: oops"},
		{Diagnostic{"2024.yaml", 0, 0, "year", "missing"}, "2024.yaml: year: missing"},
		{Diagnostic{Msg: "bare"}, "bare"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.d.Error(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
