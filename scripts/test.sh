#!/usr/bin/env bash
# Builds ReviewDesk with warnings as errors and runs the whole ctest suite.
#   scripts/test.sh              release build with debug info (preset "ci")
#   scripts/test.sh --sanitize   the same suite under AddressSanitizer + UBSan (preset "asan")
set -euo pipefail
cd "$(dirname "$0")/.."

preset=ci
for arg in "$@"; do
    case "$arg" in
        --sanitize) preset=asan ;;
        *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
    esac
done

scripts/deps.sh build test
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
if [ "$preset" = asan ]; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --preset "$preset" -j"$(nproc)"
