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
_PUBLISHED = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# Where a too-long stretch may be cut, best first: after a sentence's or a
# clause's punctuation, then at any space.
_CUTS = (re.compile(r"[.!?;]\s"), re.compile(r",\s"), re.compile(r"\s"))


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
    def _words(self) -> tuple[list[str], list[int], list[int]]:
        """The words of the body with where each starts and ends, as three lists.

        Split and summed in C (see `_matches`); `words_in` zips the window asked.
        """
        parts = _SPLIT_WORDS.split(self.body)
        offsets = list(accumulate(map(len, parts), initial=0))
        return parts[1::2], offsets[1:-1:2], offsets[2::2]

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
            return list(zip(words[k0:k1], starts[k0:k1], ends[k0:k1]))
        # Only the first and the last word can be cut by the window: read again inside it.
        out = []
        if starts[k0] < lo:
            out.extend((m.group(), m.start(), m.end()) for m in WORD.finditer(body, lo, min(ends[k0], hi)))
            k0 += 1
        last_cut = k1 > k0 and ends[k1 - 1] > hi
        if last_cut:
            k1 -= 1
        out.extend(zip(words[k0:k1], starts[k0:k1], ends[k0:k1]))
        if last_cut:
            out.extend((m.group(), m.start(), m.end()) for m in WORD.finditer(body, starts[k1], hi))
        return out

    @cached_property
    def _abbreviations(self) -> frozenset[str]:
        return abbreviations(self.lexicon)

    @cached_property
    def _matches(self) -> tuple[list[str | None], list[int], list[int], list[int]]:
        """The TOKEN matches of the body: (parts, offsets, match starts, match ends).

        `TOKEN.split` and the running sum of the parts' lengths give every
        group's text and offset in C: no match object and no tuple per token.
        Match k's groups are parts[4k+1 : 4k+4], starting at offsets[4k+1];
        tokens are built from them only for the windows asked (`tokens_in`).
        """
        parts = TOKEN.split(self.body)
        offsets = list(accumulate([len(p) if p else 0 for p in parts], initial=0))
        return parts, offsets, offsets[1:-1:4], offsets[4::4]

    @cached_property
    def _tokens(self) -> tuple[list[tuple[str, int, int]], list[int]]:
        """Every token of the body, and where the tokens of each TOKEN match begin in that list
        (one more entry: the end). Built once: `tokens_in` slices it, and the windows the
        readers ask for overlap (each token was built three times over)."""
        parts, offsets, starts, _ = self._matches
        abbreviations = self._abbreviations
        tokens: list[tuple[str, int, int]] = []
        first = []
        add, mark_first = tokens.append, first.append
        # `_add_token` written out for the two commonest tokens (a word with no full stop, a mark):
        # a call per token was half the time of reading an article's tokens.
        for word, dot, mark, a, word_end in zip(parts[1::4], parts[2::4], parts[3::4], starts, offsets[2::4]):
            mark_first(len(tokens))
            if word is None:
                add((mark, a, a + 1))
            elif not dot:
                add((word, a, word_end))
            else:
                _add_token(word, dot, mark, a, word_end, abbreviations, tokens)
        first.append(len(tokens))
        return tokens, first

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
        _, _, starts, ends = self._matches
        k0 = bisect_right(ends, lo)  # the first match ending after lo
        k1 = bisect_left(starts, hi)  # matches before k1 start before hi
        if k0 >= k1:
            return []
        tokens, first = self._tokens
        out: list[tuple[str, int, int]] = []
        # Only the first and the last match can be cut by the window: read again inside it.
        if starts[k0] < lo:
            tokenise(body, lo, min(ends[k0], hi), self._abbreviations, out)
            k0 += 1
        last_cut = k1 > k0 and ends[k1 - 1] > hi
        if last_cut:
            k1 -= 1
        out.extend(tokens[first[k0]:first[k1]])
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
        cache: dict[tuple[int, int], T] = self._memo.setdefault(name, {})  # type: ignore[assignment]
        key = (lo, hi)
        if key not in cache:
            cache[key] = compute(self, lo, hi)
        return cache[key]

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
    elif (len(word) == 1 and word.isupper()) or word.lower() in abbreviations:
        out.append((word + ".", start, word_end + 1))
    else:
        out.append((word, start, word_end))
        out.append((".", word_end, word_end + 1))


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
