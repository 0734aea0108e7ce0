#!/usr/bin/env bash
# Builds the empty JavaFX window that GatherLab's first frame is measured against (measure.sh), the
# way GatherLab's image is built: a jlink image of src/packaging/empty-window (a Stage with one Label,
# 1280x800) with the same JVM options baked in (read from GatherLab's image), the same JavaFX modules
# and natives in lib/, the same launcher (src/packaging/launcher.sh, for this module and its cache),
# and its own AOT cache trained and dumped by the same steps (aot.sh) on its first frame.
#
# usage: src/packaging/empty-window.sh BUILD_DIR
#   BUILD_DIR: where `mvn package` put GatherLab's image (image/) and the dependency jars (modules/).
# Output: BUILD_DIR/empty-window/image, launcher bin/emptywindow; rebuilt only when a source, this
# script, aot.sh, the launcher or GatherLab's image is newer. Needs the JDK the image was linked from
# (under /usr/lib/jvm, or $JAVA_HOME), Xvfb (or $DISPLAY) and python3.
set -euo pipefail

build=$(cd "${1:?usage: empty-window.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/aot.sh"
gatherlab="$build/image"
out="$build/empty-window"
image="$out/image"
main=org.gatherlab.emptywindow/org.gatherlab.emptywindow.EmptyWindow
cache="$image/lib/emptywindow.aot"
[ -x "$gatherlab/bin/java" ] || { echo "empty-window: no GatherLab image in $build (run mvn package)" >&2; exit 1; }

if [ -f "$cache" ] && [ -z "$(find "$here/empty-window" "$0" "$here/aot.sh" "$here/launcher.sh" "$gatherlab/lib/modules" -newer "$cache" -type f)" ]; then
    exit 0
fi

# The JDK whose runtime GatherLab's image holds (javac and jlink must be that version).
version=$("$gatherlab/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')
jdk=
for j in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$j/bin/jlink" ] && grep -q "JAVA_RUNTIME_VERSION=\"$version\"" "$j/release" 2> /dev/null && { jdk=$j; break; }
done
[ -n "$jdk" ] || { echo "empty-window: no JDK $version with jlink (set JAVA_HOME)" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/classes" "$out/training/home"
"$jdk/bin/javac" -d "$out/classes" --module-path "$build/modules" $(find "$here/empty-window" -name '*.java')
# GatherLab's baked-in JVM options (jlink --add-options), exactly.
"$jdk/bin/jimage" extract --dir "$out/options" --include 'glob:/java.base/jdk/internal/vm/options' "$gatherlab/lib/modules"
options=$(cat "$out/options/java.base/jdk/internal/vm/options" 2> /dev/null || true)
"$jdk/bin/jlink" --module-path "$build/modules:$out/classes" --add-modules org.gatherlab.emptywindow \
    --add-options="$options" --strip-debug --no-header-files --no-man-pages \
    --exclude-resources=glob:/javafx.graphics/*.so,glob:/javafx.graphics/javafx-swt.jar --output "$image"
for jar in "$build"/modules/javafx-*-linux.jar; do   # as the pom's `natives` step; 11: a jar with no .so
    status=0; unzip -qq -o -j "$jar" '*.so' -d "$image/lib" > /dev/null 2>&1 || status=$?
    [ $status -eq 0 ] || [ $status -eq 11 ] || { echo "empty-window: cannot unpack $jar" >&2; exit 1; }
done
sed -e "s|^main=.*|main=$main|" -e "s|^cache=.*|cache=$(basename "$cache")|" "$here/launcher.sh" > "$image/bin/emptywindow"
chmod 755 "$image/bin/emptywindow"

trap aot_stop_display EXIT
aot_display "$out/training" || { echo "empty-window: cannot train: $aot_why" >&2; exit 1; }
aot_first_frame "$image/bin/java" "$out/training/app.classlist" "$out/training/home" "$main" \
    || { echo "empty-window: no first frame:" >&2; cat "$out/training/app.classlist.err" >&2; exit 1; }
aot_dump "$image/bin/java" "$main" "$cache" "$out/training/app.classlist"
# Its launcher must map the cache (-XX:AOTMode=on fails when it does not), or the floor would be too high.
JDK_JAVA_OPTIONS="-XX:AOTMode=on -Dgatherlab.exitAfterFirstFrame=true" \
    python3 "$here/firstframe.py" --timeout 60 --hook -- "$image/bin/emptywindow" > /dev/null 2> "$out/training/check.err" \
    || { echo "empty-window: bin/emptywindow does not map its cache:" >&2; cat "$out/training/check.err" >&2; exit 1; }
echo "empty-window: $image ($(grep -c ' id: ' "${cache%.aot}.classlist") classes in its AOT cache)"
