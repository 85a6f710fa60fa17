"""The number reader: every number mention in English news text, as a Quantity.

`find_numbers(text)` returns each mention with its span, the figure as
stated, the bounds its qualifier implies, its unit (converted to a canonical
unit so that "10 miles" and "16 km" compare) and a `kind`. Mentions that are
not quantities (years, dates, times, ages, ordinals, earthquake magnitudes,
identifiers such as "COVID-19" or "Boeing 737") are still returned, with
their kind, so that a caller drops them on purpose rather than by accident.

Qualifier bounds (`BOUNDS`, a module-level mapping a caller may override or
pass as `find_numbers(text, bounds=...)`): for a stated figure x,

    qualifier   written as                                      low      high
    None        "40,000"                                        x        x
    nearly      nearly, almost, close to, just under            0.9x     x
    about       about, around, some, roughly, approximately,    0.9x     1.1x
                an estimated
    up to       up to, no more than, at most, as many as        None     x
    at least    at least, or more, no fewer than, -plus         x        None
    more than   more than, over, just over, above, in excess of x        None
    less than   fewer than, less than, under, below             None     x
    range       "5,000-6,000", "between 50 and 70", "four or    a        b
                five" (value is the midpoint)
    vague       hundreds [200, 999], thousands [2000, 9999],   see VAGUE
                tens of thousands [20000, 99999], several [3, 9],
                dozens [24, 99] (value is the low end)

A bound of None means unbounded on that side. For negative figures the
factors apply to the magnitude, so "nearly -10" is [-10, -9].

Design, in two passes over the text:
- `scan`: every number phrase, found by one master pattern (digits, unicode
  fractions, number words as a trie) tried only where a number may start, and
  parsed into Items (`phrase`: "three hundred and two", "two thirds of a million");
- `reader`: each Item with the words around it (`context`, `glued`, `spans`),
  read by a sequence of small readers into a Quantity.
The words (number words, qualifiers, currencies, units, ...) are data, in
mobicheck/lexicon/<lang>/numbers.yaml, currencies.yaml and units.yaml, arranged
by `vocab`. Number words are matched with a capital or lower-case first letter;
text in capitals throughout ("THREE HUNDRED") is not read as words.
"""
from __future__ import annotations

import re
from typing import Mapping

from .phrase import digits
from .quantity import BOUNDS, VAGUE, Ctx, Item, Quantity, make
from .reader import read
from .scan import scan
from .spans import merge_bounds
from .vocab import vocab

__all__ = ["BOUNDS", "CARDINAL_WORDS", "VAGUE", "Quantity", "find_numbers"]

# Words that write a whole number ("seven", "twenty", "hundred", "dozen"), for other stages.
CARDINAL_WORDS = vocab("en").cardinal_words
_RUNS = re.compile(r"\d+(?:[.,]\d+)*")


def find_numbers(text: str, bounds: Mapping | None = None) -> list[Quantity]:
    """Every number mention in `text`, in text order, as Quantity records.

    Spans never overlap and `q.text == text[q.start:q.end]`. Never raises:
    a mention that cannot be read is left out.

    >>> [(q.text, q.value, q.low, q.high, q.kind) for q in find_numbers("Nearly 50,000 Russians left.")]
    [('Nearly 50,000', 50000.0, 45000.0, 50000.0, 'count')]
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = Ctx(text, BOUNDS if bounds is None else {**BOUNDS, **bounds}, vocab("en"))
    try:
        return merge_bounds(ctx, _assemble(ctx, scan(ctx.v, text)))
    except Exception:  # pragma: no cover - the contract is never to raise
        return _fallback(ctx)


def _assemble(ctx: Ctx, items: list[Item]) -> list[Quantity]:
    """Each item read in turn; an item inside the span of one read before is skipped."""
    out: list[Quantity] = []
    n = len(items)
    i = 0
    last_end = 0
    while i < n:
        if items[i].start < last_end:
            i += 1
            continue
        q, consumed = read(ctx, items, i, last_end)
        i += consumed
        if q is None or q.start < last_end:
            continue
        out.append(q)
        last_end = q.end
    return out


def _fallback(ctx: Ctx) -> list[Quantity]:
    """Digit runs alone, when the reader failed on a text."""
    out = []
    for m in _RUNS.finditer(ctx.text):
        value = digits(m.group())
        if value is not None:
            out.append(make(ctx, m.start(), m.end(), value, "count"))
    return out
