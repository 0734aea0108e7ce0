#!/bin/sh
# GatherLab's launcher: bin/gatherlab of the jlink image, of jpackage's app-image and of the installed
# app (/opt/gatherlab/bin/gatherlab). Arguments as the app's: none opens the app, one *.gather.json
# file opens it in the app, `run` / `code` are the command line.
#
# It maps the AOT cache explicitly (-XX:AOTCache): the cache is trained on GatherLab's module graph, so
# it lives at RUNTIME/lib/gatherlab.aot, where only this launcher uses it. (As the runtime's default
# archive, lib/server/classes.jsa, every other use of the runtime's bin/java, say `java --list-modules`,
# would print "[error][cds] shared archive file has aot-linked classes" and start without it.)
# It also stands in for jpackage's native launcher, which runs `rpm -qf`, `dpkg -S` and `dpkg -L` on
# every start to find its own library: 0.1 to 0.3 s before the JVM even starts.
main=org.gatherlab/org.gatherlab.Main
cache=gatherlab.aot
here=$(dirname "$(readlink -f "$0")")
runtime="$here/.."                                                # the jlink image: bin/java is beside us
[ -x "$runtime/bin/java" ] || runtime="$here/../lib/runtime"      # the app-image and the installed app
if [ -f "$runtime/lib/$cache" ]; then
    exec "$runtime/bin/java" -XX:AOTCache="$runtime/lib/$cache" -m "$main" "$@"
fi
exec "$runtime/bin/java" -m "$main" "$@"
