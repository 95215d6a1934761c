#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the build, the tests and the benchmarks need, and only those
# missing. scripts/check-deps.sh proves after a build that this list is complete: every package
# the build used must be in the dependency closure of what is listed here, so a CI machine that
# happens to have more installed cannot hide a missing name.
#
# Usage: scripts/install-deps.sh [--packaging] [--bench] [--list]
#   --packaging  also the tools that build and check the DEB/RPM packages (scripts/package-check.sh)
#   --bench      also Node.js and npm, for the pusher-js reference run of scripts/run-benchmarks.sh,
#                and Xvfb and Wireshark for its steady-state comparison
#   --list       print the package names for this system, one a line, and install nothing
#
# Known: Debian 12 (checked on a clean minimal install: configure, the monitor's build and
# check-deps.sh) and Ubuntu 24.04 (names from its archive, universe; not tried here). Other apt
# systems get the same names.
set -euo pipefail

packaging=0
bench=0
list_only=0
for argument in "$@"; do
    case "$argument" in
        --packaging) packaging=1 ;;
        --bench) bench=1 ;;
        --list) list_only=1 ;;
        -h | --help)
            awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
            exit 0
            ;;
        *)
            echo "install-deps: unknown argument $argument (see --help)" >&2
            exit 2
            ;;
    esac
done

os_id=""
os_version=""
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091 # a system file, read for ID and VERSION_ID only
    os_id=$(. /etc/os-release && echo "${ID:-}")
    # shellcheck disable=SC1091
    os_version=$(. /etc/os-release && echo "${VERSION_ID:-}")
fi

# The build and the tests. Why each name that is not obvious:
#  - libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, and on Debian 12 and Ubuntu
#    24.04 that package is split out of qt6-base-dev (only recommended by it; we install without
#    recommends). Later releases fold it back into qt6-base-dev and drop the name.
#  - qt6-tools-dev, qt6-l10n-tools: Qt6LinguistTools (lupdate/lrelease for the embedded catalogues).
#  - qt6-httpserver-dev: the REST servers of the API tests.
#  - libgl-dev: Qt6Gui's CMake package looks for OpenGL.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qtkeychain-qt6-dev
    libgl-dev libsimdjson-dev
    # lib/capture writes and reads gzip capture files (.jsonl.gz) through zlib.
    zlib1g-dev
    # Encrypted Pusher channels (private-encrypted-…): NaCl secretbox from libsodium.
    libsodium-dev
    # bench/gui/bench_gui_batchcost.cpp includes <valgrind/callgrind.h> (instruction counts of
    # one phase under callgrind), and the ci preset builds the benchmarks.
    valgrind
)
case "$os_id:$os_version" in
    debian:12 | ubuntu:24.04) packages+=(libqt6opengl6-dev) ;;
    debian:* | ubuntu:*)
        # Not tried here. Debian 13 and Ubuntu 24.10 and later have no libqt6opengl6-dev (its
        # files are in qt6-base-dev); Debian 11 and Ubuntu 22.04 have Qt 6.2, too old.
        ;;
    *) packages+=(libqt6opengl6-dev) ;;
esac
if [[ $packaging -eq 1 ]]; then
    # dpkg-dev: dpkg-shlibdeps for CPack's DEB; rpm: rpmbuild for CPack's RPM; file: the
    # stripped check; desktop-file-utils, appstream: the validators; librsvg2-bin:
    # packaging/render-icons.sh; python3: package-check.sh checks the JSON lines.
    packages+=(dpkg-dev file desktop-file-utils appstream lintian rpm librsvg2-bin python3)
fi
if [[ $bench -eq 1 ]]; then
    # Node.js runs pusher-js, the reference client of the ingest benchmark. A Node.js from
    # another source (it often ships npm itself and conflicts with Debian's npm) is used as it is.
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        packages+=(nodejs npm)
    fi
    # Xvfb runs the monitor on X11 without a display, and Wireshark beside it on the same
    # loopback stream: the steady-state comparison of issue 17 (scripts/bench-wireshark.sh).
    packages+=(xvfb xauth wireshark-qt)
fi

if [[ $list_only -eq 1 ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<MSG
This is not a Debian or Ubuntu system. Install these yourself and run the command again:
  a C++20 compiler (GCC >= 12 or Clang >= 15), CMake >= 3.25, Ninja, and Qt >= 6.4 with the
  modules Core, Network, WebSockets, HttpServer, Widgets, OpenGL, Charts, Test, LinguistTools
  (qttools), plus QtKeychain for Qt 6 and simdjson >= 3.0.
  Fedora:  dnf install gcc-c++ cmake ninja-build qt6-qtbase-devel qt6-qtwebsockets-devel \\
               qt6-qthttpserver-devel qt6-qttools-devel qt6-qtcharts-devel qtkeychain-qt6-devel \\
               simdjson-devel
  Arch:    pacman -S base-devel cmake ninja qt6-base qt6-websockets qt6-httpserver qt6-tools \\
               qt6-charts qtkeychain-qt6 simdjson
  macOS:   brew install cmake ninja qt qtkeychain simdjson
Missing here: ${missing[*]}
MSG
    exit 1
fi
case "$os_id:$os_version" in
    debian:12 | ubuntu:24.04) ;;
    *) echo "install-deps: ${os_id:-unknown} ${os_version} is not Debian 12 or Ubuntu 24.04; trying the same names" >&2 ;;
esac

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# libqt6opengl6-dev is the one name that comes and goes between releases (see above): where the
# archive has no such package, its files are in qt6-base-dev, so it is left out, not an error.
install=()
for p in "${missing[@]}"; do
    if [[ $p == libqt6opengl6-dev ]] && ! apt-cache show "$p" >/dev/null 2>&1; then
        echo "install-deps: $p is not in this release's archive; qt6-base-dev has Qt6OpenGL here" >&2
        continue
    fi
    install+=("$p")
done
[[ ${#install[@]} -eq 0 ]] && exit 0
echo "Installing missing packages: ${install[*]}" >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${install[@]}" >&2
