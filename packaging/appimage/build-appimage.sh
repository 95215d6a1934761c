#!/usr/bin/env bash
# Builds Shuriken_Stream_Monitor-<version>-<arch>.AppImage with linuxdeploy and its Qt plug-in.
# UNTESTED: written for a maintainer on an x86_64 or aarch64 Linux machine with Qt 6 development
# packages (scripts/install-deps.sh), FUSE or APPIMAGE_EXTRACT_AND_RUN=1, and network access
# for the first run (the two linuxdeploy AppImages are downloaded into build/appimage/tools).
#
# Build on the oldest distribution you want to support: the AppImage bundles Qt and the other
# libraries but uses the host's glibc.
#
# Environment:
#   QMAKE     qmake of the Qt to bundle (default: qmake6 on PATH, else /usr/lib/qt6/bin/qmake)
#   JOBS      parallel build jobs (default 2)
set -euo pipefail
cd "$(dirname "$0")/../.."

arch=$(uname -m)
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' CMakeLists.txt | head -n1)
build=build/appimage
appdir=$PWD/$build/AppDir
tools=$PWD/$build/tools
app_id=trade.shuriken.StreamMonitor

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DSHURIKEN_BUILD_TESTS=OFF -DSHURIKEN_BUILD_BENCH=OFF
cmake --build "$build" --parallel "${JOBS:-2}"
rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build" --strip

mkdir -p "$tools"
for tool in linuxdeploy linuxdeploy-plugin-qt; do
    if [[ ! -x $tools/$tool-$arch.AppImage ]]; then
        curl --fail --location --output "$tools/$tool-$arch.AppImage" \
            "https://github.com/linuxdeploy/$tool/releases/download/continuous/$tool-$arch.AppImage"
        chmod +x "$tools/$tool-$arch.AppImage"
    fi
done

export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
# The SVG icon engine and image format (the window icon), and the Wayland platform plug-ins next
# to xcb, which the Qt plug-in deploys by default.
export EXTRA_QT_MODULES="svg"
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so"
export VERSION=$version
export OUTPUT="Shuriken_Stream_Monitor-$version-$arch.AppImage"

# --executable for the two command-line tools as well, so their libraries are bundled and their
# RPATHs point into the AppDir; AppRun starts shuriken-monitor (the desktop entry's Exec).
"$tools/linuxdeploy-$arch.AppImage" --appdir "$appdir" \
    --executable "$appdir/usr/bin/shuriken-monitor" \
    --executable "$appdir/usr/bin/shuriken-stream" \
    --executable "$appdir/usr/bin/shuriken-sim" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --plugin qt --output appimage

echo "Built $OUTPUT"
echo "Check: ./$OUTPUT --version && QT_QPA_PLATFORM=offscreen ./$OUTPUT --screenshots /tmp/shots"
