#!/usr/bin/env bash
# Seconds from launching the coach to its first coached frame: the terminal coach (no display) on
# the demo clip, timed to its "[ 0:00] Step 1" line, which the session prints when the first
# frame's pose reaches it. The coach is stopped there. For BENCHMARKS.md.
#
#   src/test/scripts/first-frame-time.sh HOME_DIR LAUNCHER [ARG…]
#
# HOME_DIR becomes the user's home (and Java's user.home): an empty one is a new user's first
# launch (natives unpacked, demo clip rendered), one used before is a later launch.
set -euo pipefail

if [[ $# -lt 2 || ! -d $1 ]]; then
  echo "usage: $0 HOME_DIR LAUNCHER [ARG…]" >&2
  exit 2
fi
home=$1
shift
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

start=$(date +%s%N)
# No DISPLAY: the terminal coach. POSE_COACH_CACHE passes through (for ./pose-coach, whose models
# live in the cache).
env -i HOME="$home" PATH=/usr/bin:/bin JAVA_TOOL_OPTIONS="-Duser.home=$home" \
  ${POSE_COACH_CACHE:+POSE_COACH_CACHE="$POSE_COACH_CACHE"} "$@" >"$out" 2>/dev/null &
coach=$!
until grep -q '^\[ 0:00\] Step 1' "$out"; do
  if ! kill -0 "$coach" 2>/dev/null; then
    echo "the coach ended before its first frame:" >&2
    cat "$out" >&2
    exit 1
  fi
  sleep 0.05
done
end=$(date +%s%N)
kill "$coach" 2>/dev/null || true
wait "$coach" 2>/dev/null || true
printf '%.2f\n' "$(((end - start) / 1000000))e-3"
