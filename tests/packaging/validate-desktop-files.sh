#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo with the freedesktop.org tools.
# Usage: validate-desktop-files.sh <source dir> <application id>
# Exit 77 (CTest SKIP_RETURN_CODE) when a validator is not installed.
set -uo pipefail
source_dir=$1
app_id=$2
desktop="$source_dir/resources/desktop/$app_id.desktop"
metainfo="$source_dir/resources/desktop/$app_id.metainfo.xml"

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/install-deps.sh --packaging installs it)"
        exit 77
    fi
done

status=0
# Errors fail; hints (e.g. "more than one main category", which is what we want) only print.
desktop-file-validate "$desktop" || status=1
# --no-net: the screenshot URLs are not fetched, so the test works offline. Warnings fail too.
appstreamcli validate --no-net --explain "$metainfo" || status=1
exit $status
