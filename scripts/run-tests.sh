#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine needs to build and run the whole test suite:
#  1. installs missing packages (build and packaging tools),
#  2. builds with the `ci` preset (warnings are errors), checks that every package the build used
#     comes with scripts/install-deps.sh (scripts/check-deps.sh: a machine that happens to have
#     more installed must not hide a missing name) and runs every test on the offscreen platform,
#  3. builds the libraries, the simulator and the CLI with AddressSanitizer + UndefinedBehavior-
#     Sanitizer (leak checks on) and runs their tests (the GUI is left out there to keep CI well
#     inside its time limit; `cmake --preset asan` builds it too),
#  4. checks that every user-visible string is translated into every language,
#  5. builds the DEB and RPM, installs the DEB and runs the installed programs (package-check.sh).
# Set SHURIKEN_SKIP_ASAN=1 or SHURIKEN_SKIP_PACKAGES=1 to leave a stage out locally.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --packaging
export QT_QPA_PLATFORM=offscreen

echo "==> Build and test (ci preset: warnings are errors)"
cmake --preset ci
cmake --build --preset ci
echo "==> Dependencies: every package the build used comes with scripts/install-deps.sh"
scripts/check-deps.sh --packaging build/ci
ctest --preset ci

if [[ "${SHURIKEN_SKIP_ASAN:-0}" != 1 ]]; then
    echo "==> Build and test with ASan + UBSan (asan preset, without the GUI)"
    cmake --preset asan -DSHURIKEN_BUILD_GUI=OFF -DSHURIKEN_BUILD_BENCH=OFF
    cmake --build --preset asan
    scripts/check-deps.sh build/asan
    ctest --preset asan
fi

echo "==> Translations: no user-visible string without a translation"
scripts/check-translations.sh

if [[ "${SHURIKEN_SKIP_PACKAGES:-0}" != 1 ]]; then
    echo "==> Packages: build, install and run the DEB, build the RPM, lintian"
    scripts/package-check.sh
fi
