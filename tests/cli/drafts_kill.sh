#!/usr/bin/env bash
# Draft generation (`drafts --db`) killed with SIGKILL at several points: the store passes
# PRAGMA integrity_check, every review keeps exactly one draft, each batch transaction
# (--batch 500 reviews, DraftService) holds either all old or all new drafts, each draft's
# history ends with its current text, and a rerun completes.
# Needs the sqlite3 shell (scripts/deps.sh test); skips without.
# Arguments: CLI binary, tests/data folder, shared folder.
set -uo pipefail
cli=$1
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
db=$work/reviews.sqlite
rows=60000
batch=500

# Positive reviews: every one gets a thank-you draft without needing a classification, so
# every batch of $batch reviews writes $batch drafts.
awk -v n=$rows 'BEGIN {
    print "id,rating,text,customer_name,date";
    for (i = 0; i < n; i++)
        printf "p%d,%d,\"Great kettle, boils fast and looks nice (%d)\",Buyer %d,2024-%02d-%02d\n", i, 4 + i % 2, i, i, i % 12 + 1, i % 28 + 1;
}' >"$work/big.csv"
"$cli" import --db "$db" --no-index "$work/big.csv" >/dev/null || fail "import"

start=$(date +%s%N)
"$cli" drafts --db "$db" --batch $batch --agent Alice >"$work/out" 2>&1 || fail "first run: $(cat "$work/out")"
took_ms=$((($(date +%s%N) - start) / 1000000))
[ "$(sqlite3 "$db" "SELECT count(*) FROM drafts WHERE text LIKE '%Alice%'")" = $rows ] \
    || fail "first run: not every review has a draft signed by Alice: $(cat "$work/out")"

check() { # $1: what happened; prints how many drafts are new
    local integrity total new sizes size stale
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check') || fail "$1: sqlite3 cannot open the database"
    [ "$integrity" = ok ] || fail "$1: integrity_check: $integrity"
    total=$(sqlite3 "$db" "SELECT count(*) FROM drafts WHERE text LIKE '%Alice%' OR text LIKE '%Bob%'")
    [ "$total" = $rows ] || fail "$1: $total drafts by Alice or Bob for $rows reviews"
    new=$(sqlite3 "$db" "SELECT count(*) FROM drafts WHERE text LIKE '%Bob%'")
    # A batch stamps its drafts with one time: each stamp of the new drafts is one whole batch.
    sizes=$(sqlite3 "$db" "SELECT count(*) FROM drafts WHERE text LIKE '%Bob%' GROUP BY updated_at")
    for size in $sizes; do
        [ "$size" = $batch ] || [ "$new" = $rows ] || fail "$1: a batch left $size new drafts of $batch"
    done
    # The history of each draft ends with the draft's text: no draft without its history row.
    stale=$(sqlite3 "$db" "SELECT count(*) FROM drafts d WHERE d.text <> (SELECT h.text FROM draft_history h WHERE h.review_id = d.review_id ORDER BY h.id DESC LIMIT 1)")
    [ "$stale" = 0 ] || fail "$1: $stale drafts differ from their last history entry"
    echo "$new"
}

killed=0
for share in 15 35 55 75; do
    delay_ms=$((took_ms * share / 100))
    "$cli" drafts --db "$db" --batch $batch --agent Bob >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        killed=$((killed + 1))
        new=$(check "killed after ${delay_ms} ms") || exit 1
        echo "killed after ${delay_ms} ms: consistent, $new of $rows drafts are new"
    else
        wait "$pid" || fail "draft generation failed before the kill"
        echo "draft generation finished before ${delay_ms} ms"
    fi
done
[ $killed -gt 0 ] || fail "never killed mid-way (a whole run took ${took_ms} ms)"

"$cli" drafts --db "$db" --batch $batch --agent Bob >"$work/out" 2>&1 || fail "rerun: $(cat "$work/out")"
new=$(check "rerun") || exit 1
[ "$new" = $rows ] || fail "after the rerun only $new of $rows drafts are new"
echo ok
