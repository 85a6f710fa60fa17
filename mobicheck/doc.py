"""One reading of an article, shared by every reader.

A `Doc` is built once per article. It holds the body and what every reader
needs of it: paragraphs, sentences, word tokens with their offsets, the
publication date, the language's lexicon, and any warnings met while reading.
Readers look positions up in it (`words_in`, `sentence_of`) instead of
running their own scans over windows of the text, and keep their own
article-level analyses (places, dates, quote marks...) in it with `memo`, so
that the next reader finds them done.

Work per article is bounded: a paragraph longer than MAX_PARAGRAPH characters
or a sentence longer than MAX_SENTENCE is split (with a warning), so that a
reader that looks across a paragraph or a sentence never goes quadratic on a
multi-megabyte line.

    >>> doc = Doc("Mr. Smith left. He said 40 people died.\\nNew para", published="2024-03-05")
    >>> [doc.body[s:e] for s, e in doc.sentences]
    ['Mr. Smith left.', 'He said 40 people died.', 'New para']
    >>> [w for w, _, _ in doc.words_in(16, 39)], doc.pub.isoformat()
    (['He', 'said', 'people', 'died'], '2024-03-05')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from functools import cached_property
from itertools import accumulate
from typing import TypeVar

from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .text import abbreviations, enclosing, paragraphs, sentences

Span = tuple[int, int]
T = TypeVar("T")

# Longer stretches are split so that per-paragraph and per-sentence work
# stays bounded. Real paragraphs run to a few thousand characters and
# sentences to a few hundred; these caps only cut text with no breaks at all.
MAX_PARAGRAPH = 20_000
MAX_SENTENCE = 2_000

# A word: letters, with inner apostrophes and hyphens ("Russia’s", "call-up").
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_SPLIT_WORDS = re.compile(f"({WORD.pattern})")  # the text between words, and each word
# A token (`tokens_in`): a run of letters and digits with inner apostrophes
# and hyphens, with the full stop after it, or any other character but a space.
TOKEN = re.compile(r"(\w+(?:[’'\-]\w+)*)(\.)?|([^\w\s])")
# The same grammar with one group, the whole match (see `_matches`): TOKEN's groups made non-capturing.
_SPLIT_TOKENS = re.compile("(" + re.sub(r"\((?!\?)", "(?:", TOKEN.pattern) + ")")
# A full stop after a letter or a digit: TOKEN takes it with the word (found from the stop, which
# `re` finds in C, rather than by looking at every match).
_WORD_STOP = re.compile(r"\.(?<=\w\.)")
_PUBLISHED = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# Where a too-long stretch may be cut, best first: after a sentence's or a
# clause's punctuation, then at any space.
_CUTS = (re.compile(r"[.!?;]\s"), re.compile(r",\s"), re.compile(r"\s"))
_MISSING = object()  # no value memoised yet (None is a value)


class Doc:
    """The shared reading of one article; see the module docstring."""

    def __init__(self, body: str, published: str | None = None, lang: str = "en", *,
                 sentence_spans: list[Span] | None = None):
        self.body = body
        self.published = published
        self.lang = lang
        self.warnings: list[str] = []
        self._memo: dict[str, object] = {}
        if sentence_spans is not None:
            self.__dict__["sentences"] = sentence_spans

    @cached_property
    def lexicon(self) -> Lexicon:
        return load_lexicon(self.lang)

    @cached_property
    def pub(self) -> date | None:
        """The publication date, when `published` starts with YYYY-MM-DD and is a real day."""
        m = _PUBLISHED.match(self.published or "")
        if not m:
            return None
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None

    @cached_property
    def paragraphs(self) -> list[Span]:
        return self._bounded(paragraphs(self.body), MAX_PARAGRAPH, "paragraph")

    @cached_property
    def sentences(self) -> list[Span]:
        return self._bounded(sentences(self.body), MAX_SENTENCE, "sentence")

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence holding offset `pos`, if any."""
        return enclosing(self.sentences, pos)

    def paragraph_of(self, pos: int) -> Span | None:
        """The paragraph holding offset `pos`, if any."""
        return enclosing(self.paragraphs, pos)

    @cached_property
    def _words(self) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
        """The words of the body as (word, start, end), with where each starts and where each ends.

        Split, summed and zipped in C; `words_in` slices the list at the window asked (the frames ask
        for some ten small windows per figure: one slice, where three slices and a zip were twice the time).
        """
        parts = _SPLIT_WORDS.split(self.body)
        offsets = list(accumulate(map(len, parts), initial=0))
        starts, ends = offsets[1:-1:2], offsets[2::2]
        return list(zip(parts[1::2], starts, ends)), starts, ends

    def words_in(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        """The words of body[lo:hi] as (word, start, end), from the one tokenisation of the body.

        A word cut by either end of the window is read again inside it, as
        slicing the text would cut it ("well-known" from its hyphen on is "known").
        """
        body = self.body
        if lo < 0 or hi < 0:  # a negative offset counts from the end, as slicing does
            return [(m.group(), lo + m.start(), lo + m.end()) for m in WORD.finditer(body[lo:hi])]
        hi = min(hi, len(body))
        if hi <= lo:
            return []
        words, starts, ends = self._words
        k0 = bisect_right(ends, lo)  # the first word ending after lo
        k1 = bisect_left(starts, hi)  # words before k1 start before hi
        if k0 >= k1:
            return []
        if starts[k0] >= lo and ends[k1 - 1] <= hi:
            return words[k0:k1]
        # Only the first and the last word can be cut by the window: read again inside it.
        out = []
        if starts[k0] < lo:
            out.extend((m.group(), m.start(), m.end()) for m in WORD.finditer(body, lo, min(ends[k0], hi)))
            k0 += 1
        last_cut = k1 > k0 and ends[k1 - 1] > hi
        if last_cut:
            k1 -= 1
        out.extend(words[k0:k1])
        if last_cut:
            out.extend((m.group(), m.start(), m.end()) for m in WORD.finditer(body, starts[k1], hi))
        return out

    @cached_property
    def _abbreviations(self) -> frozenset[str]:
        return abbreviations(self.lexicon)

    @cached_property
    def _matches(self) -> tuple[list[str], list[int], list[int]]:
        """The TOKEN matches of the body: (texts, starts, ends).

        `_SPLIT_TOKENS.split` and the running sum of the parts' lengths give
        every match's text and offsets in C: no match object per token.
        """
        parts = _SPLIT_TOKENS.split(self.body)
        offsets = list(accumulate(map(len, parts), initial=0))
        return parts[1::2], offsets[1:-1:2], offsets[2::2]

    @cached_property
    def _tokens(self) -> tuple[list[tuple[str, int, int]], list[int]]:
        """Every token of the body, and the matches (by index) read as two tokens, a word and its
        full stop: the tokens of TOKEN match k begin at k plus the number of those before it.
        Built once: `tokens_in` slices it, and the windows the readers ask for overlap.

        A match is one token, its text over its span (`_add_token`), but for a word with a full stop
        after it that is no abbreviation: the matches are zipped in C, and only those ending in a full
        stop are looked at one by one.
        """
        texts, starts, ends = self._matches
        tokens = list(zip(texts, starts, ends))
        abbreviations = self._abbreviations
        split: list[int] = []
        for stop in _WORD_STOP.finditer(self.body):
            k = bisect_left(ends, stop.end())  # the match the full stop ends
            word = texts[k][:-1]
            if _keeps_stop(word, abbreviations):
                continue  # one token as matched
            tokens[k] = (word, starts[k], ends[k] - 1)
            split.append(k)
        if split:
            out: list[tuple[str, int, int]] = []
            done = 0
            for k in split:
                out.extend(tokens[done:k + 1])
                out.append((".", ends[k] - 1, ends[k]))
                done = k + 1
            out.extend(tokens[done:])
            tokens = out
        return tokens, split

    def tokens_in(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        """The tokens of body[lo:hi] as (token, start, end): words with digits,
        and punctuation marks one by one, from the one tokenisation of the body.

        A full stop stays on a word only for initials and abbreviations
        ("Dmitri A. Medvedev", "Mr. Smith"), where it is part of the name. A
        token cut by either end of the window is read again inside it, as
        tokenising the slice would.

        >>> [t for t, _, _ in Doc("Mr. Ruiz, 54, said: no.").tokens_in(0, 23)]
        ['Mr.', 'Ruiz', ',', '54', ',', 'said', ':', 'no', '.']
        """
        body = self.body
        lo, hi = max(lo, 0), min(hi, len(body))
        if hi <= lo:
            return []
        _, starts, ends = self._matches
        k0 = bisect_right(ends, lo)  # the first match ending after lo
        k1 = bisect_left(starts, hi)  # matches before k1 start before hi
        if k0 >= k1:
            return []
        tokens, split = self._tokens
        out: list[tuple[str, int, int]] = []
        # Only the first and the last match can be cut by the window: read again inside it.
        if starts[k0] < lo:
            tokenise(body, lo, min(ends[k0], hi), self._abbreviations, out)
            k0 += 1
        last_cut = k1 > k0 and ends[k1 - 1] > hi
        if last_cut:
            k1 -= 1
        out.extend(tokens[k0 + bisect_left(split, k0):k1 + bisect_left(split, k1)])
        if last_cut:
            tokenise(body, starts[k1], hi, self._abbreviations, out)
        return out

    def memo(self, name: str, compute: Callable[[Doc], T]) -> T:
        """`compute(self)`, computed once per Doc: how readers share an article-level analysis."""
        if name not in self._memo:
            self._memo[name] = compute(self)
        return self._memo[name]  # type: ignore[return-value]

    def memo_span(self, name: str, lo: int, hi: int, compute: Callable[[Doc, int, int], T]) -> T:
        """`compute(self, lo, hi)`, computed once per Doc and span: how the
        figures of one sentence or clause share what is read of it (a sentence
        of many figures is read once, not once per figure)."""
        # Called for every slot of every figure: one dict look-up when the span is known, and no
        # empty dict built per call (as `setdefault(name, {})` would).
        cache: dict[tuple[int, int], T] | None = self._memo.get(name)  # type: ignore[assignment]
        if cache is None:
            cache = self._memo[name] = {}
        key = (lo, hi)
        found = cache.get(key, _MISSING)
        if found is _MISSING:
            found = cache[key] = compute(self, lo, hi)
        return found  # type: ignore[return-value]

    def release(self) -> None:
        """Drop the memoised analyses once the article is read. Several of them keep the Doc (an
        article's frames, quote contexts, names), so Doc and memos form reference cycles that only
        the cyclic collector frees, and it keeps traversing every article's analyses until it does;
        without the memos, reference counting frees them the moment the reader lets go."""
        self._memo.clear()

    def _bounded(self, spans: list[Span], cap: int, what: str) -> list[Span]:
        if all(e - s <= cap for s, e in spans):
            return spans
        out: list[Span] = []
        for s, e in spans:
            if e - s <= cap:
                out.append((s, e))
                continue
            self.warnings.append(f"a {what} of {e - s:,} characters was split into pieces of at most "
                                 f"{cap:,} (claims across a cut may lose their context)")
            out.extend(_split(self.body, s, e, cap))
        return out


def tokenise(body: str, lo: int, hi: int, abbreviations: frozenset[str], out: list[tuple[str, int, int]]) -> None:
    """Append the tokens of body[lo:hi], tokenised on its own, to `out`."""
    for m in TOKEN.finditer(body, lo, hi):
        _add_token(m.group(1), m.group(2), m.group(3), m.start(), m.end(1), abbreviations, out)


def _add_token(word: str | None, dot: str | None, mark: str | None, start: int, word_end: int,
               abbreviations: frozenset[str], out: list[tuple[str, int, int]]) -> None:
    """The token(s) of one TOKEN match starting at `start`: its groups, and where the word ends."""
    if word is None:
        out.append((mark, start, start + 1))  # type: ignore[arg-type]
    elif not dot:
        out.append((word, start, word_end))
    elif _keeps_stop(word, abbreviations):
        out.append((word + ".", start, word_end + 1))
    else:
        out.append((word, start, word_end))
        out.append((".", word_end, word_end + 1))


def _keeps_stop(word: str, abbreviations: frozenset[str]) -> bool:
    """A full stop after `word` is part of it: an initial ("J.") or an abbreviation ("Gen.")."""
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviations


def _split(body: str, start: int, end: int, cap: int) -> list[Span]:
    """Cut body[start:end] into pieces of at most `cap` characters, at the best break in each."""
    pieces = []
    while end - start > cap:
        cut = start + cap
        for pattern in _CUTS:
            found = None
            # The last break in the second half of the window: pieces stay long.
            for found in pattern.finditer(body, start + cap // 2, start + cap):
                pass
            if found is not None:
                cut = found.start() + 1
                break
        trimmed = cut
        while trimmed > start and body[trimmed - 1].isspace():
            trimmed -= 1
        pieces.append((start, trimmed))
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return [(s, e) for s, e in pieces if e > s]
