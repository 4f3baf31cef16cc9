#!/usr/bin/env bash
# Writes docs/examples/replies-{ru,zh,en}.md: for 30 reviews of each of
# ../shared/data/reviews-{ru,zh,en}.csv, the reply drafts ReviewDesk generates, so a reader can
# judge them (language, the problem named, the remedy, variety between similar reviews).
#
#   scripts/make-reply-examples.sh [path/to/reviewdesk-cli]
#
# Imports the three files into a temporary database (ru as Ozon, zh as Taobao, en as Amazon),
# classifies them, generates drafts with a sample agent per language, and picks 30 reviews per
# language deterministically: a hash of the review id orders each category's 1-3 star reviews,
# and the picks go round-robin over product, logistics, after_sales, price and other, plus up to
# two reviews flagged for safety, one flagged suspicious and two positive ones (a 4-star one
# with a remark when there is one).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli=${1:-}
if [ -z "$cli" ]; then
    for candidate in build/release/src/cli/reviewdesk-cli build/debug/src/cli/reviewdesk-cli \
        build/ci/src/cli/reviewdesk-cli; do
        if [ -x "$candidate" ]; then cli=$candidate; break; fi
    done
fi
[ -n "$cli" ] && [ -x "$cli" ] || { echo "build reviewdesk-cli first or pass its path" >&2; exit 2; }
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
shared=${REVIEWDESK_SHARED_DIR:-$root/../shared}
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export REVIEWDESK_DATA_DIR=$work/appdata # no user rules or templates: the built-in sets only
db=$work/examples.sqlite

"$cli" import --db "$db" --platform ozon "$shared/data/reviews-ru.csv" >/dev/null
"$cli" import --db "$db" --platform taobao "$shared/data/reviews-zh.csv" >/dev/null
"$cli" import --db "$db" --platform amazon "$shared/data/reviews-en.csv" >/dev/null
"$cli" classify --db "$db" >/dev/null
"$cli" drafts --db "$db" --language ru --agent "Анна Смирнова" \
    --agent-title "менеджер по работе с покупателями" --shop-name "Дом и Уют" >/dev/null
"$cli" drafts --db "$db" --language zh --agent "小雨" --agent-title "售后主管" \
    --shop-name "悦家旗舰店" >/dev/null
"$cli" drafts --db "$db" --language en --agent "Emily Carter" \
    --agent-title "Customer Care Lead" --shop-name "HomeJoy" >/dev/null

mkdir -p docs/examples
for lang in ru zh en; do
    "$cli" list --db "$db" --language "$lang" --format json >"$work/$lang.json"
    python3 - "$cli" "$db" "$lang" "$work/$lang.json" "docs/examples/replies-$lang.md" <<'PY'
import hashlib, json, subprocess, sys

cli, db, lang, listing, target = sys.argv[1:]
reviews = json.load(open(listing, encoding='utf-8'))
key = lambda r: hashlib.sha1(r['external_id'].encode()).hexdigest()
negative = lambda r: (r['rating'] or 0) in (1, 2, 3) if r['rating'] else r['polarity'] in ('negative', 'neutral')
picked, seen = [], set()

def take(pool, n):
    for r in sorted(pool, key=key):
        if n == 0:
            break
        if r['id'] not in seen:
            seen.add(r['id'])
            picked.append(r)
            n -= 1

take([r for r in reviews if r['safety']], 2)
take([r for r in reviews if r['suspicious'] and not r['safety']], 1)
plain = lambda r: r['polarity'] == 'positive' and not r['safety'] and not r['suspicious']
take([r for r in reviews if plain(r) and r['rating'] == 4 and r['category'] not in (None, 'other')], 1)
take([r for r in reviews if plain(r)], 2 - sum(1 for r in picked if plain(r)))
cats = ['product', 'logistics', 'after_sales', 'price', 'other']
pools = {c: sorted([r for r in reviews if r['category'] == c and negative(r)
                    and not r['safety'] and not r['suspicious']], key=key) for c in cats}
while len(picked) < 30 and any(pools.values()):
    for c in cats:
        while pools[c] and pools[c][0]['id'] in seen:
            pools[c].pop(0)
        if pools[c] and len(picked) < 30:
            take([pools[c].pop(0)], 1)

limits = {'ozon': 1000, 'amazon': 1000, 'taobao': 500, 'wildberries': 1000, 'other': 1000}
names = {'ru': 'Russian (Ozon)', 'zh': 'Chinese (Taobao)', 'en': 'English (Amazon)'}
agents = {'ru': '--agent "Анна Смирнова" --agent-title "менеджер по работе с покупателями" --shop-name "Дом и Уют"',
          'zh': '--agent "小雨" --agent-title "售后主管" --shop-name "悦家旗舰店"',
          'en': '--agent "Emily Carter" --agent-title "Customer Care Lead" --shop-name "HomeJoy"'}
rows = []
for r in picked:
    shown = json.loads(subprocess.run([cli, 'show', '--db', db, '--json', str(r['id'])],
                                      check=True, capture_output=True, text=True).stdout)
    rows.append((r, shown.get('draft')))

order = {'safety': 0, 'suspicious': 1}
def kind(r):
    return 'safety' if r['safety'] else 'suspicious' if r['suspicious'] else \
        'positive' if r['polarity'] == 'positive' else r['category'] or 'unclassified'
rows.sort(key=lambda x: (cats.index(kind(x[0])) if kind(x[0]) in cats else 5 + order.get(kind(x[0]), 2), key(x[0])))

out = []
out.append(f'# Reply drafts: {names[lang]}\n')
out.append(f'Generated by `scripts/make-reply-examples.sh` from `../shared/data/reviews-{lang}.csv` '
           f'(not copied here beyond the quoted reviews): imported, classified with the built-in '
           f'rules, drafted with the built-in templates and `{agents[lang]}`. '
           f'Thirty reviews picked deterministically and spread across the categories; '
           f'each block shows the review, its category as classified, the template chosen '
           f'and the draft exactly as generated. Nothing here was edited by hand.\n')
by_template = {}
for r, d in rows:
    if d:
        by_template.setdefault(d['template'], []).append(d['text'])
repeated = {t: v for t, v in by_template.items() if len(v) > 1}
out.append('| template | drafts | distinct texts |\n| --- | --- | --- |')
for t, v in sorted(by_template.items()):
    out.append(f'| `{t}` | {len(v)} | {len(set(v))} |')
out.append('')
if repeated:
    dups = {t: len(v) - len(set(v)) for t, v in repeated.items() if len(v) != len(set(v))}
    line = (f'{sum(len(v) for v in repeated.values())} drafts share their template with another '
            f'draft here; {sum(dups.values())} of them '
            f'{"repeats" if sum(dups.values()) == 1 else "repeat"} another one word for word')
    if dups:
        line += ' (' + ', '.join(f'`{t}`' for t in sorted(dups)) + \
            ': replies that quote nothing from the review)'
    out.append(line + '. Every other draft differs by its variant, its quoted problem or both.\n')
for i, (r, d) in enumerate(rows, 1):
    stars = f"{r['rating']}★" if r['rating'] else r['polarity']
    flags = ', '.join(f for f in ('safety', 'suspicious') if r[f])
    head = f"## {i}. {r['external_id']} · {stars} · {r['category'] or 'unclassified'}"
    if flags:
        head += f' · flagged {flags}'
    out.append(head + '\n')
    text = r['text'].strip().replace('\r', '')
    if len(text) > 700:
        text = text[:700] + '…'
    out.append('\n'.join('> ' + line for line in text.split('\n')) + '\n')
    if not d:
        out.append('*(no draft)*\n')
        continue
    length = len(d['text'])
    limit = limits.get(r['platform'], 1000)
    note = ' — **over the limit**' if length > limit else ''
    out.append(f"Template `{d['template']}`, {length}/{limit} characters{note}:\n")
    out.append('```text\n' + d['text'] + '\n```\n')
open(target, 'w', encoding='utf-8').write('\n'.join(out))
print(f'{target}: {len(rows)} reviews')
PY
done
