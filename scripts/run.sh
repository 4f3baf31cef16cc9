#!/usr/bin/env bash
# Builds ReviewDesk (release) and starts it on the default database, which is created with the
# demo reviews on first start. Arguments are passed to reviewdesk (e.g. a database file).
# Without a display (CI, ssh) it starts the app offscreen, checks that it opens the database
# and shows its first rows, and exits.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build run
cmake --preset release >/dev/null
cmake --build --preset release --target reviewdesk reviewdesk-cli -- -j"$(nproc)"

app=build/release/src/app/reviewdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting ReviewDesk offscreen for a start-up check."
    QT_QPA_PLATFORM=offscreen exec "$app" --self-test "$@"
fi
exec "$app" "$@"
