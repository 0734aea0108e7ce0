#!/usr/bin/env bash
# Trains the image's AOT cache (JDK 25: CDS with AOT class loading and linking, JEP 483) at build time.
#
# usage: src/packaging/train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]
#
# A short scripted session, each step its own JVM writing the classes it loads to a class list:
#   - the command line: `gatherlab run` (text, json, svg, csv), `gatherlab code`, `--help`;
#   - the desktop app up to its first frame (`-Dgatherlab.exitAfterFirstFrame=true`, opening a lesson),
#     under a private Xvfb if there is one, else on $DISPLAY, else skipped (with a notice).
# The lists are merged and dumped with -XX:+AOTClassLinking into the runtime's *default* archive,
# IMAGE/lib/server/classes.jsa. The JVM maps that file by itself: every launcher (the jlink script
# bin/gatherlab, jpackage's native launcher, bin/java) uses it with no option and no path, so the
# image and the installed app can move anywhere. (jlink's --add-options are stored verbatim, with no
# way to say "relative to the runtime": -XX:AOTCache=lib/x.aot would resolve against the user's
# current directory. And one JDK 25 -XX:AOTCacheOutput training run covers one process only, while
# merged class lists cover the app and the command line in one archive.)
# The merged list is kept as IMAGE/lib/classlist: `IMAGE/bin/java -Xshare:dump -XX:+AOTClassLinking`
# rebuilds the same archive.
#
# Environment: GATHERLAB_AOT_APP=require (fail when the app cannot be trained: release builds),
# skip (command line only), auto (default). The JVMs never touch the user's home (-Duser.home).
set -euo pipefail

image=${1:?usage: train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]}
lessons=${2:?usage: train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
mode=${GATHERLAB_AOT_APP:-auto}
java="$image/bin/java"
work="$(cd "$image/.." && pwd)/aot-training"
rm -rf "$work" && mkdir -p "$work/home"
rm -f "$image/lib/server/classes.jsa" "$image/lib/server/classes_nocoops.jsa"

shopt -s nullglob
scenarios=("$lessons"/*.gather.json "$@")
shopt -u nullglob
[ ${#scenarios[@]} -gt 0 ] || { echo "train-aot: no scenario to train with in $lessons" >&2; exit 1; }
first=${scenarios[0]}
start=$(date +%s%N)

n=0
# One training JVM: no archive (the list must name every class), a private home, its own list.
train() {
    n=$((n + 1))
    "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -Duser.home="$work/home" \
        -m org.gatherlab/org.gatherlab.Main "$@"
}
cli() {
    local status=0
    train "$@" > "$work/cli.out" 2> "$work/cli.err" || status=$?
    if [ $status -ne 0 ]; then
        echo "train-aot: 'gatherlab $*' failed with status $status:" >&2
        cat "$work/cli.err" >&2
        exit 1
    fi
}

cli run "${scenarios[@]}"
cli run --format json "$first"
cli run --format svg "$first"
cli run --format csv "$first"
cli code "$first"
cli --help

# The app, to its first frame. firstframe.py ends it at the first frame drawn if the app has no
# exit hook yet; the class list is complete either way (written as classes load).
app() {
    local status=0
    timeout 120 python3 "$here/firstframe.py" --timeout 60 -- \
        "$java" -Xshare:off -XX:DumpLoadedClassList="$work/app$1.classlist" -Duser.home="$work/home" -Dgatherlab.home="$work/home/.gatherlab" \
        -Dgatherlab.exitAfterFirstFrame=true -m org.gatherlab/org.gatherlab.Main "${@:2}" \
        > "$work/app$1.ms" 2> "$work/app$1.err" || status=$?
    [ $status -eq 0 ] || rm -f "$work/app$1.classlist"
    return $status
}
trained_app=
if [ "$mode" != skip ]; then
    why=
    if ! command -v python3 > /dev/null; then
        why="python3 is missing"
    elif command -v Xvfb > /dev/null; then
        # A private server: no window flashes on the developer's screen, and the build does not
        # depend on one. -displayfd picks a free display number.
        Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" > "$work/xvfb.log" 2>&1 &
        xvfb=$!
        trap 'kill $xvfb 2> /dev/null || true' EXIT
        for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
        if [ -s "$work/display" ]; then export DISPLAY=":$(head -n 1 "$work/display")"; else why="Xvfb did not start"; fi
    elif [ -z "${DISPLAY:-}" ]; then
        why="no display (install xvfb)"
    fi
    # Opening a lesson is what a double-click does; an app that cannot open a file yet is trained bare.
    if [ -z "$why" ]; then
        if app 1 "$first" || app 2; then
            trained_app=yes
        else
            why="the app did not draw a frame: $(cat "$work"/app*.err 2> /dev/null | tail -n 3)"
        fi
    fi
    if [ -z "$trained_app" ]; then
        if [ "$mode" = require ]; then
            echo "train-aot: cannot train the app: $why" >&2
            exit 1
        fi
        echo "train-aot: NOTE: app not trained ($why); the archive covers the command line only" >&2
    fi
fi

# Merge: every class once (builtin loaders only: all of the image's modules), then the
# lambda-proxy / lambda-form / constant-pool lines once each.
awk '
    /^#/ || NF == 0 { next }
    /^@/ { if (!($0 in at)) { at[$0] = 1; ats[++na] = $0 } next }
    / source: / || !/^[^ ]+ id: [0-9]+$/ { next }   # custom loaders; a line cut short by a kill
    { if (!($1 in seen)) { seen[$1] = 1; print $1 " id: " id++ } }
    END { for (i = 1; i <= na; i++) print ats[i] }
' "$work"/*.classlist > "$work/merged.classlist"

if ! "$java" -Xshare:dump -XX:+AOTClassLinking -XX:SharedClassListFile="$work/merged.classlist" \
        -XX:SharedArchiveFile="$image/lib/server/classes.jsa" -Xlog:all=off -Xlog:cds=error,aot=error \
        -m org.gatherlab/org.gatherlab.Main > "$work/dump.log" 2>&1; then
    echo "train-aot: the dump failed:" >&2
    cat "$work/dump.log" >&2
    exit 1
fi
cp "$work/merged.classlist" "$image/lib/classlist"
# The archive must map, or the JVM would silently start without it.
"$java" -Xshare:on -m org.gatherlab/org.gatherlab.Main --version > /dev/null

classes=$(grep -c ' id: ' "$work/merged.classlist")
size=$(du -k "$image/lib/server/classes.jsa" | cut -f1)
what="the command line and the app"; [ -n "$trained_app" ] || what="the command line only"
echo "train-aot: $classes classes from $what, a $((size / 1024)) MB archive, in $((($(date +%s%N) - start) / 1000000)) ms"
