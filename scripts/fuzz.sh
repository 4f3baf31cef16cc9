#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs each of them.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 600 seconds per target, all targets
# Environment: FUZZ_BUILD_DIR (default build/fuzz), FUZZ_PARALLEL (targets run at once,
# default 1), FUZZ_MAX_LEN (default 65536 bytes).
# The corpus of each target grows in $FUZZ_BUILD_DIR/corpus/<target>, seeded from
# tests/fuzz/seeds/<target>/ and the fixtures under tests/data; crashing inputs land in
# $FUZZ_BUILD_DIR/artifacts/<target>/ and make the script fail. Turn each into a regression
# test (tests/data/regressions/ + tests/core/FuzzRegressionTest.cpp). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-600}
shift || true
build=${FUZZ_BUILD_DIR:-build/fuzz}
parallel=${FUZZ_PARALLEL:-1}
max_len=${FUZZ_MAX_LEN:-65536}
all=(fuzz_import_csv fuzz_import_ozon fuzz_import_amazon fuzz_encoding fuzz_rules fuzz_templates)
targets=("${@:-${all[@]}}")

scripts/deps.sh build fuzz
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target "${targets[@]}" -- -j"$(nproc)"

# Seed files per target: handwritten seeds plus the fixtures of the same kind (small ones).
seed_globs() {
    case "$1" in
        fuzz_import_csv) echo "tests/fuzz/seeds/import_csv/* tests/data/import/*.csv tests/data/classify/*.csv tests/data/replies/*.csv tests/data/report/*.csv tests/data/bad/*.csv" ;;
        fuzz_import_ozon) echo "tests/fuzz/seeds/import_ozon/* tests/data/import/ozon-*.json tests/data/gui/*.json tests/data/bad/*.json" ;;
        fuzz_import_amazon) echo "tests/fuzz/seeds/import_amazon/* tests/data/import/*.jsonl tests/data/bad/*.jsonl" ;;
        fuzz_encoding) echo "tests/fuzz/seeds/encoding/* tests/data/import/*.csv tests/data/bad/*.csv" ;;
        fuzz_rules) echo "tests/fuzz/seeds/rules/* resources/rules/*.json tests/data/rules/*.json tests/data/rules/engine/*.json" ;;
        fuzz_templates) echo "tests/fuzz/seeds/templates/* resources/templates/*.json tests/data/replies/*.json tests/data/templates/*" ;;
    esac
}
dict_for() {
    case "$1" in
        fuzz_import_csv | fuzz_encoding) echo tests/fuzz/csv.dict ;;
        *) echo tests/fuzz/json.dict ;;
    esac
}

run_one() { # target
    local target=$1 corpus=$build/corpus/$1 artifacts=$build/artifacts/$1/ log=$build/logs/$1.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    local f
    for f in $(seed_globs "$target"); do
        [ -f "$f" ] && [ "$(stat -c %s "$f")" -le "$max_len" ] && cp "$f" "$corpus/seed-$(basename "$f")"
    done
    echo "$target: ${seconds}s, corpus $corpus, log $log"
    if ASAN_OPTIONS=abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=30 -rss_limit_mb=3072 -dict="$(dict_for "$target")" \
        -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1; then
        echo "$target: no crash ($(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs)"
    else
        echo "$target: CRASH, see $log and $artifacts" >&2
        return 1
    fi
}

status=0
running=0
for target in "${targets[@]}"; do
    run_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done
[ "$status" = 0 ] && echo "fuzz: all targets ran ${seconds}s without a crash"
exit "$status"
