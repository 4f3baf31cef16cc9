#!/usr/bin/env bash
# Classifier throughput against a baseline measured in the same run (issue 2; recorded in
# docs/performance.md, "Classifier"):
#   reviewdesk  bench/ClassifyBench.cpp: the full classifier (normalise, one Vectorscan pass,
#               negation/contrast, scoring, evidence) over every review of the data files
#   baseline    bench/classify_baseline.py: the same literals as one Python `re` alternation
#               (findall) over the same texts, already normalised for it
# Both are single-threaded and timed in CPU seconds. Goals: >= 500,000 reviews/s per core and
# >= 30x the baseline.
#
# Usage: bench/classify_bench.sh [--seconds S] [FILE.csv...]   (default: ../shared/data mix)
# Environment: BUILD_DIR (default build/bench), REVIEWDESK_SHARED_DIR (default ../shared).
# Exit 1 when a goal is missed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench}
SHARED=${REVIEWDESK_SHARED_DIR:-$ROOT/../shared}
SECONDS_PER_RUN=5
files=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) files+=("$1"); shift ;;
    esac
done
[ ${#files[@]} -gt 0 ] || files=("$SHARED"/data/reviews-{ru,zh,en,en2}.csv)
for f in "${files[@]}"; do
    [ -r "$f" ] || { echo "classify_bench.sh: $f not found" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "classify_bench.sh: python3 is missing" >&2; exit 1; }

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DREVIEWDESK_BUILD_BENCH=ON -DREVIEWDESK_BUILD_TESTS=OFF -DREVIEWDESK_BUILD_GUI=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --target classify_bench >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$("$BUILD_DIR/bench/classify_bench" --seconds "$SECONDS_PER_RUN" --dump "$work" "${files[@]}")
base=$(python3 "$ROOT/bench/classify_baseline.py" "$work/terms.txt" "$work/texts.txt" "$SECONDS_PER_RUN")
field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"; }

python3 - "$ours" "$base" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
def kv(line):
    return dict(p.split("=", 1) for p in line.split())
ours, base, cores, load = kv(sys.argv[1]), kv(sys.argv[2]), sys.argv[3], sys.argv[4]
r_ours, r_base = float(ours["reviews_per_s"]), float(base["reviews_per_s"])
ratio = r_ours / r_base
print(f"{ours['reviews']} reviews ({int(ours['bytes']) / 1e6:.1f} MB), {ours['rules']} rules, "
      f"{ours['terms']} terms, {ours['literals']} literals; {cores} cores, load {load}")
print("| engine | reviews/s per core | MB/s per core | CPU s |")
print("| --- | ---: | ---: | ---: |")
print(f"| ReviewDesk classifier | {r_ours:,.0f} | {float(ours['mb_per_s']):.1f} | {ours['cpu_s']} |")
print(f"| Python re alternation | {r_base:,.0f} | {float(base['mb_per_s']):.2f} | {base['cpu_s']} |")
ok1, ok2 = r_ours >= 500000, ratio >= 30
print(f"ratio: {ratio:.1f}x the baseline (goal >= 30x: {'met' if ok2 else 'MISSED'}); "
      f"goal >= 500,000 reviews/s per core: {'met' if ok1 else 'MISSED'}")
sys.exit(0 if ok1 and ok2 else 1)
PY
