"""Places of an article, read once per Doc: gazetteer names, named areas
("the Volgograd region"), demonym locations ("in an Armenian airport") and
anaphors ("the Caucasus country") resolved to the country named before.
The place slot reads the places of a number's clause, or of its sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..gazetteer import COUNTRIES, COUNTRY_REGIONS, DEMONYMS, PLACE_NAMES, REGION_ADJECTIVES
from ..numbers.vocab import alternation
from ..text import enclosing, word_trie
from .lexical import _LEX, _MONTHS
from .spans import _Spans


def _place_names() -> dict[str, tuple[str, ...]]:
    """Name as written -> canonical names: gazetteer names, and countries in capitals ("UKRAINE")."""
    names = {name.upper(): (name,) for name in COUNTRIES if len(name) > 3}
    names.update(PLACE_NAMES)  # a gazetteer name wins over a country in capitals
    return {n: v for n, v in names.items() if "A" <= n[0] <= "Z"}


_PLACE_NAMES = _place_names()
# Any known name at a capital that starts and ends a word, the longest first
# (a trie of the names: the regex engine finds candidates in one pass). The
# pattern opens with the trie's capitals, so that `re` skips to the next
# capital in C; that the name starts a word is tested after (`_place_search`):
# a look-behind first made the engine try the pattern at every character (3x slower).
_PLACE = re.compile(word_trie(list(_PLACE_NAMES)) + r"(?![\w-])")
_WORDISH = re.compile(r"[\w-]")
_CAPITAL = re.compile(r"(?<![\w-])[A-Z]")


# Names with a space go into verbose patterns: the space is written escaped.
_ESCAPED_SPACE = r"\ "
_REGION_ADJ = "(?i:" + alternation(REGION_ADJECTIVES, space=_ESCAPED_SPACE) + ")"
# Words after "the <anaphor noun> <word>" that make it an institution's: "the state news agency".
_INSTITUTION = alternation(_LEX.word_list("places.yaml", "anaphor_institutions"))
_ANAPHOR_NOUNS = _LEX.word_list("places.yaml", "anaphor_nouns")
# "the Caucasus country", "the small country", "the ex-Soviet republic".
_ANAPHOR = re.compile(
    rf"""\b[Tt]he\s+(?P<mods>(?:(?:[a-z][a-z-]+|{_REGION_ADJ})\s+){{0,3}})
    (?P<noun>{"|".join(_ANAPHOR_NOUNS)})\b(?!\s+(?:of|[a-z]+(?:s|ed|ing)?\s+{_INSTITUTION}))""",
    re.VERBOSE,
)
_REGION_IN_MODS = re.compile(rf"(?<![\w-]){_REGION_ADJ}(?![\w-])")
# The kind words of a named area (below). The pattern can match at a capital only if
# one of them follows it with nothing but letters, spaces and hyphens between: testing
# that first (`_NAMED_AREAS.anchors`, `_area_candidates`) spares trying it at every capital.
_AREA_KINDS = _LEX.word_list("places.yaml", "named_area_kinds")
# Places missing from the gazetteer still announce themselves by their kind:
# "Peru's Ancash region", "the Volgograd region", "Kherson province".
_NAMED_AREA = re.compile(
    rf"""(?<![\w’'-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})(?![’'])\s+(?:capital\s+)?
    (?:{"|".join(_AREA_KINDS)})\b""",
    re.VERBOSE,
)
_NAME_RUN = re.compile(r"[A-Za-z\s-]*")


def _area_word_near(body: str, area_words: list[int], pos: int) -> bool:
    k = bisect_left(area_words, pos)
    return k < len(area_words) and _NAME_RUN.fullmatch(body, pos, area_words[k]) is not None


_PLACE_NOUN = "(?:" + "|".join(_LEX.word_list("places.yaml", "place_nouns_of")) + ")"
_AREA_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w’'-])"
_PLACE_OF_PREPOSITION = alternation(_LEX.word_list("places.yaml", "place_of_prepositions"))
_NAMED_AREA_OF = re.compile(
    rf"\b{_PLACE_OF_PREPOSITION}\s+the\s+(?:[a-z]+\s+)?{_PLACE_NOUN}\s+of\s+{_AREA_NAME}"
)
_TOWN_NOUNS = _LEX.word_list("places.yaml", "town_nouns")
_TOWN_NOUN = "(?:" + "|".join(_TOWN_NOUNS) + ")"
_TOWN_PREPOSITION = alternation(_LEX.word_list("places.yaml", "town_prepositions"))
_NAMED_AREA_LOC = re.compile(
    rf"\b{_TOWN_PREPOSITION}\s+(?:the\s+)?{_AREA_NAME}\s+{_TOWN_NOUN}\b"
)
# "in an Armenian airport" is a place; "to Russian troops" is not, so the
# noun after the demonym must name a location.
_LOCATION_NOUN = alternation(_LEX.word_list("places.yaml", "location_nouns"))
_LOCAL_DEMONYMS = [d for d in DEMONYMS if not (d.endswith("s") and d[:-1] in DEMONYMS)]
_DEMONYM_PREPOSITION = alternation(_LEX.word_list("places.yaml", "demonym_place_prepositions"))
_DEMONYM_NAME = alternation(_LOCAL_DEMONYMS, space=_ESCAPED_SPACE)
_DEMONYM_LOC = re.compile(
    rf"""\b{_DEMONYM_PREPOSITION}\s+(?:(?:an?|the)\s+)?
    (?P<d>{_DEMONYM_NAME})\s+(?:[a-z-]+\s+)?
    {_LOCATION_NOUN}\b""",
    re.VERBOSE,
)
_OF_CAPITAL = re.compile(r"of\s+[A-Z]")
_DEMONYM = re.compile(word_trie(_LOCAL_DEMONYMS))


@dataclass(frozen=True)
class _Anchored:
    """A pattern every match of which starts a word and runs over letters, spaces and hyphens alone
    to an anchor (see `_anchored`), and how its anchors are found in C: where `regex` matches, or
    where one of `words` occurs (`_occurrences`, with its word-bound flags)."""

    pattern: re.Pattern
    regex: re.Pattern | None = None
    words: tuple[str, ...] = ()
    starts_word: bool = False
    ends_word: bool = False

    def anchors(self, body: str) -> list[int]:
        if self.regex is not None:
            return [m.start() for m in self.regex.finditer(body)]
        return _occurrences(body, self.words, self.starts_word, self.ends_word)

    def matches(self, body: str) -> list[re.Match]:
        """`self.pattern.finditer(body)`, tried only in the runs before the anchors."""
        return _anchored(self.pattern, self.anchors(body), body)


# Each pattern with its anchor: where its run of letters, spaces and hyphens ends. A demonym (capitalised
# words, one no other demonym holds after a lower-case word) is rarer than a location noun.
_NAMED_AREAS = _Anchored(_NAMED_AREA, words=_AREA_KINDS, starts_word=True, ends_word=True)
_AREAS_OF = _Anchored(_NAMED_AREA_OF, regex=_OF_CAPITAL)  # "in the city of Kessel"
_AREAS_LOC = _Anchored(_NAMED_AREA_LOC, words=_TOWN_NOUNS)  # "near Ostra town"
_DEMONYM_PLACES = _Anchored(_DEMONYM_LOC, regex=_DEMONYM)  # "in an Armenian airport"
_ANAPHORS = _Anchored(_ANAPHOR, words=_ANAPHOR_NOUNS, ends_word=True)  # "the Caucasus country"


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    names: tuple[str, ...]  # canonical names, country last when known


def _country_of(p: _Place) -> str | None:
    for n in reversed(p.names):
        if n in COUNTRIES:
            return n
    return None


def _named_places(body: str) -> list[_Place]:
    """Known names and named areas ("the Volgograd region"), in text order, disjoint.

    At each capital a named area is tried first, then the longest known
    name; the text either takes is not read again. Named areas can only
    start in the run of letters, spaces and hyphens before a kind word, so
    only the capitals there are tried for one; the names are found by one
    regex search from where the last place ended.
    """
    area_words = _NAMED_AREAS.anchors(body)
    candidates = _area_candidates(body, area_words)
    places: list[_Place] = []
    pos = k = 0
    while True:
        m = _place_search(body, pos)
        while k < len(candidates) and candidates[k] < pos:
            k += 1
        at = candidates[k] if k < len(candidates) else None
        if at is not None and (m is None or at <= m.start()):
            k += 1
            area = _NAMED_AREA.match(body, at)
            name = area.group("name") if area else ""
            if area and (name.split()[0] not in DEMONYMS and name.split()[0].lower() not in _MONTHS
                         and name not in PLACE_NAMES):
                places.append(_Place(area.start("name"), area.end("name"), (name,)))
                pos = area.end("name")
                continue
            if m is None or m.start() != at:
                continue
        if m is None:
            return places
        places.append(_Place(m.start(), m.end(), _PLACE_NAMES[m.group()]))
        pos = m.end()


def _place_search(body: str, pos: int) -> re.Match | None:
    """The first known name from `pos` on that starts a word (a capital no letter, digit or hyphen precedes)."""
    while True:
        m = _PLACE.search(body, pos)
        if m is None or not m.start() or not _WORDISH.match(body, m.start() - 1):
            return m
        pos = m.start() + 1


def _occurrences(body: str, words, starts_word: bool = False, ends_word: bool = False) -> list[int]:
    """Where each of `words` occurs in `body`, in order; with `starts_word` only where no letter, digit or
    underscore (\\w) comes before it, with `ends_word` only where none comes after it.

    Each word is found by `str.find`, which skips through the text several characters at a step,
    where an alternation of the words stopped at each of their first letters to try it (2-3x the time)."""
    found = []
    for word in words:
        at = body.find(word)
        while at >= 0:
            if not (starts_word and at and _WORD_CHAR.match(body, at - 1)) \
                    and not (ends_word and _WORD_CHAR.match(body, at + len(word))):
                found.append(at)
            at = body.find(word, at + 1)
    found.sort()
    return found


_WORD_CHAR = re.compile(r"\w")


def _area_candidates(body: str, area_words: list[int]) -> list[int]:
    """The capitals from which a named area may run to a kind word (see `_area_word_near`), in order."""
    found: set[int] = set()
    for lo, a in _runs(body, area_words):
        found.update(t.start() for t in _CAPITAL.finditer(body, lo, a) if _area_word_near(body, area_words, t.start()))
    return sorted(found)


def _find_places(body: str) -> list[_Place]:
    places = _named_places(body)
    # "in the industrial city of Kessel", "near Ostra town": a capitalised
    # name that a locative preposition and a place noun make a place.
    scanned = _Spans(places)  # sorted and disjoint: looked up by bisection
    added: list[_Place] = []
    for areas in (_AREAS_OF, _AREAS_LOC):
        for m in areas.matches(body):
            name = m.group("name")
            if name.split()[0] in DEMONYMS or name.split()[0].lower() in _MONTHS or name in PLACE_NAMES:
                continue
            at = m.start("name")
            if scanned.covering(at) is None and not any(p.start <= at < p.end for p in added):
                added.append(_Place(at, m.end("name"), (name,)))
    places.extend(added)
    for m in _DEMONYM_PLACES.matches(body):
        places.append(_Place(m.start("d"), m.end("d"), (DEMONYMS[m.group("d")],)))
    places.sort(key=lambda p: p.start)
    return places


def _resolve_anaphors(body: str, places: list[_Place], sents: list[tuple[int, int]]) -> list[_Place]:
    """Turn "the Caucasus country" into the nearest matching country named before it."""
    out = []
    index = _Spans(places)
    for m in _ANAPHORS.matches(body):
        mods = m.group("mods").strip()
        rm = _REGION_IN_MODS.search(mods)
        region = REGION_ADJECTIVES[re.sub(r"\s+", " ", rm.group().lower())] if rm else None
        # "the state" is usually the government ("the state news agency");
        # only a regional modifier makes it a country.
        if m.group("noun") == "state" and region is None:
            continue
        # A capitalised modifier that is not a region is a proper noun
        # ("the Islamic State"), not an anaphor.
        if region is None and any(w[:1].isupper() for w in mods.split()):
            continue
        country = _antecedent(m.start(), m.end(), region, index, sents)
        if country:
            out.append(_Place(m.start(), m.end(), (country,)))
    return out


def _anchored(pattern: re.Pattern, anchors: list[int], body: str) -> list[re.Match]:
    """`pattern.finditer(body)` for a pattern whose every match starts a word and runs over
    letters, spaces and hyphens alone from there to one of the sorted `anchors` (where its noun
    starts, say; more anchors only cost tries).

    The pattern is tried only at the words of such a run before an anchor (the first match from
    a point starts in the run before the first anchor after its start, and is found there), and
    the anchors, a few words, are found in C (`_occurrences`, `_starts`): ~5x faster than
    trying a pattern that opens with a word boundary at every character.
    """
    out: list[re.Match] = []
    done = tried = 0  # the end of the last match; the words tried up to there
    for lo, at in _runs(body, anchors):
        # A word tried for an earlier anchor of the run failed then and fails now.
        for w in _WORD_START.finditer(body, max(lo, done, tried), at):
            m = pattern.match(body, w.start())
            if m:
                out.append(m)
                done = m.end()
                break
        tried = max(tried, at)
    return out


def _runs(body: str, anchors: list[int]):
    """(where the run of letters, spaces and hyphens that ends at each of the sorted `anchors` starts,
    the anchor): a run that reaches the anchor before goes on through it (letters) to where its run starts."""
    last = last_lo = 0  # the last anchor and where its run starts
    for at in anchors:
        lo = _run_start(body, last, at)
        if lo == last and last:
            lo = last_lo
        last, last_lo = at, lo
        yield lo, at


_WORD_START = re.compile(r"\b[A-Za-z]")


def _run_start(body: str, floor: int, at: int) -> int:
    """Where the run of letters, spaces and hyphens ending at `at` starts, `floor` at the earliest.

    Matched in C on the reversed window when it is ASCII (where a letter is [A-Za-z]); else
    walked back a character at a time, since `isalpha` reads letters of every script."""
    window = body[floor:at]
    if window.isascii():
        return at - _NAME_RUN.match(window[::-1]).end()
    lo = at
    while lo > floor and ((ch := body[lo - 1]).isalpha() or ch.isspace() or ch == "-"):
        lo -= 1
    return lo


def _antecedent(start, end, region, places, sents) -> str | None:
    # Look back a few paragraphs at most: an anaphor refers to a country the
    # reader has just met. Failing that, the same sentence may name it after
    # ("..., in the Caucasus country, Georgia's ministry said").
    for p in places.backwards_from(start):
        if p.end > start:
            continue
        if start - p.end > 2500:
            break
        c = _country_of(p)
        if c and (region is None or region in COUNTRY_REGIONS.get(c, ())):
            return c
    sent = enclosing(sents, start)
    if sent:
        for p in places.between(end, sent[1]):
            if end <= p.start < sent[1]:
                c = _country_of(p)
                if c and (region is None or region in COUNTRY_REGIONS.get(c, ())):
                    return c
    return None


def _places_in(places: _Spans, lo: int, hi: int, near=None) -> tuple[str, ...]:
    out: list[str] = []
    for p in places.between(lo, hi):
        if near is None or near(p.start):
            for n in p.names:
                if n not in out:
                    out.append(n)
    return tuple(out)
