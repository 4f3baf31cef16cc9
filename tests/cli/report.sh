#!/usr/bin/env bash
# reviewdesk-cli report: the weekly report's numbers as JSON, CSV and XLSX on a small imported
# database with known answers; bad options are refused with a reason and exit 2; nothing is
# half-written. Arguments: CLI binary, tests/data folder, shared folder.
set -uo pipefail
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
db=$work/r.sqlite

"$cli" import "$data/report/reviews.csv" --db "$db" >/dev/null 2>&1 || fail "import exited $?"

# 1. JSON with known answers (nothing is classified here: every complaint is "unclassified").
#    2026-W47: w47-1..5 (w47-6/7 are 4-5 stars; w48-1 is Monday of the next week).
"$cli" report --db "$db" --week 2026-W47 --weeks 3 --format json --output "$work/r.json" \
    2>/dev/null || fail "report json exited $?"
python3 - "$work/r.json" <<'PY' || fail "json figures"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["week"] == "2026-W47", r["week"]
assert r["week_start"] == "2026-11-16T00:00:00Z", r["week_start"]
assert r["time_zone"] == "UTC"
assert [w["week"] for w in r["weekly"]] == ["2026-W45", "2026-W46", "2026-W47"]
assert [w["total"] for w in r["weekly"]] == [0, 2, 5], [w["total"] for w in r["weekly"]]
assert r["weekly"][2]["counts"]["unclassified"] == 5
total = [c for c in r["week_vs_last"] if c["category"] == "unclassified"][0]
assert (total["this_week"], total["last_week"], total["change"]) == (5, 2, 3), total
assert total["change_percent"] == 150.0, total
top = r["top_products"][0]
assert (top["sku"], top["complaints"], top["last_week"]) == ("SKU-1", 3, 1), top
assert r["response"]["this_week"]["complaints"] == 5
assert r["response"]["this_week"]["median_first_response_hours"] is None
assert r["bursts"] == []
PY

# 2. Filters and a burst: 3 complaints on SKU-1 within 36 hours, none with --platform amazon.
"$cli" report --db "$db" --week 2026-W47 --format json --burst-count 3 --burst-hours 36 \
    >"$work/b.json" 2>/dev/null || fail "report to stdout exited $?"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["bursts"] == [], r["bursts"]' \
    "$work/b.json" || fail "unclassified complaints must not form bursts"
"$cli" report --db "$db" --week 2026-W47 --platform amazon --shop "Shop C" --format json \
    >"$work/a.json" 2>/dev/null || fail "filtered report exited $?"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["weekly"][-1]["total"] == 1 and r["filters"]["platforms"] == ["amazon"], r["weekly"][-1]' \
    "$work/a.json" || fail "platform filter"

# 3. CSV: every table, text formula-guarded, numbers as numbers.
"$cli" report --db "$db" --week 2026-W47 --format csv --output "$work/r.csv" 2>/dev/null \
    || fail "report csv exited $?"
for table in summary weekly week_vs_last top_products phrases response bursts; do
    grep -q "^$table"$'\r'"\$" "$work/r.csv" || fail "csv lacks table $table"
done
grep -q "'=HYPERLINK" "$work/r.csv" || fail "formula not guarded in csv"
grep -q '^unclassified,5,2,3,150' "$work/r.csv" || fail "csv change row: $(grep unclassified "$work/r.csv")"

# 4. XLSX: one sheet per table, text never a formula.
"$cli" report --db "$db" --week 2026-W47 --format xlsx --output "$work/r.xlsx" 2>/dev/null \
    || fail "report xlsx exited $?"
python3 - "$work/r.xlsx" <<'PY' || fail "xlsx content"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
book = z.read("xl/workbook.xml").decode()
names = re.findall(r'<sheet name="([^"]+)"', book)
assert names == ["summary", "weekly", "week_vs_last", "top_products", "phrases", "response",
                 "bursts"], names
sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
assert not any("<f>" in z.read(n).decode() for n in sheets), "a formula cell"
assert "=HYPERLINK" in z.read("xl/sharedStrings.xml").decode()
PY

# 5. Bad options: exit 2 with the reason; nothing written.
expect_usage() {
    local what=$1 pattern=$2
    shift 2
    "$cli" report --db "$db" "$@" >"$work/out.txt" 2>"$work/err.txt"
    local rc=$?
    [ $rc -eq 2 ] || fail "$what: exit $rc"
    grep -q -- "$pattern" "$work/err.txt" || fail "$what: $(cat "$work/err.txt")"
}
# (--format pdf and png: tests/cli/report_draw.sh)
expect_usage "format" "unknown --format 'docx'" --format docx
expect_usage "week 53" "2025 has weeks 1 to 52" --week 2025-W53
expect_usage "week text" "not an ISO week" --week 2026-47
expect_usage "weeks" "2 to 26 weeks" --weeks 1
expect_usage "sla" "--sla-hours wants a number" --sla-hours abc
expect_usage "burst count" "at least 2" --burst-count 1
expect_usage "burst hours" "at most 168" --burst-hours 200
expect_usage "platform" "unknown --platform value 'ebay'" --platform ebay
expect_usage "xlsx stdout" "needs --output" --format xlsx

# 6. No database: exit 1, and none is created. An unwritable target: exit 1, nothing left.
"$cli" report --db "$work/none.sqlite" --week 2026-W47 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "no database at" "$work/err.txt" || fail "missing db: $(cat "$work/err.txt")"
[ ! -e "$work/none.sqlite" ] || fail "a database was created"
"$cli" report --db "$db" --week 2026-W47 --format xlsx --output "$work/no/such/dir/r.xlsx" \
    2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "r.xlsx" "$work/err.txt" || fail "bad output dir: $(cat "$work/err.txt")"
"$cli" report --db "$db" --week 2026-W47 --format json --output "$work/no/such/dir/r.json" \
    2>"$work/err.txt"
[ $? -eq 1 ] || fail "bad output dir (json)"

# 7. Default week: the current ISO week in UTC.
"$cli" report --db "$db" --format json >"$work/now.json" 2>/dev/null || fail "default week"
python3 -c 'import json,sys,datetime; y,w,_=datetime.datetime.now(datetime.timezone.utc).isocalendar(); r=json.load(open(sys.argv[1])); assert r["week"] == "%04d-W%02d" % (y, w), r["week"]' \
    "$work/now.json" || fail "default week is not the current one"

echo "report: all checks passed"
