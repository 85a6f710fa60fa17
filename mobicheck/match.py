"""Stage 3: candidate pairs of claims that may speak of the same thing.

Never all pairs. Number claims are blocked on what makes two figures
comparable at all (story, kind of quantity, unit, rate period; two known
subject classes must be equal); inside a block rapidfuzz's `process.cdist` scores the subjects and
measures of every cross-article pair at once, and only pairs above a floor
are looked at one by one. Quote claims are blocked by story and scored on
their normalised words; with a `translation.Translation` given, quotations of
two languages are paired by their meaning too.
"""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .config import Settings
from .lexicon import load as load_lexicon
from .model import Candidate, Claim
from .numbers import find_numbers

if TYPE_CHECKING:
    from .translation import Translation

_LEXICON = load_lexicon("en")
# Quantity kinds that count the same way: a rate is a count with a period,
# and the period is part of the block key.
_FAMILY = {"rate": "count"}
# Below this subject+measure similarity (0..100) a pair is not even looked at.
_SUBJECT_FLOOR = 50.0
# A quote shorter than this (normalised characters) is too common to match
# on its own ("fake" appears in many unrelated quotes).
MIN_QUOTE_CHARS = 10
# Characters of a quote's normalised words that are scored. partial_ratio's cost grows
# with about the cube of the length (2,000 characters: 0.04 s a pair, 8,000: 2.8 s), and
# a quote mark left open on a long line makes a quote of the whole line (the hostile fuzz
# run: three 6 KB "quotes", 15 s). Real quotes are far shorter: 476 characters at most
# over all of ECB+ dev.
QUOTE_SCORED_CHARS = 1000


def candidates(claims: Iterable[Claim], story_of: Mapping[str, str] | None = None, *,
               settings: Settings = Settings(), workers: int = 1,
               translation: Translation | None = None) -> list[Candidate]:
    """Pairs of claims from different articles worth judging, best first per block.

    `story_of` maps article id -> story id; claims are only paired within a story.
    `translation` (translation.option) pairs quotations across languages by meaning.
    """
    found: list[Candidate] = []
    for kind, block in blocks(claims, story_of):
        found.extend(block_candidates(kind, block, settings=settings, workers=workers, translation=translation))
    return found


def blocks(claims: Iterable[Claim], story_of: Mapping[str, str] | None = None) -> list[tuple[str, list[Claim]]]:
    """The blocks of `candidates`, in a fixed order: number blocks, then quote blocks,
    each in the order of its first claim (claims in their given order inside).

    A claim outside every story (a ledger entry) joins a block of every story,
    stories taken in sorted order. Each item is ("number" | "quote", claims).
    """
    story_of = story_of or {}
    stories = sorted(set(story_of.values())) or [""]
    found: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        for key in block_keys(claim, story_of, stories):
            found[key].append(claim)
    # dicts keep insertion order: number blocks, then quote blocks, by first claim.
    return ([("number", b) for k, b in found.items() if k[0] == "number"]
            + [("quote", b) for k, b in found.items() if k[0] == "quote"])


def block_keys(claim: Claim, story_of: Mapping[str, str], stories: list[str]) -> list[tuple]:
    """The keys of the blocks `claim` belongs to: ("number", story, *block_key) or ("quote", story).

    `stories` is the sorted list of story ids ([""] without stories).
    """
    if claim.kind not in ("number", "quote"):
        return []
    tail = block_key(claim) if claim.kind == "number" else ()
    return [(claim.kind, story, *tail)
            for story in ([story_of[claim.article]] if claim.article in story_of else stories)]


def block_candidates(kind: str, block: list[Claim], *, settings: Settings = Settings(),
                     workers: int = 1, translation: Translation | None = None) -> list[Candidate]:
    """The candidate pairs inside one block of `blocks`."""
    if kind == "number":
        return _number_pairs(block, workers)
    return _quote_pairs(block, settings.quote_threshold, workers, translation)


# A claim meets at most this many claims of any one other article, the best scored first;
# a pair stays while either of its claims has room, so the bound bites only when both
# articles print one figure more than this many times. Without it, an article that prints
# one figure k times against another that prints it k times gives k * k pairs (k = 400:
# 160,000 matches, 17 s, 498 MB), time and output growing with the square of the input.
# Real copy stays under it: at most 6 pairs of a claim with one article in ECB+ dev, and a
# LongTail dev caption printed 111 and 40 times in two reports keeps all its 4,440 pairs
# (a limit of 10 lost most of them: the scorer counts every pair of mentions).
MAX_PAIRS_PER_ARTICLE = 50
# ...and an article's claims share this many pairs with each other article in a block, at least
# MIN_PAIRS_PER_ARTICLE each: two one-line tables of thousands of equal figures ("1,1,1,...")
# kept 100 pairs per claim, and their reports were 100 times the input. Real reports stay under
# PAIR_BUDGET / MAX_PAIRS_PER_ARTICLE = 500 claims in one block: 437 at most (LongTail dev; 99
# in ECB+ dev), so they keep 50.
PAIR_BUDGET = 25_000
MIN_PAIRS_PER_ARTICLE = 2


def pair_limits(block: list[Claim], articles: np.ndarray | None = None) -> np.ndarray:
    """Per claim of `block`, how many of its best pairs with each other article it keeps.
    `articles`: `article_codes(block)`, where already read."""
    articles = article_codes(block) if articles is None else articles
    return np.clip(PAIR_BUDGET // np.bincount(articles)[articles], MIN_PAIRS_PER_ARTICLE, MAX_PAIRS_PER_ARTICLE)


def article_codes(block: list[Claim]) -> np.ndarray:
    """Each claim's article as a small integer (numbered by first claim): what tells two articles apart
    in numpy. A dict, not np.unique: sorting the article ids as numpy strings cost more than the codes."""
    codes: dict[str, int] = {}
    return np.fromiter((codes.setdefault(c.article, len(codes)) for c in block), dtype=np.intp, count=len(block))


def bounded(pairs: list[Candidate], block: list[Claim], limits: np.ndarray) -> list[Candidate]:
    """`pairs` of claims of `block` less those that are among the `limits` best pairs of neither of their
    claims with the other claim's article (`bounded_mask`), in their given order: the bound of pairs
    already made (quotations, whose pairs by meaning come made)."""
    index = {id(c): k for k, c in enumerate(block)}
    i = np.fromiter((index[id(p.a)] for p in pairs), dtype=np.intp, count=len(pairs))
    j = np.fromiter((index[id(p.b)] for p in pairs), dtype=np.intp, count=len(pairs))
    scores = np.fromiter((p.score for p in pairs), dtype=np.float64, count=len(pairs))
    mask = bounded_mask(i, j, scores, article_codes(block), limits)
    return pairs if mask.all() else [p for p, keep in zip(pairs, mask.tolist()) if keep]


def _best_of_each(owner: np.ndarray, group: np.ndarray, scores: np.ndarray, limit: np.ndarray,
                  position: np.ndarray | None = None) -> np.ndarray:
    """Mask of the entries among the `limit` best (highest score, then first: lowest `position`,
    by default their order) of their (owner, group): the ranking of `bounded_mask`."""
    position = np.arange(len(owner)) if position is None else position
    # float64 holds word scores (uint8, which negation would wrap) and meaning scores alike
    order = np.lexsort((position, -scores.astype(np.float64), group, owner))
    o, g = owner[order], group[order]
    first = np.ones(len(o), dtype=bool)
    first[1:] = (o[1:] != o[:-1]) | (g[1:] != g[:-1])
    position = np.arange(len(o))
    rank = position - np.maximum.accumulate(np.where(first, position, 0))
    mask = np.empty(len(o), dtype=bool)
    mask[order] = rank < limit[order]
    return mask


def block_key(claim: Claim) -> tuple:
    """What two number claims must share to be comparable at all."""
    family = _FAMILY.get(claim.quantity or "count", claim.quantity or "count")
    # The subject class is not part of the key: a claim whose class is unknown
    # must still meet the classed claims; _number_pairs drops pairs of two
    # different known classes instead.
    return (family, claim.unit or "", claim.per or "")


def frame_text(claim: Claim) -> str:
    """The words that say what a figure counts, for fuzzy comparison. A subject whose head counts people
    hurt or killed ("victims", "the dead", "homicide victims") is written "people", as the judge reads it:
    "eight victims" and "eight people killed" are one count in other words.

    >>> frame_text(Claim("x", "a", "number", "8", 0, 1, subject="homicide victims")), frame_text(Claim(
    ...     "y", "b", "number", "8", 0, 1, subject="people", measure="kill"))
    ('people', 'people kill')
    """
    if claim.quantity == "age":
        # Every two ages of a story are looked at: whose they are ("Luann Johnson", "a 66-year-old woman")
        # is the judge's to read (ages.who), and unlike words say nothing against one person.
        return "age"
    subject = "people" if claim.subject and head(claim.subject) == "people" else claim.subject
    return normalise(" ".join(filter(None, (subject, claim.measure))))


def normalise(text: str) -> str:
    """Fold case, accents, quote marks, apostrophes and punctuation.

    >>> normalise("“Don’t GO,” she said.")
    'dont go she said'
    """
    if not text.isascii():  # ASCII has no accents to fold: the common case skips NFKD
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(_APOSTROPHE.sub("", text.lower())))


_APOSTROPHE = re.compile(r"['’‘`]")
_WORD = re.compile(r"\w+")


# Rows of a block's score matrix computed at once: a block of m claims takes
# at most CHUNK_ROWS * m bytes per scorer, however large it grows.
CHUNK_ROWS = 1024


def _scored_pairs(block: list[Claim], texts: list[str], scorers, floor: float, workers: int) -> list[Candidate]:
    """Cross-article pairs i < j whose best score over `scorers` is >= floor, row-major."""
    i, j, score = _scored_indices(block, texts, scorers, floor, workers)
    return [Candidate(block[a], block[b], s / 100.0) for a, b, s in zip(i.tolist(), j.tolist(), score.tolist())]


def _scored_indices(block: list[Claim], texts: list[str], scorers, floor: float,
                    workers: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The (i, j, score) arrays of `_scored_pairs`. Each distinct text is scored once against each:
    a block prints a few frames many times ("people kill"), and 10,000 benchmark articles' number
    blocks hold 41,873 framed claims but 11,290 distinct texts (2.2 million pairs to score, 86,000)."""
    distinct: dict[str, int] = {}
    code = np.fromiter((distinct.setdefault(t, len(distinct)) for t in texts), dtype=np.intp, count=len(texts))
    words = list(distinct)

    def score_rows(start: int, stop: int) -> np.ndarray:
        rows, row_of = np.unique(code[start:stop], return_inverse=True)
        cols, col_of = np.unique(code[start:], return_inverse=True)
        rows, cols = [words[k] for k in rows.tolist()], [words[k] for k in cols.tolist()]
        scores = None
        for scorer in scorers:
            s = process.cdist(rows, cols, scorer=scorer, workers=workers, dtype=np.uint8)
            scores = s if scores is None else np.maximum(scores, s)
        return scores[row_of[:, None], col_of[None, :]]

    found = list(_chunks_above(block, score_rows, floor))
    if not found:
        return np.empty(0, np.intp), np.empty(0, np.intp), np.empty(0, np.uint8)
    return tuple(np.concatenate(part) for part in zip(*found))


def pairs_above(block: list[Claim], score_rows, floor: float, differ: np.ndarray | None = None) -> Iterator:
    """(i, j, score) of the cross-article pairs i < j of `block` whose score is >= floor, row-major.

    `score_rows(start, stop)` scores the claims start..stop against those from start on; it is
    asked CHUNK_ROWS rows at a time (upper triangle only), so memory stays bounded in the block
    size. `differ`, one value per claim, must differ too (the languages of a translation).
    """
    for i, j, scores in _chunks_above(block, score_rows, floor, differ):
        # Whole arrays to Python lists at once: indexing numpy scalars pair by
        # pair took as long as the scoring itself.
        yield from zip(i.tolist(), j.tolist(), scores.tolist())


def _chunks_above(block: list[Claim], score_rows, floor: float, differ: np.ndarray | None = None) -> Iterator:
    """The pairs of `pairs_above` as (i, j, score) arrays, one triple per chunk of rows."""
    articles = article_codes(block)
    limits = pair_limits(block, articles)
    m = len(block)
    for start in range(0, m - 1, CHUNK_ROWS):
        stop = min(m, start + CHUNK_ROWS)
        scores = score_rows(start, stop)
        keep = articles[start:stop, None] != articles[None, start:]
        if differ is not None:
            keep &= differ[start:stop, None] != differ[None, start:]
        upper = np.arange(start, m)[None, :] > np.arange(start, stop)[:, None]
        rows_i, cols_j = np.nonzero((scores >= floor) & keep & upper)
        if len(rows_i) > MIN_PAIRS_PER_ARTICLE:
            # A superset of what `bounded_mask` keeps: a pair among a claim's best over the
            # whole block is among its best in this chunk. Keeps the work linear when
            # one figure is printed hundreds of times.
            best = scores[rows_i, cols_j]
            kept = (_best_of_each(rows_i, articles[start + cols_j], best, limits[start + rows_i])
                    | _best_of_each(cols_j, articles[start + rows_i], best, limits[start + cols_j]))
            rows_i, cols_j = rows_i[kept], cols_j[kept]
        yield rows_i + start, cols_j + start, scores[rows_i, cols_j]


def _number_pairs(block: list[Claim], workers: int) -> list[Candidate]:
    if len(block) < 2 or len({c.article for c in block}) < 2:
        return []
    texts = [frame_text(c) for c in block]
    # A claim that says neither what it counts nor what happened cannot reach
    # the judge's frame threshold on place and period alone: no pair for it,
    # unless the other report prints the same distinctive figure. Such claims are
    # left out of the score matrix (an empty text scores 0 against any): a line of
    # thousands of bare figures made it quadratic for nothing.
    framed = np.array([i for i, t in enumerate(texts) if t], dtype=np.intp)
    i, j, score = _scored_indices([block[k] for k in framed.tolist()], [texts[k] for k in framed.tolist()],
                                  [fuzz.token_set_ratio], _SUBJECT_FLOOR, workers)
    i, j, score = framed[i], framed[j], score.astype(np.float64) / 100.0
    more_i, more_j, more_score = _same_figure_pairs(block, texts, i * len(block) + j)
    i, j, score = np.concatenate((i, more_i)), np.concatenate((j, more_j)), np.concatenate((score, more_score))
    classes: dict[str | None, int] = {None: 0, "": 0}
    cls = np.fromiter((classes.setdefault(c.subject_class, len(classes)) for c in block), dtype=np.intp,
                      count=len(block))
    apart = (cls[i] != 0) & (cls[j] != 0) & (cls[i] != cls[j])  # two known classes that differ
    i, j, score = i[~apart], j[~apart], score[~apart]
    kept = bounded_mask(i, j, score, article_codes(block), pair_limits(block))
    return [Candidate(block[a], block[b], s) for a, b, s in zip(i[kept].tolist(), j[kept].tolist(),
                                                                score[kept].tolist())]


def bounded_mask(i: np.ndarray, j: np.ndarray, scores: np.ndarray, articles: np.ndarray,
                 limits: np.ndarray) -> np.ndarray:
    """The mask of the pairs (i, j) of claims of one block (`articles`: `article_codes`, `limits`:
    `pair_limits`) that are among the `limits` best pairs (higher score, then earlier) of either claim
    with the other claim's article; a claim's rank counts its pairs on either side. So no claim loses
    its best pairs, and at most 2 * MAX_PAIRS_PER_ARTICLE pairs are kept per claim and article."""
    n = len(i)
    owner, position = np.concatenate((i, j)), np.concatenate((np.arange(n), np.arange(n)))
    best = _best_of_each(owner, np.concatenate((articles[j], articles[i])), np.concatenate((scores, scores)),
                         limits[owner], position)
    return best[:n] | best[n:]


# Kinds of figure whose exact value, printed in two reports, is evidence of one quantity
# (a percentage or a ratio is too often a coincidence of two different bases).
_FIGURE_KINDS = frozenset({"count", "money", "measure", "rate"})
# Significant digits a figure needs to be distinctive: money, a measure or a rate of one ("$2 million",
# "90 days", "7-yard") says which quantity it is only with more names around it than "$334 million" or
# "205 yards" (see _SHARED_NAMES). A bare count needs three: box scores print "14 points" and "23
# points" for many players and games, and a count of one digit is anything's.
_DISTINCTIVE_DIGITS = 1
_DISTINCTIVE_COUNT_DIGITS = 3
# Names the two sentences must share, by the figure's significant digits (fewer digits, more
# coincidences: two games' "32 yards" share only a team's name; "worth an estimated two million
# euros" and "worth an estimated €2 million" share the player's and the club's).
_SHARED_NAMES = {1: 2, 2: 2}
# A value printed by more claims than this in one block is common in it, not distinctive.
_COMMON_FIGURE = 50


_FIGURE_DIGITS = re.compile(r"\d[\d,.]*")


# Kinds whose value keeps the digits the figure was written with.
_VALUE_DIGITS = frozenset({"money", "count"})


def figure_digits(claim: Claim) -> int:
    """Significant digits of the figure as printed, or of its value when money or a count is written in
    words ("two million euros": 1, as "€2 million"). A measure in words has none: "four miles" of two
    quakes near one town share every name (`same_measure` in judge.py reads it in one event).

    >>> figure_digits(Claim("x", "a", "number", "two million euros", 0, 17, value=2e6, quantity="money"))
    1
    >>> figure_digits(Claim("x", "a", "number", "eight years", 0, 11, value=252455616.0, quantity="measure"))
    0
    """
    # Not cached here: the judge keeps each claim's on its side of a pair (judge._Side.digits).
    mantissa = printed_mantissa(claim)
    in_words = claim.quantity == "measure" and not _FIGURE_DIGITS.search(claim.text)
    return 0 if in_words or not mantissa else len(str(mantissa))


def printed_mantissa(claim: Claim) -> int:
    """The significant digits of the figure as printed, as a whole number (0: none read). Half a unit
    of its last digit is the rounding of a figure told in any unit: 0.5 / 12 of "1.2 miles", 0.5 / 3
    of "three months".

    >>> [printed_mantissa(Claim("x", "a", "number", t, 0, 1, value=v, quantity=q)) for t, v, q in (
    ...     ("$334 million", 3.34e8, "money"), ("1.2 miles", 1931.2, "measure"), ("90-day", 7776000.0, "measure"),
    ...     ("1,500 people", 1500.0, "count"), ("two million euros", 2e6, "money"),
    ...     ("three - month", 7889238.0, "measure"))]
    [334, 12, 9, 15, 2, 3]
    """
    return _printed_mantissa(claim.text, claim.quantity, claim.value)


@lru_cache(maxsize=1 << 14)  # the judge asks again for every pair of a claim
def _printed_mantissa(text: str, quantity: str | None, value: float | None) -> int:
    m = _FIGURE_DIGITS.search(text)
    if m or value is None or not math.isfinite(value):
        return _mantissa(m.group()) if m else 0
    if quantity in _VALUE_DIGITS:
        return _mantissa(f"{abs(value):.6f}")
    return _word_mantissa(text) if quantity == "measure" else 0


def _mantissa(figure: str) -> int:
    """The significant digits of a figure in digits, as a whole number ("1,500" 15, "0.05" 5), at most
    MANTISSA_DIGITS of them (a float holds no more; a line of 5,000 nines is no figure to convert).

    >>> _mantissa("1,500"), _mantissa("0.05"), len(str(_mantissa("9" * 5000)))
    (15, 5, 17)
    """
    digits = re.sub(r"\D", "", figure).strip("0")[:MANTISSA_DIGITS]
    return int(digits) if digits else 0


MANTISSA_DIGITS = 17


@lru_cache(maxsize=1 << 12)
def _word_mantissa(text: str) -> int:
    """The mantissa of the first number word of a measure written in words ("three - month": 3)."""
    for word in _WORD.findall(text):
        found = [q for q in find_numbers(word) if q.kind == "count" and q.value]
        if found:
            return _mantissa(f"{abs(float(found[0].value)):.6f}")
    return 0


def measure_rounding(claim: Claim, cap: float = Settings.rounding_cap) -> float | None:
    """The rounding of a measure as printed, in SI units: half a unit of the printed figure's last
    significant digit, at most `cap` of it ("34 miles" 0.5 mile, "55 kilometres" 500 m, "90 days"
    4.5 days, "three months" 5%, 87 to 95 days); None when it is not a measure or its figure is not read."""
    mantissa = printed_mantissa(claim) if claim.quantity == "measure" else 0
    if not mantissa or claim.value is None or not math.isfinite(claim.value):
        return None
    return abs(claim.value) * min(cap, 0.5 / mantissa)


def same_figure(a: Claim, b: Claim) -> bool:
    """The same value, or two measures each within the other's rounding as printed ("55 kilometres"
    and "34 miles", "three months" and "90 days"); unit and rate period the same."""
    if (a.unit, a.per) != (b.unit, b.per) or a.value is None or b.value is None:
        return False
    if a.value == b.value:
        return True
    ta, tb = measure_rounding(a), measure_rounding(b)
    return ta is not None and tb is not None and abs(a.value - b.value) <= min(ta, tb)


def distinctive(claim: Claim) -> bool:
    """The figure as printed says much about which quantity it is: money, a measure or a rate written
    in digits, a count with three significant digits; not only an order of magnitude."""
    need = _DISTINCTIVE_COUNT_DIGITS if claim.quantity == "count" else _DISTINCTIVE_DIGITS
    return (claim.value is not None and claim.quantity in _FIGURE_KINDS and claim.qualifier not in _NOT_ONE_FIGURE
            and figure_digits(claim) >= need)


# A range prints two figures, an order of magnitude none.
_NOT_ONE_FIGURE = ("range", "vague")


def same_distinctive_figure(a: Claim, b: Claim, digits: int) -> bool:
    """Two distinctive figures (`distinctive`, asked by the caller), the fewer of whose significant
    digits (`figure_digits`) are `digits`, are the same figure (same value, unit and rate period; "about"
    or "more than" may differ, the judge reads them) in sentences that share a name, or in one sentence
    copied, and the figures are not given to different parties ("Green scored 140 points", "Rice added
    140 points"): two players' equal yardage in two games shares no name. An owner of both counts as a
    shared name."""
    if not same_figure(a, b) or owners_apart(a, b):
        return False
    # An owner both figures are given to ("Luck threw for 205 yards" twice) is a shared name even as
    # the first word of both sentences, which shared_names leaves out.
    shared = shared_names(a.sentence, b.sentence) | common_owners(a.owners, b.owners)
    return (len(shared) >= _SHARED_NAMES.get(digits, 1)
            or (bool(shared) and _copied(a.sentence, b.sentence)))


def owners_apart(a: Claim, b: Claim) -> bool:
    """Both figures are given to someone (frames/owners.py) and to no one in common, in any spelling
    (`common_owners`)."""
    return bool(a.owners and b.owners) and not common_owners(a.owners, b.owners)


@lru_cache(maxsize=1 << 12)
def common_owners(x: tuple[str, ...], y: tuple[str, ...]) -> frozenset[str]:
    """The owners of `x` that are also owners of `y`, in any spelling: a name of several words meets its
    words joined or its initials ("sea micro" is "seamicro", "advanced micro devices" "amd"), and a name
    of one word the last word of a longer one (a surname: "rahman" is "hasim rahman"); two full names
    that share only a surname (two brothers), or only some words ("new york giants", "new york jets"),
    do not meet.

    >>> sorted(common_owners(("amd", "seamicro"), ("advanced micro devices", "sea micro")))
    ['amd', 'seamicro']
    >>> sorted(common_owners(("rahman",), ("american hasim rahman",)))
    ['rahman']
    >>> common_owners(("mark lane", "new york giants"), ("carl lane", "new york jets"))
    frozenset()
    """
    return frozenset(owner for owner in x if any(_one_party(owner, other) for other in y))


def _one_party(x: str, y: str) -> bool:
    if _spellings(x) & _spellings(y):
        return True
    short, long_ = sorted((x.split(), y.split()), key=len)
    return len(short) == 1 and len(long_) > 1 and short[0] == long_[-1]


def _spellings(owner: str) -> set[str]:
    # The whole name joined, not two of its words: "new york giants" is no "newyork" of "new york jets".
    return {owner, *_other_spellings(owner.split(), whole=True)}


# Similarity (0..100) of two sentences that one report copied from the other (a wire story).
_COPIED = 90


@lru_cache(maxsize=1 << 14)
def _copied(x: str | None, y: str | None) -> bool:
    return fuzz.ratio(normalise(x or ""), normalise(y or "")) >= _COPIED


def shared_names(x: str | None, y: str | None) -> frozenset[str]:
    """The names two sentences share: capitalised words, folded, not function words, months or
    weekdays, and not only a sentence's first word in both ("Dozens injured ..." names nothing). A
    name of several words meets its other spellings: "Blue Wave" is "BlueWave", "Allied Cable
    Telecom" "ACT".

    >>> sorted(shared_names("Moss ran for 131 yards as the Hawks' defence held.",
    ...                     "Dan Moss ran for 131 yards; Hawks win."))
    ['hawks', 'moss']
    >>> sorted(shared_names("Dozens injured as quake hits Aceh", "Dozens were hurt in Aceh province."))
    ['aceh']
    >>> sorted(shared_names("ACT's $150 million deal with BlueWave", "Allied Cable Telecom is buying Blue Wave"))
    ['act', 'bluewave']
    """
    (any_x, inner_x, other_x), (any_y, inner_y, other_y) = _names(x), _names(y)
    return (any_x & inner_y) | (inner_x & any_y) | (any_x & other_y) | (other_x & any_y)


def shared_words(a: Claim, b: Claim) -> frozenset[str]:
    """The words two claims' sentences share besides the figures' own: names and words of four letters
    or more that are not function words, months, weekdays or verbs of speech ("the tremor ... at a depth
    of only 8 kilometres" and "the tremor was centred at a depth of five miles": tremor, depth).

    >>> sorted(shared_words(Claim("x", "a", "number", "10 kilometres", 0, 1, sentence="The tremor hit at a "
    ...     "depth of only 8 kilometres, officials said."), Claim("y", "b", "number", "five miles", 0, 1,
    ...     sentence="The tremor was centred at a depth of five miles.")))
    ['depth', 'tremor']

    A name spelled with one letter more or less, or another, is shared (`_respelled`): "Tamsen", "Tamseen".
    """
    own = _content_words(a.text) | _content_words(b.text)
    x, y = _content_words(a.sentence or "") - own, _content_words(b.sentence or "") - own
    return (x & y) | _respelled((x - y) & _names(a.sentence)[0], (y - x) & _names(b.sentence)[0])


@lru_cache(maxsize=1 << 14)
def _respelled(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
    """The names of `x` that a name of `y` spells with one letter more, less or other, both of
    RESPELLED_LETTERS letters or more: a name transliterated two ways ("Tamsen", "Tamseen")."""
    return frozenset(w for w in x if len(w) >= RESPELLED_LETTERS
                     and any(len(v) >= RESPELLED_LETTERS and abs(len(v) - len(w)) <= 1
                             and Levenshtein.distance(w, v, score_cutoff=1) <= 1 for v in y))


RESPELLED_LETTERS = 6


@lru_cache(maxsize=1 << 14)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in normalise(text).split() if len(w) >= 4 and not w.isdigit() and w not in _NOT_CONTENT)


@lru_cache(maxsize=1 << 14)  # every pair of a claim asks again for its sentence's names
def _names(sentence: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every name, the names met after the sentence's first word, the other spellings of its names of
    several words) of `shared_names`."""
    text = sentence or ""
    found = [m for m in _CAPITALISED.finditer(text) if m.group(1).lower() not in _NOT_NAMES]
    names = [(m.start(), m.group(1).lower()) for m in found]
    other: list[str] = []
    run: list[re.Match] = []
    for m in [*found, None]:
        # "Sea Micro", not "Indonesia's Aceh"
        if m is not None and run and run[-1].end(1) == run[-1].end() and text[run[-1].end():m.start()] == " ":
            run.append(m)
            continue
        other += _other_spellings([r.group(1).lower() for r in run])
        run = [m] if m is not None else []
    first = _FIRST_WORD.match(text)
    opening = first.start(1) if first else -1
    return (frozenset(w for _, w in names), frozenset(w for pos, w in names if pos != opening),
            frozenset(other))


def _other_spellings(words: list[str], *, whole: bool = False) -> list[str]:
    """A name of several words written otherwise: two words joined ("Sea Micro": seamicro; with `whole`,
    only all of them), three or four by their initials ("Advanced Micro Devices": amd)."""
    if len(words) < 2:
        return []
    found = ["".join(words)] if whole else ["".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return found + (["".join(w[0] for w in words)] if 3 <= len(words) <= 4 else [])


_FIRST_WORD = re.compile(r"[\W\d_]*(\w)")
# A capitalised word, without a possessive "'s".
_CAPITALISED = re.compile(r"\b([A-Z][\w'’-]*?\w)(?:['’]s)?\b")
_NOT_NAMES = (_LEXICON.words("grammar.yaml", "function_words") | _LEXICON.words("grammar.yaml", "determiners")
              | frozenset(_LEXICON.months) | frozenset(_LEXICON.weekdays)
              | frozenset(day[:3] for day in _LEXICON.weekdays))
_NOT_CONTENT = _NOT_NAMES | _LEXICON.cue_verbs


def _same_figure_pairs(block: list[Claim], texts: list[str],
                       seen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cross-article pairs i < j of one block that print the same distinctive figure, not among the pairs
    `seen` (i * len(block) + j), as (i, j, score) arrays."""
    by_value: dict[float, list[int]] = defaultdict(list)
    for i, c in enumerate(block):
        if distinctive(c):
            by_value[c.value].append(i)
    pairs = [(i, j) for group in by_value.values() if len(group) <= _COMMON_FIGURE
             for k, i in enumerate(group) for j in group[k + 1:]]
    known = set(pairs)
    more = [pair for pair in _near_measures(block) + _same_class_counts(block) if pair not in known]
    pairs = [(i, j) for i, j in pairs + sorted(set(more)) if block[i].article != block[j].article]
    i = np.array([p[0] for p in pairs], dtype=np.intp)
    j = np.array([p[1] for p in pairs], dtype=np.intp)
    new = ~np.isin(i * len(block) + j, seen)
    i, j = i[new], j[new]
    score = [fuzz.token_set_ratio(texts[a], texts[b]) / 100.0 for a, b in zip(i.tolist(), j.tolist())]
    return i, j, np.array(score, dtype=np.float64)


def _near_measures(block: list[Claim]) -> list[tuple[int, int]]:
    """Pairs i < j of measures of `block` (in digits or words), each within the other's rounding ("55
    kilometres" and "34 miles", "three months" and "90 days", "ninety days" twice), unless more than
    _COMMON_FIGURE claims print it."""
    figures = sorted((c.value, i) for i, c in enumerate(block) if measure_figure(c))
    values = [v for v, _ in figures]
    found = []
    for k, (value, i) in enumerate(figures):
        reach = measure_rounding(block[i])
        if bisect_right(values, value + reach) - bisect_left(values, value - reach) > _COMMON_FIGURE:
            continue
        for other, j in figures[k + 1:bisect_right(values, value + reach)]:
            if same_figure(block[i], block[j]):
                found.append((min(i, j), max(i, j)))
    return found


def _same_class_counts(block: list[Claim]) -> list[tuple[int, int]]:
    """Pairs i < j of exact counts of `block` of one value and one known class of thing ("two guards",
    "two transport officers"), unless more than _COMMON_FIGURE claims print it (the judge's rule
    `same count in other words`)."""
    by_count: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(block):
        if class_count(c):
            by_count[(c.value, c.subject_class)].append(i)
    return [(i, j) for group in by_count.values() if len(group) <= _COMMON_FIGURE
            for k, i in enumerate(group) for j in group[k + 1:]]


def class_count(claim: Claim) -> bool:
    """A count of one figure (no range, order of magnitude or bound) of a thing of a known class."""
    return (claim.quantity == "count" and claim.unit is None and claim.value is not None
            and bool(claim.subject_class) and claim.qualifier is None)


def measure_figure(claim: Claim) -> bool:
    """A measure with a unit and one figure, in digits or in words, whose rounding is read."""
    return (claim.quantity == "measure" and bool(claim.unit) and claim.qualifier not in _NOT_ONE_FIGURE
            and bool(measure_rounding(claim)))


def _quote_pairs(block: list[Claim], threshold: float, workers: int,
                 translation: Translation | None = None) -> list[Candidate]:
    # Each article's share of pairs is of all its quotations in the block, short ones included.
    limits = pair_limits(block)
    long_enough = [k for k, c in enumerate(block) if len(normalise(c.text)) >= MIN_QUOTE_CHARS]
    block, limits = [block[k] for k in long_enough], limits[long_enough]
    if len(block) < 2 or len({c.article for c in block}) < 2:
        return []
    texts = [normalise(c.text)[:QUOTE_SCORED_CHARS] for c in block]
    # partial_ratio finds a fragment inside a longer quotation; token_set_ratio
    # forgives reordered or lightly edited wording. Either can vouch.
    found = _scored_pairs(block, texts, [fuzz.partial_ratio, fuzz.token_set_ratio], threshold * 100, workers)
    if translation is not None:
        # Quotations alike in their words are judged on them, as before, even across languages.
        found += translation.pairs(block, {(p.a.id, p.b.id) for p in found})
    return bounded(found, block, limits)


# Heads that all count people who were hurt or died: "24 dead", "24 people",
# "24 victims" and "24 deaths" are one count; "six children" is a part of it.
_GENERIC_HEADS = _LEXICON.words("judge.yaml", "people_heads")


@lru_cache(maxsize=1 << 16)  # the judge asks for the same few subjects' heads for every pair
def head(subject: str | None) -> str | None:
    """The head noun of a subject, singular, generic people-heads folded together.

    >>> head("people detained"), head("Dead"), head("arrivals of Russians"), head("military-age Russians")
    ('people', 'people', 'arrival', 'russian')
    """
    if not subject:
        return None
    words = normalise(subject).split()
    # "arrivals of Russians": the head comes before "of"; "people detained":
    # before a trailing participle; otherwise the last word.
    if "of" in words[1:]:
        word = words[words.index("of") - 1]
    elif len(words) > 1 and words[-1].endswith("ed"):
        word = words[-2]
    else:
        word = words[-1]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return "people" if word in _GENERIC_HEADS else word
