"""Calibrate `Settings.translation_threshold` and time the encoder (translation.py).

    python benchmarks/translated_quotes.py            # needs: pip install -e '.[translation]'

benchmarks/data/translated_quotes.yaml holds our own quotations, several per story, each in
English, Russian, French and German. Every pair of two languages is scored (cosine of the
encoder's vectors, figures masked): the same quotation in two languages should score above the
threshold (recall), two different quotations of one story below it (no false pair). Prints the
lowest same-quotation scores, the highest different-quotation ones, recall and false pairs at
several thresholds, and the CPU time of loading the model and of encoding one quotation.
"""
from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import yaml

from mobicheck.config import Settings
from mobicheck.translation import _model, available, encode

DATA = Path(__file__).resolve().parent / "data" / "translated_quotes.yaml"
THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
SHOWN = 8


def main() -> int:
    if not available():
        print("the translation extra is not installed: pip install -e '.[translation]'")
        return 1
    stories = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    rows = [(story, i, lang, text) for story, quotes in stories.items() for i, quote in enumerate(quotes)
            for lang, text in quote.items()]
    t = time.process_time()
    _model().encode(["load"])
    load_s = time.process_time() - t
    t = time.process_time()
    vectors = encode([r[3] for r in rows])
    encode_s = time.process_time() - t
    scores = vectors @ vectors.T
    same, other = [], []
    for i, j in itertools.combinations(range(len(rows)), 2):
        a, b = rows[i], rows[j]
        if a[2] != b[2] and a[0] == b[0]:
            (same if a[1] == b[1] else other).append((float(scores[i, j]), a, b))
    same.sort(key=lambda s: s[0])
    other.sort(key=lambda s: -s[0])
    print(f"{len(rows)} quotations, {len(same)} same-quotation pairs, {len(other)} different-quotation pairs "
          f"(one story, two languages)")
    print(f"model load {load_s:.2f} s CPU; encoding {1000 * encode_s / len(rows):.1f} ms CPU per quotation")
    for title, found in (("lowest same-quotation scores", same), ("highest different-quotation scores", other)):
        print(title)
        for score, a, b in found[:SHOWN]:
            print(f"  {score:.3f} {a[2]}-{b[2]}  {a[3][:45]} | {b[3][:45]}")
    current = Settings().translation_threshold
    print("threshold  recall  false pairs")
    for th in sorted({*THRESHOLDS, current}):
        recall = sum(s >= th for s, _, _ in same) / len(same)
        false = sum(s >= th for s, _, _ in other)
        print(f"  {th:.2f}{' *' if th == current else '  '}  {recall:6.1%}  {false}/{len(other)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
