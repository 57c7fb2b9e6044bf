#!/usr/bin/python3
"""Reference for `waymark say` in the benchmark (docs/benchmarks.md): the same statistic in
plain Python 3 as an analyst would write it, on the CSV that `waymark_bench_say --csv` writes.

Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each
touchpoint's detractors (0-6) against all other comments, alpha0 = min(1000, N/10), terms with
|z| >= 1.96 seen at least 5 times, top 10 by z. Words: Unicode letters, lower-cased, the same
stop-word files, two-word phrases within a clause. Simpler than Waymark's tokenizer (no
QTextBoundaryFinder, no Serbian script folding, no Korean particles, no quotes), so it does
less work: a yardstick, not an oracle. Prints the number of terms reported.

    python_say.py ANSWERS.csv STOPWORD_DIR
"""
import collections
import csv
import math
import os
import re
import sys

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
CLAUSE = re.compile(r"[.!?,;:()\n]+")


def stop_words(folder):
    words = set()
    for name in os.listdir(folder):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                words.update(w.strip().lower() for w in f if w.strip() and not w.startswith("#"))
    return words


def terms(text, stops):
    out = []
    for clause in CLAUSE.split(text.lower()):
        previous = None
        for token in clause.split():
            word = WORD.fullmatch(token.strip("\"'“”«»-"))
            if not word or word.group(0) in stops:
                previous = None
                continue
            w = word.group(0)
            out.append(w)
            if previous:
                out.append(previous + " " + w)
            previous = w
    return out


def main():
    path, folder = sys.argv[1], sys.argv[2]
    stops = stop_words(folder)
    total = collections.Counter()
    groups = collections.defaultdict(collections.Counter)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            comment = row["comment"]
            if not comment:
                continue
            found = terms(comment, stops)
            total.update(found)
            if float(row["score"]) <= 6:
                groups[row["touchpoint"]].update(found)
    n_all = sum(total.values())
    alpha0 = min(1000.0, n_all / 10)
    reported = 0
    for key, counts in groups.items():
        n_i = sum(counts.values())
        n_j = n_all - n_i
        scored = []
        for term, y_i in counts.items():
            if y_i < 5:
                continue
            y_j = total[term] - y_i
            a = alpha0 * total[term] / n_all
            delta = math.log((y_i + a) / (n_i + alpha0 - y_i - a)) - math.log((y_j + a) / (n_j + alpha0 - y_j - a))
            z = delta / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
            if z >= 1.96:
                scored.append((z, term))
        reported += len(sorted(scored, reverse=True)[:10])
    print(reported)


if __name__ == "__main__":
    main()
