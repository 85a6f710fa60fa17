"""Throughput of find_quotes on news text, in characters per second.

Run: python benchmarks/quotes_bench.py [--mb 4]

The corpus is the seed articles plus the ECB+ sample article texts, repeated
until it holds a few MB, so the figure reflects real quote density rather
than a synthetic worst case. Articles are fed one by one, as the pipeline does.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mobicheck.quotes import find_quotes  # noqa: E402

ECB = Path("/work/shared/external/ecbplus_sample/articles")


def _seed_body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return "\n".join(lines[first + 1:])


def load_corpus() -> list[str]:
    texts = [_seed_body(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(ECB.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text") or ""
                if text:
                    texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size to reach, in MB")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best is reported")
    args = parser.parse_args()
    base = load_corpus()
    size = sum(map(len, base))
    reps = max(1, int(args.mb * 1_000_000 / max(size, 1)) + 1)
    corpus = base * reps
    chars = sum(map(len, corpus))
    quotes = sum(len(find_quotes(t)) for t in base)
    best = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for text in corpus:
            find_quotes(text)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(base)} articles x {reps} = {chars:,} chars, {quotes} quotes per pass of the base set")
    print(f"find_quotes: {chars / best:,.0f} chars/s (best of {args.rounds}, {best:.2f}s)")


if __name__ == "__main__":
    main()
