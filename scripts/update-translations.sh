#!/usr/bin/env bash
# Refreshes resources/translations/reviewdesk_*.ts from the GUI sources and forms (new
# strings appear as "unfinished", vanished ones are dropped), then reports what is left to
# translate. The same as `cmake --build <build-dir> --target update_translations`.
# Translate with Qt Linguist (linguist resources/translations/reviewdesk_zh_CN.ts) or by
# editing the XML; the build compiles the .ts files into the program.
#   scripts/update-translations.sh            update all languages
#   scripts/update-translations.sh --check    update, then fail if any string is unfinished
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || true)
[ -n "$lupdate" ] || { echo "update-translations.sh: lupdate not found (qt6-l10n-tools)" >&2; exit 1; }

sources=(-no-obsolete -locations none -extensions cpp,h,ui src/gui src/app ui)
ts_files=(resources/translations/reviewdesk_ru.ts resources/translations/reviewdesk_zh_CN.ts)
"$lupdate" "${sources[@]}" -ts "${ts_files[@]}"
# English is the source language: its file holds only the plural forms.
"$lupdate" "${sources[@]}" -pluralonly -ts resources/translations/reviewdesk_en.ts
ts_files+=(resources/translations/reviewdesk_en.ts)

status=0
for ts in "${ts_files[@]}"; do
    total=$(grep -c '<source>' "$ts" || true)
    left=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $total strings, $left unfinished"
    if [ "${1:-}" = "--check" ] && [ "$left" -ne 0 ]; then
        status=1
    fi
done
exit $status
