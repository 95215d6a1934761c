#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the build and the tests need, and only those missing.
# Usage: scripts/install-deps.sh [--packaging]
#   --packaging  also the tools that build and check the DEB/RPM packages
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qtkeychain-qt6-dev
    libgl-dev libsimdjson-dev
)
if [[ "${1:-}" == "--packaging" ]]; then
    # librsvg2-bin: packaging/render-icons.sh; python3: package-check.sh checks the JSON lines
    packages+=(dpkg-dev file desktop-file-utils appstream lintian rpm librsvg2-bin python3)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<MSG
This is not a Debian or Ubuntu system. Install these yourself and run the command again:
  a C++20 compiler (GCC >= 12 or Clang >= 15), CMake >= 3.25, Ninja, and Qt >= 6.4 with the
  modules Core, Network, WebSockets, HttpServer, Widgets, Charts, Test, LinguistTools (qttools),
  plus QtKeychain for Qt 6 and simdjson >= 3.0.
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

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing missing packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
