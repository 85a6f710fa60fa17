"""The Doc's shared views: a window of the words is the window read on its own, and a memo is computed once."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck.doc import WORD, Doc


def _slice_words(body: str, lo: int, hi: int):
    """What reading the window on its own gives: the reference for words_in."""
    return [(m.group(), lo + m.start(), lo + m.end()) for m in WORD.finditer(body[lo:hi])]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Z’'-,. 1\n", max_size=60), st.integers(0, 62), st.integers(0, 62))
def test_a_window_of_the_shared_words_is_the_window_read(text, lo, hi):
    assert Doc(text).words_in(lo, hi) == _slice_words(text, lo, hi)


@pytest.mark.parametrize("body, lo, hi, words", [
    ("Rescuers found 12 more bodies on Sunday.", 15, 40, ["more", "bodies", "on", "Sunday"]),
    ("the rain-soaked hills", 4, 21, ["rain-soaked", "hills"]),
    ("the rain-soaked hills", 9, 13, ["soak"]),  # cut at both ends: read inside the window
    ("It's the mayor’s office", 0, 23, ["It's", "the", "mayor’s", "office"]),
    ("40 -- 50 'quoted' x", 0, 19, ["quoted", "x"]),
    ("", 0, 5, []),
])
def test_words_in(body, lo, hi, words):
    assert [w for w, _, _ in Doc(body).words_in(lo, hi)] == words


def test_memo_span_computes_each_span_once_and_keeps_none():
    doc, calls = Doc("Two sentences here. And here."), []

    def compute(d, lo, hi):
        calls.append((lo, hi))
        return None if lo else d.body[lo:hi]

    assert doc.memo_span("t", 0, 3, compute) == "Two"
    assert doc.memo_span("t", 0, 3, compute) == "Two"
    assert doc.memo_span("t", 4, 9, compute) is None
    assert doc.memo_span("t", 4, 9, compute) is None
    assert calls == [(0, 3), (4, 9)]
