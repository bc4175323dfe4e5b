#!/usr/bin/env bash
# Times the dipbrief binary as a cron job runs it: whole process, under
# /usr/bin/time -v, several runs, and prints the median wall time (from
# nanosecond timestamps), CPU time (10 ms steps) and peak memory of each command, and the size of what it wrote.
# Usage: scripts/bench.sh [runs]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
bin=$(mktemp -d)/dipbrief
CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/dipbrief   # as README builds it for cron
out=$(mktemp -d)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local name=$1; shift
  local walls=() cpus=() mems=()
  for _ in $(seq "$runs"); do
    rm -rf "$out"/*
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -v "$bin" "$@" --out "$out/" 2>"$out.time" >/dev/null
    t1=$(date +%s%N)
    walls+=("$(( (t1 - t0) / 100000 ))")   # tenths of a millisecond (time -v rounds to 10 ms)
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print (u+s)*1000}' "$out.time")")
    mems+=("$(awk -F': ' '/Maximum resident/ {print $2/1024}' "$out.time")")
  done
  printf '%-34s wall %6.1f ms   cpu %4.0f ms   peak %5.1f MB   files %s\n' "$name" \
    "$(printf '%s\n' "${walls[@]}" | median | awk '{print $1/10}')" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${mems[@]}" | median)" "$(cd "$out" && ls -l *.pdf | awk '{printf "%s=%.1fkB ", $9, $5/1000}')"
}
echo "$(nproc) cores, $(go version | awk '{print $3}'), $runs runs each, medians"
measure "generate (vi, newest year)" generate
measure "generate --lang en" generate --lang en
measure "generate --lang zh" generate --lang zh
measure "generate --lang all" generate --lang all
if "$bin" generate --help | grep -q -- '--year.*all'; then
  measure "generate --year all --lang all" generate --year all --lang all
fi
