"""Dates of an article, read once per Doc and resolved against the publication
date ("on Tuesday" -> 2023-05-02, "last week" -> a Monday-Sunday range).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..text import word_trie
from .lexical import _LEX, _MONTHS


_MONTH_NAMES = _LEX.month_names
_WEEKDAYS = {d: i for i, d in enumerate(_LEX.weekdays)}
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
        (?:early\s+|late\s+|mid-?)?(?P<m_m>{_MONTH_SAFE_RE})\b(?!\.?\s+\d)
    | (?P<m_b>{_MONTH_BARE_RE})\b(?!\s+\d)
    | \b(?i:in|since|from|during|by|until|of|for|early|late|mid)\s+(?P<y>(?:19|20)\d\d)\b(?![.,]?\d|\s*(?:%|people|[a-z]+s\b))
    | (?P<wd_last>[Ll]ast\s+)?(?P<wd>{_WEEKDAY_RE})\b
    | (?P<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night|[Oo]vernight|[Tt]his\s+morning|[Tt]his\s+afternoon
        |(?:[Ll]ast|[Tt]his|[Pp]ast)\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year))\b
    """,
    re.VERBOSE,
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
    """The value of a `_DATE` match: ISO when the year is known, else a readable phrase."""
    g = m.groupdict()
    if g["range"]:
        return _resolve_range(g, pub)
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
        return _resolve_weekday(g["wd"], bool(g["wd_last"]), pub)
    return _resolve_relative(re.sub(r"\s+", " ", g["rel"].lower()), pub)


def _resolve_range(g: dict, pub: date | None) -> str | None:
    """"between March 3 and 5", "March 3-5": two days joined by "/"."""
    if g["m1"]:
        m1, d1 = _month(g["m1"]), int(g["d1"])
        m2 = _month(g["m2"]) if g["m2"] else m1
        d2 = int(g["d2"])
    else:
        m1 = m2 = _month(g["m3"])
        d1, d2 = int(g["d3"]), int(g["d4"])
    a, b = _day_value(m1, d1, None, pub), _day_value(m2, d2, None, pub)
    return f"{a}/{b}" if a and b else None


def _resolve_weekday(name: str, last: bool, pub: date | None) -> str:
    if pub is None:
        return name
    back = (pub.weekday() - _WEEKDAYS[name.lower()]) % 7
    # "Tuesday" in a Tuesday story is that day; "last Tuesday" never is.
    if last and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def _resolve_relative(rel: str, pub: date | None) -> str:
    """"yesterday", "last week", "earlier this month" against the publication date."""
    if pub is None:
        return rel
    if rel in ("today", "tonight", "this morning", "this afternoon"):
        return pub.isoformat()
    if rel in ("yesterday", "last night", "overnight"):
        return (pub - timedelta(days=1)).isoformat()
    unit = rel.split()[-1]
    past = rel.startswith(("last", "past"))
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) - timedelta(days=7 if past else 0)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "month":
        y, mo = pub.year, pub.month
        if past:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        return f"{y}-{mo:02d}"
    return str(pub.year - 1 if past else pub.year)


# Every date starts with a digit, or with a month, a weekday or one of the
# openers, in any case: trying the big date pattern only there makes the scan
# several times faster. At a capital, only a date word is a candidate (most
# capitals open names, not dates; the loop still looks the word's letters up,
# as Python's case-blind matching folds a few other letters). A lower-case opener ("of", "in")
# opens a date only before what `_DATE` reads after one: a capital (a month,
# a weekday), a digit (a year), or the words of "in early May", "last night",
# "this week", "earlier this year"; or it is a date itself ("today"). A date
# opening with a digit is a day before its month ("4 November", "21st of May"):
# the other figures of the text are no candidates.
_OPENERS = _LEX.word_list("calendar.yaml", "date_openers")
_DATE_WORDS = frozenset(_OPENERS) | frozenset(_MONTHS) | frozenset(_LEX.weekdays)
_LETTERS = re.compile(r"[^\W\d_]+")


def _capital_date_words() -> str:
    """The date words after a capital, the rest in any case ("March", "MARCH", "In"): the capitals
    the loop below would look up and keep, found by the pattern (a third of the candidates)."""
    rests: dict[str, list[str]] = {}
    for w in sorted(_DATE_WORDS):
        rests.setdefault(w[0].upper(), []).append(w[1:])
    return "(?:" + "|".join(f"{first}(?i:{word_trie(rest)})" for first, rest in rests.items()) + r")(?![^\W\d_])"


_OPENER_AFTER = r"\b(?=\s+(?:[A-Z0-9]|early|late|mid|night|morning|afternoon|week|month|year|this))"
_DATES_ALONE = ("yesterday", "today", "tonight", "overnight")
# The character before a candidate, then the candidate in a look-ahead: a pattern that opens
# with a character class lets `re` skip the letters of every word in C, where one opening with
# \b tried the whole alternation at every character. `_find_dates` scans the body after a space,
# so that the candidate's offset there is its offset in the body. The look-ahead is tried at
# every space and mark, so the commonest case comes first and fails fast: a lower-case word (the
# openers as one trie, "today" and its kind needing nothing after them), then a digit, then a capital.
_LOWER_STARTS = word_trie({**dict.fromkeys(_OPENERS, _OPENER_AFTER), **dict.fromkeys(_DATES_ALONE, r"\b")})
_DATE_START = re.compile(r"\W(?=" + _LOWER_STARTS
                         + r"|[0-9]\d?(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]|(?=[A-Z])" + _capital_date_words() + ")")


def _find_dates(body: str, pub: date | None) -> list[_Date]:
    found = []
    done = 0
    for t in _DATE_START.finditer(" " + body):
        at = t.start()
        if at < done:
            continue
        if "A" <= body[at] <= "Z" and _LETTERS.match(body, at).group().lower() not in _DATE_WORDS:
            continue
        m = _DATE.match(body, at)
        if not m:
            continue
        done = m.end()
        value = _resolve_date(m, pub)
        if value:
            # A leading preposition is context, not part of the date.
            key = "m_m" if m.group("m_m") else "y" if m.group("y") else 0
            found.append(_Date(m.start(key), m.end(), value))
    return found
