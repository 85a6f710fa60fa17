"""The judge on EQUATE's quantitative inference pairs from real news.

    python benchmarks/equate_judge.py            # needs ../shared/external/equate

Each pair (a news sentence and a headline or a second report, labelled
entailment, neutral or contradiction by people) goes through mobicheck as two
one-sentence articles. Printed per subset and label: pairs, pairs with a
number agreement, pairs with a number contradiction, and the contradictions
themselves on pairs people did not call contradictory (false alarms: the
figure mobicheck must not get wrong).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mobicheck import pipeline  # noqa: E402
from mobicheck.extract import extract_claims  # noqa: E402
from mobicheck.model import Article, Report  # noqa: E402

EQUATE = ROOT.parent / "shared" / "external" / "equate"
SUBSETS = ("NewsNLI", "RTE_Quant", "RedditNLI")


def judge_pair(premise: str, hypothesis: str) -> Report:
    """Both sentences as articles of one undated story, judged as `compare` would."""
    articles = [Article(id="premise", body=premise), Article(id="hypothesis", body=hypothesis)]
    report = Report(articles=articles, claims=[c for a in articles for c in extract_claims(a, kind="number")])
    return pipeline.judge_report(report, stories=False)


def run(subset: str) -> tuple[Counter, list[tuple[str, str, str]]]:
    counts: Counter = Counter()
    alarms = []
    for line in (EQUATE / f"{subset}.pairs.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        report = judge_pair(pair["premise"], pair["hypothesis"])
        verdicts = {m.verdict for m in report.matches}
        label = pair["label"]
        counts[label, "pairs"] += 1
        counts[label, "agree"] += "agree" in verdicts
        counts[label, "contradict"] += "contradict" in verdicts
        if "contradict" in verdicts and label != "contradiction":
            m = next(m for m in report.matches if m.verdict == "contradict")
            alarms.append((pair["id"], label, m.reason))
    return counts, alarms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subsets", nargs="+", default=list(SUBSETS))
    args = ap.parse_args()
    if not EQUATE.is_dir():
        sys.exit(f"no EQUATE data at {EQUATE}")
    print("| subset | label | pairs | with an agreement | with a contradiction |\n|---|---|---:|---:|---:|")
    all_alarms = []
    for subset in args.subsets:
        counts, alarms = run(subset)
        all_alarms += alarms
        for label in ("entailment", "neutral", "contradiction"):
            n = counts[label, "pairs"]
            if n:
                print(f"| {subset} | {label} | {n} | {counts[label, 'agree']} | {counts[label, 'contradict']} |")
    print(f"\nfalse alarms (contradictions on pairs not labelled contradiction): {len(all_alarms)}")
    for pid, label, reason in all_alarms:
        print(f"- {pid} ({label}): {reason}")


if __name__ == "__main__":
    main()
