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

A pair that shares a name or two may still tell two events: two quakes in
one country, two seasons of one team, a background name ("the 2004 tsunami
in Aceh") in a report of another quake. So the articles of a run are also
grouped into events (`assign_events`, at any size): average linkage of the
names each writes, weighed by how often, so that each event gathers the
articles closest to it as a whole, and two groups that are each far closer
to themselves than to the other stay apart (`EVENT_APART`); the judge never
links figures or quotations of two events (`EVENTS_APART`,
`QUOTED_IN_OTHER_EVENTS`). Measured on ECB+ dev, both subtopics of each
topic in one run (557 articles): links across the two events 48.5 -> 1.4
per 100 articles, within-event agreements 3008 -> 2938 (2797 -> 2795 in one
run per event); on 21 of the LongTail dev bundles: 19.9 -> 1.6 links across
incidents per 100 articles, within-incident agreements 168 -> 167.

Measured on the LongTail dev bundles (pairs of articles in one folder of a
few days' shootings): of 15,615 pairs of different incidents, 14,140 share no
name; of 1,782 pairs of one incident, 63 do (most of them a round-up or a
follow-up on another side of the case).

    >>> sorted(names("Two shot in Lowell", "LOWELL - Police in Lowell said Maria Costa, 24, was shot on Midland Street."))
    ['costa', 'lowell', 'maria', 'midland']
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from . import stories
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
# Mean cosine of their names (`assign_events`) at or above which two groups of articles tell one event.
EVENT_LINK = 0.05
# An article naming no thing tells nothing of its event. One name is enough: with two, a report
# naming only its place went unassigned and linked freely across events (ECB+ dev two-events
# runs: 5 more false agreements, "two counts" in topic 45).
EVENT_MIN_NAMES = 1
# Two groups of at least EVENT_APART[1] articles are one event only if their names are at least
# EVENT_APART[0] times as close across as within each (stories.cluster): two quakes of one country,
# two seasons of one team share names, but each report is far closer to its own event's. Measured
# on ECB+ dev: a ratio of 0.55 lets two seasons of one team through; 0.65 splits one quake's own
# reports; groups of 3 or 4 split a single game's recaps.
EVENT_APART = (0.6, 5)
_GENERIC = _LEX.words("judge.yaml", "generic_capitals")
_CALENDAR = frozenset(_LEX.months) | frozenset(_LEX.weekdays)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_QUOTES = "'’"
# A capital after these opens a sentence, a quotation or a line (after spaces): not evidence of a name.
_OPENERS = frozenset(".!?:;\"“”‘'(|–—-")


@lru_cache(maxsize=4096)
def name_counts(title: str | None, body: str) -> dict[str, int]:
    """The distinctive names an article writes (lower case), title included, with how often it
    writes each: how central each name is to the article (read only, shared by callers).

    >>> name_counts("Two shot in Lowell", "LOWELL - Police in Lowell said Lowell's Ann Costa was shot.")
    {'lowell': 3, 'ann': 1, 'costa': 1}
    """
    text = f"{title or ''}\n{body}"
    lower: set[str] = set()
    capital: dict[str, int] = {}
    # Most words are lower case: kept as written and read once each (a regex per word was a
    # fifth of matching and judging 10,000 articles).
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].islower():
            lower.add(word)
            continue
        word = _bare(word)
        if not word.isupper() and not _opens(text, m.start()):
            capital[word.lower()] = capital.get(word.lower(), 0) + 1
    lower = {_bare(w).lower() for w in lower}
    return {w: n for w, n in capital.items()
            if w not in lower and len(w) > 2 and w not in _GENERIC and w not in _CALENDAR}


def _bare(word: str) -> str:
    """A word without its possessive ending ("Lowell's", "Jones'" -> "Lowell", "Jones")."""
    if word[-1] in _QUOTES:
        return word[:-1]
    return word[:-2] if word[-1] == "s" and len(word) > 1 and word[-2] in _QUOTES else word


def _opens(text: str, start: int) -> bool:
    """The three characters before `start` open a sentence, a quotation or a line: an opener
    (`_OPENERS`, a line break) then only spaces, or only spaces from the start of the text."""
    before = text[max(0, start - 3):start]
    kept = before.rstrip()
    if kept:
        return kept[-1] in _OPENERS or "\n" in before[len(kept):]
    return start <= 3 or "\n" in before


def names(title: str | None, body: str) -> frozenset[str]:
    """The distinctive names an article writes (lower case), title included (`name_counts`)."""
    return frozenset(name_counts(title, body))


def article_name_counts(article: Article) -> dict[str, int]:
    """`name_counts` of an article; none for an article in another language than English: the
    test reads English capitals (German writes every noun with one) and names are spelled otherwise
    there ("Poutine", "Путин"), so sharing none of them is no evidence of another event."""
    if article_language(article) != "en":
        return {}
    return name_counts(article.title, article.body)


def assign_events(articles: Sequence[Article], names: Mapping[str, dict[str, int]] | None = None) -> dict[str, str]:
    """Map article id -> event ("event-1", ...) for the articles naming at least `MIN_NAMES` things,
    numbered by first article; the others tell nothing of their event and get none. `names` gives
    `article_name_counts` by article id where the caller has read them already.

    An article is the vector of its names, each weighed by the square root of how often the article
    writes it (its city, victims and teams over a name met once) and by how rare it is in the run,
    1 + log(n / df) (the team or country every article of a folder names tells no event from
    another; a name never falls to nothing, so a folder of one event stays one); two groups of
    articles are one event while the mean cosine across them is at least `EVENT_LINK` (average
    linkage, stories.cluster), and not when both are large and each far closer-knit (`EVENT_APART`). A pair of articles may share no name and still be one event through the
    others: a follow-up naming the suspect, a first report naming the street.

    >>> arts = [Article(id=str(i), body=b) for i, b in enumerate([
    ...     "Police in Lowell said Ann Costa died on Midland Street in Lowell.",
    ...     "In Lowell, Ann Costa was shot; police in Lowell seek a suspect.",
    ...     "A man was shot in Houston on Bellaire Street, Houston police said."])]
    >>> assign_events(arts)
    {'0': 'event-1', '1': 'event-1', '2': 'event-2'}
    """
    counts = [names[a.id] if names and a.id in names else article_name_counts(a) for a in articles]
    named = [(a, c) for a, c in zip(articles, counts) if len(c) >= EVENT_MIN_NAMES]
    if not named:
        return {}
    n = len(named)
    term, doc, tf, vocab = stories.postings([c for _, c in named])
    df = np.bincount(term, minlength=len(vocab))
    weight = np.sqrt(tf) * (1.0 + np.log(n / df[term]))
    # Every name counts in an article's length, also those no other article writes.
    norm = np.sqrt(np.bincount(doc, weights=weight * weight, minlength=n))
    kept = stories.within_budget(df >= 2, df, n)[term]
    labels = stories.cluster(stories.sorted_rows(term[kept], doc[kept], weight[kept], norm), n, EVENT_LINK, EVENT_APART)
    numbered: dict[int, str] = {}
    return {a.id: numbered.setdefault(label, f"event-{len(numbered) + 1}") for (a, _), label in zip(named, labels)}


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
