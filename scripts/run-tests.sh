#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine needs to build and run the whole test suite:
# installs missing packages, configures with the `ci` preset (warnings are errors), builds,
# and runs ctest on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

cmake --preset ci
cmake --build --preset ci
ctest --preset ci
