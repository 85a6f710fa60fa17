"""Time slot: the date nearest the number in its clause, else in its sentence.
"""
from __future__ import annotations

from .dates import _Date


def _time(art, sent, c0, c1, start, end, since_spans, near=None) -> str | None:
    body = art.body
    def usable(d: _Date) -> bool:
        if d.start < end and d.end > start:
            return False  # the number itself ("24" in "February 24")
        if body.startswith(("'s", "’s"), d.end):
            return False  # "Monday's earthquake" dates the event, not the count
        return not any(a <= d.start < b for a, b in since_spans)

    for lo, hi, check in ((c0, c1, None), (*sent, near)):
        cands = [d for d in art.dates.between(lo, hi) if usable(d) and (check is None or check(d.start))]
        if cands:
            return min(cands, key=lambda d: abs(d.start - start)).value
    return None
