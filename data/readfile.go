package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// MaxFileSize bounds each file of a dataset, in bytes. The largest file of
// the embedded dataset is under 50 kB; a file of 8 MiB is a runaway paste,
// or a link to something that is not a file at all, and is refused before
// it is read whole.
const MaxFileSize = 8 << 20

// ErrNotRegular is a dataset file that is a folder, a named pipe, a device
// or a socket: reading one would hang (a pipe with no writer), never end
// (/dev/zero), or mean nothing.
var ErrNotRegular = errors.New("not a regular file")

// sizeError is a file over the limit; size is -1 when the file said it
// was smaller than it turned out (it grew, or it is a /proc file).
type sizeError struct{ size, limit int64 }

func (e *sizeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("file is more than %d bytes long; at most %d (8 MiB)", e.limit, e.limit)
	}
	return fmt.Sprintf("file is %d bytes long; at most %d (8 MiB)", e.size, e.limit)
}

// readRegular opens name once and reads it only if the opened file is a
// regular file of at most limit bytes, and then no more than limit bytes
// of it: what is checked is what is read. The caller's fs.FS must not
// block in Open on a named pipe (cmd/dipbrief opens with O_NONBLOCK).
func readRegular(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s, %w", FileKind(st.Mode()), ErrNotRegular)
	}
	if st.Size() > limit {
		return nil, &sizeError{st.Size(), limit}
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &sizeError{-1, limit}
	}
	return b, nil
}

// FileKind names what a file that is not a regular file is ("a named
// pipe", "a folder"), for a message that says why it is refused.
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}

// yearLike reports whether name looks meant as a year file without being
// one: 2026.yml, 2026.YAML, 2026-draft.yaml. Left unread, such a file
// would make a year vanish from the briefing without a word.
func yearLike(name string) bool {
	lower := strings.ToLower(name)
	ext := strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml")
	return ext && len(name) >= 4 && only(name[:4], digits) && !isYearFile(name)
}
