#!/usr/bin/env bash
# Runs the app image that './pose-coach package' built as a new user's machine would: an empty home
# folder and a PATH without java, mvn, node or npm. It must list its own models as bundled, find
# the person in a photo, and leave the model cache empty (nothing downloaded). Linux only (CI).
#
#   src/packaging/smoke-test.sh [PHOTO]   default: ../shared/data's squat photo, else a photo in
#                                         the repository (models/goldens/inputs/pose.png)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher="$repo/target/dist/pose-coach/bin/pose-coach"
photo="${1:-$repo/../shared/data/photos/squat_correct_003.jpg}"
[[ -f $photo ]] || photo="$repo/models/goldens/inputs/pose.png"

fail() {
  printf 'smoke test: %s\n' "$*" >&2
  exit 1
}
[[ -x $launcher ]] || fail "no app image at $launcher; run './pose-coach package' first"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir "$home/bin" # the whole PATH: empty
# Java takes the home folder from the user database, not from $HOME: JAVA_TOOL_OPTIONS points it
# at the empty one too (the JVM then says "Picked up JAVA_TOOL_OPTIONS" on stderr).
as_new_user() {
  env -i HOME="$home" PATH="$home/bin" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$@"
}

for tool in java mvn node npm; do
  if as_new_user /bin/sh -c "command -v $tool" >/dev/null; then
    fail "'$tool' is on the restricted PATH"
  fi
done

listing="$(as_new_user "$launcher" models list 2>/dev/null)" || fail "'models list' failed"
grep -Eq '^blazepose-full +landmarks +bundled ' <<<"$listing" ||
  fail "the default model is not bundled: $listing"

as_new_user "$launcher" pose "$photo" --json "$home/pose.json" ||
  fail "'pose $photo' failed"
keypoints="$(grep -c '"name"' "$home/pose.json" || true)"
[[ $keypoints -eq 33 ]] || fail "expected one person with 33 keypoints, found $keypoints names"

[[ ! -e $home/.cache/pose-coach/npm ]] || fail "the app downloaded models though it carries them"

if [[ -n $(compgen -G "$repo/target/dist/*.deb") ]]; then
  deb="$(compgen -G "$repo/target/dist/*.deb" | head -1)"
  info="$(dpkg-deb -I "$deb")" || fail "dpkg-deb cannot read $deb"
  grep -q '^ Package: pose-coach$' <<<"$info" || fail "$deb is not the pose-coach package: $info"
  grep -q '\.desktop$' <<<"$(dpkg-deb -c "$deb")" || fail "$deb has no desktop entry"
fi

printf 'smoke test: the app image found the person in %s (%d keypoints) %s\n' \
  "$(basename "$photo")" "$keypoints" "with an empty home and no java, mvn, node or npm"
