#!/usr/bin/env bash
# Smoke test of the jlink image's launcher, headless (`mvn verify` runs it; so does CI).
#
# usage: src/packaging/smoke.sh IMAGE VERSION LESSONS_DIR SCENARIO
#
# Checks: `gatherlab --version` and `--help`; `gatherlab run` on a scenario (text report) and on every
# lesson at once (JSON), exit 0 and the expected output; bad input gives exit 2 and a message; JavaFX's
# natives are in IMAGE/lib; the image's bin/java runs `--list-modules` and `-version` with no JVM error;
# the launcher maps the AOT cache lib/gatherlab.aot when the image has one.
set -euo pipefail

image=${1:?usage: smoke.sh IMAGE VERSION LESSONS_DIR SCENARIO}
version=${2:?}
lessons=${3:?}
scenario=${4:?}
launcher="$image/bin/gatherlab"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0
fail() { echo "smoke: FAIL: $*" >&2; failures=$((failures + 1)); }
# A unified-logging line at error or warning level, e.g. "[0.039s][error  ][aot] Unable to map shared spaces".
jvm_complaint='^\[[0-9.]*s\]\[\(error\|warning\) *\]'

# Runs the launcher: status to $status, stdout to $out/stdout, stderr to $out/stderr.
launch() {
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@" > "$out/stdout" 2> "$out/stderr" || status=$?
}
expect() { # expect STATUS TEXT-IN-STDOUT DESCRIPTION
    if [ "$status" -ne "$1" ]; then
        fail "$3: exit status $status, expected $1; stderr:"; sed 's/^/    /' "$out/stderr" >&2
    elif ! grep -qF -- "$2" "$out/stdout"; then
        fail "$3: no '$2' in the output:"; head -n 20 "$out/stdout" | sed 's/^/    /' >&2
    fi
    if grep -q "$jvm_complaint" "$out/stdout" "$out/stderr"; then
        fail "$3: the JVM printed an error or a warning:"; grep -h "$jvm_complaint" "$out/stdout" "$out/stderr" | head -n 5 | sed 's/^/    /' >&2
    fi
}

launch --version
expect 0 "gatherlab $version" "gatherlab --version"
launch --help
expect 0 "Usage: gatherlab" "gatherlab --help"
launch run "$scenario"
expect 0 "Run 1:" "gatherlab run $(basename "$scenario")"

shopt -s nullglob
all=("$lessons"/*.gather.json)
shopt -u nullglob
if [ ${#all[@]} -eq 0 ]; then
    fail "no lesson in $lessons"
else
    launch run --format json "${all[@]}"
    expect 0 '"runs"' "gatherlab run --format json on the ${#all[@]} lessons"
    [ "$status" -eq 0 ] && [ "$(head -c 1 "$out/stdout")" != "[" ] && [ ${#all[@]} -gt 1 ] \
        && fail "gatherlab run --format json on several files: not a JSON array"
fi

launch run "$out/no-such-file.gather.json"
if [ "$status" -ne 2 ] || [ ! -s "$out/stderr" ]; then fail "gatherlab run on a missing file: exit $status, expected 2 and a message"; fi

for lib in libglass.so libglassgtk3.so libprism_sw.so libprism_es2.so libjavafx_font.so; do
    [ -f "$image/lib/$lib" ] || fail "JavaFX native $lib is not in $image/lib (it would be unpacked into ~/.openjfx)"
done

# The runtime's own bin/java serves anything else cleanly: no archive of GatherLab's module graph
# is the runtime's default (it would print "[error][cds] shared archive file has aot-linked classes").
for args in "--list-modules" "-version"; do
    status=0
    env -u JDK_JAVA_OPTIONS "$image/bin/java" $args > "$out/stdout" 2> "$out/stderr" || status=$?
    if [ "$status" -ne 0 ] || grep -q "$jvm_complaint" "$out/stdout" "$out/stderr"; then
        fail "bin/java $args: exit $status, or the JVM printed an error or a warning:"
        grep -h "$jvm_complaint" "$out/stdout" "$out/stderr" | head -n 5 | sed 's/^/    /' >&2
    fi
done
[ -f "$image/lib/server/classes.jsa" ] && fail "lib/server/classes.jsa: the runtime's default archive must be the JDK's or none"

# The launcher maps the AOT cache (-XX:AOTMode=on fails when it cannot), and GatherLab's classes and
# module graph come from it.
if [ -f "$image/lib/gatherlab.aot" ]; then
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY JDK_JAVA_OPTIONS="-XX:AOTMode=on -Xlog:aot,class+load:file=$out/jvm.log" \
        "$launcher" --version > "$out/stdout" 2> "$out/stderr" || status=$?
    if [ "$status" -ne 0 ]; then
        fail "bin/gatherlab does not map lib/gatherlab.aot:"; sed 's/^/    /' "$out/stderr" >&2
    else
        for line in "Opened AOT cache .*/lib/gatherlab.aot" "full module graph: enabled" "org.gatherlab.Main source: shared objects file"; do
            grep -q "$line" "$out/jvm.log" || fail "bin/gatherlab with the AOT cache: no '$line' in -Xlog:aot,class+load"
        done
    fi
else
    echo "smoke: no AOT cache in the image (-Dgatherlab.aot.skip): not checked"
fi

if [ $failures -gt 0 ]; then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: the image's launcher works (version $version, ${#all[@]} lessons run)"
