# AOT cache steps shared by train-aot.sh (GatherLab's cache) and empty-window.sh (the cache of the empty
# window that start-up is measured against), so that both caches are trained and dumped the same way.
# Sourced (bash), not run. Needs $here (this directory).

# aot_display LOGDIR: a display for the training JVMs, preferably a private Xvfb (no window flashes on
# a developer's screen, concurrent builds do not collide; -displayfd picks a free display number),
# else $DISPLAY. Exports DISPLAY and sets aot_xvfb (the server's pid, killed by aot_stop_display);
# on failure returns 1 with the reason in aot_why.
aot_display() {
    aot_why= aot_xvfb=
    if ! command -v python3 > /dev/null; then
        aot_why="python3 is missing"
    elif command -v Xvfb > /dev/null; then
        Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$1/display" > "$1/xvfb.log" 2>&1 &
        aot_xvfb=$!
        for _ in $(seq 100); do [ -s "$1/display" ] && break; sleep 0.05; done
        if [ -s "$1/display" ]; then export DISPLAY=":$(head -n 1 "$1/display")"; else aot_why="Xvfb did not start"; fi
    elif [ -z "${DISPLAY:-}" ]; then
        aot_why="no display (install xvfb)"
    fi
    [ -z "$aot_why" ]
}
aot_stop_display() { [ -z "${aot_xvfb:-}" ] || kill "$aot_xvfb" 2> /dev/null || true; }

# aot_first_frame JAVA LIST HOME MODULE/MAIN [ARGS...]: one training JVM of the image, with no archive
# (the list must name every class) and a private home, up to its first frame (the app's
# -Dgatherlab.exitAfterFirstFrame hook, after which it quits by itself: GatherLab only once the main window
# is drawn in the window its first frame showed; else firstframe.py ends it at the first frame drawn), writing
# the classes it loads to LIST. Output to LIST.out and LIST.err; no list when it fails.
# Five minutes: at a load of 20 on 2 cores (other builds) GatherLab's first frame took 34 s and its full window came
# after the 60 s this once allowed, so the JVM was ended there and the cache lacked the main window's classes.
aot_first_frame() {
    local java=$1 list=$2 home=$3 main=$4 status=0
    shift 4
    timeout 600 python3 "$here/firstframe.py" --timeout 300 -- \
        "$java" -Xshare:off -XX:DumpLoadedClassList="$list" -Duser.home="$home" -Dgatherlab.home="$home/.gatherlab" \
        -Dgatherlab.exitAfterFirstFrame=true -m "$main" "$@" > "$list.out" 2> "$list.err" || status=$?
    [ $status -eq 0 ] || rm -f "$list"
    return $status
}

# aot_dump JAVA MODULE/MAIN CACHE LIST...: merges the class lists (every class once, builtin loaders
# only: all of the image's modules; then the lambda-proxy / lambda-form / constant-pool lines once each)
# into the list beside CACHE (NAME.classlist for NAME.aot: `java -Xshare:dump -XX:+AOTClassLinking
# -XX:SharedClassListFile=NAME.classlist -XX:SharedArchiveFile=NAME.aot -m MODULE/MAIN` dumps the same
# cache again) and dumps them with AOT class loading and linking (JEP 483) into CACHE, for the module
# graph of `-m MODULE/MAIN`: a JVM uses it only with that graph and `-XX:AOTCache=CACHE`.
aot_dump() {
    local java=$1 main=$2 cache=$3 list=${3%.aot}.classlist
    shift 3
    awk '
        /^#/ || NF == 0 { next }
        /^@/ { if (!($0 in at)) { at[$0] = 1; ats[++na] = $0 } next }
        / source: / || !/^[^ ]+ id: [0-9]+$/ { next }   # custom loaders; a line cut short by a kill
        { if (!($1 in seen)) { seen[$1] = 1; print $1 " id: " id++ } }
        END { for (i = 1; i <= na; i++) print ats[i] }
    ' "$@" > "$list"
    rm -f "$cache"
    if ! "$java" -Xshare:dump -XX:+AOTClassLinking -XX:SharedClassListFile="$list" \
            -XX:SharedArchiveFile="$cache" -Xlog:all=off -Xlog:cds=error,aot=error \
            -m "$main" > "$cache.log" 2>&1; then
        echo "aot: the dump of $cache failed:" >&2
        cat "$cache.log" >&2
        return 1
    fi
    rm -f "$cache.log"
}
