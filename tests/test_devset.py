"""The development set (tests/data/dev): two stories written for mobicheck, scored like the seeds.

Run with -s to see the score line; the floors are the judge issue's targets.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

import mobicheck
from mobicheck.render import to_dict

# The judge issue's targets.
AGREE_FLOOR = CONTRADICT_FLOOR = SPEAKER_FLOOR = 0.9
ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="module")
def result():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    report = to_dict(mobicheck.compare([str(DEV)]))
    gold = yaml.safe_load((ROOT / "tests" / "data" / "dev.gold.yaml").read_text(encoding="utf-8"))
    out = score.score(report, gold)
    t, q = out["tally"], out["quotes"]
    print("\n".join(line for line in out["lines"] if not line.startswith("ok")))
    print(f"dev set: agree {t['agree']['hit']}/{t['agree']['total']} contradict {t['contradict']['hit']}/"
          f"{t['contradict']['total']} update {t['update']['hit']}/{t['update']['total']} trap-hits "
          f"{out['trap_hits']} false-alarms {out['false_alarms']} speakers {q['hit']}/{q['total']}")
    return out


def rate(tally: dict) -> float:
    return tally["hit"] / tally["total"]


def test_no_false_alarms(result):
    assert result["false_alarms"] == 0


def test_agreements_found(result):
    assert rate(result["tally"]["agree"]) >= AGREE_FLOOR


def test_contradictions_found(result):
    assert rate(result["tally"]["contradict"]) >= CONTRADICT_FLOOR


def test_speakers(result):
    assert rate(result["quotes"]) >= SPEAKER_FLOOR
