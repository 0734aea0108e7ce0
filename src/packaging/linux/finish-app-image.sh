#!/usr/bin/env bash
# After `jpackage --type app-image`, before `jpackage --type deb --app-image` (the installer profile).
#
# usage: src/packaging/linux/finish-app-image.sh APP_IMAGE ICON RESOURCE_DIR
#
# - Replaces jpackage's native launcher APP_IMAGE/bin/gatherlab by src/packaging/launcher.sh (the jlink
#   image's too): the native one runs `rpm -qf`, `dpkg -S` and `dpkg -L` on every start (0.1 to 0.3 s
#   before the JVM starts), and ours maps the AOT cache lib/runtime/lib/gatherlab.aot.
# - Fills RESOURCE_DIR for the .deb: the desktop entry and the icon, named as jpackage wants them
#   (from an app-image, jpackage takes the menu icon from the resource directory only), and the
#   control file: its Depends lists the packages of the libraries the image's own ELF files need
#   (readelf -d), where jpackage would list the transitive closure ldd sees on the build machine,
#   Debian 12 names included (libjpeg62-turbo, ...) that other distributions (Ubuntu) do not have.
set -euo pipefail
app=${1:?usage: finish-app-image.sh APP_IMAGE ICON RESOURCE_DIR}
icon=${2:?}
resources=${3:?}
here=$(cd "$(dirname "$0")" && pwd)

[ -x "$app/bin/gatherlab" ] || { echo "finish-app-image: no launcher $app/bin/gatherlab" >&2; exit 1; }
[ -f "$icon" ] || { echo "finish-app-image: no icon $icon" >&2; exit 1; }
install -m 755 "$here/../launcher.sh" "$app/bin/gatherlab"
rm -f "$app/lib/libapplauncher.so"   # the native launcher's library; nothing else uses it
install -m 644 "$icon" "$app/lib/gatherlab.png"

rm -rf "$resources" && mkdir -p "$resources"
install -m 644 "$here/gatherlab.desktop" "$resources/gatherlab.desktop"
install -m 644 "$here/control" "$resources/control"
install -m 644 "$icon" "$resources/gatherlab.png"

# The app-image must still answer (headless: the command line), with its AOT cache when it has one
# (-XX:AOTMode=on fails when the cache does not map).
version=$("$app/bin/gatherlab" --version)
if [ -f "$app/lib/runtime/lib/gatherlab.aot" ]; then
    JDK_JAVA_OPTIONS=-XX:AOTMode=on "$app/bin/gatherlab" --version > /dev/null 2>&1 \
        || { echo "finish-app-image: the app-image's launcher does not map lib/runtime/lib/gatherlab.aot" >&2; exit 1; }
fi
echo "finish-app-image: $app ($version), launcher: $(head -c 9 "$app/bin/gatherlab" | head -n 1)"
