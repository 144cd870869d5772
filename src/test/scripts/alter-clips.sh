#!/usr/bin/env bash
# Altered copies of clips with expectation files, for `./pose-coach evaluate`: each alteration
# keeps what happens in the clip (so its count) and changes how it was filmed. A count that holds on
# the original but not on its copies was luck, not a rule.
#
#   src/test/scripts/alter-clips.sh ../shared/data/real /tmp/altered
#   ./pose-coach evaluate /tmp/altered/*
#
# Needs ffmpeg. Copies land in DEST/<alteration>/, beside a copy of each expectation file.
set -euo pipefail

if [ $# -ne 2 ] || [ ! -d "$1" ]; then
  echo "usage: $0 CLIP_FOLDER DEST_FOLDER  (clips with NAME.expect.json beside them)" >&2
  exit 2
fi
command -v ffmpeg >/dev/null || { echo "error: ffmpeg is not installed (apt install ffmpeg)" >&2; exit 1; }
src=$1
dest=$2

declare -A filters=(
  [mirror]="hflip"                                                     # filmed from the other side
  [small]="scale=trunc(iw/4)*2:trunc(ih/4)*2,pad=iw*2:ih*2:(ow-iw)/3:(oh-ih)/2:color=0x707070" # camera twice as far
  [cropbottom]="crop=iw:trunc(ih*0.8/2)*2:0:0"                         # camera low and near: hands, knees cut
  [cropleft]="crop=trunc(iw*0.85/2)*2:ih:0:0"                          # one end of the body at the edge
  [tilt]="rotate=8*PI/180:fillcolor=black"                             # laptop not level
  [dark]="eq=brightness=-0.15:contrast=0.8,noise=alls=12:allf=t"       # dim room, noisy sensor
  [fast]="setpts=PTS/1.5"                                              # the same moves 1.5x faster
  [slow]="setpts=PTS/0.7"                                              # ... and slower
  [fps15]="fps=15"                                                     # a slow webcam
)

shopt -s nullglob
found=0
for expect in "$src"/*.expect.json; do
  name=$(basename "$expect" .expect.json)
  clip=$(ls "$src/$name".* 2>/dev/null | grep -v '\.expect\.json$' | head -n 1 || true)
  [ -n "$clip" ] || continue
  found=1
  for alteration in "${!filters[@]}"; do
    mkdir -p "$dest/$alteration"
    out="$dest/$alteration/$name.mp4"
    if [ ! -f "$out" ]; then
      ffmpeg -nostdin -v error -y -i "$clip" -an -vf "${filters[$alteration]}" \
        -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p "$out"
    fi
    cp "$expect" "$dest/$alteration/"
  done
  echo "altered $name"
done
[ "$found" = 1 ] || { echo "error: no NAME.expect.json with its clip in $src" >&2; exit 1; }
