#!/usr/bin/env python3
"""Generates marketplace reviews as CSV for the import, classifier and search benchmarks.

Output format: the one resources/demo/demo-reviews.csv uses (UTF-8, RFC 4180, header
id,platform,shop,sku,product,customer_id,customer_name,order_id,rating,title,text,published_at).
Texts are built from per-language phrase grammars (gen_grammar_{zh,ru,en}.py) per taxonomy
category, so the classifier and the full-text index see realistic words: Chinese from "Taobao",
Russian from "Ozon", English from "Amazon". Python 3 standard library only.

Deterministic: the same --seed and options give byte-identical output. Every review id is unique,
except the rows that --duplicates and --revisions add on purpose: an exact copy of an earlier row,
or a newer version of an earlier review with a changed rating and an appended update. Inside one
file the importer keeps the first row of an id and lists the others as duplicates; to test
revisions, write them as a separate newer export with --revised-out FILE and import it second.

Usage: gen_reviews.py [-n COUNT] [--seed S] [-o FILE] [--mix zh=35,ru=35,en=30]
                      [--duplicates F] [--revisions F [--revised-out FILE]]
                      [--anchor YYYY-MM-DD] [--days D]
"""

import argparse
import csv
import datetime
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_grammar_en  # noqa: E402
import gen_grammar_ru  # noqa: E402
import gen_grammar_zh  # noqa: E402

HEADER = ["id", "platform", "shop", "sku", "product", "customer_id", "customer_name",
          "order_id", "rating", "title", "text", "published_at"]

FAMILY = {
    "earbuds": "electronics", "powerbank": "electronics", "lamp": "electronics",
    "hairdryer": "electronics", "vacuum": "electronics", "jacket": "apparel",
    "sneakers": "apparel", "tshirt": "apparel", "kettle": "home", "bedding": "home",
    "pan": "home", "thermos": "home", "cream": "beauty", "shampoo": "beauty", "tea": "food",
    "harness": "pets", "catfood": "pets", "blocks": "kids",
}
TYPES = list(FAMILY)
# Which brands (index into a grammar's aligned BRANDS/SHOPS lists) sell each product family.
FAMILY_BRANDS = {
    "electronics": [2, 3, 7], "apparel": [1, 8], "home": [0, 6, 7, 11], "beauty": [4],
    "food": [10], "pets": [5], "kids": [9],
}

# Negative reviews: primary cause (safety = a product complaint with the safety flag's words).
NEG_CAUSES = [("product", 0.40), ("logistics", 0.24), ("after_sales", 0.14), ("price", 0.10),
              ("other", 0.07), ("suspicious", 0.03), ("safety", 0.02)]
ALSO_CAUSES = ["product", "logistics", "after_sales", "price"]
# Star ratings: 5, 4, 3, 2, 1 (more negatives than a real shop has, to give triage work).
STARS = [(5, 0.38), (4, 0.12), (3, 0.10), (2, 0.15), (1, 0.25)]
# Median text length in characters and the cap; lengths are log-normal (long tail).
LENGTH = {"zh": (40, 600), "ru": (110, 1000), "en": (120, 1000)}
# Appended by a revision that raises (after the seller's remedy) or lowers the rating.
UPDATE_UP = {
    "zh": ["追评：商家主动联系给换了新的，改成好评。", "追评：客服处理得很及时，退了差价，改好评。"],
    "ru": ["UPD: продавец связался и заменил товар, меняю оценку.", "UPD: вернули разницу в цене, спасибо, исправляю отзыв."],
    "en": ["Update: the seller reached out and sent a replacement, changing my rating.", "Update: refund received, updating my review."],
}
UPDATE_DOWN = {
    "zh": ["追评：用了一个月就坏了，改差评。", "追评：第二次买的质量差很多。"],
    "ru": ["UPD: через месяц сломался, снижаю оценку.", "UPD: повторный заказ пришёл с браком."],
    "en": ["Update: it stopped working after a month, lowering my rating.", "Update: the second one I ordered was defective."],
}

M64 = (1 << 64) - 1


class Language:
    """One language's grammar, expanded into flat sentence pools for fast sampling."""

    def __init__(self, key, platform, grammar, rng, slot_variants=3):
        self.key = key
        self.platform = platform
        self.g = grammar
        self.rng = rng
        self.variants = slot_variants
        self.pools = {}
        for cat in ("product", "logistics", "after_sales", "price", "positive", "neutral"):
            for t in TYPES:
                pool = self._expand(grammar.SENT[cat], t)
                pool += self._expand(grammar.FAMILY_SENT.get((cat, FAMILY[t]), []), t)
                self.pools[(cat, t)] = tuple(pool)
        for t in TYPES:
            safety = self._expand(grammar.FAMILY_SENT[("safety", FAMILY[t])], t)
            self.pools[("safety", t)] = tuple(safety)
        for cat in ("other", "suspicious", "filler", "opener_neg", "closer_neg", "opener_pos",
                    "closer_pos"):
            self.pools[cat] = tuple(self._expand(grammar.SENT[cat], "kettle"))
        self.catalog = self._catalog()
        self.titles = getattr(grammar, "TITLES", None)

    def _fill(self, template, t):
        noun = self.g.ITEMS[t]
        form = noun[2] if len(noun) == 3 else noun[1]
        r = self.rng
        text = template
        if "[" in text:
            out, i = [], 0
            while (j := text.find("[", i)) >= 0:
                k = text.index("]", j)
                alts = text[j + 1:k].split("|")
                out.append(text[i:j] + alts[min(form, len(alts) - 1)])
                i = k + 1
            text = "".join(out) + text[i:]
        item = noun[0]
        return text.format(
            item=item, Item=item[:1].upper() + item[1:], acc=noun[1] if len(noun) == 3 else item,
            n=r.randint(2, 4), days=r.choice([3, 5, 7, 10, 12, 14, 20, 30]),
            price=r.choice([150, 200, 300, 500, 700, 1000] if self.key == "ru" else
                           [10, 15, 20, 30, 50] if self.key == "en" else [30, 50, 80, 100, 200]),
            pct=r.choice([10, 15, 20, 30, 50]), brand=r.choice(self.g.BRANDS))

    def _expand(self, templates, t):
        out = []
        for tpl in templates:
            count = self.variants if "{" in tpl else 1
            seen = set()
            for _ in range(count):
                s = self._fill(tpl, t)
                if s not in seen:
                    seen.add(s)
                    out.append(s)
        return out

    def _catalog(self, size=540):
        r = self.rng
        items = []
        for i in range(size):
            t = TYPES[i % len(TYPES)]
            b = r.choice(FAMILY_BRANDS[FAMILY[t]])
            name = r.choice(self.g.CATALOG[t]).format(brand=self.g.BRANDS[b], n=r.randint(2, 9))
            shop = self.g.SHOPS[b]
            if self.platform == "amazon":
                sku = "B0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
            elif self.platform == "ozon":
                sku = str(r.randint(10 ** 9, 2 * 10 ** 9))
            else:
                sku = str(r.randint(6 * 10 ** 11, 8 * 10 ** 11))
            items.append((shop, sku, name, t))
        return items

    def review_id(self, i, mix):
        x = (i * 0x9E3779B97F4A7C15 + mix) & M64
        if self.platform == "ozon":
            a = "%016x" % x
            b = "%014x" % ((x * 0xD6E8FEB86659FD93) >> 8 & ((1 << 56) - 1))
            return f"{a[:8]}-{a[8:12]}-7{a[12:15]}-8{a[15]}{b[:2]}-{b[2:]}"
        if self.platform == "amazon":
            return "R%014X" % (x & ((1 << 56) - 1))
        return str(10 ** 12 + (x & ((1 << 42) - 1)))

    def customer(self, c):
        m = (c * 0xBF58476D1CE4E5B9 + 0x94D049BB133111EB) & M64
        g = self.g
        if self.platform == "ozon":
            cid = str(10_000_000 + (c * 7919 + 13) % 90_000_000)
            name = (g.FIRST[c % len(g.FIRST)] + " " + g.LAST[(c // 7) % len(g.LAST)]).rstrip()
        elif self.platform == "amazon":
            m2 = (m * 0x9FB21C651E98DF25 + 0x2545F4914F6CDD1D) & M64
            cid = "A%016X%011X" % (m, m2 >> 20)
            name = (g.FIRST[c % len(g.FIRST)] + " " + g.LAST[(c // 5) % len(g.LAST)]).rstrip()
            if name.startswith("Amazon Customer"):
                name = "Amazon Customer"
        else:
            cid = "220" + str(10 ** 9 + (c * 104729 + 7) % (9 * 10 ** 9))
            name = g.NICKS_A[c % len(g.NICKS_A)] + "***" + g.NICKS_B[(c // 3) % len(g.NICKS_B)]
        return cid, name

    def order_id(self, i, mix):
        x = (i * 0xC2B2AE3D27D4EB4F + mix) & M64
        if self.platform == "ozon":
            return "%08d-%04d-%d" % (x % 10 ** 8, (x >> 30) % 10000, 1 + (x >> 50) % 3)
        if self.platform == "amazon":
            return "11%d-%07d-%07d" % (1 + x % 4, (x >> 4) % 10 ** 7, (x >> 30) % 10 ** 7)
        return str(10 ** 18 + x % (9 * 10 ** 18))


def weighted_table(pairs):
    total = sum(w for _, w in pairs)
    acc, out = 0.0, []
    for value, w in pairs:
        acc += w / total
        out.append((acc, value))
    out[-1] = (1.0, out[-1][1])
    return out


def pick(table, r):
    for limit, value in table:
        if r <= limit:
            return value
    return table[-1][1]


class Composer:
    """Builds one review's text (and title) from a language's pools."""

    def __init__(self, lang, rng):
        self.lang = lang
        self.rand = rng.random
        median, self.cap = LENGTH[lang.key]
        self.mu = math.log(median)
        self.gauss = rng.gauss
        self.sep = "" if lang.key == "zh" else " "
        self.typos = lang.key != "zh"

    def one(self, pool):
        return pool[int(self.rand() * len(pool))]

    def text(self, stars, cause, t):
        pools, rand, one = self.lang.pools, self.rand, self.one
        if cause == "other":
            return one(pools["other"])
        target = min(self.cap, int(math.exp(self.mu + 0.85 * self.gauss(0.0, 1.0))))
        parts = []
        if stars >= 4:
            target //= 2
        if stars >= 4:
            main, opener, closer = pools[("positive", t)], pools["opener_pos"], pools["closer_pos"]
        elif cause == "suspicious":
            main, opener, closer = pools["suspicious"], pools["opener_neg"], pools["closer_neg"]
        else:
            main = pools[(cause, t)]
            opener, closer = pools["opener_neg"], pools["closer_neg"]
            if stars == 3:
                parts.append(one(pools[("neutral", t)]))
        if rand() < 0.2:
            parts.append(one(opener))
        parts.append(one(main))
        size = sum(len(p) for p in parts)
        used = {p[:10] for p in parts}
        while size < target:
            r = rand()
            if r < 0.45:
                s = one(main)
            elif r < 0.6 and stars <= 3:
                s = one(pools[(ALSO_CAUSES[int(rand() * 4)], t)])
            elif r < 0.65 and cause == "safety":
                s = one(pools[("product", t)])
            else:
                s = one(pools["filler"])
            if size + len(s) > self.cap:
                break
            if s[:10] in used:
                size += 4  # try again, but end even when the pools run dry
                continue
            used.add(s[:10])
            parts.append(s)
            size += len(s) + 1
        if rand() < 0.25:
            parts.append(one(closer))
        text = self.sep.join(parts)
        return self.roughen(text)

    def roughen(self, text):
        """Colloquial noise: lower-case start, missing final stop, a swapped-letter typo."""
        r = self.rand()
        if self.lang.key == "zh":
            if text.endswith("，"):
                text = text[:-1] + ("。" if r < 0.7 else "！")
            elif r < 0.08:
                text = text[:-1] + "！！" if text.endswith("。") else text
            return text
        if r < 0.15:
            text = text[:1].lower() + text[1:]
        elif r < 0.30 and text.endswith("."):
            text = text[:-1]
        if self.rand() < 0.06 and len(text) > 8:
            i = 1 + int(self.rand() * (len(text) - 3))
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        return text

    def title(self, stars, cause):
        titles = self.lang.titles
        if not titles:
            return ""
        if stars >= 4:
            return self.one(titles["positive"])
        if stars == 3 and self.rand() < 0.5:
            return self.one(titles["neutral"])
        return self.one(titles[cause])


def parse_mix(text):
    mix = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        key = key.strip()
        if key not in ("zh", "ru", "en"):
            raise argparse.ArgumentTypeError(f"unknown language '{key}' in --mix")
        mix[key] = float(value)
    if not mix or sum(mix.values()) <= 0:
        raise argparse.ArgumentTypeError("--mix needs positive weights")
    return mix


def fraction(text):
    value = float(text)
    if not 0.0 <= value < 1.0:
        raise argparse.ArgumentTypeError("a fraction must be in [0, 1)")
    return value


def date_strings(anchor, days):
    day0 = datetime.date.fromisoformat(anchor)
    dates = [(day0 - datetime.timedelta(days=d)).isoformat() for d in range(days + 1)]
    times = ["T%02d:%02d:%02dZ" % (s // 3600, s // 60 % 60, s % 60) for s in range(86400)]
    return dates, times


def generate(args, out):
    rng = random.Random(args.seed)
    rand = rng.random
    specs = {"zh": ("taobao", gen_grammar_zh), "ru": ("ozon", gen_grammar_ru),
             "en": ("amazon", gen_grammar_en)}
    langs, composers = {}, {}
    for key, (platform, grammar) in specs.items():
        langs[key] = Language(key, platform, grammar, random.Random(f"{args.seed}/{key}"))
        composers[key] = Composer(langs[key], random.Random(f"{args.seed}/{key}/text"))
    lang_table = weighted_table(sorted(args.mix.items()))
    star_table = weighted_table(STARS)
    neg_table = weighted_table(NEG_CAUSES)
    neutral_table = weighted_table([("product", 0.45), ("logistics", 0.25), ("price", 0.2),
                                    ("after_sales", 0.1)])
    dates, times = date_strings(args.anchor, args.days)
    id_mix = (args.seed * 0x632BE59BD9B4E019 + 1) & M64
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    recent, batch = [], []
    stats = {"new": 0, "duplicates": 0, "revisions": 0}
    inline_revisions = 0.0 if args.revised_out else args.revisions
    dup_limit, rev_limit = args.duplicates, args.duplicates + inline_revisions
    keep_sample = rev_limit > 0 or args.revised_out
    for _ in range(args.count):
        r = rand()
        if recent and r < rev_limit:
            old = recent[int(rand() * len(recent))]
            if r < dup_limit:
                batch.append(old[1])
                stats["duplicates"] += 1
            else:
                batch.append(revise(old, rand))
                stats["revisions"] += 1
        else:
            n = stats["new"]
            key = pick(lang_table, rand())
            lang, comp = langs[key], composers[key]
            shop, sku, name, t = lang.catalog[int(len(lang.catalog) * rand() ** 2)]
            stars = pick(star_table, rand())
            if stars >= 4:
                cause = "positive"
            else:
                cause = pick(neg_table if stars <= 2 else neutral_table, rand())
            c = int(rand() * 3000) if rand() < 0.08 else 3000 + n
            cid, cname = lang.customer(c)
            row = [lang.review_id(n, id_mix), lang.platform, shop, sku, name, cid, cname,
                   lang.order_id(n, id_mix), str(stars), comp.title(stars, cause),
                   comp.text(stars, cause, t),
                   dates[int(args.days * rand() ** 1.3)] + times[int(rand() * 86400)]]
            batch.append(row)
            stats["new"] += 1
            if keep_sample:  # a uniform sample of the rows so far (reservoir sampling)
                if len(recent) < 50_000:
                    recent.append((key, row))
                else:
                    slot = int(rand() * (n + 1))
                    if slot < 50_000:
                        recent[slot] = (key, row)
        if len(batch) >= 20_000:
            writer.writerows(batch)
            batch.clear()
    writer.writerows(batch)
    if args.revised_out:
        stats["revisions"] = write_newer_export(args, recent, rng)
    return stats


def write_newer_export(args, sample, rng):
    """A newer export: revised versions of distinct reviews of the main file."""
    count = min(len(sample), round(args.count * args.revisions))
    with open(args.revised_out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(revise(old, rng.random) for old in rng.sample(sample, count))
    return count


def revise(old, rand):
    """A newer export of a stored review: the rating changed and the buyer added an update."""
    key, row = old
    row = list(row)
    stars = int(row[8])
    if stars <= 3:
        row[8] = str(4 if rand() < 0.3 else 5)
        updates = UPDATE_UP[key]
    else:
        row[8] = str(stars - 2 - int(rand() * 2))
        updates = UPDATE_DOWN[key]
    row[10] = row[10] + ("" if key == "zh" else " ") + updates[int(rand() * len(updates))]
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1_000_000,
                        help="rows to write, duplicates and revisions included (default 1000000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--out", help="output file (default: standard output)")
    parser.add_argument("--mix", type=parse_mix, default=parse_mix("zh=35,ru=35,en=30"),
                        help="language weights (default zh=35,ru=35,en=30)")
    parser.add_argument("--duplicates", type=fraction, default=0.0,
                        help="fraction of rows that repeat an earlier row exactly (default 0)")
    parser.add_argument("--revisions", type=fraction, default=0.0,
                        help="fraction of rows that are a newer version of an earlier review "
                             "with a changed rating and text (default 0)")
    parser.add_argument("--revised-out", metavar="FILE",
                        help="write the --revisions rows to FILE, a newer export of reviews "
                             "of the main file, instead of into it")
    parser.add_argument("--anchor", default="2026-11-20",
                        help="date of the newest review, YYYY-MM-DD (default 2026-11-20)")
    parser.add_argument("--days", type=int, default=730,
                        help="reviews are spread over this many days before the anchor")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    args = parser.parse_args(argv)
    if args.count < 0 or args.days < 0:
        parser.error("--count and --days must not be negative")
    if args.revised_out and args.out and (os.path.realpath(args.out) ==
                                          os.path.realpath(args.revised_out)):
        parser.error("--revised-out must be another file than --out")
    if args.duplicates + args.revisions >= 1.0:
        parser.error("--duplicates plus --revisions must stay below 1")
    try:
        datetime.date.fromisoformat(args.anchor)
    except ValueError:
        parser.error(f"--anchor: not a date: {args.anchor}")

    if args.out:
        out = open(args.out, "w", encoding="utf-8", newline="", buffering=1 << 20)
    else:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="",
                   buffering=1 << 20, closefd=False)
    with out:
        stats = generate(args, out)
    if not args.quiet:
        print(f"gen_reviews: {args.count} rows ({stats['new']} reviews, {stats['duplicates']} "
              f"duplicates, {stats['revisions']} revisions), seed {args.seed}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
