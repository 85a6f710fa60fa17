"""Time slot: the date nearest the number in its clause, else in its sentence.
"""
from __future__ import annotations

import re

from ..gazetteer import SUBJECT_CLASSES
from ..words import singular_forms
from .dates import _Date
from .lexical import _LEX


def _time(art, sent, c0, c1, start, end, since_spans, near=None) -> str | None:
    body = art.body
    def usable(d: _Date) -> bool:
        if d.start < end and d.end > start:
            return False  # the number itself ("24" in "February 24")
        if body.startswith(("'s", "’s"), d.end):
            return False  # "Monday's earthquake" dates the event, not the count
        if _dates_a_text(body, d):
            return False  # "in a story on May 4 about a fire that killed six": the story's date
        return not any(a <= d.start < b for a, b in since_spans)

    def outside(d: _Date) -> bool:
        # Beyond the figure's clause, an event named after the figure with its date is another
        # event ("hurt dozens ..., spreading fear in a valley still rebuilding after the flood of
        # 2004"); within it, or before the figure, it is the figure's own ("54.7% in the election of
        # 2021", "the tsunami of 2004, which killed 170,000").
        return (near is None or near(d.start)) and not (d.start > end and names_an_event(body, d))

    for lo, hi, check in ((c0, c1, None), (*sent, outside)):
        cands = [d for d in art.dates.between(lo, hi) if usable(d) and (check is None or check(d))]
        if cands:
            return min(cands, key=lambda d: abs(d.start - start)).value
    return None


def names_an_event(body: str, d: _Date) -> bool:
    """The date is part of an event's name: "the April 2012 shooting death", "the tsunami of 2004" (an
    event noun: lexicon counting.yaml subject_classes, events).

    >>> from mobicheck.frames.dates import _find_dates
    >>> text = "It injured dozens in a region hit by the tsunami of 2004 and the April 2012 shooting."
    >>> [names_an_event(text, d) for d in _find_dates(text, None)]
    [True, True]
    """
    after = _NEXT_WORD.match(body, d.end)
    if after and _event_noun(after.group(1)):
        return True
    before = _EVENT_OF.search(body, max(0, d.start - 40), d.start)
    return bool(before) and _event_noun(before.group(1))


def _dates_a_text(body: str, d: _Date) -> bool:
    """The date is a text's ("a story on May 4", "the report of March 3", "a statement dated May 2"):
    when the text was written, not when what it counts happened (a correction's "In a story on May 4
    about a fire that killed six people")."""
    before = _ON_DATE.search(body, max(0, d.start - 40), d.start)
    return bool(before) and before.group(1).lower() in _DATED_TEXTS


def _event_noun(word: str) -> bool:
    return any(SUBJECT_CLASSES.get(form) == "events" for form in singular_forms(word))


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Texts written on a day of their own (lexicon calendar.yaml), before "on"/"of"/"dated" and a date.
_DATED_TEXTS = _LEX.words("calendar.yaml", "dated_texts")
_ON_DATE = re.compile(r"([A-Za-z]+)\s+(?:published\s+|posted\s+)?(?:on|of|from|dated)\s+\Z")
# "the tsunami of 2004": the date's span starts at its year.
_EVENT_OF = re.compile(r"([A-Za-z]+)\s+(?i:of|in)\s+\Z")
