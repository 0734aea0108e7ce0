#!/usr/bin/env bash
# Reproduces the shipping figures of src/site/markdown/shipping.md.
#
# usage: src/packaging/measure.sh [BUILD_DIR] [RUNS] [WHAT]
#   BUILD_DIR: where `mvn package` (and `mvn -Pinstaller package`) put their output; default target
#   RUNS: runs per figure, default 10 (the median is reported, with min and max)
#   WHAT: all (default); frame (first frame: as shipped against the empty window only); run (`gatherlab run` only)
#
# Figures:
#   - sizes of the jlink image, of its AOT cache, of jpackage's app-image and of the .deb;
#   - `gatherlab run` of a small lesson, each run a new JVM (files in the OS cache), and
#   - launch to first frame under a private Xvfb (and to the full main window: the first frame shows the
#     window's stand-in, app/shell/StartupShell, and the main window is built and drawn in it right after),
#     each as shipped (the launcher: AOT cache, C1 only), with the JDK's default JIT (C1 + C2), with
#     only a JDK default CDS archive (what `jlink --generate-cds-archive` gives), with no archive
#     (-Xshare:off), with neither (a plain jlink image), and through the app-image's launcher when
#     there is one; the first frame also for the empty window (empty-window.sh: a Stage with one
#     Label, linked, launched and AOT-trained as GatherLab is), the floor GatherLab is compared with.
#   Wall time (median, min, max) and the CPU time it took (median; all threads, user + system).
# Runs are interleaved (variant A, B, C, A, B, C, ...) so that load from elsewhere hits all alike;
# GatherLab's first frame over the empty window's is given per round (median of the n ratios) and as
# the ratio of the medians. First frame: firstframe.py (the app's "first frame" line with
# -Dgatherlab.exitAfterFirstFrame=true, else the first X DAMAGE event of the window). Needs Xvfb,
# python3, libX11, libXdamage; the empty window needs the JDK the image was linked from.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/target}" && pwd)
runs=${2:-10}
what=${3:-all}
case $what in all | frame | run) ;; *) echo "measure: WHAT is all, frame or run, not '$what'" >&2; exit 2 ;; esac
image="$build/image"
cache="$image/lib/gatherlab.aot"
appimage="$build/installer/gatherlab"
lesson="$root/assets/lessons/01-gather-keeps-others-running.gather.json"
[ -x "$image/bin/gatherlab" ] || { echo "measure: no image in $build (run mvn package)" >&2; exit 1; }
[ -f "$cache" ] || echo "measure: NOTE: the image has no AOT cache (built with -Dgatherlab.aot.skip?)" >&2
[ -f "$lesson" ] || lesson=$(ls "$root"/assets/lessons/*.gather.json | head -n 1)
tmp=$(mktemp -d)
xvfb=
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2> /dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

echo "== machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$image/bin/java" -version 2>&1 | tail -n 1

mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1048576}'; }
if [ "$what" = all ]; then
    echo "== sizes"
    echo "image (target/image):           $(mb "$(du -sb "$image" | cut -f1)")"
    [ -f "$cache" ] && echo "  of which the AOT cache:        $(mb "$(stat -c %s "$cache")") (lib/gatherlab.aot)"
    [ -d "$appimage" ] && echo "app-image (installer/gatherlab): $(mb "$(du -sb "$appimage" | cut -f1)")"
    for deb in "$build"/installer/*.deb; do
        [ -f "$deb" ] && echo "$(basename "$deb"): $(mb "$(stat -c %s "$deb")") (installed: $(dpkg-deb -f "$deb" Installed-Size) KB)"
    done
fi

# A JDK-only default archive for the "no AOT cache" variant, from the toolchain JDK's own class list.
jdkcds=()
if [ "$what" = all ]; then
    version=$("$image/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')
    for j in /usr/lib/jvm/*; do
        if [ -f "$j/lib/classlist" ] && grep -q "JAVA_RUNTIME_VERSION=\"$version\"" "$j/release" 2> /dev/null \
                && "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$j/lib/classlist" \
                    -XX:SharedArchiveFile="$tmp/jdk.jsa" -Xlog:all=off > /dev/null 2>&1; then
            jdkcds=(-XX:SharedArchiveFile="$tmp/jdk.jsa")
            break
        fi
    done
fi

# stats < values: median, min, max, n of the non-empty lines.
stats() { grep -v '^$' | sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median %5d ms (min %5d, max %5d, n=%d)", m, a[1], a[NR], NR}'; }
median() { grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# compare KIND LABEL CMD LABEL CMD ...: KIND frame (first frame) or wall (until the process ends). A frame CMD
# is firstframe.py's options, then -- and the command.
# Leaves one line per counted round in $tmp/wJ (wall ms) and $tmp/cJ (CPU ms), empty when the run
# failed, and prints each variant's median wall time and median CPU time (user + system, all threads).
compare() {
    local kind=$1; shift
    local labels=() cmds=() i j v s e
    while [ $# -gt 0 ]; do labels+=("$1"); cmds+=("$2"); shift 2; done
    for j in "${!cmds[@]}"; do : > "$tmp/w$j"; : > "$tmp/c$j"; done
    for ((i = 0; i <= runs; i++)); do   # run 0 warms the OS cache and is not counted
        for j in "${!cmds[@]}"; do
            if [ "$kind" = frame ]; then
                v=$(eval "FIRSTFRAME_CPU=1 python3 '$here/firstframe.py' --timeout 60 ${cmds[$j]}" 2> "$tmp/err") \
                    || { echo "  ${labels[$j]}: $(cat "$tmp/err")"; v=; }
            else
                s=$(date +%s%N)
                eval "/usr/bin/time -o '$tmp/time' -f '%U %S' ${cmds[$j]}" > /dev/null 2>&1 || true
                e=$(date +%s%N)
                v="$(((e - s) / 1000000)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/time")"
            fi
            if [ "$i" -gt 0 ]; then
                if [ -n "$v" ]; then echo "${v%% *}" >> "$tmp/w$j"; echo "${v##* }" >> "$tmp/c$j"; else echo >> "$tmp/w$j"; echo >> "$tmp/c$j"; fi
            fi
        done
    done
    for j in "${!cmds[@]}"; do
        printf '  %-50s ' "${labels[$j]}"
        if grep -q . "$tmp/w$j"; then echo "$(stats < "$tmp/w$j")   CPU $(stats < "$tmp/c$j" | sed 's/ (.*//; s/median *//')"; else echo "no result"; fi
    done
}
# ratio J K WHAT: variant J over variant K of the last compare, per round (median, min, max of the
# rounds where both ran) and as the ratio of the medians; WHAT is w (wall) or c (CPU).
ratio() {
    paste -d ' ' "$tmp/$3$1" "$tmp/$3$2" | awk 'NF == 2 && $2 > 0 {printf "%.3f\n", $1 / $2}' > "$tmp/ratios"
    local per m1 m2
    per=$(sort -g "$tmp/ratios" | awk '{a[NR] = $1} END {if (NR) printf "%.2f (min %.2f, max %.2f, n=%d)", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, a[1], a[NR], NR}')
    m1=$(median < "$tmp/$3$1"); m2=$(median < "$tmp/$3$2")
    echo "per round ${per:-none}; ratio of the medians $(awk -v a="$m1" -v b="$m2" 'BEGIN {printf "%.2f", b ? a / b : 0}')"
}

main="-m org.gatherlab/org.gatherlab.Main"
aot="-XX:AOTCache=$cache"
c2="-XX:TieredStopAtLevel=4"
if [ "$what" != frame ]; then
    echo "== gatherlab run $(basename "$lesson") (new JVM each run; wall and CPU time)"
    args=("as shipped: AOT cache, C1 (image launcher)" "'$image/bin/gatherlab' run '$lesson'")
    if [ "$what" = all ]; then
        args+=("AOT cache, C1 + C2 (JDK default JIT)" "'$image/bin/java' $aot $c2 $main run '$lesson'")
        [ ${#jdkcds[@]} -gt 0 ] && args+=("JDK default CDS only, C1" "'$image/bin/java' ${jdkcds[*]} $main run '$lesson'")
        args+=("no archive, C1" "'$image/bin/java' -Xshare:off $main run '$lesson'")
        args+=("no archive, C1 + C2 (plain jlink image)" "'$image/bin/java' -Xshare:off $c2 $main run '$lesson'")
        [ -d "$appimage" ] && args+=("as shipped, app-image launcher" "'$appimage/bin/gatherlab' run '$lesson'")
    fi
    compare wall "${args[@]}"
fi
[ "$what" = run ] && exit 0

echo "== launch to first frame, Xvfb 1280x800x24 (software rendering; wall and CPU time)"
if ! command -v Xvfb > /dev/null || ! command -v python3 > /dev/null; then
    echo "  skipped: needs Xvfb and python3"
    exit 0
fi
empty=
if bash "$here/empty-window.sh" "$build" > "$tmp/empty.log" 2>&1; then
    empty="$build/empty-window/image/bin/emptywindow"
else
    echo "  no empty window to compare with:"; sed 's/^/    /' "$tmp/empty.log"
fi
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$tmp/display" > /dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -n 1 "$tmp/display")"
mkdir -p "$tmp/home"
fx="-Duser.home=$tmp/home -Dgatherlab.home=$tmp/home/.gatherlab -Dgatherlab.exitAfterFirstFrame=true"   # mktemp: no spaces
args=("as shipped: AOT cache, C1 (image launcher)" "-- env JDK_JAVA_OPTIONS=\"$fx\" '$image/bin/gatherlab'")
[ -n "$empty" ] && args+=("empty JavaFX window, same launcher and AOT set-up" "-- env JDK_JAVA_OPTIONS=\"$fx\" '$empty'")
# The first frame is the window with its stand-in (StartupShell); the main window is drawn in it a few frames later.
args+=("as shipped, to the full main window" "--line 'full window' -- env JDK_JAVA_OPTIONS=\"$fx\" '$image/bin/gatherlab'")
if [ "$what" = all ]; then
    args+=("AOT cache, C1 + C2 (JDK default JIT)" "-- '$image/bin/java' $fx $aot $c2 $main")
    [ ${#jdkcds[@]} -gt 0 ] && args+=("JDK default CDS only, C1" "-- '$image/bin/java' $fx ${jdkcds[*]} $main")
    args+=("no archive, C1" "-- '$image/bin/java' $fx -Xshare:off $main")
    args+=("no archive, C1 + C2 (plain jlink image)" "-- '$image/bin/java' $fx -Xshare:off $c2 $main")
    [ -d "$appimage" ] && args+=("as shipped, app-image launcher" "-- env JDK_JAVA_OPTIONS=\"$fx\" '$appimage/bin/gatherlab'")
fi
compare frame "${args[@]}"
if [ -n "$empty" ]; then
    echo "  GatherLab / empty window, wall: $(ratio 0 1 w)"
    echo "  GatherLab / empty window, CPU:  $(ratio 0 1 c)"
    echo "  full main window / empty window, wall: $(ratio 2 1 w)"
    echo "  full main window / empty window, CPU:  $(ratio 2 1 c)"
fi
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
