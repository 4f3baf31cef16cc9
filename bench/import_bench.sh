#!/usr/bin/env bash
# Import benchmark (docs/performance.md, "Import of 1,000,000 reviews").
#
# Builds reviewdesk-cli and index_bench (Release, build/bench), generates COUNT reviews with
# bench/gen_reviews.py (cached in bench/data/), then measures in the same run with hyperfine:
#   floor   sqlite3 :memory: '.import --csv FILE t'         (bare table, no checks)
#   import  reviewdesk-cli import FILE --db fresh --no-index (parse, dedupe, language, store)
#   index   index_bench on the imported database              (full-text index catch-up)
#   full    reviewdesk-cli import FILE --db fresh             (what a user waits for; 1 run)
# and prints goal against measured: import within 3x the floor, index >= 50,000 reviews/s,
# by wall time and by CPU time (user + system; the verdict, as it survives a busy machine).
#
# Usage: bench/import_bench.sh [--count N] [--seed S] [--runs R] [--no-full]
# Environment: BUILD_DIR (default build/bench), JOBS (default 2).
# Needs: scripts/deps.sh bench (hyperfine, sqlite3, python3). Exit 1 when a goal is missed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench}
JOBS=${JOBS:-2}
COUNT=1000000
SEED=1
RUNS=3
FULL=1
while [ $# -gt 0 ]; do
    case "$1" in
        --count) COUNT=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --no-full) FULL=0; shift ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "import_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

for tool in hyperfine sqlite3 python3 cmake ninja; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "import_bench.sh: '$tool' is missing; run scripts/deps.sh bench" >&2
        exit 1
    fi
done

DATA=$ROOT/bench/data
WORK=$DATA/work
RESULTS=$ROOT/bench/results
mkdir -p "$DATA" "$WORK" "$RESULTS"
CSV=$DATA/reviews-$COUNT-s$SEED.csv
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
JSON=$RESULTS/import-$STAMP

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
echo "== build (Release, $BUILD_DIR)"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DREVIEWDESK_BUILD_GUI=OFF -DREVIEWDESK_BUILD_TESTS=OFF -DREVIEWDESK_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target reviewdesk-cli index_bench -j "$JOBS"
CLI=$BUILD_DIR/src/cli/reviewdesk-cli
INDEX=$BUILD_DIR/bench/index_bench

# The generator is deterministic: a cached file is reused when its generator is unchanged.
GEN_SUM=$(cat "$ROOT"/bench/gen_reviews.py "$ROOT"/bench/gen_grammar_*.py | sha256sum | cut -c1-16)
if [ ! -f "$CSV" ] || [ "$(cat "$CSV.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== generate $COUNT reviews (seed $SEED) -> $CSV"
    python3 "$ROOT/bench/gen_reviews.py" --count "$COUNT" --seed "$SEED" --out "$CSV.tmp"
    mv "$CSV.tmp" "$CSV"
    echo "$GEN_SUM" >"$CSV.gen"
fi
ROWS=$(($(sqlite3 :memory: ".import --csv '$CSV' t" 'SELECT count(*) FROM t')))
echo "== $CSV: $ROWS rows, $(du -m "$CSV" | cut -f1) MB"

# The CLI's log and default database go to a throw-away app-data folder.
export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config
DB=$WORK/fresh.sqlite
rmdb() { echo "rm -f '$1' '$1-wal' '$1-shm'"; }

echo "== (a) floor: sqlite3 .import into a bare in-memory table"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$JSON-floor.json" \
    -n floor "sqlite3 :memory: \".import --csv '$CSV' t\""

echo "== (b) reviewdesk-cli import --no-index"
hyperfine --style basic --runs "$RUNS" --export-json "$JSON-import.json" \
    --prepare "$(rmdb "$DB")" -n import "'$CLI' import '$CSV' --db '$DB' --no-index"
STORED=$(sqlite3 "$DB" 'SELECT count(*) FROM reviews')
INTEGRITY=$(sqlite3 "$DB" 'PRAGMA quick_check')
echo "   stored $STORED reviews; quick_check: $INTEGRITY"
cp "$DB" "$WORK/base.sqlite"

echo "== (c) full-text index catch-up (index_bench, ReviewStore::updateSearchIndex)"
IDX=$WORK/indexed.sqlite
hyperfine --style basic --runs "$RUNS" --export-json "$JSON-index.json" \
    --prepare "$(rmdb "$IDX") && cp '$WORK/base.sqlite' '$IDX'" -n index "'$INDEX' '$IDX'"
"$INDEX" "$IDX" --rebuild | sed 's/^/   /'

if [ "$FULL" = 1 ]; then
    echo "== (d) reviewdesk-cli import with the index (informational, 1 run)"
    hyperfine --style basic --runs 1 --export-json "$JSON-full.json" \
        --prepare "$(rmdb "$DB")" -n full "'$CLI' import '$CSV' --db '$DB'"
fi

python3 - "$JSON" "$ROWS" "$STORED" "$INTEGRITY" "$CSV" "$LOAD_START" <<'PY'
import json, os, platform, subprocess, sys
prefix, rows, stored, integrity, csv_path, load_start = sys.argv[1:7]
rows, stored = int(rows), int(stored)

def result(name):
    """mean wall, sd wall, mean CPU (user + system) of a hyperfine export, or None."""
    path = f"{prefix}-{name}.json"
    if not os.path.exists(path):
        return None
    r = json.load(open(path))["results"][0]
    return r["mean"], r["stddev"] or 0.0, r["user"] + r["system"]

floor, imp, idx, full = (result(n) for n in ("floor", "import", "index", "full"))
wall_ratio, cpu_ratio = imp[0] / floor[0], imp[2] / floor[2]
wall_rate, cpu_rate = rows / idx[0], rows / idx[2]
ok_import, ok_index = cpu_ratio <= 3.0, cpu_rate >= 50_000

def verdict(ok):
    return "met" if ok else "MISSED"

lines = [
    "| benchmark | goal | wall time (mean ± sd) | CPU time | wall: rate / ratio | CPU: rate / ratio |",
    "| --- | --- | --- | --- | --- | --- |",
    f"| (a) floor: `sqlite3 :memory: .import` | baseline | {floor[0]:.2f} s ± {floor[1]:.2f} | {floor[2]:.2f} s"
    f" | {rows / floor[0]:,.0f} rows/s | {rows / floor[2]:,.0f} rows/s |",
    f"| (b) `reviewdesk-cli import --no-index` | ≤ 3.0× floor | {imp[0]:.2f} s ± {imp[1]:.2f} | {imp[2]:.2f} s"
    f" | {wall_ratio:.2f}× floor: {verdict(wall_ratio <= 3)} | {cpu_ratio:.2f}× floor: {verdict(ok_import)} |",
    f"| (c) full-text index catch-up | ≥ 50,000 reviews/s | {idx[0]:.2f} s ± {idx[1]:.2f} | {idx[2]:.2f} s"
    f" | {wall_rate:,.0f} reviews/s: {verdict(wall_rate >= 50_000)} | {cpu_rate:,.0f} reviews/s: {verdict(ok_index)} |",
]
if full:
    lines.append(f"| (d) `reviewdesk-cli import` with index | (information) | {full[0]:.2f} s (1 run) | {full[2]:.2f} s"
                 f" | {full[0] / floor[0]:.2f}× floor | {full[2] / floor[2]:.2f}× floor |")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
load_end = open("/proc/loadavg").read().split()[0]
print()
print(f"{rows:,} reviews, {os.path.getsize(csv_path) / 1e6:.0f} MB CSV; stored {stored:,}; quick_check {integrity}")
print(f"machine: {cpu}, {os.cpu_count()} cores, {mem} GB RAM; {platform.platform()}; sqlite3 {sqlite}")
print(f"load average (1 min) at start {load_start}, at end {load_end}")
print()
print("\n".join(lines))
print("\nVerdicts count CPU time (user + system): all four are single-threaded, so CPU time stays")
print("comparable on a shared machine where wall time does not; on an idle machine both agree.")
with open(prefix + ".md", "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"(markdown table also in {prefix}.md)")
if stored != rows:
    print(f"WARNING: {rows - stored} rows were not stored", file=sys.stderr)
sys.exit(0 if ok_import and ok_index and stored == rows else 1)
PY
