#!/usr/bin/env bash
# reviewdesk-cli report --format pdf|png: the one-page PDF and its PNG are drawn without a
# display (no DISPLAY, no QT_QPA_PLATFORM: the CLI picks the offscreen platform itself), are
# valid files (magic bytes, one PDF page, PNG size), and bad command lines are refused with a
# reason, exit 2 and no file. Arguments: CLI binary, tests/data folder, shared folder.
set -uo pipefail
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
db=$work/r.sqlite
# As on a server or in a cron job: no display, no platform chosen.
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }

"$cli" import "$data/report/reviews.csv" --db "$db" >/dev/null 2>&1 || fail "import exited $?"

nodisplay "$cli" report --db "$db" --week 2026-W47 --format pdf --output "$work/r.pdf" \
    2>"$work/err.txt"
rc=$?
if [ $rc -eq 2 ] && grep -q "built without the GUI" "$work/err.txt"; then
    echo "reviewdesk-cli was built without the GUI libraries: skipped"
    exit 77
fi
[ $rc -eq 0 ] || fail "report pdf exited $rc: $(cat "$work/err.txt")"
grep -q "2026-W47" "$work/err.txt" || fail "no summary line: $(cat "$work/err.txt")"

# 1. PDF: the magic, one page, complete (%%EOF at the end), A4 landscape media box.
python3 - "$work/r.pdf" <<'PY' || fail "pdf is not a valid one-page PDF"
import re, sys
b = open(sys.argv[1], "rb").read()
assert b.startswith(b"%PDF-1."), b[:8]
assert b.rstrip().endswith(b"%%EOF"), b[-16:]
pages = re.findall(rb"/Type\s*/Page(?![a-zA-Z])", b)
assert len(pages) == 1, len(pages)
box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", b)
assert box, "no MediaBox"
w, h = float(box.group(1)), float(box.group(2))
assert abs(w - 842) < 2 and abs(h - 595) < 2, (w, h)  # A4 landscape in points
PY

# 2. PNG of the page (--format=png also works): the magic and 2246 x 1588 pixels (A4 landscape at
#    96 units per inch, twice).
nodisplay "$cli" report --db "$db" --week 2026-W47 --format=png --output "$work/r.png" \
    2>"$work/err.txt" || fail "report png exited $?: $(cat "$work/err.txt")"
python3 - "$work/r.png" <<'PY' || fail "png is not a valid page image"
import struct, sys, zlib
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n", b[:8]
assert b[12:16] == b"IHDR"
w, h = struct.unpack(">II", b[16:24])
assert (w, h) == (2246, 1588), (w, h)
assert b[-8:-4] == b"IEND", "truncated"
# Not a blank page: the image data varies (a white page compresses to almost nothing).
assert len(b) > 60000, len(b)
PY

# 3. Filters reach the drawing too (a smaller week, same page size).
nodisplay "$cli" report --db "$db" --week 2026-W47 --platform amazon --format pdf \
    --output "$work/a.pdf" 2>/dev/null || fail "filtered pdf exited $?"
head -c 5 "$work/a.pdf" | grep -q "%PDF-" || fail "filtered pdf magic"

# 4. Bad command lines: exit 2 with the reason; no file written.
expect_usage() {
    local what=$1 pattern=$2
    shift 2
    nodisplay "$cli" report --db "$db" "$@" >"$work/out.txt" 2>"$work/err.txt"
    local rc=$?
    [ $rc -eq 2 ] || fail "$what: exit $rc"
    grep -q -- "$pattern" "$work/err.txt" || fail "$what: $(cat "$work/err.txt")"
}
expect_usage "pdf to stdout" "--format pdf needs --output FILE" --week 2026-W47 --format pdf
expect_usage "png to stdout" "--format png needs --output FILE" --week 2026-W47 --format png
expect_usage "png to -" "needs --output FILE" --week 2026-W47 --format png --output -
expect_usage "week 53" "2025 has weeks 1 to 52" --week 2025-W53 --format pdf --output "$work/x.pdf"
expect_usage "week text" "not an ISO week" --week W47 --format png --output "$work/x.png"
expect_usage "weeks" "2 to 26 weeks" --weeks 30 --format pdf --output "$work/x.pdf"
[ ! -e "$work/x.pdf" ] && [ ! -e "$work/x.png" ] || fail "file written for a refused command"
[ ! -s "$work/out.txt" ] || fail "binary written to stdout"

# 5. Runtime failures: exit 1, the file named, nothing left behind; an existing file is kept
#    whole when the database is missing.
nodisplay "$cli" report --db "$db" --week 2026-W47 --format pdf \
    --output "$work/no/such/dir/r.pdf" 2>"$work/err.txt"
rc=$?
[ $rc -eq 1 ] && grep -q "r.pdf" "$work/err.txt" || fail "bad output dir: exit $rc: $(cat "$work/err.txt")"
[ ! -e "$work/no" ] || fail "a folder was created"
cp "$work/r.png" "$work/keep.png"
nodisplay "$cli" report --db "$work/none.sqlite" --week 2026-W47 --format png \
    --output "$work/keep.png" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "no database at" "$work/err.txt" || fail "missing db: $(cat "$work/err.txt")"
cmp -s "$work/r.png" "$work/keep.png" || fail "the existing file was changed"
ls "$work" | grep -qv -E '^(appdata|r\.sqlite.*|r\.pdf|r\.png|a\.pdf|keep\.png|out\.txt|err\.txt)$' \
    && fail "temporary files left: $(ls "$work")"

echo "report_draw: all checks passed"
