"""The owners slot: whose figure it is, read at extraction (frames/owners.py).

Rows: sentence, the figure's text, the claim's places, the owners expected.
"""
from __future__ import annotations

import pytest

from mobicheck.frames import frame_numbers
from mobicheck.frames.owners import owners

OWNER_ROWS = [
    ("In the capital, the Social Democratic Alliance won 118 seats.", "118 seats", (),
     ("social democratic alliance",)),
    ("The ruling Fidesz party took 135 seats in parliament.", "135 seats", (), ("fidesz",)),
    ("Police said 12 people were killed.", "12 people", (), ()),  # "Police" opens, names no one
    ("In Kenya, 12 people were killed.", "12 people", ("Kenya",), ()),  # another clause, and a place
    ("Kenya reported 12 deaths.", "12 deaths", ("Kenya",), ()),  # a place is where, not whose
    ("On Monday, Reuters counted 40 dead.", "40 dead", (), ("reuters",)),
    # One capitalised run that starts like a weekday is taken for a date, whole.
    ("On Monday Reuters counted 40 dead.", "40 dead", (), ()),
    ("Manchester United scored 3 goals.", "3 goals", (), ("manchester united",)),
    ("Bank of England staff number 4,000.", "4,000", (), ("bank of england",)),
    ("Mar. 3 saw 40 arrests.", "40 arrests", (), ()),  # a date, not a name
    ("About 300 people fled.", "300 people", (), ()),
    ("Putin’s party won 49% of the vote.", "49%", (), ("putin",)),  # the lower-case noun ends the name
    ("The figure is not in the sentence.", "17", (), ()),
]


@pytest.mark.parametrize("sentence, text, place, expected", OWNER_ROWS)
def test_owners(sentence, text, place, expected):
    assert owners(sentence, text, place) == expected


def test_frames_carry_owners():
    body = "Turnout was high. In the capital, the Social Democratic Alliance won 118 seats."
    i = body.index("118")
    f = frame_numbers(body, [(i, i + 3, None)])[0]
    assert f.owners == ("social democratic alliance",)
