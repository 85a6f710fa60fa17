"""Quote marks paired into quotations: the spans every reader treats as quoted.

One regex pass finds every quote mark; a small state machine pairs them per
paragraph (multi-paragraph quotes, nested single quotes, stray marks). Read
once per article (`quote_spans`, memoised in the Doc) by the quote reader
and by the pronoun resolver, which must know what is inside a quotation.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .doc import Doc

Span4 = tuple[int, int, int, int]

MARK = re.compile(
    r"""
      ["“”«»„‘]                     # double marks and the left single mark
    | (?<![\w’'])['’](?=[^\W\d_])   # single mark opening a word: 'Go ... (not don't)
    | (?<=[\w.,;:!?])['’](?![\w])   # single mark closing a word: ... home'
    | (?<=[.,!?]\s)['’](?=\s|$)      # a closer set off by a space in detokenised text: ... home. '
    """,
    re.VERBOSE,
)

# Every MARK is one of these characters: finding them first runs in C, and
# MARK (whose lookbehinds keep the regex engine from skipping ahead) is then
# tried only there, 17x faster than MARK.finditer over the whole text.
_MARK_CHAR = re.compile(r"[\"“”«»„‘'’]")

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}


def quote_spans(doc: Doc) -> list[Span4]:
    """`pair_marks` of the Doc's body and paragraphs, computed once per Doc."""
    return doc.memo("quote_spans", lambda d: pair_marks(d.body, d.paragraphs))


def pair_marks(body: str, paras: list[tuple[int, int]]) -> list[Span4]:
    """(text start, text end, open mark, after close mark) of every paired quote.

    Pairing is per paragraph: an unclosed quote survives a paragraph break
    only when the next paragraph opens with a quote mark (the convention for
    a quotation that runs over several paragraphs).
    """
    state = _Pairing(body, paras)
    mark = MARK.match
    for c in _MARK_CHAR.finditer(body):
        if mark(body, c.start()):
            state.feed(c.start())
    return state.out


class _Pairing:
    """The state of `pair_marks`: the open double quote and the open top-level single quote."""

    def __init__(self, body: str, paras: list[tuple[int, int]]):
        self.body = body
        self.paras = paras
        self.para_starts = [s for s, _ in paras]
        self.out: list[Span4] = []
        self.open_at = -1  # opening mark of the current double quote
        self.open_char = ""
        self.open_para = -1
        self.single_at = -1  # opening mark of a top-level single quote
        self.single_char = ""

    def feed(self, p: int) -> None:
        c = self.body[p]
        para = bisect_right(self.para_starts, p) - 1
        if self.open_at >= 0 and para != self.open_para:
            # Multi-paragraph quote: the new paragraph must start with an
            # opening mark, and that mark carries the quote on.
            if para == self.open_para + 1 and p == self.paras[para][0] and c in "“«„\"":
                self.open_para = para
                return
            self.open_at = -1
        if self.single_at >= 0 and bisect_right(self.para_starts, self.single_at) - 1 != para:
            self.single_at = -1
        if self.open_at >= 0:
            self._inside_double(p, c, para)
        elif c in "“«„" or c == '"':
            self._open_double(p, c, para)
        elif c not in "”»":  # a closer here is stray
            self._single(p, c)

    def _inside_double(self, p: int, c: str, para: int) -> None:
        body, open_char = self.body, self.open_char
        if c == OPENERS[open_char] or (c in "”\"" and open_char in "“\"„") or (c == "»" and open_char == "«"):
            if c == '"' and p > 0 and body[p - 1].isspace() and p + 1 < len(body) and not body[p + 1].isspace():
                # `" word`: a new opening straight mark, the old one was lone
                self.open_at, self.open_char, self.open_para = p, c, para
                return
            _emit(body, self.open_at, p, self.out)
            self.open_at = -1
        elif c in "“«„" and open_char != "„":
            self.open_at, self.open_char, self.open_para = p, c, para  # the old opener was lone
        # single marks inside a double quote are nested quotes: part of it

    def _open_double(self, p: int, c: str, para: int) -> None:
        if c == '"' and not (p + 1 < len(self.body) and not self.body[p + 1].isspace()):
            return  # a straight mark before a space opens nothing
        self.open_at, self.open_char, self.open_para = p, c, para
        self.single_at = -1

    def _single(self, p: int, c: str) -> None:
        body = self.body
        opens = c in "‘'" and (p + 1 < len(body) and body[p + 1].isalpha()) and (p == 0 or not body[p - 1].isalnum())
        if self.single_at < 0:
            if opens:
                self.single_at, self.single_char = p, c
        elif (c == "’" and self.single_char == "‘") or (c == "'" and self.single_char == "'"):
            detached = body[p - 2:p - 1] in (".", ",", "!", "?") and not body[p + 1:p + 2].strip()  # "... home. ' In"
            if p > 0 and (not body[p - 1].isspace() or detached):
                _emit(body, self.single_at, p, self.out)
                self.single_at = -1
            elif opens and body[p - 1:p].isspace():
                self.single_at = p  # "it was 'too clean'": a new opener, the old one was lone


def _emit(body: str, open_at: int, close_at: int, out: list) -> None:
    s, e = open_at + 1, close_at
    while s < e and body[s].isspace():
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    if e - s >= 2 and any(ch.isalnum() for ch in body[s:e]):
        out.append((s, e, open_at, close_at + 1))
