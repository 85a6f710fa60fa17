"""How fast can `claims` be on one core? The floor set by the whole-text scans.

    python benchmarks/scan_floor.py            # 2,000 benchmark articles (benchmarks/corpus.py)

Every article is scanned end to end a few times before any number is read:
for digits and number words, sentence bounds, words and tokens (the Doc's),
known place names, and date anchors. Each is one compiled regex run by
CPython's `re` in C. Their combined rate is an upper bound for extraction in
this design, whatever the per-number Python work costs; the script prints each
scan's MB/s, that bound, and the whole extractor's rate on the same text.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
from numbers_spec import throughput  # noqa: E402
from mobicheck import text  # noqa: E402
from mobicheck.doc import Doc  # noqa: E402
from mobicheck.extract import extract_claims  # noqa: E402
from mobicheck.frames import dates, places  # noqa: E402
from mobicheck.load import load_articles  # noqa: E402
from mobicheck.model import Article  # noqa: E402
from mobicheck.numbers.scan import phrases  # noqa: E402
from mobicheck.numbers.vocab import vocab  # noqa: E402

SCANS = {
    "digits and number words (numbers.scan.phrases)": lambda b: sum(1 for _ in phrases(vocab("en"), b)),
    "sentence bounds (text.sentences)": text.sentences,
    "words (Doc._words)": lambda b: Doc(b)._words,
    "tokens (Doc._matches)": lambda b: Doc(b)._matches,
    "known place names (places._PLACE)": lambda b: sum(1 for _ in places._PLACE.finditer(b)),
    "date anchors (dates._DATE_START)": lambda b: sum(1 for _ in dates._DATE_START.finditer(" " + b)),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    folder = Path(tempfile.gettempdir()) / f"mobicheck-bench/corpus-{args.articles}"
    corpus.write(args.articles, folder)
    articles = [a for a in load_articles([str(folder)]) if isinstance(a, Article)]
    bodies = [a.body for a in articles]
    mb = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    bytes_per_char = mb * 1e6 / sum(map(len, bodies))
    print(f"{len(bodies)} articles, {mb:.2f} MB\n\n| scan | MB/s |\n|---|---:|")
    inverse = 0.0
    for name, fn in SCANS.items():
        rate = throughput(fn, bodies, args.repeat) * bytes_per_char / 1e6
        inverse += 1 / rate
        print(f"| {name} | {rate:.1f} |")
    print(f"| **all scans together (the bound)** | **{1 / inverse:.1f}** |")
    rate = throughput(lambda b: extract_claims(Article(id="x", body=b)), bodies, max(1, args.repeat // 2))
    print(f"| whole extractor (`extract_claims`) | {rate * bytes_per_char / 1e6:.2f} |")


if __name__ == "__main__":
    main()
