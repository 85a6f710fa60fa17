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
    """,
    re.VERBOSE,
)

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}


def quote_spans(doc: Doc) -> list[Span4]:
    """`pair_marks` of the Doc's body and paragraphs, computed once per Doc."""
    return doc.memo("quote_spans", lambda d: pair_marks(d.body, d.paragraphs))


def pair_marks(body: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(text start, text end, open mark, after close mark) of every paired quote.

    Pairing is per paragraph: an unclosed quote survives a paragraph break
    only when the next paragraph opens with a quote mark (the convention for
    a quotation that runs over several paragraphs).
    """
    out: list[tuple[int, int, int, int]] = []
    para_starts = [s for s, _ in paras]
    open_at = -1  # opening mark of the current double quote
    open_char = ""
    open_para = -1
    single_at = -1  # opening mark of a top-level single quote
    single_char = ""
    n = len(body)
    for m in MARK.finditer(body):
        p = m.start()
        c = body[p]
        para = bisect_right(para_starts, p) - 1
        if open_at >= 0 and para != open_para:
            # Multi-paragraph quote: the new paragraph must start with an
            # opening mark, and that mark carries the quote on.
            if para == open_para + 1 and p == paras[para][0] and c in "“«„\"":
                open_para = para
                continue
            open_at = -1
        if single_at >= 0 and bisect_right(para_starts, single_at) - 1 != para:
            single_at = -1
        if open_at >= 0:
            closer = OPENERS[open_char]
            if c == closer or (c in "”\"" and open_char in "“\"„") or (c == "»" and open_char == "«"):
                if c == '"' and p > 0 and body[p - 1].isspace() and p + 1 < n and not body[p + 1].isspace():
                    # `" word`: a new opening straight mark, the old one was lone
                    open_at, open_char, open_para = p, c, para
                    continue
                _emit(body, open_at, p, out)
                open_at = -1
            elif c in "“«„" and open_char != "„":
                open_at, open_char, open_para = p, c, para  # the old opener was lone
            # single marks inside a double quote are nested quotes: part of it
            continue
        if c in "“«„":
            open_at, open_char, open_para = p, c, para
            single_at = -1
        elif c == '"':
            if p + 1 < n and not body[p + 1].isspace():
                open_at, open_char, open_para = p, c, para
                single_at = -1
        elif c in "”»":
            continue  # stray closer
        elif single_at < 0:
            if c in "‘'" and (p + 1 < n and body[p + 1].isalpha()) and (p == 0 or not body[p - 1].isalnum()):
                single_at, single_char = p, c
        else:
            if (c == "’" and single_char == "‘") or (c == "'" and single_char == "'"):
                if p > 0 and not body[p - 1].isspace():
                    _emit(body, single_at, p, out)
                    single_at = -1
    return out


def _emit(body: str, open_at: int, close_at: int, out: list) -> None:
    s, e = open_at + 1, close_at
    while s < e and body[s].isspace():
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    if e - s >= 2 and any(ch.isalnum() for ch in body[s:e]):
        out.append((s, e, open_at, close_at + 1))


# --------------------------------------------------------------------------
# Tokens and noun phrases
