#!/usr/bin/env bash
# Smoke test of the jlink image's launcher, headless (`mvn verify` runs it; so does CI).
#
# usage: src/packaging/smoke.sh IMAGE VERSION LESSONS_DIR SCENARIO
#
# Checks: `gatherlab --version` and `--help`; `gatherlab run` on a scenario (text report) and on every
# lesson at once (JSON), exit 0 and the expected output; bad input gives exit 2 and a message; JavaFX's
# natives are in IMAGE/lib; the AOT cache, when the image has one, maps (-Xshare:on would fail if not).
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

if [ -f "$image/lib/server/classes.jsa" ]; then
    status=0
    "$image/bin/java" -Xshare:on -m org.gatherlab/org.gatherlab.Main --version > "$out/stdout" 2> "$out/stderr" || status=$?
    [ "$status" -eq 0 ] || { fail "the AOT cache lib/server/classes.jsa does not map:"; sed 's/^/    /' "$out/stderr" >&2; }
fi

if [ $failures -gt 0 ]; then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: the image's launcher works (version $version, ${#all[@]} lessons run)"
