//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

// openFlags: no O_NONBLOCK here; inputFS still never opens what its look
// found to be other than a file or a folder.
const openFlags = 0
