"""Figures as a reader writes them, for every human wording: the judge's
reasons and working, the tables and the HTML report.

One formatter, so that a figure reads the same in a reason, a table cell and
a chart label.

    >>> number(300000), number(1.5), number(12.25), number(None), number(float("inf"))
    ('300,000', '1.5', '12.25', '-', '∞')
    >>> number(12_500_000, scale=True), number(2.3e9, scale=True), number(12_500_000)
    ('12.5 million', '2.3 billion', '12,500,000')
    >>> interval(52500, 53500), interval(-math.inf, 80), interval(80, math.inf), interval(5, 5)
    ('52,500–53,500', '≤80', '≥80', '5')
"""
from __future__ import annotations

import math

# With `scale`, figures from ten million up are written in millions or billions:
# (from, unit, word).
_SCALES = ((1e9, 1e9, "billion"), (1e7, 1e6, "million"))


def number(x: float | None, *, scale: bool = False) -> str:
    """A figure: thousands separated, whole figures and figures from 100 up
    without decimals, others with at most two; "-" for none, "∞" for unbounded.
    `scale` writes large figures in words ("12.5 million"), as a chart label."""
    if x is None:
        return "-"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if scale:
        for at, unit, word in _SCALES:
            if abs(x) >= at:
                return f"{x / unit:.3g} {word}"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.2f}".rstrip("0").rstrip(".")


def interval(lo: float, hi: float) -> str:
    """A range of figures: one figure, an open bound (≤, ≥) or lo–hi."""
    if lo == hi:
        return number(lo)
    if math.isinf(lo) and lo < 0:
        return f"≤{number(hi)}"
    if math.isinf(hi):
        return f"≥{number(lo)}"
    return f"{number(lo)}–{number(hi)}"


def bounds(value: float, low: float | None, high: float | None, unit: str | None = None) -> str:
    """A claim's figure with its unit and, when they differ from it, its bounds:
    "300,000 people [250,000..]"."""
    unit = f" {unit}" if unit else ""
    if low == high == value:
        return f"{number(value)}{unit}"
    lo = "" if low is None else number(low)
    hi = "" if high is None else number(high)
    return f"{number(value)}{unit} [{lo}..{hi}]"
