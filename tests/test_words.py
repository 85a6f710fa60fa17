"""Lemmas and concepts shared by the readers (mobicheck/words.py)."""
from __future__ import annotations

import pytest

from mobicheck.words import concept, lemma, singular_forms

LEMMAS = [
    ("evacuated", "evacuate"), ("evacuating", "evacuate"), ("casualties", "casualty"), ("fled", "flee"),
    ("killed", "kill"), ("injured", "injure"), ("arrivals", "arrival"), ("crossed", "cross"),
    ("detained", "detain"), ("dropped", "drop"), ("boxes", "box"), ("rose", "rise"), ("took", "take"),
    # Rough by design: a lemma is only compared, and `concept` also tries it with an "e".
    ("agreed", "agre"), ("changed", "chang"), ("news", "new"), ("Russia’s", "russia'"),
]


@pytest.mark.parametrize("word, expected", LEMMAS)
def test_lemma(word, expected):
    assert lemma(word) == expected


CONCEPTS = [
    ("arrivals", False, "arrive"), ("entered", False, "arrive"), ("killed", False, "kill"),
    ("fatalities", False, "kill"), ("March", False, None),  # a month, not a protest
    ("rose", True, "rise"), ("fell", True, "fall"), ("table", False, None),
]


@pytest.mark.parametrize("word, weak, expected", CONCEPTS)
def test_concept(word, weak, expected):
    assert concept(word, weak=weak) == expected


def test_singular_forms():
    assert "casualty" in singular_forms("casualties") and "box" in singular_forms("boxes")
