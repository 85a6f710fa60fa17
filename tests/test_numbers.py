"""Tests of the number reader on news sentences (written for these tests)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

try:
    from mobicheck.numbers import BOUNDS, Quantity, find_numbers
except Exception:  # the rest of the package may be mid-change; the reader has no dependencies
    _spec = importlib.util.spec_from_file_location(
        "mobicheck_numbers", Path(__file__).resolve().parents[1] / "mobicheck" / "numbers.py")
    _mod = importlib.util.module_from_spec(_spec)
    sys.modules["mobicheck_numbers"] = _mod
    _spec.loader.exec_module(_mod)
    BOUNDS, Quantity, find_numbers = _mod.BOUNDS, _mod.Quantity, _mod.find_numbers


def _find(sentence: str, text: str) -> Quantity:
    qs = [q for q in find_numbers(sentence) if q.text == text]
    assert qs, f"{text!r} not found in {[q.text for q in find_numbers(sentence)]}"
    return qs[0]


REQUIRED = [
    ("Three hundred thousand reservists will be called up", "Three hundred thousand", 300000, 300000, 300000, None, "count", None, None),
    ("Putin would mobilise up to 300,000 reservists", "up to 300,000", 300000, None, 300000, "up to", "count", None, None),
    ("Arrivals have nearly doubled to nearly 10,000 a day", "nearly 10,000 a day", 10000, 9000, 10000, "nearly", "rate", None, "day"),
    ("Arrivals have nearly doubled to nearly 10,000 a day", "nearly doubled", 2, 1.8, 2, "nearly", "change", None, None),
    ("tens of thousands of military-age Russians fled", "tens of thousands", 20000, 20000, 99999, "vague", "count", None, None),
    ("the victim was 90% burned", "90%", 90, 90, 90, None, "percent", "%", None),
    ("at least 40,000 Russians crossed", "at least 40,000", 40000, 40000, None, "at least", "count", None, None),
    ("Nearly 50,000 Russians have left", "Nearly 50,000", 50000, 45000, 50000, "nearly", "count", None, None),
]


@pytest.mark.parametrize("sentence,text,value,low,high,qualifier,kind,unit,per", REQUIRED,
                         ids=[r[1] for r in REQUIRED])
def test_required(sentence, text, value, low, high, qualifier, kind, unit, per):
    q = _find(sentence, text)
    assert (q.value, q.low, q.high, q.qualifier, q.kind, q.unit, q.per) == pytest.approx(
        (value, low, high, qualifier, kind, unit, per)) or (q.value, q.low, q.high, q.qualifier, q.kind, q.unit, q.per) == (value, low, high, qualifier, kind, unit, per)
