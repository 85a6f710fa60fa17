"""Sentence and paragraph boundaries shared by the extractors.

Spans are (start, end) offsets into the article body, so every stage can cut
the exact evidence sentence out of the text it was given.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .lexicon import Lexicon
from .lexicon import load as load_lexicon


@lru_cache(maxsize=None)  # once per language (a lexicon is loaded once): every Doc that tokenises asks
def abbreviations(lex: Lexicon) -> frozenset[str]:
    """Words that end in a full stop without ending a sentence: grammar.yaml's
    abbreviations (titles, Latin and corporate ones) and the month abbreviations.

    >>> sorted(w for w in abbreviations(load_lexicon("en")) if w.startswith("s"))
    ['sen', 'sep', 'sept', 'sgt', 'sr', 'st']
    """
    months = {m for m in lex.months if m.capitalize() not in lex.month_names}
    return lex.words("grammar.yaml", "abbreviations") | months


_ABBREVIATIONS = abbreviations(load_lexicon("en"))

# A sentence ends at . ! ? (optionally followed by closing quotes or
# brackets) when whitespace and then anything but a lower-case letter follow
# ("“Why?” one of the men replied." is one sentence); a newline always ends one.
# Written to open with one character class, [.!?\n], so that `re` skips to the next
# such character in C instead of trying both branches at every character (5x faster).
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])[.!?]*[”’"'»)\]]*(?=[ \t]*\n|\s+[^\sa-z])|(?<=\n)\n*)""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.?$")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


_FIGURE_AFTER = re.compile(r"[ \t]+\d")


def number_sign(body: str, dot: int) -> bool:
    """The full stop at `dot` closes "No." before a figure, the number sign
    ("the No. 2 Republican", "No. 14-915"), not an answer's "no." ending a sentence.

    >>> number_sign("Sen. Ed Bolt, the No. 2 Republican", 20), number_sign("He said no. 2 left", 10)
    (True, False)
    """
    return (body[dot - 2:dot] == "No" and (dot < 3 or not body[dot - 3].isalnum())
            and _FIGURE_AFTER.match(body, dot + 1) is not None)


def _is_abbreviation(body: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(body, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if len(word) == 1 and word.isupper():  # an initial: "Dmitri A. Medvedev"
        return True
    return word.lower() in _ABBREVIATIONS


def sentences(body: str) -> list[tuple[int, int]]:
    """Split `body` into sentence spans, whitespace trimmed.

    >>> body = "Mr. Smith left. He said “no.” Then 5.5 more.\\nNew para"
    >>> [body[s:e] for s, e in sentences(body)]
    ['Mr. Smith left.', 'He said “no.”', 'Then 5.5 more.', 'New para']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(body):
        if m.group()[0] == "." and not m.group().startswith("\n") and _is_abbreviation(body, m.start()):
            continue
        end = m.end() if m.group()[0] != "\n" else m.start()
        _append_trimmed(body, start, end, spans)
        start = m.end()
    _append_trimmed(body, start, len(body), spans)
    return spans


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Split `body` into paragraph spans (one or more newlines end a paragraph)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH.finditer(body):
        _append_trimmed(body, start, m.start(), spans)
        start = m.end()
    _append_trimmed(body, start, len(body), spans)
    return spans


def _append_trimmed(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# Above every end: (offset, _INF) sorts after each span starting at offset. A constant: enclosing is
# asked for each figure's sentence and paragraph, and float("inf") was half its time.
_INF = float("inf")


def enclosing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span of `spans` (sorted, disjoint) that contains `offset`, if any."""
    i = bisect_right(spans, (offset, _INF)) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def word_trie(entries: Mapping[str, str] | Iterable[str], *, capital_first: bool = False) -> str:
    """A regex alternation of words (word -> optional regex suffix) as a trie.

    Python's re tries alternatives one by one; sharing prefixes makes a
    position that starts no listed word fail after a character or two, which
    keeps a pattern of hundreds of words fast on ordinary prose. A longer
    word comes before its prefixes ("tenth" before "ten"), as a flat
    alternation sorted longest first would try them. `capital_first` lets the
    first letter be either case.

    >>> word_trie(["ten", "tenth", "two"])
    '(?:t(?:en(?:th|)|wo))'
    """
    if not isinstance(entries, Mapping):
        entries = dict.fromkeys(entries, "")
    root: dict = {}
    for word, suffix in entries.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(suffix)

    def emit(node: dict) -> str:
        alts = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        alts.extend(node.get("", []))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    top = [(f"[{ch}{ch.upper()}]" if capital_first else re.escape(ch)) + emit(sub)
           for ch, sub in sorted(root.items())]
    return "(?:" + "|".join(top) + ")"


# Words in -ly that are no manner adverbs (nouns, adjectives, rates).
_NOT_LY_ADVERBS = load_lexicon("en").words("grammar.yaml", "not_ly_adverbs")


def manner_adverb(word: str) -> bool:
    """A manner adverb ("severely", "vehemently"): skipped between a noun and its verb.

    >>> manner_adverb("severely"), manner_adverb("family"), manner_adverb("Firmly")
    (True, False, False)
    """
    return len(word) > 4 and word.islower() and word.endswith("ly") and word not in _NOT_LY_ADVERBS
