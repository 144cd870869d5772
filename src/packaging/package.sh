#!/usr/bin/env bash
# Builds Pose Coach as a desktop app for this machine ('./pose-coach package' runs this):
#
#   target/dist/pose-coach/   the app image: its launcher (bin/pose-coach on Linux), its own Java
#                             runtime trimmed by jlink, the app's jars with only this platform's
#                             native libraries, the default pose model and the routines
#   target/dist/*.deb         the installer, with a desktop entry and an icon (.dmg on macOS,
#                             .msi on Windows: jpackage makes installers only for its own platform)
#
# Needs a JDK 17+ with its jmods (jlink, jpackage, jdeps) and Maven, and for a .deb jpackage's
# tools: dpkg-deb, fakeroot, and objcopy (binutils) for jlink's --strip-debug. Running it again
# starts from scratch. POSE_COACH_MAINTAINER sets the installer's maintainer e-mail.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$repo/target"
dist="$target/dist"
work="$target/packaging" # staging: jars, models, icon, runtime
app=pose-coach
main_class=org.posecoach.cli.Main
# The models inside the app: the default one (the catalog adds what it requires: its detector).
# The others are fetched by the app when first asked for.
bundled_models=(blazepose-full)
# As the ./pose-coach launcher runs it; the app finds its own models through the property
# ($APPDIR is jpackage's word for the image's app folder, where --input lands).
java_options=(--java-options -Xss4m --java-options '-Dposecoach.bundled-models=$APPDIR/models')
# Parts of the JavaCPP jars the app never loads (other platforms' native libraries are always left
# out): C headers, build files, data files (OpenCV's cascades) and Python modules; the OpenCV and
# FFmpeg command-line programs; and the OpenCV modules beyond those the app and JavaCV import (core,
# imgproc, imgcodecs; videoio and highgui open cameras on macOS and Windows). FFmpeg's codecs all
# live in one libavcodec, which cannot be thinned without building FFmpeg anew.
unused_in_jars=(
  'org/bytedeco/[^/]+/[^/]+/(include|share|python|lib/cmake|lib/pkgconfig)/.*'
  'org/bytedeco/opencv/[^/]+/opencv_[^/.]+'
  'org/bytedeco/ffmpeg/[^/]+/(ffmpeg|ffprobe)'
  'org/bytedeco/opencv/[^/]+/lib(jni)?opencv_(?!(core|imgproc|imgcodecs|videoio|highgui)\.)\w+\.so.*'
)
# Found through a service, so jdeps cannot see it: elliptic-curve TLS, which the HTTPS model
# download needs (most servers, the npm registry's included, offer ECDHE and EC certificates).
extra_modules=jdk.crypto.ec
vendor="Pose Coach"
description="Coaches a floor mobility routine in front of a laptop camera, offline."
maintainer="${POSE_COACH_MAINTAINER:-maintainers@pose-coach.invalid}"

say() { printf 'package: %s\n' "$*" >&2; }
need() {
  command -v "$1" >/dev/null 2>&1 || { say "'$1' is required: $2"; exit 1; }
}
step() {
  say "[$((SECONDS / 60))m$((SECONDS % 60))s] $*"
}

need java "install a JDK 17 or newer"
need jlink "install a full JDK 17 or newer (Debian: openjdk-17-jdk-headless)"
need jpackage "install a full JDK 17 or newer (Debian: openjdk-17-jdk-headless)"
need jdeps "install a full JDK 17 or newer"
need mvn "install Apache Maven 3.8 or newer"

# What this machine builds: the installer type, the icon format, the image and its launcher.
case "$(uname -s)" in
  Linux)
    installer=deb icon_format=png image="$dist/$app" launcher="$dist/$app/bin/$app" sep=:
    need dpkg-deb "install dpkg (Debian, Ubuntu)"
    need fakeroot "install fakeroot"
    need objcopy "install binutils (jlink --strip-debug uses objcopy)"
    # jpackage finds the runtime's library needs with ldd; JavaFX's window (GTK 3) it cannot see,
    # its libraries being inside a jar (renamed libgtk-3-0t64 in Debian 13 and Ubuntu 24.04).
    # The voice runs espeak-ng as a process (without it the coach is silent, not broken).
    platform_options=(--linux-shortcut --linux-app-category misc
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, espeak-ng"
      --linux-deb-maintainer "$maintainer" --resource-dir "$repo/src/packaging/linux")
    ;;
  Darwin)
    installer=dmg icon_format=icns sep=:
    image="$dist/$app.app" launcher="$dist/$app.app/Contents/MacOS/$app"
    platform_options=(--mac-package-name "Pose Coach")
    ;;
  MINGW* | MSYS* | CYGWIN*)
    installer=msi icon_format=ico image="$dist/$app" launcher="$dist/$app/$app.exe" sep=';'
    platform_options=(--win-menu --win-shortcut --win-dir-chooser --win-console)
    ;;
  *)
    say "no installer type known for $(uname -s)"
    exit 1
    ;;
esac

rm -rf "$dist" "$work"
mkdir -p "$dist" "$work/input/models"

step "building the jar (Maven, tests skipped: CI runs them)"
log="$work/maven.log"
if ! (cd "$repo" && mvn -B -Dmaven.test.skip=true -Dspotless.check.skip=true package) \
  >"$log" 2>&1; then
  cat "$log" >&2
  say "the build failed (output above)"
  exit 1
fi
version="$(sed -n 's/^version=//p' "$target/maven-archiver/pom.properties")"
jar="$target/$app-$version.jar"
IFS="$sep" read -r -a dependencies <"$target/classpath.txt" || true # no final newline
run_built() { java -Xss4m -cp "$jar$sep$(cat "$target/classpath.txt")" "$main_class" "$@"; }

step "the app's jars, without other platforms' native libraries and unused parts"
java "$repo/src/packaging/TrimJars.java" "$work/input" \
  "${unused_in_jars[@]/#/--leave-out=}" "$jar" "${dependencies[@]}"
cp -R "$repo/routines" "$work/input/routines"

step "the default models: fetched, converted, hash-checked into this machine's cache, copied"
# 'models fetch' prints 'ID: PATH' for the model and each model it requires; a model's variants
# (ID.VARIANT.onnx) lie beside it.
fetched="$(run_built models fetch "${bundled_models[@]}")"
shopt -s nullglob
while IFS= read -r line; do
  onnx="${line#*: }"
  cp "$onnx" "${onnx%.onnx}".*.onnx "$work/input/models/"
done <<<"$fetched"
shopt -u nullglob
ls "$work/input/models" | sed 's/^/  /' >&2

step "the icon"
icon="$work/$app.$icon_format"
java -Djava.awt.headless=true "$repo/src/packaging/DrawIcon.java" "$icon"

step "the Java runtime: the modules the jars use (jdeps), trimmed by jlink"
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$(cat "$target/classpath.txt")" "$jar")"
modules="$modules,$extra_modules"
say "  modules: $modules"
# jpackage's own defaults, and compressed class files: 26 MB smaller, for 0.04 s more at start
# (BENCHMARKS.md).
jlink --add-modules "$modules" --strip-native-commands --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$work/runtime"

step "the app image"
common=(--name "$app" --vendor "$vendor" --description "$description" --icon "$icon")
jpackage --type app-image --dest "$dist" "${common[@]}" --app-version "${version%%-*}" \
  --input "$work/input" --main-jar "$(basename "$jar")" --main-class "$main_class" \
  --runtime-image "$work/runtime" "${java_options[@]}"

step "checking the image: its own models, hash-checked by the app itself, with an empty cache"
empty_cache="$(mktemp -d)"
listing="$(POSE_COACH_CACHE="$empty_cache" "$launcher" models list)"
rm -rf "$empty_cache"
for model in $(ls "$work/input/models" | sed -n 's/^\([^.]*\)\.onnx$/\1/p'); do
  if ! grep -Eq "^$model +[a-z]+ +bundled " <<<"$listing"; then
    printf '%s\n' "$listing" >&2
    say "the app image does not find a sound copy of $model (listing above)"
    exit 1
  fi
done

step "the $installer installer"
# Debian sorts 0.1.0~SNAPSHOT before the 0.1.0 release; macOS and Windows take numbers only.
package_version="${version%%-*}"
if [[ $installer == deb && $version == *-* ]]; then
  package_version="${version%%-*}~${version#*-}"
fi
# The image is mostly compressed already (jars, the runtime's modules, float weights): xz, dpkg's
# default, saves 6 % over gzip here but takes ten times as long.
DPKG_DEB_COMPRESSOR_TYPE=gzip \
  jpackage --type "$installer" --dest "$dist" "${common[@]}" --app-version "$package_version" \
  --app-image "$image" "${platform_options[@]}"

step "done"
say "app image: $image ($(du -sh "$image" | cut -f1)), run it as $launcher"
for file in "$dist"/*."$installer"; do
  say "installer: $file ($(du -h "$file" | cut -f1))"
done
