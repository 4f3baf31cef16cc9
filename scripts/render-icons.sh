#!/usr/bin/env bash
# Renders resources/icons/reviewdesk.svg to the PNG sizes the desktop and the window use
# (resources/icons/reviewdesk-<size>.png). Run after editing the SVG and commit the PNGs.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" reviewdesk.svg -o "reviewdesk-$size.png"
done
echo "rendered: $(ls reviewdesk-*.png | tr '\n' ' ')"
