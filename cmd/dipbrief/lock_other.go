//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

const canLock = false

// tryLock does not lock where flock(2) is missing: the atomic rename still
// keeps every file whole, but two runs at once may both write it.
func tryLock(string) (unlock func(), err error) { return func() {}, nil }
