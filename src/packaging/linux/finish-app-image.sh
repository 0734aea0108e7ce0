#!/usr/bin/env bash
# After `jpackage --type app-image`, before `jpackage --type deb --app-image` (the installer profile).
#
# usage: src/packaging/linux/finish-app-image.sh APP_IMAGE ICON RESOURCE_DIR
#
# - Replaces jpackage's native launcher APP_IMAGE/bin/gatherlab by src/packaging/linux/launcher.sh: the native
#   one runs `rpm -qf`, `dpkg -S` and `dpkg -L` on every start (0.1 to 0.3 s before the JVM starts).
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
install -m 755 "$here/launcher.sh" "$app/bin/gatherlab"
rm -f "$app/lib/libapplauncher.so"   # the native launcher's library; nothing else uses it
install -m 644 "$icon" "$app/lib/gatherlab.png"

rm -rf "$resources" && mkdir -p "$resources"
install -m 644 "$here/gatherlab.desktop" "$resources/gatherlab.desktop"
install -m 644 "$here/control" "$resources/control"
install -m 644 "$icon" "$resources/gatherlab.png"

# The app-image must still answer (headless: the command line).
version=$("$app/bin/gatherlab" --version)
echo "finish-app-image: $app ($version), launcher: $(head -c 9 "$app/bin/gatherlab" | head -n 1)"
