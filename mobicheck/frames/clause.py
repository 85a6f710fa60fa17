"""The clause of a number: the stretch of its sentence between punctuation
breaks, stopped before a subordinate clause or an infinitive after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lexical import _QUALIFIERS, _STOP


_CLAUSE_BREAK = re.compile(r"""[;:()“”"«»—–]|,\s|\s-\s|\.\s""")
# "as" after a listing verb is no clause: "three people are listed as missing".
_SUBORDINATE = re.compile(
    r"\s(?:which|who|whom|whose|while|whereas|although|though|because"
    r"|(?<!listed\s)(?<!reported\s)(?<!registered\s)(?<!recorded\s)(?<!classified\s)as(?!\s+(?:many|much|well|long|few|little|high|low|part|of|a\s+result|in|at|on|to|for|with)\b)|when|where)\s"
)
_INFINITIVE = re.compile(r"\s+to\s+([a-z]+)\b(?<!ing)(?<!ed)(?<!ly)(?<![^s]s)(?![’'-])")


def _clause(doc, sent: tuple[int, int], start: int, end: int) -> tuple[int, int, int]:
    """(start, end, end before any infinitive) of the number's clause.

    The clause is the stretch of the sentence between punctuation breaks
    around the number; the first end also stops before an infinitive.
    """
    body = doc.body
    s0, s1 = sent
    # The last break ending by the number: the breaks of the sentence are
    # found once; none of them reads past its own end, so those ending by
    # `start` are what a scan stopped at `start` finds.
    starts, ends = doc.memo_span("frames.breaks", s0, s1, _breaks)
    k = bisect_right(ends, start)
    left = ends[k - 1] if k else s0
    after = min(max(end, s0), s1)
    right = _first_break_from(body, starts, ends, after, s1)
    # After the number a subordinate clause is another proposition too
    # ("rose to 31 as rescuers reached villages cut off since Monday").
    m = _SUBORDINATE.search(body, after, right)
    if m:
        right = m.start()
    # An infinitive after the number starts another proposition: in "the
    # mobilization of 300,000 people to resume the invasion of Ukraine" the
    # invaded country is not where the 300,000 are.
    full = max(right, end)
    # Every infinitive holds "to": a clause without it (most) is not searched.
    for inf in _INFINITIVE.finditer(body, after, right) if body.find("to", after, right) >= 0 else ():
        if inf.group(1).lower() not in _STOP and inf.group(1).lower() not in _QUALIFIERS:
            right = inf.start()
            break
    return left, max(right, end), full


def _breaks(doc, s0: int, s1: int) -> tuple[list[int], list[int]]:
    """(starts, ends) of the clause breaks of body[s0:s1], in text order."""
    found = [m.span() for m in _CLAUSE_BREAK.finditer(doc.body, s0, s1)]
    return [a for a, _ in found], [b for _, b in found]


def _first_break_from(body: str, starts: list[int], ends: list[int], pos: int, s1: int) -> int:
    """Where the first clause break at or after `pos` starts (`s1` if none), from the sentence's
    breaks: the first of them starting there is what a scan from `pos` finds, unless one of them
    runs across `pos` (a scan from there may find another inside it): then the scan is run."""
    k = bisect_left(starts, pos)
    if k and ends[k - 1] > pos:
        m = _CLAUSE_BREAK.search(body, pos, s1)
        return m.start() if m else s1
    return starts[k] if k < len(starts) else s1


def _nearest_sentence(sents, start, end) -> tuple[int, int]:
    for s in sents:
        if s[0] >= start:
            return s if s[0] < end else (start, end)
    return (start, end)
