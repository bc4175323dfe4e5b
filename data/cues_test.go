package data

import "testing"

// cuesOf gives the fixture's first metric the cues given, as YAML.
func cuesOf(yaml string) []change {
	return one("metrics.yaml", "    group: activity\n    key: true\n", "    group: activity\n    key: true\n    cues:\n"+yaml)
}

// TestCueErrors checks what validation says of a catalog's cues, each at
// its file, line and field.
func TestCueErrors(t *testing.T) {
	runBadCases(t, []badCase{
		{"a language missing", cuesOf("      vi: [\"… chuyến thăm\"]\n      en: [\"… visits abroad\"]\n"),
			`testdata/ok/metrics.yaml:7:7: metrics[0].cues.zh: missing: give the phrases zh articles use for visits_abroad, with … where the number goes`},
		{"a language the dataset lacks", cuesOf("      vi: [\"… chuyến thăm\"]\n      en: [\"… visits\"]\n      zh: [\"…次出访\"]\n      fr: [\"… visites\"]\n"),
			`testdata/ok/metrics.yaml:10:11: metrics[0].cues.fr: language "fr" is not among the languages of dataset.yaml`},
		{"no slot", cuesOf("      vi: [\"chuyến thăm\"]\n      en: [\"… visits\"]\n      zh: [\"…次出访\"]\n"),
			`testdata/ok/metrics.yaml:7:12: metrics[0].cues.vi[0]: cue "chuyến thăm" has 0 …; want exactly one, where the number goes`},
		{"two slots", cuesOf("      vi: [\"… chuyến thăm\"]\n      en: [\"… visits …\"]\n      zh: [\"…次出访\"]\n"),
			`testdata/ok/metrics.yaml:8:12: metrics[0].cues.en[0]: cue "… visits …" has 2 …; want exactly one, where the number goes`},
		{"a slot alone", cuesOf("      vi: [\"… chuyến thăm\"]\n      en: [\"… visits\"]\n      zh: [\" … \"]\n"),
			`testdata/ok/metrics.yaml:9:12: metrics[0].cues.zh[0]: cue " … " has no words beside …`},
		{"a cue twice", cuesOf("      vi: [\"… chuyến thăm\", \"… chuyến thăm\"]\n      en: [\"… visits\"]\n      zh: [\"…次出访\"]\n"),
			`testdata/ok/metrics.yaml:7:29: metrics[0].cues.vi[1]: cue "… chuyến thăm" is listed twice`},
	})
}
