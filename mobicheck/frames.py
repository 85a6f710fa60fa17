"""Claim frames: what a number in an article counts, where, when and per whom.

Two articles agree or disagree about a figure only when they speak of the
same thing: "10,000 a day into Georgia in September" and "50,000 into
Georgia by June" are different counts even though both are Russians fleeing.
`frame_numbers` reads the words around each number mention and fills a
`Frame` that the matcher compares field by field.

Everything here is regex, small general word lists and the gazetteer: no
statistical model, so the result is fast, deterministic and explainable.
Article-level facts (sentences, place mentions, dates) are computed once per
call; each number then only looks at its own sentence and its neighbours.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from .gazetteer import (COUNTRIES, COUNTRY_REGIONS, DEMONYMS, PLACE_NAMES, REGION_ADJECTIVES,
                        SUBJECT_CLASSES)
from .doc import Doc
from .lexicon import load as _lexicon
from .numbers import CARDINAL_WORDS
from .mentions import PronounResolver
from .text import enclosing, manner_adverb, word_trie

__all__ = ["Frame", "frame_numbers"]

_LEX = _lexicon("en")
_MONTHS = _LEX.months


@dataclass(frozen=True)
class Frame:
    """The context of one number mention; see `frame_numbers`."""

    end: int
    sentence: tuple[int, int]
    subject: str | None
    subject_class: str | None
    measure: str | None
    place: tuple[str, ...]
    per: str | None
    cumulative_since: str | None
    time: str | None
    attribution: str | None
    hedge: str | None


# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")

# Words that can never be (part of) the noun a number counts: once one of
# these follows the number, the counted noun is absent ("rose to 40 on Monday").
_STOP = frozenset(
    """a an the this that these those its their his her our your my of to in on at by
    for from with without into onto over under after before since until during
    about around near than as and or but nor so yet if while when where which who
    whom whose what why how is are was were be been being am have has had do does
    did will would shall should can could may might must not no never also only
    just even still already more most less least fewer some any each every all
    both other another such per i you he she it we they them him us me
    there here then now today yesterday tomorrow ago up down out off
    said says say told according percent cent times""".split()
)

_MONTH_NAMES = _LEX.month_names
_WEEKDAYS = {d: i for i, d in enumerate(_LEX.weekdays)}

# Auxiliaries and adverbs between a counted noun and its verb
# ("40,000 Russians have reportedly arrived", "reservists will be called up").
_AUX = frozenset(
    """have has had be been being is are was were will would shall should can could
    may might must reportedly already also so far now since then allegedly
    apparently officially reportedly initially eventually either all not yet
    just recently""".split()
)

# Words between a governing verb/noun and the number it governs
# ("mobilise up to 300,000", "killed at least 12", "mobilization of 300,000").
_QUALIFIERS = frozenset(
    """up to of by at least most nearly almost about around some roughly
    approximately more than over under less fewer just only as many much an a the
    another additional extra further total estimated some nearly close well
    barely precisely exactly""".split()
)

# Concepts (lexicon/en/concepts.yaml): one lemma per event, so that
# differently worded reports meet ("entered" and "arrivals" -> "arrive").
_CONCEPTS = _LEX.concept_of
_VERB_ONLY = _LEX.verb_only_forms
# Concepts whose counted things are people even when the figure names no noun
# ("teams have been moving about 1,900 a day", "evacuations ... 2,000 a day").
_PEOPLE_CONCEPTS = _LEX.people_concepts
# Nouns that only restate the period of a rate ("at a rate of 2,000 a day"):
# the thing counted is named elsewhere in the clause.
_RATE_NOUNS = frozenset("rate pace".split())
# Verbs whose concept depends on what they take ("took 39.8% of the vote" is a win).
_CLASS_CONCEPTS = _LEX.class_concepts
# Verbs after the counted votes that make them a tally of ballots, not a win
# ("with 60% of the vote counted").
_TALLY_VERBS = frozenset("count cast process tally report receive".split())
# Phrasal verbs, keyed by "lemma particle".
_PHRASAL = _LEX.phrasal
# Words between the counted noun and a predicate that says what state it is
# in: "three people remain missing", "40 were reported missing", "12 miners
# were still trapped".
_LINKING = frozenset("remain remains remained still reported listed feared believed presumed".split())
# Change verbs say how a figure moved, not what it counts: used only when
# nothing more specific governs the number ("the toll rose to 45" -> "kill").
_WEAK = _LEX.change_verbs
_IRREGULAR = _LEX.irregular
# "The quake was centered 2 miles from ...": a passive figure measures its subject.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+(?:[a-z]+\s+){0,2}\Z")
# Irregular past forms that are verbs (the table also lemmatises plural nouns).
_PAST_VERBS = frozenset(w for w, lemma in _IRREGULAR.items()
                        if lemma not in ("man", "woman", "child", "people", "life", "police", "casualty", "dead", "die"))
# Who gives a figure: "according to" names a source after it; the verbs name
# one before them, and some only at the end of their clause ("..., she added").
_SPEECH = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in _LEX.source_phrases)
    + "|" + word_trie(_LEX.source_verbs)
    + "|" + word_trie(_LEX.source_verbs_clause_end) + r"""(?=\s*(?:[,.;:“”"]|that\b|$)))\b"""
)
# Words that mark a figure as projected, planned or unconfirmed. "may" is
# matched lower-case only, so the month never counts.
_HEDGE = re.compile(
    r"""\b(?:may|(?i:would|could|might|(?:plans?|planned|planning|aims?|intends?|hopes?
    |(?:is|are|was|were)\s+expected|expected|expects?|set|likely)\s+to
    |an\s+estimated|estimated|estimates?|expects?|projected|projects|forecasts?|likely|possibly|potentially
    |reportedly|allegedly|proposed))\b""",
    re.VERBOSE,
)
_PER = re.compile(
    r"""[ \t]*(?:(?:a|an|per|each|every)\s+(?P<p>day|week|month|year|hour|minute)
    |(?P<adv>daily|weekly|monthly|yearly|annually|hourly))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Away from the number only unambiguous rate words count: "in a week" is a
# total over a period, "each week" and "per week" are rates.
_PER_ANYWHERE = re.compile(
    r"\b(?:(?:per|each|every)\s+(?P<p>day|week|month|year|hour)|(?P<adv>daily|weekly|monthly|hourly|annually))\b",
    re.IGNORECASE,
)
_PER_ADV = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year", "hourly": "hour"}
_ONE = re.compile(r"(?i:\bone|\b1|\ba\s+single)\s*\Z")
_PERCENTISH = re.compile(
    r"(?:%|percent|per\s+cent|thousands|hundreds|millions|billions|dozens|scores|half|third|quarter|fifth|majority|fraction|share)\s*\Z",
    re.IGNORECASE,
)
# Nouns whose "of"-complement is the thing counted ("the number of people
# detained rose to 1,300") or names an event of it ("arrivals of Russians").
_RELATIONAL = re.compile(
    r"\b(?P<rel>number|total|count|tally|toll|figure|arrivals?|departures?|deaths?|influx|inflow|exodus|outflow)\s+of\s+(?:the\s+|new\s+|all\s+)*",
    re.IGNORECASE,
)
_COUNT_RELATIONS = frozenset("number total count tally toll figure".split())
# Heads that name a measured quantity rather than counted things.
_QUANTITY_HEADS = frozenset(
    """turnout unemployment inflation growth rate share price cost output production
    exports imports sales revenue spending deficit debt population budget
    majority""".split()
)
_CLASS_OF_QUANTITY = {"population": "people", "revenue": "money", "spending": "money", "deficit": "money", "debt": "money", "budget": "money", "sales": "money", "cost": "money", "price": "money"}
_CURRENCY = re.compile(r"[$€£¥₽₹]|\b(?:dollars?|euros?|pounds|roubles?|rubles?|yen|yuan|rupees?|francs?|USD|EUR|GBP)\b")
# What a sum of money measures when it is the price of harm done: "the cost
# of the disaster", "damage from the quake", "losses of $2bn" are one
# quantity, written subject "damage", measure "cost".
_MONEY_MEASURES = frozenset("cost costs damage damages loss losses bill".split())
_MONEY_SUBJECT, _MONEY_MEASURE = "damage", "cost"
# "$310 million in damage", "$2bn of losses", "$5bn worth of damage",
# "18 billion euros in aid": the noun the sum is in.
_MONEY_IN = re.compile(r"\s+(?:worth\s+of|in|of)\s+(?P<noun>[a-z][a-z-]+)\b")
_PRONOUNS = frozenset("he she it they we i you this that who which someone".split())
# Nouns that are plural or collective without an -s: they can head a count.
_COLLECTIVE = frozenset(
    """people police staff personnel crowd dead wounded injured missing displaced homeless
    unemployed sheep cattle livestock poultry fish deer children men women servicemen
    policemen clergy military""".split()
)

# Patterns of the per-number helpers, compiled once.
_NOT_WORDY = re.compile(r"[^\w\s’'-]")
_OR_APPOSITION = re.compile(r",\s*or\s+(?:[a-z]+\s+){0,3}\Z")
_DEATH_BEFORE = re.compile(r"\bdeath\s+$")
_TOLL = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)
_OTHER_TOLL = re.compile(r"\b(?:injury|injured|damage|economic|financial|human)\s+toll\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SOURCE_TAIL = re.compile(r"\s+(?:that|who|which|and|in\s+a\s+statement)\b.*$")
_LETTER = re.compile(r"[A-Za-z]")

_CLAUSE_BREAK = re.compile(r"""[;:()“”"«»—–]|,\s|\s-\s|\.\s""")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_MONTH_RE = _LEX.month_pattern
# "May" is also a modal verb: as a bare month it needs a list or punctuation after it.
_MONTH_SAFE_RE = _MONTH_RE.replace("|May", r"|May(?=\s+(?:and|or|to)\b|[,.;])")
# A full month name standing alone ("in the March attack"), never "May".
_MONTH_BARE_RE = "(?:" + "|".join(n for n in _MONTH_NAMES[1:] if n != "May") + ")"
_WEEKDAY_RE = _LEX.weekday_pattern
_DATE = re.compile(
    rf"""
    (?P<range>(?:[Bb]etween|[Ff]rom)\s+
        (?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+
        (?:(?P<m2>{_MONTH_RE})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b
      | (?P<m3>{_MONTH_RE})\s+(?P<d3>\d{{1,2}})\s*[-–]\s*(?P<d4>\d{{1,2}})\b)
    | (?:{_WEEKDAY_RE},?\s+)?(?P<md_m>{_MONTH_RE})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s+cent))
        (?:,?\s+(?P<md_y>(?:19|20)\d\d)\b)?
    | (?:{_WEEKDAY_RE},?\s+)?(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{_MONTH_RE})\b
        (?:,?\s+(?P<dm_y>(?:19|20)\d\d)\b)?
    | (?P<my_m>{_MONTH_RE})\s+(?P<my_y>(?:19|20)\d\d)\b
    | \b(?i:in|on|from|during|since|by|until|till|through|of|early|late|mid|end|last|this|next)\s+
        (?:early\s+|late\s+|mid-?)?(?P<m_m>{_MONTH_SAFE_RE})\b(?!\s+\d)
    | (?P<m_b>{_MONTH_BARE_RE})\b(?!\s+\d)
    | \b(?i:in|since|from|during|by|until|of|for|early|late|mid)\s+(?P<y>(?:19|20)\d\d)\b(?![.,]?\d|\s*(?:%|people|[a-z]+s\b))
    | (?P<wd_last>[Ll]ast\s+)?(?P<wd>{_WEEKDAY_RE})\b
    | (?P<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night|[Oo]vernight|[Tt]his\s+morning|[Tt]his\s+afternoon
        |(?:[Ll]ast|[Tt]his|[Pp]ast)\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year))\b
    """,
    re.VERBOSE,
)
_SINCE = re.compile(r"\b[Ss]ince\b\s*")
_SINCE_THEN = re.compile(r"\A(?:then|that\s+(?:time|day|date|point)|then\s+on)\b", re.IGNORECASE)
_SO_FAR_YEAR = re.compile(
    r"\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|year\s+to\s+date)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    value: str  # resolved ISO-ish string, or a readable phrase when the year is unknown


def _year_for(month: int, pub: date | None) -> int | None:
    # News mostly looks back: a month more than a quarter after publication
    # is taken to be last year's ("in December", published in February).
    if pub is None:
        return None
    return pub.year - 1 if month > pub.month + 3 else pub.year


def _month(token: str) -> int:
    return _MONTHS.get(token.rstrip(".").lower(), 0)


def _day_value(month: int, day: int, year: int | None, pub: date | None) -> str | None:
    year = year or _year_for(month, pub)
    if not 1 <= day <= 31:
        return None
    if year is None:
        return f"{_MONTH_NAMES[month]} {day}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve_date(m: re.Match, pub: date | None) -> str | None:
    g = m.groupdict()
    if g["range"]:
        if g["m1"]:
            m1, d1 = _month(g["m1"]), int(g["d1"])
            m2 = _month(g["m2"]) if g["m2"] else m1
            d2 = int(g["d2"])
        else:
            m1 = m2 = _month(g["m3"])
            d1, d2 = int(g["d3"]), int(g["d4"])
        a, b = _day_value(m1, d1, None, pub), _day_value(m2, d2, None, pub)
        return f"{a}/{b}" if a and b else None
    if g["md_m"]:
        return _day_value(_month(g["md_m"]), int(g["md_d"]), int(g["md_y"]) if g["md_y"] else None, pub)
    if g["dm_m"]:
        return _day_value(_month(g["dm_m"]), int(g["dm_d"]), int(g["dm_y"]) if g["dm_y"] else None, pub)
    if g["my_m"]:
        return f"{g['my_y']}-{_month(g['my_m']):02d}"
    if g["m_m"] or g["m_b"]:
        month = _month(g["m_m"] or g["m_b"])
        year = _year_for(month, pub)
        return f"{year}-{month:02d}" if year else _MONTH_NAMES[month]
    if g["y"]:
        return g["y"]
    if g["wd"]:
        if pub is None:
            return g["wd"]
        back = (pub.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        # "Tuesday" in a Tuesday story is that day; "last Tuesday" never is.
        if g["wd_last"] and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    if pub is None:
        return rel
    if rel in ("today", "tonight", "this morning", "this afternoon"):
        return pub.isoformat()
    if rel in ("yesterday", "last night", "overnight"):
        return (pub - timedelta(days=1)).isoformat()
    unit = rel.split()[-1]
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        if rel.startswith(("last", "past")):
            monday -= timedelta(days=7)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "month":
        y, mo = pub.year, pub.month
        if rel.startswith(("last", "past")):
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        return f"{y}-{mo:02d}"
    return str(pub.year - 1 if rel.startswith(("last", "past")) else pub.year)


# Every date starts with a capital, a digit or one of these words: trying the
# big date pattern only there makes the scan several times faster.
_DATE_START = re.compile(
    r"""\b(?:[A-Z0-9]|(?:between|from|in|on|during|since|by|until|till|through|of|early|late
    |mid|end|last|this|next|for|yesterday|today|tonight|overnight|past|earlier)\b)""",
    re.VERBOSE,
)


def _find_dates(body: str, pub: date | None) -> list[_Date]:
    found = []
    done = 0
    for t in _DATE_START.finditer(body):
        if t.start() < done:
            continue
        m = _DATE.match(body, t.start())
        if not m:
            continue
        done = m.end()
        value = _resolve_date(m, pub)
        if value:
            # A leading preposition is context, not part of the date.
            key = "m_m" if m.group("m_m") else "y" if m.group("y") else 0
            found.append(_Date(m.start(key), m.end(), value))
    return found


# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------

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


class _Spans:
    """Places or dates of an article, sorted by start, looked up by bisection:
    a number asks only for those near it, never for every one of the article."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [x.start for x in items]

    def covering(self, pos: int):
        """The item whose span holds `pos` (items disjoint), or None."""
        i = bisect_right(self.starts, pos) - 1
        return self.items[i] if i >= 0 and self.items[i].start <= pos < self.items[i].end else None

    def between(self, lo: int, hi: int) -> list:
        """The items starting in [lo, hi)."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def backwards_from(self, pos: int):
        """The items starting before `pos`, nearest first (without copying the list)."""
        items = self.items
        for i in range(bisect_left(self.starts, pos) - 1, -1, -1):
            yield items[i]


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


# --------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def _needs_e(stem: str) -> bool:
    if len(stem) < 3:
        return False
    if stem.endswith(("v", "c", "z", "u", "ps", "ns", "rs", "ls")) or (stem.endswith("g") and not stem.endswith("ng")):
        return True
    if stem.endswith("at") and not stem.endswith(("eat", "oat")):
        return True
    if stem[-2:] in ("ut", "ot", "id", "ud", "od", "as", "os", "us", "ur", "ir", "ar", "ok", "ak", "ik", "is"):
        return stem[-3] not in "aeiou"
    return False


@lru_cache(maxsize=1 << 16)
def _lemma(word: str) -> str:
    """A rough English lemma, good enough to compare verbs and event nouns."""
    w = word.lower().replace("’", "'").strip("'-")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ied") or (w.endswith("ies") and len(w) > 4):
        return w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            if suffix == "ed" and w.endswith("eed") and len(w) <= 5:
                return w[:-1]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsfz":
                return stem[:-1]
            return stem + "e" if _needs_e(stem) else stem
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def _concept(word: str, weak: bool = False) -> str | None:
    if word[:1].isupper() and word.lower().rstrip(".") in _MONTHS:
        return None  # "since March" is a date, not a protest
    table = _WEAK if weak else _CONCEPTS
    low = word.lower().replace("’", "'")
    lemma = _lemma(low)
    for form in (low, lemma, lemma.replace("is", "iz"), lemma.replace("isation", "ization"),
                 lemma.rstrip("e"), lemma + "e", lemma.replace("is", "iz") + "e"):
        if form in table:
            if not weak and form in _VERB_ONLY and not low.endswith(("ed", "ing")):
                return None
            return table[form]
    return None


def _singular_forms(word: str) -> list[str]:
    w = word.lower()
    forms = [w]
    if w in _IRREGULAR:
        forms.append(_IRREGULAR[w])
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    return forms


def _demonym_plural(word: str) -> bool:
    # "Russians", "Chinese", "Swiss" count people; "Russian" is an adjective
    # ("four Ukrainian regions").
    return word in DEMONYMS and word + "s" not in DEMONYMS


@lru_cache(maxsize=1 << 16)
def _subject_class(word: str) -> str | None:
    if _demonym_plural(word) or _demonym_plural(word.capitalize()):
        return "people"
    if word in DEMONYMS:
        return None
    for form in _singular_forms(word):
        if form in SUBJECT_CLASSES:
            return SUBJECT_CLASSES[form]
        if form in _CLASS_OF_QUANTITY:
            return _CLASS_OF_QUANTITY[form]
    # Agent nouns that name kinds of person ("separatists", "employees").
    if re.search(r"(?:ists|ians|ees|eers)$", word.lower()) and word.lower() not in ("trees", "fees", "degrees"):
        return "people"
    if re.search(r"..men$", word.lower()):
        return "people"  # "crewmen", "gunmen", "servicemen"
    return None


@lru_cache(maxsize=1 << 16)
def _is_head(word: str) -> bool:
    """Known counted nouns, demonyms and plural-looking common nouns."""
    if _demonym_plural(word):
        return True
    if _subject_class(word):
        return True
    low = word.lower()
    return low in _QUANTITY_HEADS


@lru_cache(maxsize=1 << 16)
def _plural_like(word: str) -> bool:
    low = word.lower()
    return (
        word.islower()
        and len(low) > 3
        and (low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics"))
             or low.endswith("men") and len(low) > 5)  # "crewmen", "gunmen", "fishermen"
        and low not in _STOP
    )


@lru_cache(maxsize=1 << 16)
def _adjective_like(word: str) -> bool:
    low = word.lower()
    if word in DEMONYMS or "-" in word:
        return True
    return word.islower() and low not in _STOP and (
        low.endswith(("ed", "al", "ic", "ive", "ary", "ory", "ful", "less", "ian", "ish", "ble", "ent", "ant", "ile", "ular"))
        or low in {"new", "more", "other", "young", "old", "elderly", "foreign", "local", "armed", "unarmed",
                   "civilian", "military", "police", "asylum", "job", "border", "migrant", "child", "female",
                   "male", "adult", "small", "large", "registered", "eligible", "extra"}
    )


def _words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


# The words of the article last read: (body, words, their starts, their ends).
# Every number looks at a few windows of the same body; tokenising it once and
# slicing is several times faster than re-tokenising each window.
_TOKENS: tuple = ("", [], [], [])


def _tokens(body: str) -> tuple:
    global _TOKENS
    t = _TOKENS
    if t[0] is not body:
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(body)]
        t = (body, words, [w[1] for w in words], [w[2] for w in words])
        _TOKENS = t
    return t


def _span_words(body: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The same as `_words(body[lo:hi], lo)`, from the body's words computed once.

    A word cut by either end of the window is re-read inside the window, as
    slicing would cut it ("well-known" from its hyphen on is "known").
    """
    if lo < 0 or hi < 0:
        return _words(body[lo:hi], lo)
    hi = min(hi, len(body))
    if hi <= lo:
        return []
    _, words, starts, ends = _tokens(body)
    k0 = bisect_right(ends, lo)  # the first word ending after lo
    k1 = bisect_left(starts, hi)  # words before k1 start before hi
    if k0 >= k1:
        return []
    if starts[k0] >= lo and ends[k1 - 1] <= hi:
        return words[k0:k1]
    out = []
    for k in range(k0, k1):
        a, b = starts[k], ends[k]
        if a >= lo and b <= hi:
            out.append(words[k])
        else:
            out.extend((m.group(), m.start(), m.end()) for m in _WORD.finditer(body, max(a, lo), min(b, hi)))
    return out


def _compound(body: str, head: str, head_end: int) -> str:
    """The head, with its modifier when the two are a listed compound ("asylum seekers")."""
    before = _span_words(body, max(0, head_end - len(head) - 25), head_end - len(head))
    if before:
        last = before[-1][0].lower()
        for form in _singular_forms(head):
            if f"{last}-{form}" in SUBJECT_CLASSES:
                return f"{last} {head.lower()}"
    return _normalise_subject(head)


def _normalise_subject(word: str) -> str:
    # Proper nouns keep their case ("Russians"); common nouns are lower-cased
    # even when they open the sentence.
    if word in DEMONYMS:
        return word
    return word.lower()


# --------------------------------------------------------------------------
# The article and one number
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Article:
    body: str
    sents: list[tuple[int, int]]
    places: _Spans  # named places and resolved anaphors, in text order
    dates: _Spans  # dates, in text order, disjoint
    pub: date | None
    published: str | None
    pronouns: PronounResolver  # for sources named by a pronoun, read once per article


def _read_article(doc: Doc) -> _Article:
    body, sents, pub, published = doc.body, doc.sentences, doc.pub, doc.published
    named = _find_places(body)
    anaphors = _resolve_anaphors(body, named, sents)
    # Region words inside a resolved anaphor ("the Caucasus country") are not
    # places of their own.
    inside = _Spans(anaphors)
    named = [p for p in named if inside.covering(p.start) is None]
    places = sorted(named + anaphors, key=lambda p: p.start)
    published_value = pub.isoformat() if pub else (published or None)
    return _Article(body, sents, _Spans(places), _Spans(_find_dates(body, pub)), pub, published_value,
                    PronounResolver(body))


# "as" after a listing verb is no clause: "three people are listed as missing".
_SUBORDINATE = re.compile(
    r"\s(?:which|who|whom|whose|while|whereas|although|though|because"
    r"|(?<!listed\s)(?<!reported\s)(?<!registered\s)(?<!recorded\s)(?<!classified\s)as(?!\s+(?:many|much|well|long|few|little|high|low|part|of|a\s+result|in|at|on|to|for|with)\b)|when|where)\s"
)
_INFINITIVE = re.compile(r"\s+to\s+([a-z]+)\b(?<!ing)(?<!ed)(?<!ly)(?<![^s]s)(?![’'-])")


def _clause(body: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int, int]:
    """(start, end, end before any infinitive) of the number's clause.

    The clause is the stretch of the sentence between punctuation breaks
    around the number; the first end also stops before an infinitive.
    """
    s0, s1 = sent
    left = s0
    for m in _CLAUSE_BREAK.finditer(body, s0, start):
        left = m.end()
    m = _CLAUSE_BREAK.search(body, min(max(end, s0), s1), s1)
    right = m.start() if m else s1
    # After the number a subordinate clause is another proposition too
    # ("rose to 31 as rescuers reached villages cut off since Monday").
    m = _SUBORDINATE.search(body, min(max(end, s0), s1), right)
    if m:
        right = m.start()
    # An infinitive after the number starts another proposition: in "the
    # mobilization of 300,000 people to resume the invasion of Ukraine" the
    # invaded country is not where the 300,000 are.
    full = max(right, end)
    for inf in _INFINITIVE.finditer(body, min(max(end, s0), s1), right):
        if inf.group(1).lower() not in _STOP and inf.group(1).lower() not in _QUALIFIERS:
            right = inf.start()
            break
    return left, max(right, end), full


def _since_phrases(body: str, sent: tuple[int, int], dates: _Spans) -> list[tuple[int, int, int]]:
    """(start of "since", end of its phrase, end of the word "since") per mention.

    "since March" ends with its date; "since the war began on ..." runs to
    the next clause break, so a number inside it belongs to it.
    """
    out = []
    for m in _SINCE.finditer(body, sent[0], sent[1]):
        stop = _CLAUSE_BREAK.search(body, m.end(), sent[1])
        end = stop.start() if stop else sent[1]
        for d in dates.between(m.end(), m.end() + 1):
            end = d.end
            break
        out.append((m.start(), end, m.end()))
    return out


_SINCE_VERB = re.compile(r"\b(?:[a-z]+ed|began|begun|broke|started|struck|took|came|went|fell|won|left)\b")


def _since_clause_end(body, lo, hi, dates) -> int:
    """Where "since polls opened" ends: after its verb and the date that
    follows it ("since the war began on February 24"), not at the clause end."""
    m = _SINCE_VERB.search(body, lo, min(hi, lo + 60))
    if not m or len(body[lo:m.start()].split()) > 5:
        return hi
    for d in dates.between(m.end(), hi):
        if m.end() <= d.start < hi and body[m.end():d.start].strip().lower() in ("", "on", "in", "during", "at"):
            return d.end
    return m.end()


def _frame_one(art: _Article, start: int, end: int, per: str | None, others: tuple[int, ...] = ()) -> Frame:
    """The frame of the number at body[start:end]; `others` are the starts of the other numbers."""
    body = art.body
    sent = enclosing(art.sents, start) or _nearest_sentence(art.sents, start, end)
    s0, s1 = sent
    c0, c1, c1_full = _clause(body, sent, start, end)

    head_word, head_end, claim_end, per = _counted_noun_after(body, start, end, s1, per)
    subject = subject_class = measure_from_subject = None
    if head_word:
        subject = _compound(body, head_word, head_end)
        subject_class = _subject_class(subject.replace(" ", "-") if " " in subject else head_word)
    elif not _OF_PRONOUN.match(body, end):
        # "took 23 of them into custody" counts what "them" stands for, not
        # the clause's subject (the warship): left unknown.
        subject, subject_class, measure_from_subject = _left_subject(body, c0, start, s0)
    if subject_class is None and _CURRENCY.search(body[start:end]):
        subject_class = "money"
    if per is None:
        pm = _PER_ANYWHERE.search(body, c0, c1)
        if pm:  # "3,000 asylum seekers arrive in Italy each week"
            per = pm.group("p") or _PER_ADV[pm.group("adv").lower()]

    # "eligible to vote": the infinitive may well say what happened to them.
    glued = head_word is not None and _glued_noun(body, start, end) is not None
    measure = None if glued else _measure(body, start, end, head_end if head_end is not None else claim_end, c0, c1_full, subject, measure_from_subject)
    measured = bool(_CURRENCY.search(body[start:end]) or _PERCENTISH.search(body, start, end))
    if subject_class == "money" or _CURRENCY.search(body[start:end]):
        subject, measure = _money_frame(body, c0, start, max(claim_end, end), subject, measure)
        subject_class = "money"
    if measured and measure and _verb_governs(body, c0, start, measure) and _lemma(_governing(body, c0, start)) in _VERB_ONLY:
        measure = None  # "shares moved 3% higher": a verb-only concept counts things, not shares
    if subject_class in _CLASS_CONCEPTS:
        measure = _class_measure(body, sent, c0, start, head_end or claim_end, subject, subject_class, measure)
    if subject is None and measure in _PEOPLE_CONCEPTS and not measured and (
            _verb_governs(body, c0, start, measure) or _present_verb_governs(body, c0, start, measure)
            or (_verb_after_is(body, claim_end, c1_full, measure) and not _DEFINITE_BEFORE.search(body, c0, start))):
        # "teams have been moving about 1,900 a day", "and around 3,000 have
        # been wounded": a bare figure that a verb done to people governs, or
        # that is its subject, counts people.
        subject, subject_class = "people", "people"
    # Beyond the clause, a place or date with another number between it and
    # ours belongs to that number ("61.4%, up from 54.7% in 2021").
    def near(pos: int) -> bool:
        lo, hi = (pos, start) if pos < start else (end, pos)
        k = bisect_left(others, lo)  # `others` is in text order
        while k < len(others) and others[k] < hi:
            if others[k] != start:
                return False
            k += 1
        return True

    place = _places_in(art.places, c0, c1) or _places_in(art.places, s0, s1, near)
    since_value, since_spans = _cumulative(art, sent, c0, c1, start)
    if per:
        since_value = None  # a rate that holds "since then" is still a rate, not a running total
    # A figure with no date of its own holds as of publication.
    time = _time(art, sent, c0, c1, start, end, since_spans, near) or art.published
    attribution = _attribution(body, sent, start, end, art.pronouns)
    hedge = _hedge(body, c0, c1)
    return Frame(
        end=min(max(claim_end, end), len(body)),
        sentence=sent,
        subject=subject,
        subject_class=subject_class,
        measure=measure,
        place=place,
        per=per,
        cumulative_since=since_value,
        time=time,
        attribution=attribution,
        hedge=hedge,
    )


def _money_frame(body, c0, start, claim_end, subject, measure):
    """(subject, measure) of a sum of money: what it measures, never the currency word.

    "put the cost of the disaster at $1.2bn", "puts damage from the quake at
    1.2 billion dollars" and "caused $310 million in damage" all measure
    harm done ("damage", "cost"); "18 billion euros in aid" is aid.
    """
    after = _MONEY_IN.match(body, claim_end)
    noun = after.group("noun") if after and after.group("noun") not in _STOP else None
    if noun in _MONEY_MEASURES or (subject and subject in _MONEY_MEASURES):
        return _MONEY_SUBJECT, _MONEY_MEASURE
    if subject is None or _CURRENCY.fullmatch(subject):
        # The nearest harm noun before the sum in its clause ("damage from the quake at").
        for w, a, b in reversed(_span_words(body, c0, start)):
            if w.lower() in _MONEY_MEASURES:
                return _MONEY_SUBJECT, _MONEY_MEASURE
        subject = noun
    return subject, measure


def _class_measure(body, sent, c0, start, noun_end, subject, subject_class, measure):
    """The measure a verb takes with this kind of thing ("took 40% of the vote" -> "win")."""
    table = _CLASS_CONCEPTS[subject_class]
    after = _span_words(body, noun_end, min(sent[1], noun_end + 40))
    k = 0
    while k < len(after) and after[k][0].lower() in _AUX:
        k += 1
    if k < len(after) and _lemma(after[k][0]) in _TALLY_VERBS and not _NOT_WORDY.search(body[noun_end:after[k][1]]):
        return measure  # "votes had been received", "with 60% of the vote counted"
    gov = _governing(body, c0, start)
    if gov == "or" and _OR_APPOSITION.search(body[max(sent[0], start - 60):start]):
        # "took 39.8% of the vote, or 6,087,312 votes": an apposition
        # shares the verb of the figure it restates.
        comma = body.rfind(",", sent[0], start)
        for w, a, b in reversed(_span_words(body, sent[0], comma)[-10:]):
            if _lemma(w) in table and w.lower() != "with":
                return table[_lemma(w)]
        return measure
    if gov == "with" or _lemma(gov) in table and (gov.endswith("ed") or gov in _IRREGULAR or _lemma(gov) != gov):
        return table[gov if gov == "with" else _lemma(gov)]
    if measure == "vote" and subject == "vote":
        return table.get("win", measure)  # a share "of the vote" is what a party won
    return measure


def _governing(body, c0, start) -> str:
    """The word that governs the number, qualifiers skipped ("evacuated" in "evacuated some 2,300")."""
    left = _span_words(body, max(c0, start - 80), start)
    j = len(left) - 1
    while j >= 0 and left[j][0].lower() in _QUALIFIERS:
        j -= 1
    return left[j][0].lower() if j >= 0 else ""


def _verb_governs(body, c0, start, concept) -> bool:
    """Whether an inflected verb of `concept` governs the number."""
    w = _governing(body, c0, start)
    return (w.endswith(("ed", "ing")) or w in _IRREGULAR) and _concept(w) == concept


# "The two escaped with cuts": people already named, not a count of its own.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|both)\s+\Z", re.IGNORECASE)


def _verb_after_is(body, claim_end, c1, concept) -> bool:
    """Whether the verb right after the figure (auxiliaries skipped) is one of `concept`."""
    ws = _span_words(body, claim_end, c1)
    i = 0
    while i < len(ws) and (ws[i][0].lower() in _AUX or manner_adverb(ws[i][0])):
        i += 1
    if i >= len(ws) or _NOT_WORDY.search(body[claim_end:ws[i][1]]):
        return False
    w = ws[i][0].lower()
    return (w.endswith(("ed", "ing")) or w in _IRREGULAR) and _concept(w) == concept


def _present_verb_governs(body, c0, start, concept) -> bool:
    """"Flood kills 12", "quake injures dozens": a present-tense verb of `concept` right before the figure."""
    w = _governing(body, c0, start)
    return w.endswith("s") and not w.endswith("ss") and _concept(w) == concept


def _counted_noun_after(body: str, start: int, end: int, s1: int, per: str | None):
    """(head word, its end, claim end, per) for the noun a number counts, if adjacent."""
    claim_end = pos = end
    pm = _PER.match(body, pos, max(pos, s1))
    if pm:  # the rate words may follow the number directly: "10,000 a day"
        per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
        pos = claim_end = pm.end()
    # The counted noun must be adjacent: only spaces between the words.
    adjacent = []
    prev = pos
    for w, a, b in _span_words(body, pos, min(s1, pos + 80)):
        if body[prev:a].strip():
            break
        adjacent.append((w, a, b))
        prev = b
    head_word = head_end = None
    inside = _span_words(body, max(start, end - 40), end)
    idx = _counted_noun(adjacent, singular_ok=bool(_ONE.search(body, start, end)))
    if inside and inside[-1][2] == end and _is_head(inside[-1][0]) and not _PERCENTISH.search(body, start, end):
        # The caller's span already holds the noun ("50,000 Russians").
        head_word, _, head_end = inside[-1]
    elif idx is not None:
        head_word, _, head_end = adjacent[idx]
    elif adjacent and adjacent[0][0].lower() == "of" and _PERCENTISH.search(body[start:end]):
        # "45% of voters", "tens of thousands of Russians": the noun after "of".
        idx = _counted_noun(adjacent[1:], skip_det=True)
        if idx is not None:
            head_word, _, head_end = adjacent[1 + idx]
    if head_word is None:
        glued = _glued_noun(body, start, end)
        if glued:
            # "a 12-game rematch", "the 350-seat assembly": the figure counts
            # the noun it is glued to, not whatever the clause is about; "a
            # 300-strong force" counts the force.
            head_word, head_end = glued.group(1), glued.end(1)
            if head_word == "strong":
                after = _WORD.match(body, glued.end() + 1) if body[glued.end():glued.end() + 1] == " " else None
                head_word, head_end = (after.group(), after.end()) if after else (None, None)
    if head_word is None:
        # A partitive: "30 of the 50 hostages" counts hostages.
        pm = _PARTITIVE.match(body, pos, max(pos, s1))
        if pm:
            ws = _span_words(body, pm.end(), min(s1, pm.end() + 60))
            k = _counted_noun(ws)
            if k is not None and not body[pm.end():ws[k][1]].count(",") :
                head_word, _, head_end = ws[k]
    if head_word:
        claim_end = max(claim_end, head_end)
        pm = _PER.match(body, head_end, max(head_end, s1))
        if pm:  # "10,000 people a day"
            per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
            claim_end = pm.end()
        elif _DISTRIBUTIVE.match(body, head_end, max(head_end, s1)):
            per = per or "each"  # "both teams took 15 penalties each": not the total of 30
    return head_word, head_end, claim_end, per


# The part before a partitive's whole: "30 of the", "most of their".
_WHOLE_OF = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|most|some|many"
    r"|half|all|none|several|few|each|both)\s+of\s+(?:the|its|their|those|these)\s+\Z", re.I)


def _participle(word: str) -> bool:
    low = word.lower()
    return low not in _LINKING and low not in _AUX and (low.endswith("ed") or low in _IRREGULAR)

_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|whom|which)\b", re.IGNORECASE)
_GLUED_NOUN = re.compile(r"-([a-z]+)\b(?!-)")


def _glued_noun(body: str, start: int, end: int):
    """The noun a whole number is hyphenated to ("12-game", "350-seat"), as a match; None otherwise."""
    m = _GLUED_NOUN.match(body, end)
    last = body[start:end].split()[-1:]
    whole = bool(last) and (last[0][-1].isdigit() or last[0].lower() in CARDINAL_WORDS)
    if not m or not whole or m.group(1) in _STOP or _adjective_like(m.group(1)):
        return None  # "10-metre-long", "half-dead": a measure or a fraction, not a count of things
    return m

_DISTRIBUTIVE = re.compile(r"\s+(?:each|apiece)\b(?!\s+(?:day|week|month|year|hour|minute|time|of)\b)", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those|these|some)\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?=[a-z])")


def _nearest_sentence(sents, start, end) -> tuple[int, int]:
    for s in sents:
        if s[0] >= start:
            return s if s[0] < end else (start, end)
    return (start, end)


def _counted_noun(words, skip_det: bool = False, singular_ok: bool = False) -> int | None:
    """Index of the counted noun in the words right after a number, if any.

    `singular_ok` lets an unlisted singular noun count, after "one".
    """
    i = 0
    if skip_det:
        while i < len(words) and words[i][0].lower() in ("the", "its", "their", "all", "those", "these", "other"):
            i += 1
    head = None
    for j in range(i, min(len(words), i + 4)):
        w = words[j][0]
        low = w.lower()
        if low in _STOP or low in _MONTHS or low in _WEEKDAYS:
            break
        if _is_head(w):
            head = j
            # Compound nouns keep the last head: "asylum seekers", "police officers".
            if (
                j + 1 < len(words)
                and not low.endswith("s")
                and _is_head(words[j + 1][0])
                and words[j + 1][0].lower() not in _STOP
            ):
                continue
            break
        if _plural_like(w) and not _adjective_like(w):
            head = j
            break
        if _adjective_like(w) or (w[:1].isupper() and w in DEMONYMS) or manner_adverb(w):
            continue  # "13 fully loaded magazines"
        if w.islower() and j + 1 < len(words) and _is_head(words[j + 1][0]) and words[j + 1][0].islower():
            continue  # a noun modifier before a counted noun: "absentee votes"
        if singular_ok and w.islower() and len(w) > 2:
            head = j
        break
    return head


def _left_subject(body, c0, start, s0):
    """Subject named before the number: "Arrivals of Russians ... doubled to 10,000"."""
    for lo in (c0, s0):
        text = body[lo:start]
        rels = list(_RELATIONAL.finditer(text))
        for m in reversed(rels):
            ws = _span_words(body, lo + m.end(), start)
            idx = _counted_noun(ws)
            rel = m.group("rel").lower()
            if rel == "toll" and _DEATH_BEFORE.search(text[: m.start("rel")]):
                rel = "deaths"
            if idx is None:
                continue
            hw = ws[idx][0]
            np = _normalise_subject(hw)
            cls = _subject_class(hw)
            nxt = ws[idx + 1][0] if idx + 1 < len(ws) else ""
            if nxt.endswith("ed") and _concept(nxt):
                np = f"{np} {nxt.lower()}"
            measure = _concept(rel) if rel not in _COUNT_RELATIONS else (_concept(nxt) if nxt else None)
            if rel in _COUNT_RELATIONS:
                return np, cls, measure
            return f"{rel if rel.endswith('s') else rel + 's'} of {np}", cls, measure
        # Wire copy says "the toll" for the death toll unless it names another.
        if _TOLL.search(text) and not _OTHER_TOLL.search(text):
            return "deaths", "people", "kill"
        if lo != c0:
            break  # a bare noun further back than the clause is a guess
        gov = _governing(body, c0, start)
        if ((gov in _PAST_VERBS or gov.endswith("ed")) and not _concept(gov) and not _concept(gov, weak=True)
                and not _PASSIVE_BEFORE.search(body, c0, start)):
            # "took 23 into custody": the object of a verb, unnamed; the noun
            # further back is who did it. After "reached", "rose to" the noun
            # before is what the figure measures ("turnout reached 61%").
            break
        ws = _span_words(body, lo, start)
        for k in range(len(ws) - 1, -1, -1):
            w, a, b = ws[k]
            if w.lower() in _STOP:
                continue
            if w.lower() in _RATE_NOUNS and k + 1 < len(ws) and ws[k + 1][0].lower() == "of":
                continue  # "at a rate of": what runs at that rate is further back
            # An event noun counts what happened: "Evacuations are continuing
            # at a rate of 2,000 a day" counts people evacuated.
            if _plural_like(w.lower()) and (w.islower() or a == _first_word_start(body, lo)) and not _is_head(w):
                c = _concept(w)
                if c and k == len(ws) - 1 and not body[b:start].strip():
                    break  # "Earthquake injures dozens": a verb; before it is who did it, not what is counted
                if c and w.lower() not in _STOP:
                    return w.lower(), "people" if c in _PEOPLE_CONCEPTS else "events", c
            # "-ing" words before a number are verbs far more often than
            # nouns ("traffic building up as thousands ...").
            if w.lower().endswith(("ing", "ed")):
                coordinated = k > 0 and ws[k - 1][0].lower() in ("and", "or", "but")
                if _concept(w) and not coordinated and _verb_governs(body, c0, start, _concept(w)):
                    # "crews evacuated 300": before the verb is who did it, not
                    # what is counted ("destroyed 300 houses and damaged 1,200"
                    # still shares its object).
                    break
                continue  # "killed 12 people and injured 83": the verb, not the subject
            if _is_head(w) and (w.islower() or w in DEMONYMS or a == _first_word_start(body, lo)):
                # A singular noun is not what a figure counts ("the victim
                # was 90% burned"): keep it as the subject, but no class.
                cls = _subject_class(w)
                if not _plural_like(w.lower()) and w.lower() not in _COLLECTIVE and w not in DEMONYMS:
                    cls = None
                return _normalise_subject(w), cls, _concept(w)
    return None, None, None


def _first_word_start(body, lo):
    m = _WORD.search(body, lo)
    return m.start() if m else -1


def _measure(body, start, end, noun_end, c0, c1, subject, from_subject):
    """The concept lemma for what happened to the counted things."""
    weak = None
    # 1. The verb after the counted noun: "40,000 Russians have arrived",
    # "people detained". In "30 of the 80 wounded remained in hospital" the
    # verb is what the 30 did, not the 80: the whole of a partitive takes
    # only a participle of its own ("three of the four soldiers killed").
    ws = _span_words(body, noun_end, c1)
    whole = bool(ws) and not _participle(ws[0][0]) and bool(_WHOLE_OF.search(body, max(c0, start - 40), start))
    if whole:
        ws = []
    i = 0
    while i < len(ws) and (ws[i][0].lower() in _AUX or _links(ws, i) or manner_adverb(ws[i][0])):
        i += 1
    verb = None
    rel = _object_relative_verb(ws, i) if i < len(ws) and not _NOT_WORDY.search(body[noun_end:ws[i][1]]) else None
    if rel is not None:
        # "the 1,500 complaints the commission had received": the relative
        # clause's verb is what happened to them.
        i = rel
    if i < len(ws) and _TO_THE_STREETS.match(body, ws[i][1]):
        return "protest"  # "20,000 people took to the streets"
    if i < len(ws) and not _NOT_WORDY.search(body[noun_end:ws[i][1]]):
        w = verb = ws[i][0]
        nxt = ws[i + 1][0].lower() if i + 1 < len(ws) else ""
        phrasal = _PHRASAL.get(f"{_lemma(w)} {nxt}")
        if phrasal:
            return phrasal
        c = _concept(w)
        if c and not _SPEECH.fullmatch(w):
            return c
        # "treated for injuries", "arrested for looting": the cause names it.
        if nxt == "for" and i + 2 < len(ws) and _concept(ws[i + 2][0]):
            return _concept(ws[i + 2][0])
        weak = weak or _concept(w, weak=True)
    # 2. The word governing the number: "mobilise up to 300,000".
    left = _span_words(body, max(c0, start - 80), start)
    j = len(left) - 1
    while j >= 0 and left[j][0].lower() in _QUALIFIERS:
        j -= 1
    governing = None
    if j >= 0:
        w = governing = left[j][0]
        prev = left[j - 1][0] if j > 0 else ""
        particle = left[j + 1][0].lower() if j + 1 < len(left) else ""
        # "called up 200,000": the particle was skipped as a qualifier.
        # "took at least four lives": the verb with the counted noun.
        phrasal = (_PHRASAL.get(f"{_lemma(prev)} {w.lower()}") or _PHRASAL.get(f"{_lemma(w)} {particle}")
                   or (subject and _PHRASAL.get(f"{_lemma(w)} {subject.split()[-1].lower()}")))
        if phrasal:
            return phrasal
        c = _concept(w)
        if c:
            return c
        weak = weak or _concept(w, weak=True)
    # 3. The subject itself: "arrivals of Russians", "the death toll". A
    # measured quantity that moved ("exports fell 12%") is a change claim:
    # the change verb says more than the quantity's own verb.
    quantity = subject is not None and subject.split()[0] in _QUANTITY_HEADS
    if quantity and weak in ("rise", "fall"):
        return weak
    if from_subject:
        return from_subject
    if subject:
        c = _concept(subject.split()[0])
        if c and c != "vote":
            return c
    if weak:
        return weak
    # 4. An unlisted verb, lemmatised: "600 sheep drowned", "received 2.1 million".
    for cand in (verb, governing):
        if cand and (cand.lower().endswith("ed") or cand.lower() in _IRREGULAR) and not _SPEECH.fullmatch(cand):
            lemma = _lemma(cand)
            if lemma not in ("have", "be", "do", "man", "woman", "child", "people", "life", "police", "dead", "age", "aged"):
                return lemma
    # 5. Any concept word in the clause, nearest first (not for the whole
    # of a partitive: the clause tells what its part did).
    if whole:
        return None
    clause = _span_words(body, c0, c1)
    best = None
    for k, (w, a, b) in enumerate(clause):
        if start <= a < end or _SPEECH.fullmatch(w) or (quantity and w.lower() == subject.split()[0]):
            continue
        nxt = clause[k + 1][0].lower() if k + 1 < len(clause) else ""
        c = _PHRASAL.get(f"{_lemma(w)} {nxt}") or _concept(w)
        if c:
            dist = start - b if b <= start else a - end
            if best is None or dist < best[0]:
                best = (dist, c)
    return best[1] if best else None


def _links(ws, i) -> bool:
    """Whether ws[i] only links the counted noun to a state word or "in
    hospital" further on: "remain", "still", "listed as"."""
    w = ws[i][0].lower()
    if not (w in _LINKING or (w == "as" and i and ws[i - 1][0].lower() in _LINKING)):
        return False
    j = i + 1
    while j < len(ws) and (ws[j][0].lower() in _LINKING or ws[j][0].lower() in _AUX or ws[j][0].lower() == "as"):
        j += 1
    if j >= len(ws):
        return False
    nxt = ws[j + 1][0].lower() if j + 1 < len(ws) else ""
    return bool(_PHRASAL.get(f"{ws[j][0].lower()} {nxt}") or _concept(ws[j][0]))


_REL_OPENERS = frozenset("the its their his her our a an that which".split())


def _object_relative_verb(ws, i) -> int | None:
    """Index of the verb of an object relative clause starting at ws[i], if any.

    "complaints [that] the commission had received", "votes its rivals
    collected": a determiner or "that/which", at most three words of subject,
    auxiliaries, then a past participle or past tense.
    """
    if ws[i][0].lower() not in _REL_OPENERS:
        return None
    k = i + 1
    if ws[i][0].lower() in ("that", "which") and k < len(ws) and ws[k][0].lower() in _REL_OPENERS:
        k += 1
    for n in range(k, min(k + 3, len(ws))):
        w = ws[n][0].lower()
        if w in _AUX:
            m = n
            while m < len(ws) and ws[m][0].lower() in _AUX:
                m += 1
            if m < len(ws) and (ws[m][0].lower().endswith("ed") or ws[m][0].lower() in _IRREGULAR) and m > n:
                return m
            return None
        if w in _STOP:
            return None
    return None


def _places_in(places: _Spans, lo: int, hi: int, near=None) -> tuple[str, ...]:
    out: list[str] = []
    for p in places.between(lo, hi):
        if near is None or near(p.start):
            for n in p.names:
                if n not in out:
                    out.append(n)
    return tuple(out)


def _cumulative(art, sent, c0, c1, start):
    body = art.body
    value = None
    spans = []
    for s_start, s_end, s_after in _since_phrases(body, sent, art.dates):
        spans.append((s_start, s_end))
        if s_start <= start < s_end:
            continue  # the number belongs to the since-clause itself
        in_clause = c0 <= s_start < c1
        opens_sentence = s_start == sent[0] or not body[sent[0]:s_start].strip(" ,\"“")
        before = s_end <= start
        if not (in_clause or (opens_sentence and before)):
            continue
        if value is not None:
            continue
        # The number's own since-clause was skipped above; what it says runs
        # only to the clause's verb (and a date right after it).
        s_end = _since_clause_end(body, s_after, s_end, art.dates)
        rest = body[s_after:s_end]
        if _SO_FAR_YEAR.match(body, s_start):
            value = f"{art.pub.year}-01-01" if art.pub else "the start of the year"
            continue
        if _SINCE_THEN.match(rest):
            value = _last_date_before(art, s_start) or "then"
            continue
        dates = art.dates.between(s_after, s_end)
        if dates:
            value = _not_after(dates[0].value, art.pub)
        else:
            words = rest.split()
            value = " ".join(words[:8]).rstrip(".,;:!?”\"'") or None
    if value is None:
        # "So far this year, 45 ..." opens the sentence, outside the clause.
        m = _SO_FAR_YEAR.search(body, sent[0], c1)
        if m:
            value = f"{art.pub.year}-01-01" if art.pub else "this year"
    return value, spans


def _not_after(value: str, pub: date | None) -> str:
    """A running count starts in the past: "since October" in September is last year's."""
    if pub is None or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value):
        return value
    if value > pub.isoformat()[: len(value)]:
        return f"{int(value[:4]) - 1}{value[4:]}"
    return value


def _last_date_before(art: _Article, offset: int) -> str | None:
    # "Since then" points at the last moment the story mentioned; a few
    # sentences back at most, or it is a guess.
    for d in art.dates.backwards_from(offset):
        if d.end <= offset:
            if offset - d.end > 1200:
                return None
            return d.value
    return None


def _time(art, sent, c0, c1, start, end, since_spans, near=None) -> str | None:
    body = art.body
    def usable(d: _Date) -> bool:
        if d.start < end and d.end > start:
            return False  # the number itself ("24" in "February 24")
        if body.startswith(("'s", "’s"), d.end):
            return False  # "Monday's earthquake" dates the event, not the count
        return not any(a <= d.start < b for a, b in since_spans)

    for lo, hi, check in ((c0, c1, None), (*sent, near)):
        cands = [d for d in art.dates.between(lo, hi) if usable(d) and (check is None or check(d.start))]
        if cands:
            return min(cands, key=lambda d: abs(d.start - start)).value
    return None


def _attribution(body, sent, start, end, pronouns: PronounResolver) -> str | None:
    s0, s1 = sent
    best = None
    for m in _SPEECH.finditer(body, s0, s1):
        if start <= m.start() < end:
            continue
        before = _span_words(body, max(s0, m.start() - 20), m.start())
        if before and before[-1][0].lower() in _NOT_SPEECH_AFTER and not m.group().startswith("according"):
            continue  # "the confirmed death toll", "after reports of", "were reported": no one speaks
        if m.group() not in _SAYING and _AT_AFTER.match(body, m.end()):
            continue  # "damage estimated at $54 million": a passive, no one named ("said at a briefing" speaks)
        src = _source_for(body, m, s0, s1, start, end, pronouns)
        if src:
            dist = abs(m.start() - start)
            # "according to" names a source outright; prefer it.
            key = (0 if m.group().startswith("according") else 1, dist)
            if best is None or key < best[0]:
                best = (key, src)
    return best[1] if best else None


_LEADING_DAY = re.compile(rf"^\s*(?:on\s+)?(?:{_WEEKDAY_RE}|yesterday|today)\b")
_TRAILING_TIME = re.compile(
    rf"""(?:\s+(?:on|in|late|early|from|last|this|earlier)?\s*(?:{_WEEKDAY_RE}|{_MONTH_RE}(?:\s+\d{{1,2}})?|a\s+statement|week|month|year|night|morning|evening|yesterday|today|earlier|later|late|also))+\s*$""",
    re.VERBOSE,
)
# Subordinators open a clause before its subject ("Since Putin announced").
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|while|as|then|also|however|meanwhile|that|which|who|since|when|after|before|because|although"
    r"|though|if|once|said|says|told)\s+)+",
    re.IGNORECASE,
)
_TO_THE_STREETS = re.compile(r"(?:take|takes|took|taken|taking)\s+to\s+the\s+streets\b", re.IGNORECASE)
_SAYING = _LEX.saying
_AT_AFTER = re.compile(r"\s+at\s+(?!least\b|most\b)")
# A speech word after these is a noun or an adjective ("the confirmed toll",
# "after reports of"), or a passive with no one named ("were reported").
_NOT_SPEECH_AFTER = frozenset(
    """a an the this that these those its their his her our some any no
    after of in on with amid despite following from for about over
    is are was were be been being""".split()
)
# A source is a noun phrase: auxiliaries mean the "speech verb" was a noun
# ("There have been reports of ...").
_NOT_A_SOURCE = re.compile(r"\b(?:there|have|has|had|been|is|are|was|were|be|will|would|it)\b", re.IGNORECASE)


def _source_for(body, m, s0, s1, start, end, pronouns: PronounResolver) -> str | None:
    verb = m.group()
    if verb.startswith("according"):
        stop = _CLAUSE_BREAK.search(body, m.end(), s1)
        text = body[m.end(): stop.start() if stop else s1]
        return _clean_source(text, m.end(), start, end)
    lo = s0
    for b in _CLAUSE_BREAK.finditer(body, s0, m.start()):
        lo = b.end()
    for inner in _SPEECH.finditer(body, lo, m.start()):
        lo = inner.end()  # "Hutson said aid workers said 12": the nearer speaker gave the figure
    left = body[lo:m.start()]
    left = _TRAILING_TIME.sub("", left)
    src = _clean_source(left, lo, start, end)
    if src:
        return src
    pron = _PERSONAL.fullmatch(left)
    if pron:  # "She said 40 people had died": the person named before
        # "X spoke, which she said killed seven" may point back into its own
        # sentence; "X will send 300 troops, he said" may not (X is reported).
        return pronouns.resolve(lo + pron.start(1), lo + pron.end(1), lo if start > m.start() else None)
    if not left.strip():
        # Inverted order after a quote: "..., said spokesman Dmitry Peskov."
        stop = _CLAUSE_BREAK.search(body, m.end(), s1)
        text = body[m.end(): stop.start() if stop else s1]
        text = _LEADING_DAY.sub("", text)
        return _clean_source(text, m.end(), start, end)
    return None


_PERSONAL = re.compile(r"\s*(?:(?:and|but|so|which|who|that)\s+)?(he|she|they|He|She|They)\s*")


_ADVERBS_ALONE = frozenset("earlier later today yesterday also then now previously recently again".split())
_AFTER_QUOTE = re.compile(r"^.*['’”\"]\s+(?=[A-Z])")


def _clean_source(text: str, offset: int, start: int, end: int) -> str | None:
    if offset <= start < offset + len(text) or offset < end <= offset + len(text):
        return None  # the "source" holds the number: it is the claim, not who gives it
    text = _SPACES.sub(" ", text).strip(" ,.;:")
    text = _AFTER_QUOTE.sub("", text)  # "'We panicked' The US Geological Survey": a headline before it
    text = _SOURCE_TAIL.sub("", text)
    text = _LEADING_JUNK.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    if text.lower() in _ADVERBS_ALONE:
        return None  # "The UN said earlier that it had confirmed 30 dead": "earlier" is no one
    words = text.split()
    if not words or len(words) > 8 or text.lower() in _PRONOUNS or text.lower() in ("a", "an", "the") or _NOT_A_SOURCE.search(text):
        return None
    if not _LETTER.search(text):
        return None
    return text


def _hedge(body, c0, c1) -> str | None:
    """Every hedge in the number's clause, in text order ("an estimated, may")."""
    found: list[str] = []
    for m in _HEDGE.finditer(body, c0, c1):
        word = _SPACES.sub(" ", m.group().lower())
        if word not in found:
            found.append(word)
    return ", ".join(found) or None


def frame_numbers(body: str | Doc, spans: list[tuple[int, int, str | None]], published: str | None = None
                  ) -> list[Frame]:
    """One `Frame` per number span: what it counts, where, when, who says so.

    `spans` are (start, end, per) offsets of number mentions in `body` (the
    text, or the article's `Doc`), in text order, as the number reader found
    them; `published` (YYYY-MM-DD; a Doc has its own) lets relative dates
    ("in June", "on Tuesday") become ISO dates.

    >>> body = "On Monday, police said at least 12 people were killed in Kenya."
    >>> i = body.index("12")
    >>> f = frame_numbers(body, [(i - 9, i + 2, None)], "2023-05-03")[0]
    >>> body[i - 9:f.end], f.subject, f.subject_class, f.measure, f.place
    ('at least 12 people', 'people', 'people', 'kill', ('Kenya',))
    >>> f.time, f.attribution
    ('2023-05-01', 'police')
    """
    doc = body if isinstance(body, Doc) else Doc(body, published)
    body = doc.body
    try:
        art = _read_article(doc)
    except Exception:  # pragma: no cover - a reader bug must not lose the claims
        art = _Article(body, [(0, len(body))] if body else [], _Spans([]), _Spans([]), None, doc.published,
                       PronounResolver(body))
    frames = []
    starts = tuple(sorted(int(span[0]) for span in spans))
    for span in spans:
        start, end = int(span[0]), int(span[1])
        per = span[2] if len(span) > 2 else None
        start = max(0, min(start, len(body)))
        end = max(start, min(end, len(body)))
        try:
            frames.append(_frame_one(art, start, end, per, starts))
        except Exception:  # pragma: no cover - one odd sentence must not lose the rest
            frames.append(Frame(end, (start, end), None, None, None, (), per, None, art.published, None, None))
    return _others_of_a_kind(frames)


def _others_of_a_kind(frames: list[Frame]) -> list[Frame]:
    """"30 people were killed and 55 others injured": "others" are more of
    the kind counted just before in the same sentence."""
    out = []
    for f in frames:
        if f.subject in ("others", "more") and f.subject_class is None:
            prev = next((p for p in reversed(out) if p.sentence == f.sentence and p.subject_class), None)
            if prev is not None:
                f = replace(f, subject_class=prev.subject_class)
        out.append(f)
    return out
