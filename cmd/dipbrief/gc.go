package main

import "runtime/debug"

// gcPercent is how far the heap may grow over what is live before the
// collector runs again. A briefing allocates about 15 MB over a live heap
// of 2 to 3 MB: at Go's default of 100 the collector ran 7 to 10 times in
// a process of 45 ms, a fifth of its time; at 175 it runs 2 or 3 times.
// It costs about 2 MB of peak memory: 200 gained no more time and took
// the Chinese edition's peak near 31 MB, over BENCHMARKS.md's 30.
const gcPercent = 175

// tuneGC sets gcPercent unless GOGC in the environment asks for another.
func tuneGC(gogc string) {
	if gogc == "" {
		debug.SetGCPercent(gcPercent)
	}
}
