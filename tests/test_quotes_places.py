"""quotes._place_like: a place, or a place's part, is never a speaker; a person named after a
place's name ("Former Ohio Gov. Ann Roe") still is one. Rows of our own."""
from __future__ import annotations

import pytest

from mobicheck.quotes import _place_like

PLACE_ROWS = [
    # (noun phrase, whether it is a place)
    ("Ohio", True),
    ("the Pacific Basin", True),
    # an abbreviated title (lexicon people.yaml title_abbreviations) or an honorific before a name
    ("Former Ohio Gov. Ann Roe", False),
    ("Kenya Lt. Gen. Ed Bolt", False),
    ("Texas Sen. Ann Roe", False),
    ("Peru Rep. Joe Dunn", False),
    ("Mr. Michael Jordan", False),
    ("Mrs. Ann Georgia", False),
    ("Dr. Ann Roe of Peru", False),
    # a place's abbreviation is no title: the place words decide
    ("St. Lucia Province", True),
    ("Mt. Kenya Region", True),
    ("St. Kitts Island", True),
    ("Ft. Worth Valley", True),
]


@pytest.mark.parametrize("text,place", PLACE_ROWS)
def test_place_like(text, place):
    assert _place_like(text) is place
