"""The trigger table of the frames: a figure whose sentence holds none of a slot's triggers takes the
slot's default unread, and its frame is the one every slot read would give (frames/__init__.py)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck.doc import Doc
from mobicheck.frames import _ALL, _frame_one, _others_of_a_kind, frame_numbers
from mobicheck.frames.article import _read_article
from mobicheck.numbers import find_numbers

# Sentences of our own, each firing one or more of the rarer slots, or none.
ROWS = [
    "The council expects to hire 40 wardens by June.",
    "About 2,000 tourists arrive each week, the mayor said.",
    "Since the flood began, 31 homes have been lost in Tarnow.",
    "So far this year 12 ferries have sunk.",
    "Reportedly, 9 guards were hurt on Friday in Lima.",
    "She said 15 volunteers stayed behind.",
    "Some 80 trucks crossed the bridge.",
    "Output rose 4% annually, according to the ministry.",
    "It will plan for 70 beds, while 20 may come later.",
    "Since 2019, 14 mines have closed; 3 more may follow next year.",
]


def _both(body: str, published: str = "2024-03-06"):
    doc = Doc(body, published)
    spans = [(q.start, q.end, q.per) for q in find_numbers(body)]
    gated = frame_numbers(doc, spans)
    art = _read_article(Doc(body, published))
    starts = tuple(sorted(s for s, _, _ in spans))
    every = [_frame_one(art, s, e, per, starts, lambda d, lo, hi: _ALL, art.doc.sentence_of(s)) for s, e, per in spans]
    return gated, _others_of_a_kind(every)


@pytest.mark.parametrize("body", ROWS)
def test_a_gated_frame_is_the_frame_every_slot_reads(body):
    gated, every = _both(body)
    assert gated and gated == every


_WORDS = ["40", "people", "were", "killed", "in", "Lima", "on", "Monday", "since", "March", "so", "far", "this",
          "year", "may", "would", "estimated", "per", "day", "daily", "said", "police", "she", "according", "to",
          "the", "Red", "Cross", ",", ".", ";", "—", "expected", "12%", "each", "week"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=24))
def test_gates_never_change_a_frame(words):
    gated, every = _both("Intro here. " + " ".join(words) + " 7 boats.")
    assert gated == every
