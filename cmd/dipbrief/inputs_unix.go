//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import "syscall"

// openFlags make opening an input return at once whatever it turns out to
// be: a named pipe without waiting for a writer, a terminal without
// becoming the process's controlling terminal.
const openFlags = syscall.O_NONBLOCK | syscall.O_NOCTTY
