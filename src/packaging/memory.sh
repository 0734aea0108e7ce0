#!/usr/bin/env bash
# Memory benchmark: the largest scenario the scenario files accept, run to a complete report in every
# format, with a given heap. The README's memory table comes from here.
#
# usage: src/packaging/memory.sh [IMAGE] [XMX...]
#   IMAGE: the jlink image (default target/image); XMX: heap limits to try (default 1g)
#
# The scenario: 100,000 tasks (the cap), durationMs 3,600,000 (the cap), failureRate 0.5, every
# other task "cpu", and 7 runs (sequential, gather, gather with returnExceptions, taskgroup, wait,
# as_completed, gather with a process pool). For each format and heap limit it prints: exit status,
# wall time, the report's size, the peak heap after a collection (the live set: what the run really
# held), the peak heap before one (what it occupied, garbage included) and the process's peak RSS.
# Needs python3 (to write the scenario) and GNU time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
image=${1:-$here/../target/image}
shift || true
heaps=("$@")
[ ${#heaps[@]} -gt 0 ] || heaps=(1g)
launcher="$image/bin/gatherlab"
[ -x "$launcher" ] || { echo "memory: no launcher at $launcher (run mvn package)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp/largest.gather.json" <<'EOF'
import json, sys
tasks = [{"name": "task-%06d" % i, "kind": "cpu" if i % 2 else "io", "durationMs": 3600000, "failureRate": 0.5}
         for i in range(100000)]
runs = [{"strategy": "sequential", "returnExceptions": True}, {"strategy": "gather"},
        {"strategy": "gather", "returnExceptions": True}, {"strategy": "taskgroup"}, {"strategy": "wait"},
        {"strategy": "as_completed", "returnExceptions": True}, {"strategy": "gather", "cpu": "processes", "workers": 4}]
with open(sys.argv[1], "w") as f:
    json.dump({"format": "gatherlab/scenario@1", "name": "largest", "seed": 1, "tasks": tasks, "runs": runs}, f, indent=1)
EOF

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); scenario $(du -h "$tmp/largest.gather.json" | cut -f1)"
printf '%-6s %-6s %5s %8s %10s %12s %13s %9s\n' format heap exit seconds report "peak live" "peak occupied" "peak RSS"
for heap in "${heaps[@]}"; do
    for format in text json csv svg; do
        rm -f "$tmp/out" "$tmp/gc.log"
        status=0
        JDK_JAVA_OPTIONS="-Xmx$heap -Xlog:gc:file=$tmp/gc.log" /usr/bin/time -f '%e %M' -o "$tmp/time" \
            "$launcher" run "$tmp/largest.gather.json" --format "$format" -o "$tmp/out" \
            > /dev/null 2> "$tmp/stderr" || status=$?
        read -r seconds rss < <(tail -n 1 "$tmp/time")
        read -r live occupied < <(grep -oE '[0-9]+M->[0-9]+M' "$tmp/gc.log" 2> /dev/null \
            | awk -F'M->|M' '{if ($1 > o) o = $1; if ($2 > l) l = $2} END {printf "%d %d\n", l, o}')
        size=$([ -f "$tmp/out" ] && du -h "$tmp/out" | cut -f1 || echo -)
        printf '%-6s %-6s %5s %8s %10s %10s MB %10s MB %6d MB\n' "$format" "$heap" "$status" "$seconds" "$size" \
            "${live:-0}" "${occupied:-0}" $((rss / 1024))
        if [ "$status" -ne 0 ]; then grep -v '^NOTE: Picked up' "$tmp/stderr" | head -n 3 | sed 's/^/    /'; fi
    done
done
