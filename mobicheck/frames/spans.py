"""Sorted, disjoint spans of an article (places, dates) looked up by bisection.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right



class _Spans:
    """Places or dates of an article, sorted by start, looked up by bisection:
    a number asks only for those near it, never for every one of the article."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [x.start for x in items]

    def covering(self, pos: int):
        """The item whose span holds `pos` (items disjoint), or None."""
        i = bisect_right(self.starts, pos) - 1
        return self.items[i] if i >= 0 and self.items[i].start <= pos < self.items[i].end else None

    def between(self, lo: int, hi: int) -> list:
        """The items starting in [lo, hi)."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def backwards_from(self, pos: int):
        """The items starting before `pos`, nearest first (without copying the list)."""
        items = self.items
        for i in range(bisect_left(self.starts, pos) - 1, -1, -1):
            yield items[i]
