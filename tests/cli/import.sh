#!/usr/bin/env bash
# reviewdesk-cli import: summary per file, skipped rows with line and reason, exit 3 for a
# rejected file (and nothing stored from it), options, re-import, full-text index catch-up.
# Arguments: CLI binary, tests/data folder, shared folder.
set -uo pipefail
cli=$1
data=$2/import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
db=$work/reviews.sqlite

"$cli" import --help | grep -q -- "--mapping" || fail "--help"

# 1. Two files at once: one summary each; skipped rows listed with line and reason.
"$cli" import --db "$db" "$data/zh-gbk.csv" "$data/bad-rows.csv" >"$work/out.txt" 2>"$work/err.txt" \
    || fail "import exited $?: $(cat "$work/err.txt")"
grep -q "zh-gbk.csv: csv, gb18030, delimiter ," "$work/out.txt" || fail "zh summary: $(cat "$work/out.txt")"
grep -q "read 4, new 4, updated 0, revised 0, unchanged 0, skipped 0" "$work/out.txt" || fail "zh counts"
grep -q "read 8, new 2, updated 0, revised 0, unchanged 0, skipped 6" "$work/out.txt" || fail "bad-rows counts"
grep -q "  line 6: unrecognised rating 'five'" "$work/out.txt" || fail "skipped reasons: $(cat "$work/out.txt")"

# 2. Re-import: unchanged. A newer export: revised.
"$cli" import --db "$db" "$data/zh-gbk.csv" >"$work/out.txt" || fail "re-import"
grep -q "read 4, new 0, updated 0, revised 0, unchanged 4, skipped 0" "$work/out.txt" || fail "re-import counts: $(cat "$work/out.txt")"
"$cli" import --db "$db" "$data/export-v1.csv" >/dev/null || fail "export-v1"
"$cli" import --db "$db" "$data/export-v2.csv" >"$work/out.txt" || fail "export-v2"
grep -q "new 1, updated 1, revised 1, unchanged 1" "$work/out.txt" || fail "revision counts: $(cat "$work/out.txt")"

# 3. A rejected file: exit 3, file:line: reason, the other files still imported, nothing of it stored.
before=$("$cli" stats --db "$db" --json | grep '"reviews"')
"$cli" import --db "$db" "$data/unterminated.csv" "$data/ozon-list.json" >"$work/out.txt" 2>"$work/err.txt"
rc=$?
[ $rc -eq 3 ] || fail "rejected file: exit $rc"
grep -q "unterminated.csv:3: unterminated quoted field" "$work/err.txt" || fail "message: $(cat "$work/err.txt")"
grep -q "ozon-list.json: ozon-json, utf-8" "$work/out.txt" || fail "second file not imported"
after=$("$cli" stats --db "$db" --json | grep '"reviews"')
[ "$before" != "$after" ] || fail "the Ozon file was not stored"
"$cli" import --db "$db" --encoding gbk "$data/zh-gbk-invalid.csv" 2>"$work/err.txt"
[ $? -eq 3 ] && grep -q "zh-gbk-invalid.csv:3: not valid gb18030" "$work/err.txt" || fail "forced encoding: $(cat "$work/err.txt")"
printf 'id,text\r\n1,fine\r\n2,bad \xff byte\r\n' >"$work/bad-utf8.csv"
"$cli" import --db "$db" --encoding utf-8 "$work/bad-utf8.csv" 2>"$work/err.txt"
[ $? -eq 3 ] && grep -q "bad-utf8.csv:3: not valid UTF-8" "$work/err.txt" || fail "invalid UTF-8: $(cat "$work/err.txt")"

# 4. Bad options are usage errors (exit 2); a missing file is a failure (exit 1).
"$cli" import --db "$db" --format xlsx "$data/zh-gbk.csv" 2>/dev/null; [ $? -eq 2 ] || fail "--format xlsx"
"$cli" import --db "$db" --encoding latin9 "$data/zh-gbk.csv" 2>/dev/null; [ $? -eq 2 ] || fail "--encoding"
"$cli" import --db "$db" --platform ebay "$data/zh-gbk.csv" 2>/dev/null; [ $? -eq 2 ] || fail "--platform"
"$cli" import --db "$db" 2>/dev/null; [ $? -eq 2 ] || fail "no file"
"$cli" import --db "$db" "$work/missing.csv" 2>/dev/null; [ $? -eq 1 ] || fail "missing file"

# 5. Options: mapping file, platform, shop; the index is caught up so search finds the text.
"$cli" import --db "$db" --mapping "$data/custom-mapping.json" "$data/custom-headers.csv" >/dev/null \
    || fail "--mapping"
"$cli" import --db "$db" --platform wildberries --shop "WB shop" "$data/unrated.csv" >/dev/null \
    || fail "--platform"
"$cli" list --db "$db" --platform wildberries --format csv | grep -q "WB shop" || fail "platform/shop not stored"
"$cli" list --db "$db" --search "Zu klein" | grep -q "Zu klein" || fail "search after import"
"$cli" stats --db "$db" --json | grep -q '"search_indexed": 0' && fail "index not caught up"
echo ok
