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
from ..text import enclosing
from .lexical import _MONTHS
from .spans import _Spans


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _place_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """(name as written, canonical names) by the name's first two letters, longest first.

    Gazetteer names first, then countries written in capitals ("UKRAINE"),
    the order a regex alternation of them would try. A dictionary lookup per
    capitalised word replaced a 550-name alternation tried at each one, which
    CPython's regex engine walks name by name.
    """
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name in sorted(PLACE_NAMES, key=len, reverse=True):
        index.setdefault(name[:2], []).append((name, PLACE_NAMES[name]))
    for name in sorted((n for n in COUNTRIES if len(n) > 3), key=len, reverse=True):
        index.setdefault(name.upper()[:2], []).append((name.upper(), (name,)))
    return index


_PLACE_INDEX = _place_index()


def _place_at(body: str, pos: int) -> tuple[int, tuple[str, ...]] | None:
    """(end, canonical names) of the longest known place name at `pos` that ends a word."""
    for name, names in _PLACE_INDEX.get(body[pos:pos + 2], ()):
        end = pos + len(name)
        if body.startswith(name, pos) and not (end < len(body) and (body[end].isalnum() or body[end] in "_-")):
            return end, names
    return None


# Place names start with a capital, after no letter, digit or hyphen.
_CAPITAL = re.compile(r"(?<![\w-])[A-Z]")
_REGION_ADJ = f"(?i:{_alternation(REGION_ADJECTIVES)})"
# "the Caucasus country", "the small country", "the ex-Soviet republic".
_ANAPHOR = re.compile(
    rf"""\b[Tt]he\s+(?P<mods>(?:(?:[a-z][a-z-]+|{_REGION_ADJ})\s+){{0,3}})
    (?P<noun>country|nation|republic|kingdom|state)\b(?!\s+(?:of|[a-z]+(?:s|ed|ing)?\s+(?:agency|media|television|tv|news|department|company|firm|run|owned)))""",
    re.VERBOSE,
)
_REGION_IN_MODS = re.compile(rf"(?<![\w-]){_REGION_ADJ}(?![\w-])")
# Places missing from the gazetteer still announce themselves by their kind:
# "Peru's Ancash region", "the Volgograd region", "Kherson province".
_NAMED_AREA = re.compile(
    r"""(?<![\w’'-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![’'])\s+(?:capital\s+)?
    (?:region|province|district|county|department|prefecture|governorate|oblast|municipality|valley)\b""",
    re.VERBOSE,
)
# The kind words _NAMED_AREA ends with. The pattern can match at a capital
# only if the next kind word follows it with nothing but letters, spaces and
# hyphens between: testing that first spares trying it at every capital.
_AREA_WORD = re.compile(r"\b(?:region|province|district|county|department|prefecture|governorate|oblast|municipality|valley)\b")
_NAME_RUN = re.compile(r"[A-Za-z\s-]*")


def _area_word_near(body: str, area_words: list[int], pos: int) -> bool:
    k = bisect_left(area_words, pos)
    return k < len(area_words) and _NAME_RUN.fullmatch(body, pos, area_words[k]) is not None


_PLACE_NOUN = r"(?:city|town|village|state|county|capital|region|province|district|department|prefecture|island|valley)"
_AREA_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w’'-])"
_NAMED_AREA_OF = re.compile(
    rf"\b(?:in|at|across|throughout|near|inside|from|to)\s+the\s+(?:[a-z]+\s+)?{_PLACE_NOUN}\s+of\s+{_AREA_NAME}"
)
_NAMED_AREA_LOC = re.compile(
    rf"\b(?:in|at|across|throughout|near|inside)\s+(?:the\s+)?{_AREA_NAME}\s+(?:city|town|village|island|capital)\b"
)
# "in an Armenian airport" is a place; "to Russian troops" is not, so the
# noun after the demonym must name a location.
_DEMONYM_LOC = re.compile(
    rf"""\b(?:in|at|into|to|from|on|inside|across|near|off)\s+(?:(?:an?|the)\s+)?
    (?P<d>{_alternation(d for d in DEMONYMS if not (d.endswith("s") and d[:-1] in DEMONYMS))})\s+(?:[a-z-]+\s+)?
    (?:airports?|cit(?:y|ies)|towns?|villages?|borders?|territory|soil|capital|regions?|provinces?
    |ports?|coast|waters|airspace|islands?|side|mainland|countryside|border\s+crossings?)\b""",
    re.VERBOSE,
)


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


def _find_places(body: str) -> list[_Place]:
    places = []
    done = 0
    area_words = [m.start() for m in _AREA_WORD.finditer(body)]
    for t in _CAPITAL.finditer(body):
        if t.start() < done:
            continue
        area = _NAMED_AREA.match(body, t.start()) if _area_word_near(body, area_words, t.start()) else None
        if area:
            name = area.group("name")
            if name.split()[0] not in DEMONYMS and name.split()[0].lower() not in _MONTHS and name not in PLACE_NAMES:
                places.append(_Place(area.start("name"), area.end("name"), (name,)))
                done = area.end("name")
                continue
        found = _place_at(body, t.start())
        if not found:
            continue
        done = found[0]
        places.append(_Place(t.start(), found[0], found[1]))
    # "in the industrial city of Kessel", "near Ostra town": a capitalised
    # name that a locative preposition and a place noun make a place.
    scanned = _Spans(places)  # sorted and disjoint: looked up by bisection
    added: list[_Place] = []
    for pat in (_NAMED_AREA_OF, _NAMED_AREA_LOC):
        for m in pat.finditer(body):
            name = m.group("name")
            if name.split()[0] in DEMONYMS or name.split()[0].lower() in _MONTHS or name in PLACE_NAMES:
                continue
            at = m.start("name")
            if scanned.covering(at) is None and not any(p.start <= at < p.end for p in added):
                added.append(_Place(at, m.end("name"), (name,)))
    places.extend(added)
    for m in _DEMONYM_LOC.finditer(body):
        places.append(_Place(m.start("d"), m.end("d"), (DEMONYMS[m.group("d")],)))
    places.sort(key=lambda p: p.start)
    return places


def _resolve_anaphors(body: str, places: list[_Place], sents: list[tuple[int, int]]) -> list[_Place]:
    """Turn "the Caucasus country" into the nearest matching country named before it."""
    out = []
    index = _Spans(places)
    for m in _ANAPHOR.finditer(body):
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
