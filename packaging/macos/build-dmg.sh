#!/usr/bin/env bash
# Builds shuriken-stream-monitor-<version>-Darwin.dmg with the monitor's app bundle.
# UNTESTED: see README.md. Needs Xcode command-line tools, CMake >= 3.25, Ninja, and Qt 6 plus
# QtKeychain and simdjson, e.g. `brew install cmake ninja qt qtkeychain simdjson`.
#
# Environment:
#   QT_PREFIX   Qt installation (default: `brew --prefix qt`)
#   JOBS        parallel build jobs (default: the number of CPUs)
#   CODESIGN_IDENTITY  "Developer ID Application: ..." to sign the bundle (optional; without it the
#                      bundle is ad-hoc signed and Gatekeeper warns on other Macs)
set -euo pipefail
cd "$(dirname "$0")/../.."

qt_prefix=${QT_PREFIX:-$(brew --prefix qt)}
keychain_prefix=$(brew --prefix qtkeychain 2>/dev/null || true)
simdjson_prefix=$(brew --prefix simdjson 2>/dev/null || true)
build=build/macos

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$qt_prefix;$keychain_prefix;$simdjson_prefix" \
    -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0 \
    -DSHURIKEN_BUILD_TESTS=OFF -DSHURIKEN_BUILD_BENCH=OFF
cmake --build "$build" --parallel "${JOBS:-$(sysctl -n hw.ncpu)}"

# cpack installs into a staging folder, where Qt's deploy script runs macdeployqt on the bundle
# (Qt frameworks, plug-ins, QtKeychain and other dylibs into Contents/Frameworks), then makes
# the disk image with a link to /Applications.
(cd "$build" && cpack -G DragNDrop)

if [[ -n ${CODESIGN_IDENTITY:-} ]]; then
    echo "Sign and notarize the bundle before making the image for distribution:" >&2
    echo "  codesign --deep --force --options runtime --sign \"$CODESIGN_IDENTITY\" <staged .app>" >&2
    echo "  xcrun notarytool submit <dmg> --wait ...; xcrun stapler staple <dmg>" >&2
fi
ls -l "$build"/*.dmg
