#!/usr/bin/env bash
# Proves the Linux packages: configures a Release build in build/package, builds, makes the DEB
# and the RPM with CPack, installs the DEB with apt-get and runs the installed programs from
# /usr/bin, validates the installed desktop entry and AppStream metainfo, and runs lintian on the
# .deb (any error fails). Prints the package files and their sizes at the end.
#
# Usage: scripts/package-check.sh [--keep-installed]
#   --keep-installed  leave shuriken-stream-monitor installed afterwards (default: removed again)
# Environment: JOBS (parallel build jobs, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

keep_installed=0
for argument in "$@"; do
    case "$argument" in
        --keep-installed) keep_installed=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "package-check: unknown argument $argument" >&2; exit 2 ;;
    esac
done

package=shuriken-stream-monitor
build=build/package
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' CMakeLists.txt | head -n1)
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'package-check: FAILED: %s\n' "$*" >&2; exit 1; }

step "Tools"
scripts/install-deps.sh --packaging

step "Configure and build (Release, $build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSHURIKEN_BUILD_TESTS=OFF -DSHURIKEN_BUILD_BENCH=OFF -DSHURIKEN_WARNINGS_AS_ERRORS=OFF
cmake --build "$build" --parallel "${JOBS:-2}"

step "Packages (cpack -G DEB, cpack -G RPM)"
rm -f "$build"/*.deb "$build"/*.rpm "$build"/*.sha256
(cd "$build" && cpack -G DEB && cpack -G RPM)
shopt -s nullglob
debs=("$build"/*.deb)
rpms=("$build"/*.rpm)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one .deb in $build, found ${#debs[@]}"
[[ ${#rpms[@]} -eq 1 ]] || fail "expected one .rpm in $build, found ${#rpms[@]}"
deb=${debs[0]}
rpm_file=${rpms[0]}

step "DEB contents"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
[[ $(dpkg-deb --field "$deb" Version) == "$version-"* ]] || fail "the .deb version is not $version"

step "RPM contents"
rpm -qip "$rpm_file" 2>/dev/null
rpm -qlp "$rpm_file" 2>/dev/null
[[ $(rpm -qp --queryformat '%{VERSION}' "$rpm_file" 2>/dev/null) == "$version" ]] || fail "the .rpm version is not $version"

step "lintian"
lintian_output=$(lintian --info --display-level '>=pedantic' "$deb" 2>&1) || true
echo "${lintian_output:-no tags}"
if grep -q '^E: ' <<<"$lintian_output"; then
    fail "lintian reports errors"
fi

step "Install ($deb)"
export DEBIAN_FRONTEND=noninteractive
cleanup() {
    if [[ $keep_installed -eq 0 ]]; then
        echo "Removing $package again (--keep-installed keeps it)"
        $sudo apt-get remove -y -qq "$package" >/dev/null || true
    fi
}
trap cleanup EXIT
$sudo apt-get install -y -qq --reinstall "./$deb"

step "Installed programs"
export QT_QPA_PLATFORM=offscreen
for program in shuriken-monitor shuriken-stream shuriken-sim; do
    path=/usr/bin/$program
    [[ -x $path ]] || fail "$path is not installed"
    file "$path" | grep -q ', stripped' || fail "$path is not stripped"
    output=$("$path" --version)
    echo "$output"
    [[ $output == "$program $version" ]] || fail "$path --version printed \"$output\", expected \"$program $version\""
done

# The installed monitor finds its embedded catalogues: the description line of --help comes out
# in German under LANGUAGE=de, exactly as translations/shuriken_de.ts translates it.
en_help=$(LANGUAGE=en /usr/bin/shuriken-monitor --help)
de_help=$(LANGUAGE=de /usr/bin/shuriken-monitor --help)
description=$(sed -n 2p <<<"$en_help")
german=$(python3 - translations/shuriken_de.ts "$description" <<'PYTHON'
import sys, xml.etree.ElementTree as ET
for message in ET.parse(sys.argv[1]).getroot().iter("message"):
    if message.findtext("source") == sys.argv[2] and message.find("translation").get("type") is None:
        print(message.findtext("translation"))
        break
PYTHON
)
[[ -n $german ]] || fail "translations/shuriken_de.ts has no finished translation of \"$description\""
grep -qF -- "$german" <<<"$de_help" || fail "shuriken-monitor --help under LANGUAGE=de does not show \"$german\""
echo "shuriken-monitor: German user interface from the embedded catalogue (\"$german\")"

events=$(mktemp)
trap 'rm -f "$events"; cleanup' EXIT
timeout 120 /usr/bin/shuriken-stream --simulator --count 10 \
    --subscribe svm.token.swaps:tokenAddress=So11111111111111111111111111111111111111112 >"$events" \
    || fail "shuriken-stream --simulator exited with $?"
lines=$(wc -l <"$events")
[[ $lines -eq 10 ]] || fail "shuriken-stream printed $lines lines, expected 10"
python3 -c '
import json, sys
for number, line in enumerate(open(sys.argv[1]), 1):
    if not isinstance(json.loads(line), dict):
        sys.exit(f"line {number} is not a JSON object")
' "$events" || fail "shuriken-stream did not print JSON objects"
echo "shuriken-stream: 10 JSON lines from the simulator"

step "Installed desktop files"
desktop-file-validate /usr/share/applications/trade.shuriken.StreamMonitor.desktop
appstreamcli validate --no-net /usr/share/metainfo/trade.shuriken.StreamMonitor.metainfo.xml
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/trade.shuriken.StreamMonitor.* >/dev/null \
        || fail "no $size icon installed"
done
for program in shuriken-monitor shuriken-stream shuriken-sim; do
    [[ -f /usr/share/man/man1/$program.1.gz ]] || fail "no man page for $program"
done

step "Package files"
for file in "$deb" "$rpm_file"; do
    printf '%10s bytes  %s\n' "$(stat -c %s "$file")" "$file"
done
echo "package-check: OK"
