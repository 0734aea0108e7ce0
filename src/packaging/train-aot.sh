#!/usr/bin/env bash
# Trains GatherLab's AOT cache (JDK 25: CDS with AOT class loading and linking, JEP 483) at build time.
#
# usage: src/packaging/train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]
#
# A short scripted session, each step its own JVM writing the classes it loads to a class list:
#   - the command line: `gatherlab run` (text, json, svg, csv), `gatherlab code`, `--help`;
#   - the desktop app up to its first frame (`-Dgatherlab.exitAfterFirstFrame=true`, opening a lesson),
#     under a private Xvfb if there is one, else on $DISPLAY, else skipped (with a notice).
# The lists are merged and dumped into IMAGE/lib/gatherlab.aot (the merged list beside it as
# IMAGE/lib/gatherlab.classlist). Only GatherLab's launcher (src/packaging/launcher.sh, bin/gatherlab)
# maps it, with -XX:AOTCache: the cache holds GatherLab's module graph, and as the runtime's default
# archive (lib/server/classes.jsa) it would make every other use of bin/java print an error.
# Merged class lists cover the app and the command line in one cache, where one JDK 25
# -XX:AOTCacheOutput training run covers one process only.
#
# Environment: GATHERLAB_AOT_APP=require (fail when the app cannot be trained: release builds),
# skip (command line only), auto (default). The JVMs never touch the user's home (-Duser.home).
set -euo pipefail

image=${1:?usage: train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]}
lessons=${2:?usage: train-aot.sh IMAGE LESSONS_DIR [SCENARIO...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/aot.sh"
mode=${GATHERLAB_AOT_APP:-auto}
java="$image/bin/java"
main=org.gatherlab/org.gatherlab.Main
cache="$image/lib/gatherlab.aot"
work="$(cd "$image/.." && pwd)/aot-training"
rm -rf "$work" && mkdir -p "$work/home"
rm -f "$cache" "$image/lib/server/classes.jsa" "$image/lib/server/classes_nocoops.jsa"

shopt -s nullglob
scenarios=("$lessons"/*.gather.json "$@")
shopt -u nullglob
[ ${#scenarios[@]} -gt 0 ] || { echo "train-aot: no scenario to train with in $lessons" >&2; exit 1; }
first=${scenarios[0]}
start=$(date +%s%N)

n=0
# One command-line training JVM: no archive (the list must name every class), a private home, its own list.
cli() {
    local status=0
    n=$((n + 1))
    "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -Duser.home="$work/home" \
        -m "$main" "$@" > "$work/cli.out" 2> "$work/cli.err" || status=$?
    if [ $status -ne 0 ]; then
        echo "train-aot: 'gatherlab $*' failed with status $status:" >&2
        cat "$work/cli.err" >&2
        exit 1
    fi
}

# A Java scenario: every Java strategy, on both kinds of threads, with failures, timeouts and a winner, in each
# format, so that what only a Java run loads (its model, its words, its java objects) is in the cache too.
java_scenario="$work/java.gather.json"
cat > "$java_scenario" << 'END'
{"format": "gatherlab/scenario@1", "name": "AOT training: Java", "seed": 3,
 "tasks": [{"name": "A", "durationMs": 300}, {"name": "B", "kind": "cpu", "durationMs": 200, "failAtMs": 100},
           {"name": "C", "durationMs": 100}, {"name": "D", "kind": "cpu", "durationMs": 400},
           {"name": "E", "durationMs": 50, "failureRate": 1}],
 "runs": [{"strategy": "cf-allof"}, {"strategy": "cf-anyof", "threads": "platform", "cores": 2},
          {"strategy": "invoke-all", "timeoutMs": 250}, {"strategy": "invoke-all", "threads": "platform", "cores": 1},
          {"strategy": "invoke-any", "cores": 2}, {"strategy": "structured", "joiner": "awaitAll", "cores": 1},
          {"strategy": "structured", "timeoutMs": 150}, {"strategy": "gather", "returnExceptions": true}]}
END

cli run "${scenarios[@]}"
cli run --format json "$first"
cli run --format svg "$first"
cli run --format csv "$first"
for format in json text csv svg; do cli run --format "$format" "$java_scenario"; done
cli code "$first"
cli --help

# The app, to its first frame, opening a lesson as a double-click does; bare if that fails.
trained_app=
if [ "$mode" != skip ]; then
    trap aot_stop_display EXIT
    why=
    if aot_display "$work"; then
        if aot_first_frame "$java" "$work/app1.classlist" "$work/home" "$main" "$first" \
                || aot_first_frame "$java" "$work/app2.classlist" "$work/home" "$main"; then
            trained_app=yes
        else
            why="the app did not draw a frame: $(cat "$work"/app*.err 2> /dev/null | tail -n 3)"
        fi
    else
        why=$aot_why
    fi
    aot_stop_display
    if [ -z "$trained_app" ]; then
        if [ "$mode" = require ]; then
            echo "train-aot: cannot train the app: $why" >&2
            exit 1
        fi
        echo "train-aot: NOTE: app not trained ($why); the cache covers the command line only" >&2
    fi
fi

aot_dump "$java" "$main" "$cache" "$work"/*.classlist
# The launcher must map it (-XX:AOTMode=on fails when it does not), or the app would start without it.
if ! JDK_JAVA_OPTIONS=-XX:AOTMode=on "$image/bin/gatherlab" --version > /dev/null 2> "$work/check.err"; then
    echo "train-aot: bin/gatherlab does not map $cache:" >&2
    cat "$work/check.err" >&2
    exit 1
fi

classes=$(grep -c ' id: ' "${cache%.aot}.classlist")
size=$(du -k "$cache" | cut -f1)
what="the command line and the app"; [ -n "$trained_app" ] || what="the command line only"
echo "train-aot: $classes classes from $what, a $((size / 1024)) MB cache (lib/gatherlab.aot), in $((($(date +%s%N) - start) / 1000000)) ms"
