"""The first pass: every number phrase of a text, as Items in text order.

The master pattern (vocab.master: digits, unicode fractions and number words,
joined into phrases) is matched only where a number may start. Those places
come from two cheap scans that run in C: digit runs, and the places in the
lower-cased text where a number word starts after a character that is no
letter (vocab.word_gate). Most of a text is prose without numbers, which the
master, tried at every position, spends most of its time failing on.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import phrase
from .quantity import Item
from .vocab import UNICODE_FRACTIONS, Vocab

# Digit runs; a character class first lets the regex engine skip to the next digit in C.
_DIGITS = re.compile(r"[\d]\d*")
_POINT_DIGIT = re.compile(r"\.(?=\d)")
_FRACTIONS = re.compile("[" + "".join(UNICODE_FRACTIONS) + "]")
_SIMPLE_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_WS_AFTER = re.compile(r"[\s-]*")
_SPACES = re.compile(r"\s+")


def scan(v: Vocab, text: str) -> list[Item]:
    """Every number phrase of `text`, read into Items, in text order."""
    items: list[Item] = []
    # Digits inside a web address ("?q=30%25") are not figures.
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    for m in phrases(v, text):
        ms, me = m.span()
        if urls and any(a <= ms < b for a, b in urls):
            continue
        if text[ms].isdigit() and text[me - 1].isdigit():
            # the common case, a figure in digits: no vague word or change verb inside
            g = m.group()
            if _SIMPLE_DIGITS.fullmatch(g):
                items.append(Item(ms, me, float(g.replace(",", ""))))
            else:
                items.extend(phrase.segments(phrase.tokens(v, g, ms)))
        else:
            _words(v, text, ms, me, items)
    return items


def phrases(v: Vocab, text: str):
    """The master pattern's matches in `text`, as `v.master.finditer(text)` would give them."""
    low = " " + text.lower()
    if len(low) != len(text) + 1:  # a letter whose lower case is longer ("İ"): no offsets to share
        yield from v.master.finditer(text)
        return
    starts = [m.start() for m in v.word_gate.finditer(low)]
    starts += [m.start() for m in _DIGITS.finditer(text)]
    starts += [m.start() for m in _POINT_DIGIT.finditer(text)]  # ".5"
    if any(f in text for f in UNICODE_FRACTIONS):
        starts += [m.start() for m in _FRACTIONS.finditer(text)]
    yield from first_matches(v.master, text, starts)


def first_matches(pattern: re.Pattern, text: str, starts: list[int]):
    """The matches of `pattern` at the sorted `starts`, none inside another: what
    `pattern.finditer(text)` gives when no match can begin elsewhere."""
    starts.sort()
    match = pattern.match
    last = 0
    for p in starts:
        if p >= last:
            m = match(text, p)
            if m:
                last = m.end()
                yield m


def _words(v: Vocab, text: str, ms: int, me: int, items: list[Item]) -> None:
    """A phrase with number words: a vague word or a change heads its own item, the rest are numbers."""
    word = text[ms:me]
    if word.isalpha() and word.isascii():  # one word, most often: "one", "first", "thousands"
        _word(v, word.lower(), ms, me, items)
        return
    while ms < me:
        hv = v.vague_head.match(text, ms, me)
        if hv:
            key = _SPACES.sub(" ", hv.group().lower())
            first, _, rest = key.partition(" ")
            if first in v.articles:
                key = rest  # "a couple (of)": the article is one of its words
            items.append(Item(ms, hv.end(), None, "count", True, vague=key))
            ms = _WS_AFTER.match(text, hv.end(), me).end()
            continue
        hc = v.change_head.match(text, ms, me)
        if hc:
            factor = v.change_words[hc.group().lower()]
            items.append(Item(ms, hc.end(), factor, "change", True))
            ms = _WS_AFTER.match(text, hc.end(), me).end()
            continue
        nxt = v.next_head.search(text[ms:me])
        stop = ms + nxt.start() if nxt and nxt.start() > 0 else me
        items.extend(phrase.segments(phrase.tokens(v, text[ms:stop], ms)))
        ms = stop


class WordReading(NamedTuple):
    """What one number word alone reads as (lower case), wherever it stands ("one", "first",
    "thousands"): the fields of its Item but the span."""

    value: float | None
    kind: str
    words: bool
    trail: float
    vague: str | None

    def item(self, start: int, end: int) -> Item:
        return Item(start, end, self.value, self.kind, self.words, self.trail, self.vague)


def _word(v: Vocab, word: str, ms: int, me: int, items: list[Item]) -> None:
    """A phrase of one number word, lower-cased: what `_words` would make of it, without its patterns."""
    readings = v.word_readings
    if word in readings:
        reading = readings[word]
    else:
        reading = readings[word] = _read_word(v, word)
    if reading is not None:
        items.append(reading.item(ms, me))


def _read_word(v: Vocab, word: str) -> WordReading | None:
    """The reading of one number word (lower case), or None."""
    if word in v.vague:
        return WordReading(None, "count", True, 1.0, word)
    if word in v.change_words:
        return WordReading(v.change_words[word], "change", True, 1.0, None)
    if word in v.tokens:
        item = phrase.evaluate([(0, len(word), *v.tokens[word])])
        if item is not None:
            return WordReading(item.value, item.kind, item.words, item.trail, item.vague)
    return None
