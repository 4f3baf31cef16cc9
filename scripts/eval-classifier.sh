#!/usr/bin/env bash
# Scores the classification rules on the development sets: classifies
# ../shared/data/reviews-{ru,zh,en,en2}.csv with the rule files of resources/rules (read from the
# source tree, so editing a rule needs no rebuild) and scores each language with
# ../shared/tools/score-labels against ../shared/eval/dev-<lang>.csv.
#
# Usage: scripts/eval-classifier.sh [options] [LANG...]        (LANG: ru zh en en2; default all)
#   -v, --verbose      the full score-labels report (P/R/F1, confusion) of each language
#   --errors           list the misclassified dev reviews (id, gold -> predicted, text)
#   --rules FILE       also apply this rule file (as a user file would be); repeatable
#   --rules-dir DIR    built-in rule folder to use instead of resources/rules
#   --explain ID       explain one review of the data files (e.g. ru-000123) and stop
# Environment: BUILD_DIR (default build/eval-classifier: a Release build of reviewdesk-cli, made
# or updated only when sources are newer than the binary), REVIEWDESK_SHARED_DIR (default
# ../shared), KEEP=DIR to keep the predictions there.
#
# Write rules for the phenomenon, never for one review: the held-out set decides.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${REVIEWDESK_SHARED_DIR:-$root/../shared}
build=${BUILD_DIR:-$root/build/eval-classifier}
rules_dir=$root/resources/rules
verbose=0
errors=0
explain=
extra=()
langs=()
while [ $# -gt 0 ]; do
    case "$1" in
        -v|--verbose) verbose=1 ;;
        --errors) errors=1 ;;
        --rules) shift; extra+=(--rules "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")") ;;
        --rules-dir) shift; rules_dir=$(cd "$1" && pwd) ;;
        --explain) shift; explain=$1 ;;
        ru|zh|en|en2) langs+=("$1") ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "eval-classifier: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
[ ${#langs[@]} -eq 0 ] && langs=(ru zh en en2)
[ -x "$shared/tools/score-labels" ] || { echo "eval-classifier: $shared/tools/score-labels not found" >&2; exit 1; }

# Build reviewdesk-cli only when a source the classification depends on is newer than it (a
# no-op check costs milliseconds; edits elsewhere in the core do not change the results).
cli=$build/src/cli/reviewdesk-cli
if [ ! -x "$cli" ] || [ -n "$(find "$root/src/core/classify" "$root/src/core/text" \
        "$root/src/core/model" "$root/src/core/import/CsvReader.cpp" \
        "$root/src/core/import/CsvReader.h" "$root/src/core/export/CsvWriter.cpp" \
        "$root/src/cli/ClassifyCommand.cpp" "$root/src/cli/ClassifyExplain.cpp" \
        "$root/src/cli/CliCommon.cpp" "$root/CMakeLists.txt" "$root/src/core/CMakeLists.txt" \
        -newer "$cli" -print -quit 2>/dev/null)" ]; then
    mkdir -p "$build"
    echo "eval-classifier: building reviewdesk-cli in $build ..." >&2
    if ! (
        flock 9
        if [ ! -f "$build/build.ninja" ]; then
            cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
                -DREVIEWDESK_BUILD_GUI=OFF -DREVIEWDESK_BUILD_TESTS=OFF \
                -DREVIEWDESK_BUILD_BENCH=OFF
        fi
        cmake --build "$build" --target reviewdesk-cli -j2
    ) 9>"$build/.eval-lock" >"$build/.eval-build.log" 2>&1; then
        tail -30 "$build/.eval-build.log" >&2
        echo "eval-classifier: build failed (log: $build/.eval-build.log)" >&2
        exit 1
    fi
fi

if [ -n "$explain" ]; then
    lang=${explain%%-*}
    args=$(python3 - "$shared/data/reviews-$lang.csv" "$explain" <<'PY'
import csv, sys, shlex
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if r["id"] == sys.argv[2]:
        a = ["--explain-text", r["text"]]
        if r.get("rating"): a += ["--rating", r["rating"]]
        if r.get("sentiment"): a += ["--sentiment", r["sentiment"]]
        print(shlex.join(a)); break
else:
    sys.exit(f"no review {sys.argv[2]} in {sys.argv[1]}")
PY
    ) || exit 1
    eval "set -- $args"
    exec "$cli" classify --no-user-rules --builtin-rules "$rules_dir" "${extra[@]}" "$@"
fi

out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
[ -z "${KEEP:-}" ] && trap 'rm -rf "$out"' EXIT

pids=()
for l in "${langs[@]}"; do
    "$cli" classify --no-user-rules --builtin-rules "$rules_dir" "${extra[@]}" \
        --input "$shared/data/reviews-$l.csv" --output "$out/pred-$l.csv" 2>"$out/err-$l.log" &
    pids+=($!)
done
failed=0
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed=1
done
# Every run reports the same rule problems: show them once. A rejected rule file stops here.
cat "$out/err-${langs[0]}.log" >&2
if [ "$failed" = 1 ] || grep -qv ': warning: ' "$out/err-${langs[0]}.log"; then
    for l in "${langs[@]:1}"; do cat "$out/err-$l.log" >&2; done
    echo "eval-classifier: classification failed or rule files were rejected" >&2
    exit 3
fi

printf '%-5s %5s %9s %9s %16s %16s\n' lang dev macro-F1 accuracy "suspicious R" "safety R"
for l in "${langs[@]}"; do
    "$shared/tools/score-labels" "$out/pred-$l.csv" "$shared/eval/dev-$l.csv" >"$out/score-$l.txt"
    awk -v lang="$l" '
        /^scored/ { n = $2 }
        /^accuracy/ { acc = $2 }
        /^macro-F1/ { f1 = $2 }
        /^flag suspicious/ { ss = $4; sr = $8 }
        /^flag safety/ { fs = $4; fr = $8 }
        END {
            susp = ss > 0 ? sprintf("%s (%d)", sr, ss) : "- (0)"
            safe = fs > 0 ? sprintf("%s (%d)", fr, fs) : "- (0)"
            printf "%-5s %5d %9s %9s %16s %16s\n", lang, n, f1, acc, susp, safe
        }' "$out/score-$l.txt"
done

if [ "$verbose" = 1 ]; then
    for l in "${langs[@]}"; do
        echo; echo "== $l"; cat "$out/score-$l.txt"
    done
fi

if [ "$errors" = 1 ]; then
    for l in "${langs[@]}"; do
        echo; echo "== $l: misclassified dev reviews (gold -> predicted)"
        python3 - "$shared/data/reviews-$l.csv" "$shared/eval/dev-$l.csv" "$out/pred-$l.csv" <<'PY'
import csv, sys
text = {r["id"]: r["text"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig"))}
pred = {r["id"]: r for r in csv.DictReader(open(sys.argv[3], encoding="utf-8-sig"))}
for g in csv.DictReader(open(sys.argv[2], encoding="utf-8-sig")):
    p = pred.get(g["id"], {})
    flags = lambda r: ("S" if r.get("suspicious") == "1" else "") + ("!" if r.get("safety") == "1" else "")
    if g["category"] != p.get("category") or flags(g) != flags(p):
        print(f'{g["id"]}  {g["category"]}{flags(g) and "/" + flags(g)} -> '
              f'{p.get("category", "?")}{flags(p) and "/" + flags(p)}  {text.get(g["id"], "")[:160]}')
PY
    done
fi
