#!/usr/bin/env bash
# Takes the screenshots of docs/images/ (main window, import dialog, settings) in each UI
# language, under Xvfb with the Noto CJK fonts, from the demo database.
#   scripts/screenshots.sh [BUILD_DIR]     (default build/release; needs gui_tests built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
tests="$build/tests/gui_tests"
[ -x "$tests" ] || { echo "screenshots.sh: build $tests first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: install xvfb (xvfb-run)" >&2; exit 1; }
fc-list | grep -qi "Noto Sans CJK" || { echo "screenshots.sh: install fonts-noto-cjk" >&2; exit 1; }

out=docs/images
mkdir -p "$out"
for lang in en zh_CN ru; do
    REVIEWDESK_SCREENSHOT_DIR="$PWD/$out" REVIEWDESK_SCREENSHOT_LANG="$lang" QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$tests" --gtest_filter='ScreenshotsTest.*'
done
ls -l "$out"
