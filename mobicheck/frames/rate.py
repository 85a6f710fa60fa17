"""Rate slot words: "a day", "per week", "daily", "each" after a count.
"""
from __future__ import annotations

import re

from .lexical import _may_hold, _triggers


_PER = re.compile(
    r"""[ \t]*(?:(?:a|an|per|each|every)\s+(?P<p>day|week|month|year|hour|minute)
    |(?P<adv>daily|weekly|monthly|yearly|annually|hourly))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Away from the number only unambiguous rate words count: "in a week" is a
# total over a period, "each week" and "per week" are rates.
_PER_ANYWHERE = re.compile(
    r"\b(?:(?:per|each|every)\s+(?P<p>day|week|month|year|hour)|(?P<adv>daily|weekly|monthly|hourly|annually))\b",
    re.IGNORECASE,
)
_PER_ANYWHERE_NEEDLES = _triggers("rate")
_PER_ADV = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year", "hourly": "hour"}
_DISTRIBUTIVE = re.compile(r"\s+(?:each|apiece)\b(?!\s+(?:day|week|month|year|hour|minute|time|of)\b)", re.IGNORECASE)


def _per_in(body: str, lo: int, hi: int) -> str | None:
    """The period of an unambiguous rate word in body[lo:hi] ("each week", "daily"), if any."""
    if not _may_hold(body[lo:hi], _PER_ANYWHERE_NEEDLES):
        return None
    pm = _PER_ANYWHERE.search(body, lo, hi)
    return (pm.group("p") or _PER_ADV[pm.group("adv").lower()]) if pm else None
