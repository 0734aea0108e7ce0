#!/bin/sh
# GatherLab's launcher in jpackage's app-image and in the installed app (/opt/gatherlab/bin/gatherlab).
# It stands in for jpackage's native launcher, which runs `rpm -qf`, `dpkg -S` and `dpkg -L` on every
# start to find its own library: 0.1 to 0.3 s before the JVM even starts. Arguments as the app's:
# none opens the app, one *.gather.json file opens it in the app, `run` / `code` are the command line.
# The runtime maps its AOT cache (lib/runtime/lib/server/classes.jsa) by itself.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../lib/runtime/bin/java" -m org.gatherlab/org.gatherlab.Main "$@"
