package data

import (
	"embed"
	"io/fs"
)

//go:embed vn
var embedded embed.FS

// Embedded is the Vietnam dataset compiled into the binary, so that dipbrief
// works on a fresh machine with no data folder; its root holds dataset.yaml,
// metrics.yaml, sources.yaml and the year files, ready for Load.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "vn")
	if err != nil {
		panic(err) // "vn" is a valid path: fs.Sub cannot fail on it
	}
	return sub
}
