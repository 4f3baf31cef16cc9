#!/usr/bin/env bash
# The whole pipeline on COUNT generated reviews (docs/performance.md, "Whole pipeline"), one
# step after another on one database, each timed with /usr/bin/time (wall, user + system CPU,
# peak memory), and ONE table with the goals beside the figures:
#   floor     sqlite3 :memory: '.import --csv FILE t'            the baseline of the import goal
#   import    reviewdesk-cli import FILE --db DB --no-index      goal: CPU within 3x the floor
#   index     index_bench DB (full-text index catch-up)          goal: >= 50,000 reviews/s
#   classify  reviewdesk-cli classify --input FILE --output F    goal: >= 500,000 reviews/s/core
#   store     reviewdesk-cli classify --db DB                    (classify and store: information)
#   drafts    reviewdesk-cli drafts --db DB                      (information)
#   report    report_bench WeeklyReport/8weeks on DB             goal: <= 300 ms
#   gui       queue_bench DB: main window offscreen              goals: first rows <= 1 s,
#                                                                 filter <= 200 ms, RSS < 400 MB
# Reuses the generator (bench/gen_reviews.py, cached CSV in bench/data/) and the benchmark
# programs of the other benches (index_bench, report_bench, queue_bench).
#
# Usage: bench/pipeline_bench.sh [--count N] [--seed S] [--week 2026-W47]
# Environment: BUILD_DIR (default build/pipeline-bench), JOBS (default 2).
# Needs: scripts/deps.sh bench (python3, sqlite3). Exit 1 when a goal is missed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/pipeline-bench}
JOBS=${JOBS:-2}
COUNT=1000000
SEED=1
WEEK=2026-W47
while [ $# -gt 0 ]; do
    case "$1" in
        --count) COUNT=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --week) WEEK=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "pipeline_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
for tool in sqlite3 python3 cmake ninja; do
    command -v "$tool" >/dev/null 2>&1 || { echo "pipeline_bench.sh: '$tool' is missing; run scripts/deps.sh bench" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "pipeline_bench.sh: /usr/bin/time is missing (Debian package time)" >&2; exit 1; }

DATA=$ROOT/bench/data
WORK=$DATA/work/pipeline
RESULTS=$ROOT/bench/results
mkdir -p "$WORK" "$RESULTS"
CSV=$DATA/reviews-$COUNT-s$SEED.csv
DB=$WORK/pipeline.sqlite
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$RESULTS/pipeline-$STAMP
TIMES=$WORK/times.txt
: >"$TIMES"

echo "== build (Release, $BUILD_DIR)"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DREVIEWDESK_BUILD_GUI=ON -DREVIEWDESK_BUILD_TESTS=OFF -DREVIEWDESK_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target reviewdesk-cli index_bench report_bench queue_bench -j "$JOBS"
CLI=$BUILD_DIR/src/cli/reviewdesk-cli

GEN_SUM=$(cat "$ROOT"/bench/gen_reviews.py "$ROOT"/bench/gen_grammar_*.py | sha256sum | cut -c1-16)
if [ ! -f "$CSV" ] || [ "$(cat "$CSV.gen" 2>/dev/null)" != "$GEN_SUM" ]; then
    echo "== generate $COUNT reviews (seed $SEED) -> $CSV"
    python3 "$ROOT/bench/gen_reviews.py" --count "$COUNT" --seed "$SEED" --out "$CSV.tmp"
    mv "$CSV.tmp" "$CSV"
    echo "$GEN_SUM" >"$CSV.gen"
fi

# Programs' logs, settings and default database go to a throw-away folder.
export XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config
export REVIEWDESK_SETTINGS=$WORK/settings.ini QT_QPA_PLATFORM=offscreen
rm -f "$DB" "$DB-wal" "$DB-shm"

# step NAME COMMAND...: runs it under /usr/bin/time; appends "NAME wall cpu rss_kb load" to TIMES.
step() {
    local name=$1
    shift
    echo "== $name: $*"
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" \
        || { echo "$name failed:"; tail -20 "$WORK/$name.err"; exit 1; }
    read -r wall user sys rss <"$WORK/$name.time"
    echo "$name $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') $rss $load" >>"$TIMES"
    echo "   wall ${wall} s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s, peak RSS $((rss / 1024)) MB (load $load)"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$CSV" >/dev/null # from the page cache for every reader alike
step floor sqlite3 :memory: ".import --csv '$CSV' t"
step import "$CLI" import "$CSV" --db "$DB" --no-index
step index "$BUILD_DIR/bench/index_bench" "$DB"
step classify "$CLI" classify --input "$CSV" --output "$WORK/labels.csv"
step store "$CLI" classify --db "$DB"
step drafts "$CLI" drafts --db "$DB" --agent "Bench Agent"
step report "$BUILD_DIR/bench/report_bench" --db "$DB" --week "$WEEK" \
    --benchmark_filter='^(WeeklyReport/8weeks|Baseline/QueueCount8weeks)$' \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$OUT-report.json" --benchmark_out_format=json
# The queue bench works on a copy given a realistic workflow (statuses, follow-ups, overrides).
cp "$DB" "$WORK/gui.sqlite"
"$BUILD_DIR/bench/queue_bench" "$WORK/gui.sqlite" --prepare --runs 0 >/dev/null
cat "$WORK/gui.sqlite" >/dev/null
step gui "$BUILD_DIR/bench/queue_bench" "$WORK/gui.sqlite" --runs 3
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
STORED=$(sqlite3 "$DB" 'SELECT count(*) FROM reviews')
INTEGRITY=$(sqlite3 "$DB" 'PRAGMA quick_check')

python3 - "$TIMES" "$OUT" "$WORK" "$COUNT" "$STORED" "$INTEGRITY" "$LOAD_START" "$LOAD_END" <<'PY'
import json, os, platform, re, sys
times_path, out, work, count, stored, integrity, load_start, load_end = sys.argv[1:9]
count, stored = int(count), int(stored)
t = {}
for line in open(times_path):
    name, wall, cpu, rss, load = line.split()
    t[name] = dict(wall=float(wall), cpu=float(cpu), rss=int(rss) // 1024, load=load)

report = {}
for b in json.load(open(out + "-report.json"))["benchmarks"]:
    if b.get("aggregate_name") == "median":
        unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
        report[b["run_name"]] = (b["real_time"] * unit, b["cpu_time"] * unit)
gui_out = open(os.path.join(work, "gui.out")).read()
first_open = int(re.search(r"^\| open \(view: new negative\) \| (\d+) \|", gui_out, re.M).group(1))
worst_filter = float(re.search(r"worst median first rows after a filter change: ([\d.]+) ms", gui_out).group(1))
stall = int(re.search(r"longest GUI-thread stall: (\d+) ms", gui_out).group(1))
gui_rss = t["gui"]["rss"]

def rate(name):
    return count / t[name]["wall"], count / t[name]["cpu"]

rows, ok = [], True
def add(what, goal, wall, cpu, verdict, load):
    global ok
    ok = ok and verdict in ("met", "")
    rows.append(f"| {what} | {goal} | {wall} | {cpu} | {verdict or 'information'} | {load} |")

f = t["floor"]
add("floor: `sqlite3 :memory: .import`", "baseline", f"{f['wall']:.1f} s", f"{f['cpu']:.1f} s", "", f["load"])
i = t["import"]
ratio_cpu, ratio_wall = i["cpu"] / f["cpu"], i["wall"] / f["wall"]
add("import `--no-index`", "≤ 3× floor (CPU)", f"{i['wall']:.1f} s = {ratio_wall:.2f}× floor",
    f"{i['cpu']:.1f} s = {ratio_cpu:.2f}× floor", "met" if ratio_cpu <= 3 else "MISSED", i["load"])
w, c = rate("index")
add("full-text index catch-up", "≥ 50,000 reviews/s", f"{t['index']['wall']:.1f} s = {w:,.0f}/s",
    f"{t['index']['cpu']:.1f} s = {c:,.0f}/s", "met" if c >= 50_000 else "MISSED", t["index"]["load"])
w, c = rate("classify")
add("classify (`--input` CSV, one thread)", "≥ 500,000 reviews/s per core", f"{t['classify']['wall']:.1f} s = {w:,.0f}/s",
    f"{t['classify']['cpu']:.1f} s = {c:,.0f}/s", "met" if c >= 500_000 else "MISSED", t["classify"]["load"])
w, c = rate("store")
add("classify and store (`classify --db`)", "", f"{t['store']['wall']:.1f} s = {w:,.0f}/s",
    f"{t['store']['cpu']:.1f} s = {c:,.0f}/s", "", t["store"]["load"])
w, c = rate("drafts")
add("reply drafts (`drafts --db`)", "", f"{t['drafts']['wall']:.1f} s = {w:,.0f}/s",
    f"{t['drafts']['cpu']:.1f} s = {c:,.0f}/s", "", t["drafts"]["load"])
rw, rc = report["WeeklyReport/8weeks"]
bw, bc = report["Baseline/QueueCount8weeks"]
add("weekly report, 8 weeks (median of 3)", "≤ 300 ms", f"{rw:.0f} ms ({rw / bw:.0f}× the queue count)",
    f"{rc:.0f} ms", "met" if rw <= 300 else "MISSED", t["report"]["load"])
add("GUI: open, first rows", "≤ 1 s", f"{first_open} ms", "", "met" if first_open <= 1000 else "MISSED", t["gui"]["load"])
add("GUI: filter or search, first rows (worst median)", "≤ 200 ms", f"{worst_filter:.0f} ms",
    f"longest GUI-thread stall {stall} ms", "met" if worst_filter <= 200 else "MISSED", t["gui"]["load"])
add("GUI: peak memory", "< 400 MB", f"{gui_rss} MB", "", "met" if gui_rss < 400 else "MISSED", t["gui"]["load"])

table = ["| step | goal | wall | CPU (user + system) | verdict | load avg (1 min) at start |",
         "| --- | --- | --- | --- | --- | --- |"] + rows
cpu_name = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
head = [f"{count:,} generated reviews; stored {stored:,}; quick_check {integrity}",
        f"machine: {cpu_name}, {os.cpu_count()} cores, {mem} GB RAM; {platform.platform()}",
        f"load average (1, 5, 15 min) at start {load_start}, at end {load_end}"]
print()
print("\n".join(head))
print()
print("\n".join(table))
print("\nRates per core use CPU time; every step but the GUI runs on one thread.")
with open(out + ".md", "w") as fh:
    fh.write("\n".join(head) + "\n\n" + "\n".join(table) + "\n")
print(f"(also in {out}.md)")
sys.exit(0 if ok and stored == count else 1)
PY
