#!/usr/bin/env bash
# reviewdesk-cli import is one transaction: a SIGKILL at any moment leaves the database
# consistent (PRAGMA integrity_check ok) and holding all or none of the batch, and a later
# import of the same file works. Needs the sqlite3 shell (scripts/deps.sh test); skips without.
# Arguments: CLI binary, tests/data folder, shared folder.
set -uo pipefail
cli=$1
data=$2
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
db=$work/reviews.sqlite
rows=300000

# A large file: long enough that the import is still running when it is killed.
awk -v n=$rows 'BEGIN {
    print "id,rating,text,date";
    for (i = 0; i < n; i++)
        printf "k%d,%d,\"Review %d: the parcel arrived late, the box was dented, but the item itself works fine, thanks\",2024-%02d-%02d\n", i, i % 5 + 1, i, i % 12 + 1, i % 28 + 1;
}' >"$work/big.csv"

# A batch that is already stored, which the kills must not disturb.
"$cli" import --db "$db" --no-index "$data/import/export-v1.csv" >/dev/null || fail "first import"

check() { # $1: what happened; prints "reviews batches" after checking consistency
    local integrity reviews batches
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check') || fail "$1: sqlite3 cannot open the database"
    [ "$integrity" = ok ] || fail "$1: integrity_check: $integrity"
    reviews=$(sqlite3 "$db" 'SELECT count(*) FROM reviews')
    batches=$(sqlite3 "$db" 'SELECT count(*) FROM import_batches')
    half=$(sqlite3 "$db" 'SELECT count(*) FROM import_batches WHERE finished_at IS NULL')
    [ "$half" = 0 ] || fail "$1: $half unfinished batch(es)"
    echo "$reviews $batches"
}

killed=0
for delay in 0.3 0.8 1.5 3; do
    "$cli" import --db "$db" --no-index "$work/big.csv" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        killed=$((killed + 1))
        state=$(check "killed after ${delay}s")
        [ "$state" = "3 1" ] || fail "killed after ${delay}s: store holds '$state' (reviews batches), expected '3 1'"
        echo "killed after ${delay}s: consistent, none of the batch stored"
    else
        wait "$pid" || fail "import finished with $? before the kill"
        state=$(check "finished before ${delay}s")
        [ "$state" = "$((rows + 3)) 2" ] || fail "finished import: store holds '$state'"
        echo "import finished before ${delay}s: all of the batch stored"
        break
    fi
done
[ $killed -gt 0 ] || fail "the import was never killed mid-way (machine too fast for $rows rows?)"

# After the kills, the same file imports completely (once), and again changes nothing.
"$cli" import --db "$db" --no-index "$work/big.csv" >"$work/out.txt" 2>&1 || fail "re-import: $(cat "$work/out.txt")"
state=$(check "re-import")
[ "$state" = "$((rows + 3)) 2" ] || [ "$state" = "$((rows + 3)) 3" ] || fail "after re-import: '$state'"
"$cli" import --db "$db" --no-index "$work/big.csv" >"$work/out.txt" 2>&1 || fail "third import"
grep -q "unchanged $rows, skipped 0" "$work/out.txt" || fail "third import: $(cat "$work/out.txt")"
echo ok
