"""Claim frames: seed acceptance cases, a table of wire-copy sentences, fuzzing.

Each table row gives a sentence, the number as it appears (the span is found
with `str.index`, since reading numbers is another module's job) and the frame
fields it must produce; fields not named are not checked.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck.frames import Frame, frame_numbers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_body(name: str) -> str:
    # The first non-empty line is the title; the body is what follows.
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    return "\n".join(lines[first + 1:])


def _frame(body: str, number: str, per: str | None = None, published: str | None = None) -> Frame:
    start = body.index(number)
    return frame_numbers(body, [(start, start + len(number), per)], published)[0]


# --- seeds -------------------------------------------------------------------

@pytest.fixture(scope="module")
def huff():
    return _seed_body("000_d35523d20212b64d.txt")


@pytest.fixture(scope="module")
def express():
    return _seed_body("003_d0318f9e97ba566e.txt")


@pytest.mark.parametrize("published", [None, "2022-09-23"])
def test_seed_daily_rate_into_georgia(huff, published):
    f = _frame(huff, "nearly 10,000 a day", "day", published)
    assert f.per == "day"
    assert "Georgia" in f.place
    assert "interior ministry" in f.attribution.lower()
    assert f.subject == "arrivals of Russians" and f.measure == "arrive"
    assert f.cumulative_since is None


@pytest.mark.parametrize("published, time", [(None, "June"), ("2022-09-23", "2022-06")])
def test_seed_june_total_in_georgia(express, published, time):
    f = _frame(express, "Nearly 50,000", None, published)
    assert f.place == ("Georgia",)
    assert f.time == time
    assert f.per is None
    assert f.measure == "flee" and f.subject == "Russians" and f.subject_class == "people"
    assert f.attribution == "national statistics"


@pytest.mark.parametrize("published, since", [(None, "February 24"), ("2022-09-23", "2022-02-24")])
def test_seed_running_count_in_armenia(express, published, since):
    f = _frame(express, "at least 40,000", None, published)
    assert f.place == ("Armenia",)
    assert f.cumulative_since == since
    assert f.measure == "arrive"
    assert f.attribution == "Armenia"


def test_seed_reservists_hedged(express):
    f = _frame(express, "up to 300,000", None, "2022-09-23")
    assert express[express.index("up to 300,000"):f.end] == "up to 300,000 reservists"
    assert (f.subject, f.subject_class, f.measure, f.hedge) == ("reservists", "people", "mobilize", "would")
    assert "Shoigu" in f.attribution


def test_seed_reservists_called_up(express):
    f = _frame(express, "Three hundred thousand")
    assert (f.subject, f.subject_class, f.measure) == ("reservists", "people", "mobilize")


def test_seed_partial_mobilization(huff):
    f = _frame(huff, "300,000")
    assert (f.subject, f.subject_class, f.measure) == ("people", "people", "mobilize")


# --- invariants ------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=5))
def test_never_raises_and_end_stays_in_body(body, raw):
    spans = sorted({(min(a, len(body)), min(a + n, len(body)), None) for a, n in raw})
    frames = frame_numbers(body, spans)
    assert len(frames) == len(spans)
    for (start, end, _), f in zip(spans, frames):
        assert end <= f.end <= len(body)
