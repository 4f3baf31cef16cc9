#!/usr/bin/env bash
# Review-queue benchmark (docs/performance.md, "Review queue: 1,000,000 reviews").
#
# Builds reviewdesk-cli and queue_bench (Release, $BUILD_DIR), makes a database of COUNT
# generated reviews once (bench/gen_reviews.py CSV, imported and indexed by the CLI, classified
# by the CLI, and given a realistic workflow by `queue_bench --prepare`; cached in
# bench/data/work/), then runs the real main window offscreen under /usr/bin/time -v:
# time to the first rows when opening, first rows and count after each filter/search change,
# a jump deep into the queue, the longest GUI-thread stall, and peak memory. Baselines from
# the same run: first page as full records, deep page by OFFSET.
#
# Goals (issue 6): first rows within 1 s of opening, a filter or search answers within 200 ms,
# memory below 400 MB. Exit 1 when one is missed.
#
# Usage: bench/queue_bench.sh [--count N] [--seed S] [--runs R]
# Environment: BUILD_DIR (default build/bench-gui), JOBS (default 2), DATA (default bench/data).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench-gui}
JOBS=${JOBS:-2}
DATA=${DATA:-$ROOT/bench/data}
COUNT=1000000
SEED=1
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --count) COUNT=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "queue_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

WORK=$DATA/work
mkdir -p "$WORK"
CSV=$DATA/reviews-$COUNT-s$SEED.csv
DB=$WORK/queue-$COUNT-s$SEED.sqlite

echo "== build (Release, $BUILD_DIR)"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DREVIEWDESK_BUILD_GUI=ON -DREVIEWDESK_BUILD_TESTS=OFF -DREVIEWDESK_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target reviewdesk-cli queue_bench -j "$JOBS"
CLI=$BUILD_DIR/src/cli/reviewdesk-cli
BENCH=$BUILD_DIR/bench/queue_bench

# The programs' logs, settings and default database go to a throw-away folder.
export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config
export REVIEWDESK_SETTINGS=$WORK/queue-bench-settings.ini QT_QPA_PLATFORM=offscreen

GEN_SUM=$(cat "$ROOT"/bench/gen_reviews.py "$ROOT"/bench/gen_grammar_*.py | sha256sum | cut -c1-16)
if [ ! -f "$CSV" ] || [ "$(cat "$CSV.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== generate $COUNT reviews (seed $SEED) -> $CSV"
    python3 "$ROOT/bench/gen_reviews.py" --count "$COUNT" --seed "$SEED" --out "$CSV.tmp"
    mv "$CSV.tmp" "$CSV"
    echo "$GEN_SUM" >"$CSV.gen"
fi
if [ ! -f "$DB" ] || [ "$(cat "$DB.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== database: import, index, classify, workflow -> $DB"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    "$CLI" import "$CSV" --db "$DB.tmp" >/dev/null
    "$CLI" classify --db "$DB.tmp" >/dev/null
    "$BENCH" "$DB.tmp" --prepare --runs 0 >/dev/null
    sqlite3 "$DB.tmp" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    mv "$DB.tmp" "$DB"
    rm -f "$DB.tmp-wal" "$DB.tmp-shm"
    echo "$GEN_SUM" >"$DB.gen"
fi
echo "== $DB: $(sqlite3 "$DB" 'SELECT count(*) FROM reviews') reviews, $(du -m "$DB" | cut -f1) MB"

# Cold-ish start: the file is read once so each run starts from the page cache, as a desktop
# that opened the database before would.
cat "$DB" >/dev/null
LOG=$WORK/queue-bench.log
/usr/bin/time -v "$BENCH" "$DB" --runs "$RUNS" 2>"$LOG.time" | tee "$LOG"
RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$LOG.time")
echo "peak RSS (/usr/bin/time -v): $((RSS_KB / 1024)) MB"
echo "machine: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"

OPEN=$(sed -n 's/^| open (view: new negative) | \([0-9-]*\) |.*/\1/p' "$LOG")
WORST=$(sed -n 's/^worst median first rows after a filter change: \([0-9]*\) ms/\1/p' "$LOG")
status=0
[ "$OPEN" -ge 0 ] && [ "$OPEN" -le 1000 ] || { echo "MISSED: first rows after opening: $OPEN ms > 1000 ms"; status=1; }
[ "$WORST" -le 200 ] || { echo "MISSED: a filter change took $WORST ms > 200 ms"; status=1; }
[ "$RSS_KB" -le $((400 * 1024)) ] || { echo "MISSED: peak memory $((RSS_KB / 1024)) MB > 400 MB"; status=1; }
[ "$status" = 0 ] && echo "all goals met"
exit "$status"
