#!/usr/bin/env bash
# Renders the hicolor PNG icons from the one SVG the application also embeds
# (resources/icons/shuriken-monitor.svg). The PNGs are committed, so building needs no renderer;
# run this again after changing the SVG and commit the result.
# Needs rsvg-convert (Debian/Ubuntu: librsvg2-bin) and optipng if installed (smaller files).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/shuriken-monitor.svg
id=trade.shuriken.StreamMonitor
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256; do
    dir=resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png "$svg" --output "$dir/$id.png"
    if command -v optipng >/dev/null; then
        optipng -quiet -o5 -strip all "$dir/$id.png"
    fi
    echo "$dir/$id.png"
done

# Windows .ico and macOS .icns for the installers: both formats can hold PNG images as they are,
# so they are assembled from the PNGs above (plus a 512 px rendering for Retina) with no other tool.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 512 --height 512 --keep-aspect-ratio --format png "$svg" --output "$tmp/512.png"
mkdir -p packaging/windows packaging/macos
python3 - "$id" "$tmp/512.png" <<'PYTHON'
import struct, sys
app_id, png512 = sys.argv[1], sys.argv[2]
def png(size):
    with open(f"resources/icons/hicolor/{size}x{size}/apps/{app_id}.png", "rb") as f:
        return f.read()

# ICO: ICONDIR, one ICONDIRENTRY per image (width/height 0 means 256), then the PNG data.
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(images)
out = struct.pack("<HHH", 0, 1, len(images))
for size, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("packaging/windows/shuriken-monitor.ico", "wb") as f:
    f.write(out + b"".join(images))

# ICNS: "icns" + total length, then (type, length incl. 8-byte header, PNG) per element.
with open(png512, "rb") as f:
    big = f.read()
elements = [(b"icp4", png(16)), (b"icp5", png(32)), (b"icp6", png(64)), (b"ic07", png(128)),
            (b"ic08", png(256)), (b"ic09", big), (b"ic14", big)]
body = b"".join(t + struct.pack(">I", len(d) + 8) + d for t, d in elements)
with open("packaging/macos/shuriken-monitor.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PYTHON
echo packaging/windows/shuriken-monitor.ico
echo packaging/macos/shuriken-monitor.icns
