#!/usr/bin/env bash
# Reproduces the shipping figures of src/site/markdown/shipping.md.
#
# usage: src/packaging/measure.sh [BUILD_DIR] [RUNS]
#   BUILD_DIR: where `mvn package` (and `mvn -Pinstaller package`) put their output; default target
#   RUNS: runs per figure, default 10 (the median is reported, with min and max)
#
# Figures:
#   - sizes of the jlink image, of its AOT cache, of jpackage's app-image and of the .deb;
#   - `gatherlab run` of a small lesson, each run a new JVM (files in the OS cache), and
#   - launch to first frame under a private Xvfb,
#     each as shipped (AOT cache, C1 only), with the JDK's default JIT (C1 + C2), with only a JDK
#     default CDS archive (what `jlink --generate-cds-archive` gives), with no archive (-Xshare:off),
#     with neither (a plain jlink image), and through the app-image's launcher when there is one.
#   Wall time (median, min, max) and the CPU time it took (median; all threads, user + system).
# Runs are interleaved (variant A, B, C, A, B, C, ...) so that load from elsewhere hits all alike.
# First frame: firstframe.py (the app's "first frame" line with -Dgatherlab.exitAfterFirstFrame=true,
# else the first X DAMAGE event of the GatherLab window). Needs Xvfb, python3, libX11, libXdamage.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../target}" && pwd)
runs=${2:-10}
image="$build/image"
appimage="$build/installer/gatherlab"
lesson="$here/../assets/lessons/01-gather-keeps-others-running.gather.json"
[ -x "$image/bin/gatherlab" ] || { echo "measure: no image in $build (run mvn package)" >&2; exit 1; }
[ -f "$lesson" ] || lesson=$(ls "$here"/../assets/lessons/*.gather.json | head -n 1)
tmp=$(mktemp -d)
xvfb=
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2> /dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

echo "== machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$image/bin/java" -version 2>&1 | tail -n 1

mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1048576}'; }
echo "== sizes"
echo "image (target/image):           $(mb "$(du -sb "$image" | cut -f1)")"
[ -f "$image/lib/server/classes.jsa" ] && echo "  of which the AOT cache:        $(mb "$(stat -c %s "$image/lib/server/classes.jsa")")"
[ -d "$appimage" ] && echo "app-image (installer/gatherlab): $(mb "$(du -sb "$appimage" | cut -f1)")"
for deb in "$build"/installer/*.deb; do
    [ -f "$deb" ] && echo "$(basename "$deb"): $(mb "$(stat -c %s "$deb")") (installed: $(dpkg-deb -f "$deb" Installed-Size) KB)"
done

# A JDK-only default archive for the "no AOT cache" variant, from the toolchain JDK's own class list.
jdkclasslist=
for j in /usr/lib/jvm/*; do
    if [ -f "$j/lib/classlist" ] && [ -f "$j/release" ] && grep -q "JAVA_RUNTIME_VERSION=\"$("$image/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')\"" "$j/release"; then
        jdkclasslist="$j/lib/classlist"
    fi
done
jdkcds=()
if [ -n "$jdkclasslist" ] && "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$jdkclasslist" \
        -XX:SharedArchiveFile="$tmp/jdk.jsa" -Xlog:all=off > /dev/null 2>&1; then
    jdkcds=(-XX:SharedArchiveFile="$tmp/jdk.jsa")
fi

stats() { sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median %5d ms (min %5d, max %5d, n=%d)", m, a[1], a[NR], NR}'; }
# compare KIND LABEL CMD LABEL CMD ...: KIND frame (first frame) or wall (until the process ends).
# Prints the median wall time, and the median CPU time (user + system, all threads) it took.
compare() {
    local kind=$1; shift
    local labels=() cmds=() i j v s e c0 c1
    while [ $# -gt 0 ]; do labels+=("$1"); cmds+=("$2"); shift 2; done
    for j in "${!cmds[@]}"; do : > "$tmp/w$j"; : > "$tmp/c$j"; done
    for ((i = 0; i <= runs; i++)); do   # run 0 warms the OS cache and is not counted
        for j in "${!cmds[@]}"; do
            if [ "$kind" = frame ]; then
                v=$(eval "FIRSTFRAME_CPU=1 python3 '$here/firstframe.py' --timeout 60 -- ${cmds[$j]}" 2> "$tmp/err") \
                    || { echo "  ${labels[$j]}: $(cat "$tmp/err")"; v=; }
            else
                s=$(date +%s%N)
                eval "/usr/bin/time -o '$tmp/time' -f '%U %S' ${cmds[$j]}" > /dev/null 2>&1 || true
                e=$(date +%s%N)
                v="$(((e - s) / 1000000)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/time")"
            fi
            if [ "$i" -gt 0 ] && [ -n "$v" ]; then
                echo "${v%% *}" >> "$tmp/w$j"; echo "${v##* }" >> "$tmp/c$j"
            fi
        done
    done
    for j in "${!cmds[@]}"; do
        printf '  %-44s ' "${labels[$j]}"
        if [ -s "$tmp/w$j" ]; then echo "$(stats < "$tmp/w$j")   CPU $(stats < "$tmp/c$j" | sed 's/ (.*//; s/median *//')"; else echo "no result"; fi
    done
}

main="-m org.gatherlab/org.gatherlab.Main"
c2="-XX:TieredStopAtLevel=4"
echo "== gatherlab run $(basename "$lesson") (new JVM each run; wall and CPU time)"
args=("as shipped: AOT cache, C1 (image launcher)" "'$image/bin/gatherlab' run '$lesson'")
args+=("AOT cache, C1 + C2 (JDK default JIT)" "'$image/bin/java' $c2 $main run '$lesson'")
[ ${#jdkcds[@]} -gt 0 ] && args+=("JDK default CDS only, C1" "'$image/bin/java' ${jdkcds[*]} $main run '$lesson'")
args+=("no archive, C1" "'$image/bin/java' -Xshare:off $main run '$lesson'")
args+=("no archive, C1 + C2 (plain jlink image)" "'$image/bin/java' -Xshare:off $c2 $main run '$lesson'")
[ -d "$appimage" ] && args+=("as shipped, app-image launcher" "'$appimage/bin/gatherlab' run '$lesson'")
compare wall "${args[@]}"

echo "== launch to first frame, Xvfb 1280x800x24 (software rendering; wall and CPU time)"
if ! command -v Xvfb > /dev/null || ! command -v python3 > /dev/null; then
    echo "  skipped: needs Xvfb and python3"
    exit 0
fi
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$tmp/display" > /dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -n 1 "$tmp/display")"
mkdir -p "$tmp/home"
fx="-Duser.home=$tmp/home -Dgatherlab.home=$tmp/home/.gatherlab -Dgatherlab.exitAfterFirstFrame=true"   # mktemp: no spaces
args=("as shipped: AOT cache, C1 (image launcher)" "env JDK_JAVA_OPTIONS=\"$fx\" '$image/bin/gatherlab'")
args+=("AOT cache, C1 + C2 (JDK default JIT)" "'$image/bin/java' $fx $c2 $main")
[ ${#jdkcds[@]} -gt 0 ] && args+=("JDK default CDS only, C1" "'$image/bin/java' $fx ${jdkcds[*]} $main")
args+=("no archive, C1" "'$image/bin/java' $fx -Xshare:off $main")
args+=("no archive, C1 + C2 (plain jlink image)" "'$image/bin/java' $fx -Xshare:off $c2 $main")
[ -d "$appimage" ] && args+=("as shipped, app-image launcher" "env JDK_JAVA_OPTIONS=\"$fx\" '$appimage/bin/gatherlab'")
compare frame "${args[@]}"
