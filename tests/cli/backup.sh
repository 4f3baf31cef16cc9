#!/usr/bin/env bash
# reviewdesk-cli backup: a verified online copy; refuses to overwrite without --force, never
# creates a database that is not there, works while an import writes, and the copy restores.
# Args: CLI binary, tests/data folder, shared folder. Needs the sqlite3 shell (skips without).
set -uo pipefail
cli=$1
data=$2
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
db=$work/reviews.sqlite
copy=$work/copy.sqlite

"$cli" import --db "$db" "$data/import/export-v1.csv" >/dev/null || fail "import"

"$cli" backup --db "$db" >"$work/out" 2>&1
[ $? = 2 ] || fail "without --to: $(cat "$work/out")"
"$cli" backup --db "$work/missing.sqlite" --to "$copy" >"$work/out" 2>&1
[ $? = 1 ] || fail "missing database accepted"
grep -q "missing.sqlite: no such database" "$work/out" || fail "missing db message: $(cat "$work/out")"
[ ! -e "$work/missing.sqlite" ] || fail "backup created the database it was asked to copy"
"$cli" backup --db "$db" --to "$db" >"$work/out" 2>&1
[ $? = 2 ] || fail "copying a database onto itself: $(cat "$work/out")"

"$cli" backup --db "$db" --to "$copy" >"$work/out" 2>&1 || fail "backup: $(cat "$work/out")"
grep -q "(3 reviews, integrity check ok)" "$work/out" || fail "summary: $(cat "$work/out")"
[ "$(sqlite3 "$copy" 'PRAGMA integrity_check')" = ok ] || fail "copy not ok"
[ "$(sqlite3 "$copy" 'SELECT count(*) FROM reviews')" = 3 ] || fail "copy lacks reviews"
[ ! -e "$copy.part" ] || fail "temporary file left behind"

# An existing file is kept unless --force; with --force it is replaced by the new copy.
"$cli" import --db "$db" "$data/import/export-v2.csv" >/dev/null || fail "second import"
before=$(md5sum <"$copy")
"$cli" backup --db "$db" --to "$copy" >"$work/out" 2>&1
[ $? = 2 ] || fail "overwrote without --force"
grep -q "exists; give --force" "$work/out" || fail "overwrite message: $(cat "$work/out")"
[ "$(md5sum <"$copy")" = "$before" ] || fail "the existing file changed"
"$cli" backup --db "$db" --to "$copy" --force >"$work/out" 2>&1 || fail "--force: $(cat "$work/out")"
want=$(sqlite3 "$db" 'SELECT count(*) FROM reviews')
[ "$(sqlite3 "$copy" 'SELECT count(*) FROM reviews')" = "$want" ] || fail "--force copy is stale"

# Backing up while an import is writing: the copy is a consistent snapshot (all or none of
# the import's batch), and the import is not disturbed.
awk 'BEGIN { print "id,rating,text"; for (i = 0; i < 200000; i++) printf "b%d,%d,review number %d\n", i, i % 5 + 1, i }' >"$work/big.csv"
"$cli" import --db "$db" --no-index "$work/big.csv" >"$work/import.out" 2>&1 &
pid=$!
sleep 0.5
"$cli" backup --db "$db" --to "$work/live.sqlite" >"$work/out" 2>&1 || fail "backup during import: $(cat "$work/out")"
wait $pid || fail "import during backup: $(cat "$work/import.out")"
[ "$(sqlite3 "$work/live.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "live copy not ok"
n=$(sqlite3 "$work/live.sqlite" 'SELECT count(*) FROM reviews')
[ "$n" = "$want" ] || [ "$n" = "$((want + 200000))" ] || fail "live copy holds part of a batch: $n"
half=$(sqlite3 "$work/live.sqlite" 'SELECT count(*) FROM import_batches WHERE finished_at IS NULL')
[ "$half" = 0 ] || fail "live copy holds an unfinished batch"

# Restore (docs/backup.md): the copy put in place of the database opens and works.
cp "$copy" "$work/restored.sqlite"
"$cli" stats --db "$work/restored.sqlite" >"$work/out" 2>&1 || fail "restored copy: $(cat "$work/out")"
"$cli" import --db "$work/restored.sqlite" "$data/import/export-v1.csv" >/dev/null || fail "import into restored copy"
echo ok
