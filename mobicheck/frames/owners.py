"""Owners slot: the proper names in the clause before a figure, whose figure it is.

"the opposition Social Democratic Alliance won 118 seats" is owned by the
Alliance; two figures owned by different names are not one quantity. Read
at extraction (the judge once re-read the sentence with regexes at judging
time) from what the claim record holds: its sentence, its text and its places.

    >>> owners("In the capital, the Social Democratic Alliance won 118 seats.", "118 seats", ())
    ('social democratic alliance',)
    >>> owners("Reuters and Kenya's Red Cross said 12 died.", "12", ("Kenya",))
    ('reuters', 'kenya red cross')
"""
from __future__ import annotations

import re

from ..lexicon import load as _lexicon

_LEX = _lexicon("en")
_OPENERS = _LEX.words("counting.yaml", "owner_openers")
# A run of capitalised words, "of", "de" and "the" allowed inside.
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.-]*)*")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
# A name that starts like a month or weekday ("Mar", "Tue") is a date.
_CALENDAR_PREFIXES = frozenset(w[:3] for w in (*_LEX.months, *_LEX.weekdays))


def owners(sentence: str, text: str, place: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-cased names in the clause before `text`'s first place in `sentence`, in text order.

    Places (`place`, the claim's place slot) are where, not whose.
    """
    at = sentence.find(text)
    if at < 0:
        return ()
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1]
    places = {p.lower() for p in place}
    found: dict[str, None] = {}
    for m in _NAME.finditer(clause):
        words = m.group().replace("’s", "").replace("'s", "").split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        name = " ".join(words).lower().rstrip(".")
        if name and name not in places and name[:3] not in _CALENDAR_PREFIXES and len(name) > 2:
            found[name] = None
    return tuple(found)
