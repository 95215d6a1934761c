#!/usr/bin/env bash
# Fails when a user-visible string has no translation: runs lupdate over app/ and lib/ into a
# temporary copy of translations/*.ts (the committed files are not touched) and looks for
# messages still marked unfinished, which is how lupdate marks both new strings and strings whose
# source text changed. Run `cmake --build <dir> --target update_translations`, translate what
# this lists (Qt Linguist), and commit the .ts files.
# Usage: scripts/check-translations.sh [--list]   --list prints every unfinished source text
set -euo pipefail
cd "$(dirname "$0")/.."

list=0
[[ "${1:-}" == "--list" ]] && list=1

lupdate=$(command -v lupdate || true)
if [[ -z $lupdate ]]; then
    for dir in "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)" /usr/lib/qt6/bin /usr/lib/qt6/libexec; do
        if [[ -n $dir && -x $dir/lupdate ]]; then
            lupdate=$dir/lupdate
            break
        fi
    done
fi
[[ -n $lupdate ]] || { echo "check-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/translations"
cp translations/*.ts "$work/translations/"
ts_files=("$work"/translations/*.ts)

# The same scan as translations/CMakeLists.txt: every .cpp and .h of app/ and lib/.
"$lupdate" -silent -no-obsolete -locations none -source-language en -extensions cpp,h \
    app lib -ts "${ts_files[@]}"

status=0
for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    total=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    printf '%-20s %4d messages, %4d unfinished\n' "$name" "$total" "$unfinished"
    if [[ $unfinished -gt 0 ]]; then
        status=1
        if [[ $list -eq 1 ]]; then
            python3 - "$ts" <<'PYTHON'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        if message.find("translation").get("type") == "unfinished":
            print(f"    {context.findtext('name')}: {message.findtext('source')!r}")
PYTHON
        fi
    fi
done
if [[ $status -ne 0 ]]; then
    echo "check-translations: untranslated strings (run with --list to see them)" >&2
fi
exit $status
