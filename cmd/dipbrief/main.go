// Command dipbrief turns a cited dataset of a country's yearly diplomatic
// figures into a briefing PDF. See README.md.
package main

import "os"

func main() {
	tuneGC(os.Getenv("GOGC"))
	e := newEnv()
	handleSignals(e)
	os.Exit(run(os.Args[1:], e))
}
