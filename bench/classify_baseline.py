#!/usr/bin/env python3
"""Baseline for the classifier benchmark (bench/classify_bench.sh): the same literals as one
Python `re` alternation, run over the same normalised review texts. Prints key=value figures
like classify_bench (process CPU time, so other load on the machine hardly matters).

Usage: classify_baseline.py TERMS.txt TEXTS.txt [SECONDS]
"""
import random
import re
import sys
import time


def main():
    terms_path, texts_path = sys.argv[1], sys.argv[2]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    with open(terms_path, encoding="utf-8") as f:
        terms = [t for t in f.read().split("\n") if t]
    with open(texts_path, encoding="utf-8") as f:
        texts = f.read().split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    # The timed sample may be a part of the texts: shuffle so that it is the same mix.
    random.Random(1).shuffle(texts)
    # Longest first, so that the alternation prefers the longer of two overlapping terms.
    terms.sort(key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(t) for t in terms))
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    # A big alternation is slow in `re` (it tries the alternatives at every position): time a
    # whole number of reviews, cycling through the texts, until SECONDS of CPU have passed.
    start = time.process_time()
    elapsed = 0.0
    done = 0
    done_bytes = 0
    matches = 0
    while elapsed < seconds or done == 0:
        t = texts[done % len(texts)]
        matches += len(pattern.findall(t))
        done += 1
        done_bytes += len(t.encode("utf-8"))
        if done % 8 == 0 or done == len(texts):
            elapsed = time.process_time() - start
    passes = done / len(texts)
    print(f"reviews={len(texts)} bytes={nbytes} literals={len(terms)} passes={passes:.3f} "
          f"cpu_s={elapsed:.3f} reviews_per_s={done / elapsed:.0f} "
          f"mb_per_s={done_bytes / elapsed / 1e6:.3f} matches={matches}")


if __name__ == "__main__":
    main()
