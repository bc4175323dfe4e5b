package main

import "runtime/debug"

// gcPercent is how far the heap may grow over what is live before the
// collector runs again. A briefing allocates about 15 MB over a live heap
// of 2 to 3 MB: at Go's default of 100 the collector ran 7 to 10 times in
// a process of 45 ms, a fifth of its time; at 200 it runs 2 or 3 times,
// and the peak memory stays within the 30 MB of BENCHMARKS.md.
const gcPercent = 200

// tuneGC sets gcPercent unless GOGC in the environment asks for another.
func tuneGC(gogc string) {
	if gogc == "" {
		debug.SetGCPercent(gcPercent)
	}
}
