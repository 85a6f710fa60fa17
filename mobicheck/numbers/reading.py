"""The state of one figure being read: the item, and the span, value, kind and unit read so far."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .context import follows, prev_word
from .quantity import Ctx, Item, make
from .vocab import Vocab


@dataclass(slots=True, init=False)
class Reading:
    """One figure being read; the readers (glued.py, reader.py) each look at it and widen it."""

    ctx: Ctx
    v: Vocab
    text: str
    items: list[Item]
    i: int
    floor: int  # where the previous quantity ended: no context word before it is taken
    it: Item
    s: int  # the item's span
    e: int
    raw: str
    digits: bool  # written in digits only
    pw: str  # the token before the item (context.prev_word) and where it starts
    pw_at: int
    c: str  # the character after the item
    start: int  # the span read so far
    pos: int
    value: float
    kind: str
    unit: str | None
    per: str | None
    qualifier: str | None
    skip: int  # items inside the span after this one: a glued fraction ("3 1/2") ...
    ratio: int  # ... and the second figure of a ratio ("one in five")
    cur: re.Match | None  # a currency before the figure
    _fpos: int
    _follows: tuple[bool, str]

    def __init__(self, ctx: Ctx, items: list[Item], i: int, floor: int):
        self.ctx, self.v, self.text, self.items, self.i, self.floor = ctx, ctx.v, ctx.text, items, i, floor
        it = self.it = items[i]
        text, s, e = ctx.text, it.start, it.end
        self.s = self.start = s
        self.e = self.pos = e
        self.raw = text[s:e]
        self.digits = not it.words
        self.pw, self.pw_at = prev_word(text, s)
        self.c = text[e:e + 1]
        self.value, self.kind = it.value, it.kind
        self.unit = self.per = self.qualifier = self.cur = None
        self.skip = self.ratio = 0
        self._fpos = -1

    def prev_word(self, at: int) -> str:
        """The token before `at` (the item's start, or where its span starts now)."""
        return self.pw if at == self.s else prev_word(self.text, at)[0]

    def follows(self) -> tuple[bool, str]:
        """`context.follows` at the end of the span read so far."""
        if self._fpos != self.pos:
            self._fpos, self._follows = self.pos, follows(self.v, self.text, self.pos)
        return self._follows

    def passed(self) -> None:
        """The span now covers the next item (a glued "1/2"): it is consumed with this one."""
        items, i = self.items, self.i
        if i + 1 < len(items) and items[i + 1].start < self.pos:
            self.skip = 1

    @property
    def consumed(self) -> int:
        return 1 + self.skip + self.ratio

    def make(self, start: int, end: int, kind: str, value: float | None = None, qualifier: str | None = None):
        """A Quantity of `kind` over text[start:end], with the value read so far (or `value`)."""
        return make(self.ctx, start, end, self.value if value is None else value, kind, qualifier)

    def result(self):
        """The Quantity read, and how many items it consumed."""
        return make(self.ctx, self.start, self.pos, self.value, self.kind, self.qualifier, self.unit,
                    self.per), self.consumed
