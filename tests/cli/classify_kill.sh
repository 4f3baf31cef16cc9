#!/usr/bin/env bash
# Re-classification (`classify --db`) killed with SIGKILL at several points: the store passes
# PRAGMA integrity_check, every review keeps exactly one automatic result, and each batch
# transaction (500 reviews in ascending id order, ClassificationService) holds either all old
# or all new results, so the new results are a prefix of whole batches; a rerun completes.
# Needs the sqlite3 shell (scripts/deps.sh test); skips without.
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
rows=200000
batch=500

awk -v n=$rows 'BEGIN {
    split("the parcel arrived late and the box was dented|the strap broke after two days of use|support never answered my messages|too expensive for what it is|works fine, thank you", t, "|");
    print "id,rating,text,date";
    for (i = 0; i < n; i++)
        printf "c%d,%d,\"%s (%d)\",2024-%02d-%02d\n", i, i % 5 + 1, t[i % 5 + 1], i, i % 12 + 1, i % 28 + 1;
}' >"$work/big.csv"
"$cli" import --db "$db" --no-index "$work/big.csv" >/dev/null || fail "import"

rules=(--no-user-rules --builtin-rules "$data/rules/engine")
printf '{"rules": [{"id": "kill.test.extra", "target": "product", "language": "en", "terms": ["zzyzx"]}]}\n' >"$work/extra.json"

# The old results, and how long a whole run takes here (the kills are spread over it).
start=$(date +%s%N)
"$cli" classify "${rules[@]}" --db "$db" >"$work/out" 2>&1 || fail "first classify: $(cat "$work/out")"
took_ms=$((($(date +%s%N) - start) / 1000000))
old=$(sqlite3 "$db" 'SELECT DISTINCT ruleset_version FROM classifications')
[ "$(sqlite3 "$db" 'SELECT count(*) FROM classifications')" = $rows ] || fail "first run incomplete"

check() { # $1: what happened; prints how many reviews have the new results
    local integrity total versions new maxnew minold
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check') || fail "$1: sqlite3 cannot open the database"
    [ "$integrity" = ok ] || fail "$1: integrity_check: $integrity"
    total=$(sqlite3 "$db" 'SELECT count(*) FROM classifications')
    [ "$total" = $rows ] || fail "$1: $total automatic results for $rows reviews"
    versions=$(sqlite3 "$db" 'SELECT count(DISTINCT ruleset_version) FROM classifications')
    [ "$versions" -le 2 ] || fail "$1: $versions rule-set versions"
    new=$(sqlite3 "$db" "SELECT count(*) FROM classifications WHERE ruleset_version <> '$old'")
    [ $((new % batch)) = 0 ] || [ "$new" = $rows ] || fail "$1: $new new results: not whole batches of $batch"
    maxnew=$(sqlite3 "$db" "SELECT coalesce(max(review_id), 0) FROM classifications WHERE ruleset_version <> '$old'")
    minold=$(sqlite3 "$db" "SELECT coalesce(min(review_id), 1e18) FROM classifications WHERE ruleset_version = '$old'")
    [ "$maxnew" -lt "${minold%.*}" ] 2>/dev/null || [ "$new" = 0 ] || [ "$new" = $rows ] \
        || fail "$1: the new results are not the first $new reviews"
    # A run stamps all its results with one time; what each killed run left is whole batches.
    local sizes size
    sizes=$(sqlite3 "$db" "SELECT count(*) FROM classifications WHERE ruleset_version <> '$old' GROUP BY classified_at")
    for size in $sizes; do
        [ $((size % batch)) = 0 ] || [ "$new" = $rows ] || fail "$1: a run left $size results: not whole batches"
    done
    echo "$new"
}

killed=0
for share in 15 35 55 75; do
    delay_ms=$((took_ms * share / 100))
    "$cli" classify "${rules[@]}" --rules "$work/extra.json" --db "$db" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        killed=$((killed + 1))
        new=$(check "killed after ${delay_ms} ms") || exit 1
        echo "killed after ${delay_ms} ms: consistent, $new of $rows reviews have the new results"
    else
        wait "$pid" || fail "re-classification failed before the kill"
        echo "re-classification finished before ${delay_ms} ms"
    fi
done
[ $killed -gt 0 ] || fail "never killed mid-way (a whole run took ${took_ms} ms)"

"$cli" classify "${rules[@]}" --rules "$work/extra.json" --db "$db" >"$work/out" 2>&1 \
    || fail "rerun: $(cat "$work/out")"
grep -q "classified $rows of $rows" "$work/out" || fail "rerun summary: $(cat "$work/out")"
new=$(check "rerun") || exit 1
[ "$new" = $rows ] || fail "after the rerun only $new of $rows have the new results"
echo ok
