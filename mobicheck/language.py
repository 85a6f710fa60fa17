"""Which language an article is written in: given, or told from its words.

An article's `language` (front matter `language:`, a JSONL `language` field) wins; otherwise
`detect` tells the languages that have a number pack (lexicon/<lang>/numerals.yaml) apart by
their script and their commonest words (`stop_words` there). English is the default and needs no
evidence: another Latin-script language is chosen only when its common words clearly outnumber
the English ones, so an English article with a French quote stays English. Cyrillic text is
Ukrainian when it writes the letters Russian lacks (і ї є ґ) more often than the ones Ukrainian
lacks (ы э ъ ё), else Russian.

    >>> detect("Около 300 тысяч резервистов будут призваны, заявил министр обороны.")
    'ru'
    >>> detect("Police said 300 people were detained on Sunday.")
    'en'
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .lexicon import LANGUAGES, load

DEFAULT = "en"
SAMPLE = 1500  # characters read to tell the language: some 250 words, a fixed cost on any article
MIN_HITS = 4  # common words another language needs before it can win over English
_WORD = re.compile(r"[^\W\d_]+")
# The same words in a sample of ASCII alone (lower-cased: no capitals), found faster.
_ASCII_WORD = re.compile(r"[a-z]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґ]")
_RUSSIAN = re.compile(r"[ыэъё]")


@lru_cache(maxsize=None)
def _stop_words() -> dict[str, tuple[str, ...]]:
    """Common word -> the languages (with a number pack) it is common in."""
    found: dict[str, list[str]] = {}
    for lang in packs():
        for w in load(lang).words("numerals.yaml", "stop_words"):
            found.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in found.items()}


@lru_cache(maxsize=None)
def packs() -> tuple[str, ...]:
    """The languages whose figures mobicheck reads (English, and those with numerals.yaml)."""
    return tuple(lang for lang in LANGUAGES if load(lang).section("numerals.yaml"))


def detect(text: str) -> str:
    """The language `text` is written in, among `packs()`; English when unsure."""
    return _detect(text[:SAMPLE].lower() if isinstance(text, str) else "")


# An article's language is asked for at extraction and again by the judge (events.py).
@lru_cache(maxsize=4096)
def _detect(sample: str) -> str:
    ascii_only = sample.isascii()
    words = (_ASCII_WORD if ascii_only else _WORD).findall(sample)
    if not words:
        return DEFAULT
    if not ascii_only and _CYRILLIC.search(sample) and len(_CYRILLIC.findall(sample)) * 2 > sum(map(len, words)):
        return "uk" if len(_UKRAINIAN.findall(sample)) > len(_RUSSIAN.findall(sample)) else "ru"
    counts = dict.fromkeys(packs(), 0)
    stops = _stop_words()
    found = Counter(words)
    # Each distinct word once, and only the common words of some language (filtered in C).
    for w in filter(stops.__contains__, found):
        for lang in stops[w]:
            counts[lang] += found[w]
    english = counts.pop(DEFAULT, 0)
    counts.pop("ru", None), counts.pop("uk", None)
    best = max(counts, key=counts.get, default=None)
    if best is not None and counts[best] >= MIN_HITS and counts[best] > 2 * english:
        return best
    return DEFAULT


def normalise(code) -> str | None:
    """A language as written in front matter or JSON ("ru", "RU", "ru-RU", "pt_BR") -> "ru"; None if empty."""
    if not isinstance(code, str) or not code.strip():
        return None
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def article_language(article) -> str:
    """The language an article is read in: its own `language` when mobicheck has a pack for it,
    else the one its text is written in."""
    given = normalise(getattr(article, "language", None))
    if given in packs():
        return given
    return detect(article.body)
