"""Two figures that make one: ranges ("5,000-6,000", "between 50 and 70", "four or five", "$5-6bn")
and two one-sided bounds ("more than 10 and less than 20")."""
from __future__ import annotations

import re

from .context import before
from .quantity import Ctx, Quantity, make, num, quantity

_DASHES = ("-", "\u2010", "\u2013", "\u2014", "~", "")
_DASH_ON = "-..."  # a dash and more words ("24- to 30-foot"): read like "to", a falling pair too
_GAP_STRIP = " \t\n$€£¥₹US"  # what may stand between the ends besides the word: spaces, a repeated currency
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_DIGITS = re.compile(r"\d+")
_NOT_AN_END = ("year", "date", "time", "ordinal", "other", "age")
_BOUNDS = ("more than", "at least", "less than", "up to")


def try_range(r, j: int, read) -> tuple[Quantity, int] | None:
    """The range from the figure being read (`r`, a reader.Reading) to items[j], or None.

    `read` reads the second end (reader.read), with its own context.
    """
    text, items, nx = r.text, r.items, r.items[j]
    if nx.kind not in ("count", "ratio") or nx.vague or nx.value is None:
        return None
    word = _gap_word(r, nx)
    if word is None:
        return None
    start = r.s if r.qualifier else r.start
    bw = r.v.between_before.search(before(text, start, 16))
    if word == "and" and not (bw and bw.group().lower().startswith(tuple(r.v.range_and_after))):
        return None
    # read the second end with its own context, without a qualifier; after a
    # dash the minus is the dash ("1000 - 5000"), after "to" it is a sign ("-18 to -34")
    q2, used = read(r.ctx, items, j, nx.start if word in _DASHES else r.pos)
    if q2 is None or q2.kind in _NOT_AN_END or q2.start < r.pos or q2.qualifier is not None:
        return None
    ends = _ends(r, nx, q2, word)
    if ends is None:
        return None
    v1, v2, unit, kind = ends
    consumed = (j - r.i) + used
    if word in _DASHES and not v1 < v2:
        score = _score(r, nx, q2, bw, start, v1, v2)
        return None if score is None else (score, consumed)
    if word not in _DASHES and v1 > v2 and word not in r.v.range_descending and word != _DASH_ON:
        return None
    if bw and bw.start() + max(0, start - 16) >= r.floor:
        start = max(0, start - 16) + bw.start()
    lo, hi = min(v1, v2), max(v1, v2)
    return quantity(start, q2.end, text[start:q2.end], num((v1 + v2) / 2), num(lo), num(hi), "range", unit, kind,
                    q2.per), consumed


def _gap_word(r, nx) -> str | None:
    """The word between the two ends ("to", "and", "-", "" for none), or None when they make no range."""
    if not r.v.range_gap.fullmatch(r.text, r.pos, nx.start):
        return None
    word = r.text[r.pos:nx.start].strip(_GAP_STRIP).lower()
    if word.startswith("-") and len(word) > 1:
        return _DASH_ON  # "24- to 30-foot"
    return word


def _score(r, nx, q2: Quantity, bw, start: int, v1: float, v2: float) -> Quantity | None:
    """"won 3-1", "a 162-139 record": a falling pair of counts joined by a dash is a score or a
    win-loss record, not a range (a range rises); a coach's record runs to three digits."""
    if r.kind == "count" and q2.kind == "count" and not bw and r.text[r.pos:nx.start].strip() == "-" \
            and v1 < _MAX_SCORE and v2 < _MAX_SCORE and _DIGITS.fullmatch(r.raw):
        return make(r.ctx, start, q2.end, v1, "other")
    return None


_MAX_SCORE = 1000


def _ends(r, nx, q2: Quantity, word: str) -> tuple[float, float, str | None, str] | None:
    """(first end, second end, unit, kind) of a range, or None when the two figures make none."""
    value, unit, kind = r.value, r.unit, r.kind
    if kind == "count" and unit is None and q2.kind in ("percent", "money", "measure") and _YEAR.fullmatch(r.raw):
        return None  # "from 67.4% in 2017 to 55%": the year is not an end
    if (unit is not None and q2.unit is not None and unit != q2.unit) or (kind == "percent" and q2.kind != "percent"):
        return None  # "up 25% to 34,500 tonnes" is two figures
    v1, v2 = _shared_scale(r, nx, q2), q2.value
    out_kind = kind if kind != "count" or unit is not None and q2.unit is None else q2.kind
    if word == "or" and not (r.it.words and v1 < v2 <= v1 * 3) and not (v1 < v2 and v2 - v1 <= 2 and v2 < 100):
        return None  # "four or five", "19 or 20"; not "5 or 50"
    if v1 is None or v2 is None:
        return None
    return v1, v2, unit or q2.unit, out_kind


def _shared_scale(r, nx, q2: Quantity) -> float:
    """The first end, with the scale or unit written once after the second: "50-70 thousand", "$5-6bn", "10-15 km"
    (when the first end has none of its own)."""
    value = r.value
    raw2 = nx.value / nx.trail
    if value == r.it.value and r.it.trail == 1.0 and raw2 and q2.value != raw2 \
            and (r.unit is None or q2.unit in (None, r.unit)) and 0 <= value < raw2:
        return value * (q2.value / raw2)
    return value


def merge_bounds(ctx: Ctx, out: list[Quantity], join=None) -> list[Quantity]:
    """Two one-sided bounds joined by "and" / "but": "more than 10 and less than 20" is one range.
    `join(ctx, a, b)` is the range of two neighbours, or None (the English rule by default)."""
    if len(out) < 2:
        return out
    join = join or _merged
    res: list[Quantity] = []
    k = 0
    while k < len(out):
        a = out[k]
        if k + 1 < len(out):
            merged = join(ctx, a, out[k + 1])
            if merged is not None:
                res.append(merged)
                k += 2
                continue
        res.append(a)
        k += 1
    return res


def _merged(ctx: Ctx, a: Quantity, b: Quantity) -> Quantity | None:
    if not (a.qualifier in _BOUNDS and b.qualifier in _BOUNDS and a.kind == b.kind and a.unit == b.unit
            and ctx.v.bound_join.match(ctx.text[a.end:b.start])):
        return None
    lo_q = a if a.high is None else b if b.high is None else None
    hi_q = a if a.low is None else b if b.low is None else None
    if lo_q is None or hi_q is None or lo_q is hi_q or not lo_q.low < hi_q.high:
        return None
    mid = (lo_q.low + hi_q.high) / 2
    return quantity(a.start, b.end, ctx.text[a.start:b.end], mid, lo_q.low, hi_q.high, "range", a.unit, a.kind,
                    a.per or b.per)
