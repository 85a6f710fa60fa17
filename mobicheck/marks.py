"""Quote marks paired into quotations: the spans every reader treats as quoted.

One regex pass finds every quote mark; a small state machine pairs them per
paragraph (multi-paragraph quotes, nested single quotes, stray marks). Read
once per article (`quote_spans`, memoised in the Doc) by the quote reader
and by the pronoun resolver, which must know what is inside a quotation.

The marks are lexicon data (`quote_marks`, `nested_quote_marks` in
lexicon/<lang>/speech.yaml): English's are read in every language; another
language adds the ones it writes besides, which may run the other way
(German »…« and ›…‹, French ‹…›).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .doc import Doc
from .lexicon import load

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

_EN = load("en")
OPENERS = {**_EN.map("speech.yaml", "quote_marks"), **_EN.map("speech.yaml", "nested_quote_marks")}


@dataclass(frozen=True)
class Marks:
    """The quote marks a language's text is paired with: English's, and its own."""

    doubles: dict[str, str]  # opener -> closer
    singles: dict[str, str]  # nested marks, opener -> closer
    own: str  # the language's own marks English lacks: never an apostrophe, closed after a space too
    mark: re.Pattern  # MARK, and the language's own marks
    mark_char: re.Pattern  # _MARK_CHAR, and the language's own marks


@lru_cache(maxsize=None)
def marks(lang: str = "en") -> Marks:
    lex = load(lang)
    doubles = {**OPENERS, **lex.map("speech.yaml", "quote_marks")}
    singles = {**_EN.map("speech.yaml", "nested_quote_marks"), **lex.map("speech.yaml", "nested_quote_marks")}
    for opener in _EN.map("speech.yaml", "nested_quote_marks"):
        doubles.pop(opener)
    own = "".join(sorted({ch for pair in (*doubles.items(), *singles.items()) for ch in pair} - set(_MARK_CHARS)))
    if not own:
        return Marks(doubles, singles, "", MARK, _MARK_CHAR)
    extra = re.escape(own)
    return Marks(doubles, singles, own, re.compile(rf"{MARK.pattern}| [{extra}]", re.VERBOSE),
                 re.compile(rf"[{re.escape(_MARK_CHARS)}{extra}]"))


_MARK_CHARS = "\"“”«»„‘'’"


def quote_spans(doc: Doc) -> list[Span4]:
    """`pair_marks` of the Doc's body and paragraphs, computed once per Doc."""
    return doc.memo("quote_spans", lambda d: pair_marks(d.body, d.paragraphs, d.lang))


def pair_marks(body: str, paras: list[tuple[int, int]], lang: str = "en") -> list[Span4]:
    """(text start, text end, open mark, after close mark) of every paired quote.

    Pairing is per paragraph: an unclosed quote survives a paragraph break
    only when the next paragraph opens with a quote mark (the convention for
    a quotation that runs over several paragraphs).
    """
    m = marks(lang)
    state = _Pairing(body, paras, m)
    mark = m.mark.match
    for c in m.mark_char.finditer(body):
        if mark(body, c.start()):
            state.feed(c.start())
    return state.out


class _Pairing:
    """The state of `pair_marks`: the open double quote and the open top-level single quote."""

    def __init__(self, body: str, paras: list[tuple[int, int]], m: Marks):
        self.m = m
        self.openers = "".join(m.doubles)  # English: “«„"
        self.reopeners = self.openers.replace('"', "")  # English: “«„
        # a closer with no quote open is stray (English: ” »)
        self.closers = "".join(sorted(set(m.doubles.values()) - set(m.doubles)))
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
            if para == self.open_para + 1 and p == self.paras[para][0] and c in self.openers:
                self.open_para = para
                return
            self.open_at = -1
        if self.single_at >= 0 and bisect_right(self.para_starts, self.single_at) - 1 != para:
            self.single_at = -1
        if self.open_at >= 0:
            self._inside_double(p, c, para)
        elif c in self.openers:
            self._open_double(p, c, para)
        elif c not in self.closers:  # a closer here is stray
            self._single(p, c)

    def _inside_double(self, p: int, c: str, para: int) -> None:
        body, open_char = self.body, self.open_char
        if c == self.m.doubles[open_char] or (c in "”\"" and open_char in "“\"„"):
            if c == '"' and p > 0 and body[p - 1].isspace() and p + 1 < len(body) and not body[p + 1].isspace():
                # `" word`: a new opening straight mark, the old one was lone
                self.open_at, self.open_char, self.open_para = p, c, para
                return
            _emit(body, self.open_at, p, self.out)
            self.open_at = -1
        elif c in self.reopeners and open_char != "„":
            self.open_at, self.open_char, self.open_para = p, c, para  # the old opener was lone
        # single marks inside a double quote are nested quotes: part of it

    def _open_double(self, p: int, c: str, para: int) -> None:
        if c == '"' and not (p + 1 < len(self.body) and not self.body[p + 1].isspace()):
            return  # a straight mark before a space opens nothing
        self.open_at, self.open_char, self.open_para = p, c, para
        self.single_at = -1

    def _single(self, p: int, c: str) -> None:
        body = self.body
        own = c in self.m.own  # ‹ › ‚ are never apostrophes, and « ‹ jamais › » has spaces
        opens = c in self.m.singles and (own or (p + 1 < len(body) and body[p + 1].isalpha())
                                         and (p == 0 or not body[p - 1].isalnum()))
        if self.single_at < 0:
            if opens:
                self.single_at, self.single_char = p, c
        elif c == self.m.singles[self.single_char]:
            detached = body[p - 2:p - 1] in (".", ",", "!", "?") and not body[p + 1:p + 2].strip()  # "... home. ' In"
            if p > 0 and (not body[p - 1].isspace() or detached or own):
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
