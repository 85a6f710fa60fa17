"""Purity and inverse purity of stories.py's grouping on the ECB+ sample.

    python benchmarks/stories_purity.py

All 102 articles of ../shared/external/ecbplus_sample/articles/*.jsonl are
grouped together; each subtopic file is one real event (`<t>_ecb` and
`<t>_ecbplus` are two events of the same kind: the trap). Purity: the share of
articles whose story's majority event is their own; inverse purity: the same
with stories and events swapped (1.0 = no event split across stories).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ECB = ROOT.parent / "shared" / "external" / "ecbplus_sample" / "articles"

from mobicheck.load import load_articles  # noqa: E402
from mobicheck.model import Article  # noqa: E402
from mobicheck.stories import LINK_THRESHOLD, assign_stories, purity  # noqa: E402


def main() -> None:
    # Each subtopic file is one real event: its name is the gold story.
    articles = [a for a in load_articles([str(ECB)]) if isinstance(a, Article)]
    gold = {a.id: Path(a.path).stem for a in articles}
    if not articles:
        sys.exit(f"no articles under {ECB}")
    print(f"{len(articles)} articles, {len(set(gold.values()))} events\n")
    print("| threshold | stories | purity | inverse purity | seconds |\n|---:|---:|---:|---:|---:|")
    for threshold in sorted({0.10, 0.12, LINK_THRESHOLD, 0.16, 0.18}):
        t = time.perf_counter()
        got = assign_stories(articles, threshold=threshold)
        dt = time.perf_counter() - t
        mark = " (default)" if threshold == LINK_THRESHOLD else ""
        print(f"| {threshold:.2f}{mark} | {len(set(got.values()))} | {purity(got, gold):.3f} "
              f"| {purity(gold, got):.3f} | {dt:.2f} |")
    got = assign_stories(articles)
    print("\nstories by event (default threshold):")
    for story in sorted(set(got.values()), key=lambda s: int(s.split("-")[1])):
        print(f"  {story}: {dict(Counter(gold[a] for a, s in got.items() if s == story))}")


if __name__ == "__main__":
    main()
