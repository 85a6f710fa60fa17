"""The judge on EQUATE's quantitative inference pairs (real news and headlines).

People labelled each pair entailment, neutral or contradiction. mobicheck may
miss agreements, but it must not call a contradiction on a pair people did
not: `benchmarks/equate_judge.py` prints the full table.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import equate_judge  # noqa: E402

pytestmark = pytest.mark.skipif(not equate_judge.EQUATE.is_dir(), reason="../shared/external/equate is absent")


@pytest.mark.parametrize("subset", equate_judge.SUBSETS)
def test_no_contradiction_where_people_saw_none(subset):
    counts, alarms = equate_judge.run(subset)
    assert alarms == []
    # and the agreements are there: a third of entailed pairs or more share a figure mobicheck matches
    assert counts["entailment", "agree"] >= 0.3 * counts["entailment", "pairs"]
