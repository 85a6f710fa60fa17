"""Which articles tell different events: the names each article gives.

A desk's folder mixes events of one kind: six shootings of one weekend, two
earthquakes, two games. Their articles share the words of the kind ("shot",
"killed", "police said") and often the same small figures ("one man
killed"), but not their names: each event has its own city, streets, victims,
suspects, officials. Two articles that both name enough things and share
none of them are about different events, however alike their figures; the
judge never links two figures of different events as agree, contradict or
update (judge.NUMBER_RULES, `DIFFERENT_EVENTS`).

An article's names are the capitalised words it writes in mid-sentence and
never in lower case ("Lowell", "Tyquavious", "Bourbon"), less calendar words
and the capitalised common nouns of institutions and addresses ("County",
"Street", "Police"; `judge.yaml` `generic_capitals`), which every local report
has. Missing evidence is no evidence: an article naming fewer than
`MIN_NAMES` things is never said to be about another event.

Measured on the LongTail dev bundles (pairs of articles in one folder of a
few days' shootings): of 15,615 pairs of different incidents, 14,140 share no
name; of 1,782 pairs of one incident, 63 do (most of them a round-up or a
follow-up on another side of the case).

    >>> sorted(names("Two shot in Lowell", "LOWELL - Police in Lowell said Maria Costa, 24, was shot on Midland Street."))
    ['costa', 'lowell', 'maria', 'midland']
"""
from __future__ import annotations

import re
from functools import lru_cache

from .language import article_language
from .lexicon import load as _lexicon
from .model import Article

_LEX = _lexicon("en")
# An article must name at least this many things before it can be told apart from another.
MIN_NAMES = 2
# Two articles of different events may share a name by chance (a first name, a
# state, the city of two shootings): sharing less than this share of the
# shorter list of names is still no common event.
MAX_SHARED = 0.1
_GENERIC = _LEX.words("judge.yaml", "generic_capitals")
_CALENDAR = frozenset(_LEX.months) | frozenset(_LEX.weekdays)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# A capital after these opens a sentence, a quotation or a line: not evidence of a name.
_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘'(\n|–—-])\s*$")


@lru_cache(maxsize=4096)
def names(title: str | None, body: str) -> frozenset[str]:
    """The distinctive names an article writes (lower case), title included."""
    text = f"{title or ''}\n{body}"
    lower: set[str] = set()
    capital: set[str] = set()
    for m in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        if word[0].islower():
            lower.add(word.lower())
        elif not word.isupper() and not _OPENING.search(text, max(0, m.start() - 3), m.start()):
            capital.add(word.lower())
    return frozenset(w for w in capital - lower if len(w) > 2 and w not in _GENERIC and w not in _CALENDAR)


def article_names(article: Article) -> frozenset[str]:
    """`names` of an article; none for an article in another language than English: the test
    reads English capitals (German writes every noun with one) and names are spelled otherwise
    there ("Poutine", "Путин"), so sharing none of them is no evidence of another event."""
    if article_language(article) != "en":
        return frozenset()
    return names(article.title, article.body)


def different_events(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles' names (`names`) say they tell different events: both name enough, and share
    fewer than `MAX_SHARED` of the shorter list (none, below ten names each).

    >>> different_events(frozenset({"lowell", "midland"}), frozenset({"houston", "ranchester"}))
    True
    >>> different_events(frozenset({"lowell", "midland"}), frozenset({"lowell"}))
    False
    """
    fewer = min(len(a), len(b))
    return fewer >= MIN_NAMES and len(a & b) < MAX_SHARED * fewer
