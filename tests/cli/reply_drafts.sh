#!/usr/bin/env bash
# Reply drafts from the command line: drafts, export-replies (csv, ozon-json, text), approve,
# mark-posted, templates; bad template files and bad input files are rejected with a reason
# and change nothing. Args: CLI, tests/data dir, shared dir.
set -euo pipefail
cli=$1
data=$2/replies
command -v python3 >/dev/null || { echo "python3 is needed to parse the exports back"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
db=$work/r.sqlite
fail() { echo "FAIL: $*" >&2; exit 1; }
# Records (not lines: replies span lines) of a CSV on standard input, header excluded.
csv_records() { python3 -c 'import csv, sys; print(len(list(csv.reader(sys.stdin))) - 1)'; }

"$cli" import --db "$db" --platform ozon "$data/ozon-ru.csv" >/dev/null
"$cli" import --db "$db" --platform amazon "$data/amazon-en.csv" >/dev/null
"$cli" import --db "$db" --platform taobao "$data/taobao-zh.csv" >/dev/null

# A broken user template file is rejected with file, line and reason; nothing is drafted.
set +e
out=$("$cli" drafts --db "$db" --templates "$data/broken-templates.json" 2>&1); rc=$?
set -e
[ "$rc" = 3 ] || fail "broken templates: exit $rc"
grep -q "broken-templates.json:8:.*template 'positive'.*unknown variable 'agnet_name'" <<<"$out" \
    || fail "broken templates message: $out"
n=$("$cli" export-replies --db "$db" --format csv --no-mark 2>/dev/null | csv_records)
[ "$n" = 0 ] || fail "drafts were written despite the broken template file"

# Positive reviews need no classification: 6 thank-you drafts, in each review's language.
out=$("$cli" drafts --db "$db" --agent "Li Wei" --agent-title "Care lead" --shop-name "Kettle Co")
grep -q "written 6 new" <<<"$out" || fail "drafts: $out"
out=$("$cli" drafts --db "$db" --agent "Li Wei" --agent-title "Care lead" --shop-name "Kettle Co")
grep -q "6 already up to date" <<<"$out" || fail "second run: $out"

"$cli" export-replies --db "$db" --format csv --no-mark -o "$work/all.csv" 2>/dev/null
python3 - "$work/all.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0] == ['review_id', 'platform', 'external_id', 'language', 'reply'], rows[0]
body = rows[1:]
assert len(body) == 6, len(body)
want = {'ozon': 'ru', 'amazon': 'en', 'taobao': 'zh'}
for r in body:
    assert want[r[1]] == r[3], r
    assert 'Li Wei' in r[4] and 'Kettle Co' in r[4], r[4]
    assert '{' not in r[4], r[4]
assert any('\n' in r[4] for r in body)
assert not any(r[4][:1] in '=+-@\t\r' for r in body)
PY

# ozon-json holds the Ozon reviews only; exporting marks them exported.
"$cli" export-replies --db "$db" --format ozon-json -o "$work/ozon.json" 2>"$work/err"
grep -q "skipped 4 draft(s) of reviews not on Ozon" "$work/err" || fail "ozon skip: $(cat "$work/err")"
grep -q "marked 2 draft(s) exported" "$work/err" || fail "marking: $(cat "$work/err")"
[ ! -e "$work/ozon.json.part" ] || fail "temporary file left behind"
python3 - "$work/ozon.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding='utf-8'))
assert sorted(i['review_id'] for i in items) == ['rd-ru-1', 'rd-ru-4'], items
assert all(set(i) == {'review_id', 'text', 'mark_review_as_processed'} for i in items)
assert all(i['mark_review_as_processed'] is True for i in items)
assert all(i['text'].startswith(('Здравствуйте', 'Добрый день')) for i in items)
PY
n=$("$cli" export-replies --db "$db" --format csv --state draft --no-mark 2>/dev/null | csv_records)
[ "$n" = 4 ] || fail "after marking, 4 drafts should still be in state draft (got $n)"

# Posting from the exported file completes the state machine; posted drafts leave the export.
out=$("$cli" mark-posted --db "$db" --from "$work/ozon.json" --agent "Li Wei")
grep -q "posted 2 draft(s)" <<<"$out" || fail "mark-posted: $out"
"$cli" export-replies --db "$db" --format text --no-mark >"$work/pack.txt" 2>/dev/null
grep -q "rd-en-1" "$work/pack.txt" || fail "text pack misses an Amazon reply"
if grep -q "rd-ru-1" "$work/pack.txt"; then fail "a posted reply was exported again"; fi
grep -q "/500 chars" "$work/pack.txt" || fail "text pack does not show Taobao's limit"

# approve wants ids or filters; then draft -> approved.
set +e
"$cli" approve --db "$db" >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 2 ] || fail "approve without a selection: exit $rc"
out=$("$cli" approve --db "$db" --platform amazon)
grep -q "approved 2 draft(s)" <<<"$out" || fail "approve: $out"

# Bad input: an unknown format, a file that is not an export; nothing changes.
set +e
"$cli" export-replies --db "$db" --format xlsx >/dev/null 2>&1; rc=$?
[ "$rc" = 2 ] || fail "unknown format: exit $rc"
echo "hello" >"$work/junk.txt"
out=$("$cli" mark-posted --db "$db" --from "$work/junk.txt" 2>&1); rc=$?
[ "$rc" = 3 ] || fail "junk file: exit $rc"
grep -q "junk.txt: no review ids found" <<<"$out" || fail "junk message: $out"
printf '[{"review_id": "no-such-review", "text": "x"}]' >"$work/unknown.json"
out=$("$cli" mark-posted --db "$db" --from "$work/unknown.json" 2>&1); rc=$?
[ "$rc" = 3 ] || fail "unknown id: exit $rc"
set -e
grep -q "no Ozon review \"no-such-review\"" <<<"$out" || fail "unknown id message: $out"

# templates lists the set and finds no gaps.
"$cli" templates | grep -q "gaps (no template): none" || fail "templates has gaps"

# Complaints need the classifier; when it is available, their drafts name the problem.
if "$cli" classify --db "$db" >/dev/null 2>&1; then
    "$cli" drafts --db "$db" >/dev/null
    "$cli" export-replies --db "$db" --format csv --no-mark --rating 1-2 -o "$work/c.csv" 2>/dev/null
    python3 - "$work/c.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))[1:]
assert len(rows) >= 4, rows
for r in rows:
    quoted = {'ru': '«', 'en': '"', 'zh': '“'}[r[3]]
    assert quoted in r[4], r
PY
else
    echo "note: classify is not available; complaint drafts not checked"
fi
echo ok
