#!/usr/bin/env bash
# Profiles the briefing as fresh processes make it: runs
# scripts/freshprofile many times and prints the merged profile, heaviest
# call paths first.
# Usage: scripts/profile.sh [runs] [lang]   (default 100 vi)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
lang=${2:-vi}
dir=$(mktemp -d)
go build -trimpath -o "$dir/freshprofile" ./scripts/freshprofile
for i in $(seq "$runs"); do
  "$dir/freshprofile" "$lang" "$dir/$i.prof"
done
go tool pprof -top -cum "$dir/freshprofile" "$dir"/*.prof 2>/dev/null | head -60
rm -rf "$dir"
