package main

import (
	"io"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkGenerate runs `dipbrief generate` in-process for each edition of
// the newest year, as cron runs it but without the process start: load the
// embedded data, assemble, lay out, write the PDF and rename it into place.
func BenchmarkGenerate(b *testing.B) {
	for _, lang := range []string{"vi", "en", "zh"} {
		b.Run(lang, func(b *testing.B) {
			dir := b.TempDir()
			e := &env{
				stdout: io.Discard, stderr: io.Discard,
				getenv: func(string) string { return "" },
				now:    func() time.Time { return time.Date(2026, 1, 15, 6, 0, 0, 0, time.UTC) },
			}
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"generate", "--lang", lang, "--out", filepath.Join(dir, "b.pdf")}, e); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
