#!/usr/bin/env bash
# Weekly report benchmark (docs/performance.md, "Weekly report").
#
# Builds reviewdesk-cli and report_bench (Release, build/report-bench), generates COUNT reviews
# with bench/gen_reviews.py (cached in bench/data/, shared with import_bench.sh), imports them
# with `reviewdesk-cli import --no-index` into bench/data/work/report-COUNT-sSEED.sqlite (cached
# while the generator is unchanged), lets report_bench add classifications with evidence,
# workflow, overrides and revisions through the store API, then times the report with Google
# Benchmark against a baseline measured in the same run (the queue's count of the same weeks).
# Prints goal against measured: WeeklyReport/8weeks within 300 ms.
#
# Usage: bench/report_bench.sh [--count N] [--seed S] [--week 2026-W47] [--repetitions R]
# Environment: BUILD_DIR (default build/report-bench), JOBS (default 2).
# Needs: scripts/deps.sh bench (python3). Exit 1 when the goal is missed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/report-bench}
JOBS=${JOBS:-2}
COUNT=1000000
SEED=1
WEEK=2026-W47
REPS=5
while [ $# -gt 0 ]; do
    case "$1" in
        --count) COUNT=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --week) WEEK=$2; shift 2 ;;
        --repetitions) REPS=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "report_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

for tool in python3 cmake ninja; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "report_bench.sh: '$tool' is missing; run scripts/deps.sh bench" >&2
        exit 1
    fi
done

DATA=$ROOT/bench/data
WORK=$DATA/work
RESULTS=$ROOT/bench/results
mkdir -p "$DATA" "$WORK" "$RESULTS"
CSV=$DATA/reviews-$COUNT-s$SEED.csv
DB=$WORK/report-$COUNT-s$SEED.sqlite
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$RESULTS/report-$STAMP

echo "== build (Release, $BUILD_DIR)"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DREVIEWDESK_BUILD_GUI=OFF -DREVIEWDESK_BUILD_TESTS=OFF -DREVIEWDESK_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target reviewdesk-cli report_bench -j "$JOBS"
CLI=$BUILD_DIR/src/cli/reviewdesk-cli
BENCH=$BUILD_DIR/bench/report_bench

# The generator is deterministic: a cached file is reused when its generator is unchanged.
GEN_SUM=$(cat "$ROOT"/bench/gen_reviews.py "$ROOT"/bench/gen_grammar_*.py | sha256sum | cut -c1-16)
if [ ! -f "$CSV" ] || [ "$(cat "$CSV.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== generate $COUNT reviews (seed $SEED) -> $CSV"
    python3 "$ROOT/bench/gen_reviews.py" --count "$COUNT" --seed "$SEED" --out "$CSV.tmp"
    mv "$CSV.tmp" "$CSV"
    echo "$GEN_SUM" >"$CSV.gen"
fi

export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config
if [ ! -f "$DB" ] || [ "$(cat "$DB.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== import $CSV -> $DB"
    rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.gen"
    "$CLI" import "$CSV" --db "$DB" --no-index
    echo "== add classifications, workflow, overrides and revisions"
    "$BENCH" --db "$DB" --prepare-only
    echo "$GEN_SUM" >"$DB.gen"
fi

echo "== report_bench ($WEEK, $REPS repetitions)"
"$BENCH" --db "$DB" --week "$WEEK" --benchmark_repetitions="$REPS" \
    --benchmark_report_aggregates_only=true --benchmark_out="$OUT.json" \
    --benchmark_out_format=json

python3 - "$OUT" "$DB" <<'PY'
import json, os, platform, sys
prefix, db = sys.argv[1], sys.argv[2]
data = json.load(open(prefix + ".json"))
rows = {}
for b in data["benchmarks"]:
    if b.get("aggregate_name") in ("mean", "median", "stddev"):
        unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
        r = rows.setdefault(b["run_name"], {})
        r[b["aggregate_name"]] = b["real_time"] * unit
        r[b["aggregate_name"] + "_cpu"] = b["cpu_time"] * unit
        if b["aggregate_name"] == "mean":
            for k in ("complaints", "reviews", "bursts"):
                if k in b:
                    r[k] = b[k]
base = rows["Baseline/QueueCount8weeks"]["median"]
goal = rows["WeeklyReport/8weeks"]["median"]
lines = ["| benchmark | goal | wall median (mean ± sd) | CPU median | rows | wall vs baseline |",
         "| --- | --- | --- | --- | --- | --- |"]
for name, r in rows.items():
    what = next((f"{int(r[k]):,} {k}" for k in ("complaints", "reviews", "bursts") if k in r), "")
    g = "≤ 300 ms" if name == "WeeklyReport/8weeks" else ("baseline" if name.startswith("Baseline") else "")
    lines.append(f"| {name} | {g} | {r['median']:.1f} ms ({r['mean']:.1f} ± {r.get('stddev', 0):.1f}) "
                 f"| {r['median_cpu']:.1f} ms | {what} | {r['median'] / base:.2f}× |")
ok = goal <= 300.0
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print()
load = open("/proc/loadavg").read().split()[:3]
print(f"database {os.path.basename(db)}: {os.path.getsize(db) / 1e6:.0f} MB; machine: {cpu}, "
      f"{os.cpu_count()} cores; {platform.platform()}; load average {' '.join(load)}")
print()
print("\n".join(lines))
print(f"\nWeeklyReport/8weeks: {goal:.1f} ms, goal 300 ms: {'met' if ok else 'MISSED'}")
with open(prefix + ".md", "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"(markdown table also in {prefix}.md)")
sys.exit(0 if ok else 1)
PY
