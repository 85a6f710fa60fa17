"""What the number reader returns (Quantity), what its scan finds (Item), and the qualifier bounds."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .vocab import vocab


@dataclass(frozen=True)
class Quantity:
    """One number mention: where it is, what it says, and how far it may be off."""

    start: int  # span in the input text; text == input[start:end]
    end: int
    text: str  # as written, including qualifier, unit and rate words
    value: float | None  # the stated figure; a range gives its midpoint
    low: float | None  # bounds after the qualifier; None = unbounded
    high: float | None
    qualifier: str | None  # None, nearly, about, up to, at least, more than, less than, range, vague
    unit: str | None  # None for counts, "%", ISO currency code, canonical SI-ish unit
    kind: str  # count, percent, money, measure, rate, ratio, change, ordinal, year, date, age, time, magnitude, other
    per: str | None = None  # rate period: day, week, month, year, hour


# (low factor, high factor) applied to the stated figure; None = unbounded.
BOUNDS: dict[str | None, tuple[float | None, float | None]] = {
    None: (1.0, 1.0),
    "nearly": (0.9, 1.0),
    "about": (0.9, 1.1),
    "up to": (None, 1.0),
    "at least": (1.0, None),
    "more than": (1.0, None),
    "less than": (None, 1.0),
}

# Vague amounts: phrase -> (value, low, high), from the lexicon. The value is
# the low end so that a caller comparing figures never inflates a vague claim.
VAGUE: dict[str, tuple[float, float, float]] = {k: (lo, lo, hi) for k, (lo, hi) in vocab("en").vague.items()}


@dataclass(slots=True)
class Item:
    """A figure the scan found, before its context is read: digits, number words, a vague word or a change."""

    start: int
    end: int
    value: float | None
    kind: str = "count"  # count, ratio, ordinal, change
    words: bool = False  # written (partly) in words: "three", "1.5 million"
    trail: float = 1.0  # the scales that end it ("70 thousand": 1000), to share them in "50-70 thousand"
    vague: str | None = None  # the vague phrase ("thousands", "a couple of")


class Ctx:
    """One call of find_numbers: the text, the bounds in force, the words."""

    __slots__ = ("text", "bounds", "plain", "v")

    def __init__(self, text: str, bounds: Mapping, v) -> None:
        self.text = text
        self.bounds = bounds
        # an unqualified figure is its own bounds (the common case, spared the arithmetic)
        self.plain = bounds.get(None, (1.0, 1.0)) == (1.0, 1.0)
        self.v = v


def num(value: float) -> float:
    return float(round(value, 9))


def apply_bounds(value: float, qualifier: str | None, bounds: Mapping) -> tuple[float | None, float | None]:
    lo_f, hi_f = bounds.get(qualifier, (1.0, 1.0))
    lo = None if lo_f is None else value * lo_f
    hi = None if hi_f is None else value * hi_f
    if value < 0 and lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo  # the factors scale the magnitude: "nearly -10" is [-10, -9]
    return lo, hi


def make(ctx: Ctx, start: int, end: int, value: float | None, kind: str, qualifier: str | None = None,
         unit: str | None = None, per: str | None = None, low=..., high=...) -> Quantity:
    """A Quantity over text[start:end]; its bounds follow from the qualifier unless given."""
    if value is not None:
        value = float(round(value, 9))
    if low is ...:
        if value is None:
            low = high = None
        elif qualifier is None and ctx.plain:
            low = high = value
        else:
            low, high = apply_bounds(value, qualifier, ctx.bounds)
            low = None if low is None else num(low)
            high = None if high is None else num(high)
    return quantity(start, end, ctx.text[start:end], value, low, high, qualifier, unit, kind, per)


_new, _set = object.__new__, object.__setattr__


def quantity(start: int, end: int, text: str, value: float | None, low: float | None, high: float | None,
             qualifier: str | None, unit: str | None, kind: str, per: str | None = None) -> Quantity:
    """`Quantity(...)`, built at a third of the cost: a frozen dataclass's __init__ sets each field
    through object.__setattr__, which is a tenth of the number reader's time on news text."""
    q = _new(Quantity)
    _set(q, "__dict__", dict(start=start, end=end, text=text, value=value, low=low, high=high, qualifier=qualifier,
                             unit=unit, kind=kind, per=per))
    return q
