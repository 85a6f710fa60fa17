"""Figures in digits that are no quantity, told by what is glued to them: dates, clock times,
ordinals ("21st"), earthquake magnitudes, identifiers ("COVID-19", "F-16", "MH17"), phone
numbers, and an age between commas ("Sergei, 44, said").

`non_quantity` tries each reader in turn; a reader returns a Quantity (the figure
is read), None (try the next), or READ_ON (stop: read it as a quantity after all).
"""
from __future__ import annotations

import re

from .context import before
from .quantity import Quantity
from .reading import Reading

READ_ON = object()
_SLASH_DATE = re.compile(r"[/.-]\d{1,2}[/.-]\d{2,4}\b|[/-]\d{1,2}\b(?![/.,]?\d)")
_FULL_DATE = re.compile(r"[/.-]\d{1,2}[/.-]\d{2,4}")
_YEAR_MONTH = re.compile(r"-\d{1,2}")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_YEAR_AFTER_DAY = re.compile(r",?\s+(?:1[89]|20)\d\d\b")
# 1.3x10^6, 1.3e6, 1.1^23
POWER_AFTER = re.compile(r"\s*[x×*]\s*10\s*\^?\s*(?P<p1>[-−+]?\d+)|[eE](?P<p2>[-+]?\d+)(?![\w])|\^(?P<p3>-*\+?-*\d+)")
_CLOCK_DECIMAL = re.compile(r"\d{1,2}\.[0-5]\d")
_AM_PM = re.compile(r"\s?[ap]\.\s?m\b\.?|\s?[ap]m\b", re.I)
_ONE_DECIMAL = re.compile(r"\d\.\d")
_LETTERS_DIGIT = re.compile(r"[A-Za-z]+\d")
_IDENT_GLUED_AFTER = re.compile(r"[A-Za-z]*\d[\w]*|-[A-Z]\w*")
_PHONE_TAIL = re.compile(r"-\d{3,}-\d")
_PHONE = re.compile(r"[\d\-/ ]*\d")
_AREA_CODE_TAIL = re.compile(r"\)\s?\d{3}[-.]\d{4}\b")
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s$")
_SPACED_SLASH = re.compile(r"(?: +/ *| */ +)\d+\b(?![.,]\d)")


def non_quantity(r: Reading) -> Quantity | None:
    """The figure being read (in digits) as a date, time, ordinal, magnitude, identifier or age; None: a quantity."""
    for reader in _READERS:
        q = reader(r)
        if q is not None:
            return None if q is READ_ON else q
    return None


def _word_before(r: Reading) -> str:
    """The word before the figure after a space, lower case, without a final full stop or comma."""
    return r.pw.rstrip(".,").lower() if r.s > 0 and r.text[r.s - 1] == " " else ""


def _date_before(r: Reading) -> int | None:
    """Start of the month (and weekday) written before the day: "Wednesday, September 21"."""
    pw = _word_before(r)
    if not (pw[:3] in r.v.month_prefixes and (len(pw) <= 4 or pw in r.v.months)):
        return None
    db = r.v.date_before.search(before(r.text, r.s, 32))
    if db and max(0, r.s - 32) + db.start() >= r.floor:
        return max(0, r.s - 32) + db.start()
    return None


def _has_any(text: str, lo: int, hi: int, parts: tuple[str, ...]) -> bool:
    """Whether one of `parts` lies whole in text[lo:hi] (looked for in place, with no slice)."""
    for part in parts:
        if text.find(part, lo, hi) >= 0:
            return True
    return False


def _short(r: Reading) -> bool:
    """One or two digits: a day, an hour, an age."""
    return len(r.raw) <= 2 and r.raw.isdigit()


def _ordinal(r: Reading):
    """"21st", "March 3rd, 2023", "4th of July"."""
    if not (r.c in r.v.suffix_letters and r.raw.isdigit()):
        return None
    m = r.v.ordinal_suffix.match(r.text, r.e)
    if not m:
        return None
    end = m.end()
    ss = _date_before(r)
    if ss is not None:
        y = _YEAR_AFTER_DAY.match(r.text[end:end + 7])
        return r.make(ss, end + (y.end() if y else 0), "date")
    da = r.v.date_after.match(r.text, r.e)
    if da:
        return r.make(r.s, da.end(), "date")
    return r.make(r.s, end, "ordinal")


def _clock(r: Reading):
    """"6:22AM", "8pm", "1100 hrs", "9.25 am"."""
    c, text, e = r.c, r.text, r.e
    c2 = text[e + 1:e + 2]
    if _short(r) and c and (c in r.v.clock_letters or c == ":" or (c == " " and c2 and c2 in "apAPo")):
        tm = r.v.time_after.match(text, e)
        if tm and r.value <= 24:
            return r.make(r.s, tm.end(), "time")
    raw = r.raw
    if c == " " and len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60:
        mt = r.v.military_time_re.match(text, e)  # "at 1100 hrs"
        if mt:
            return r.make(r.s, mt.end(), "time")
    if c and c in " aApP" and "." in raw and _CLOCK_DECIMAL.fullmatch(raw) and r.value < 13:
        mt = _AM_PM.match(text, e)  # "9.25 am", "05.51AM"
        if mt:
            return r.make(r.s, mt.end(), "time")
    return None


def _day(r: Reading):
    """"September 21", "4 November", "Wednesday, 4 November 2022"."""
    if not (_short(r) and 1 <= r.value <= 31):
        return None
    ss = _date_before(r)
    if ss is not None:
        y = r.v.day_suffix_year.match(r.text, r.e)
        return r.make(ss, y.end() if y else r.e, "date")
    c, c2 = r.c, r.text[r.e + 1:r.e + 2]
    # a month after the day starts with a capital, maybe after "of" ("4th of July")
    da = r.v.date_after.match(r.text, r.e) if c == " " and (c2.isupper() or c2 == "o" or c2.isspace()) \
        or c in "sntr" and c else None
    if da:
        wb = r.v.weekday_before.search(before(r.text, r.s, 16))
        ss = r.s if not wb else max(0, r.s - 16) + wb.start()
        return r.make(max(ss, r.floor), da.end(), "date")
    return None


def _numeric_date(r: Reading):
    """"21/9/2022", "1995-01"."""
    raw = r.raw
    if not (r.c and r.c in "/.-" and raw.isdigit() and len(raw) <= 4):
        return None
    dm = _SLASH_DATE.match(r.text, r.e)
    if not dm:
        return None
    if (len(raw) <= 2 or len(raw) == 4) and _FULL_DATE.fullmatch(dm.group()):
        return r.make(r.s, dm.end(), "date")
    if len(raw) == 4 and _YEAR_MONTH.fullmatch(dm.group()) and 1 <= int(dm.group()[1:]) <= 12 \
            and _YEAR.fullmatch(raw):
        return r.make(r.s, dm.end(), "date")
    return None


def _power(r: Reading):
    """"1.3x10^6", "1e6": a figure with an exponent is read on as a quantity."""
    c = r.c
    if c == " " and r.text[r.e:r.e + 12].lstrip()[:1] not in ("x", "×", "*", ""):
        return None
    if c and c in "xX×*eE^ " and POWER_AFTER.match(r.text, r.e):
        return READ_ON
    return None


def _magnitude(r: Reading):
    """"magnitude 5.9", "M5.9", "6.1-magnitude", "a 6.1 quake"."""
    text, s, e, v = r.text, r.s, r.e, r.v
    mb = None
    if s > 0 and (text[s - 1] in "Mw" or _has_any(text, max(0, s - 16), s, v.magnitude_stems)):
        mb = v.magnitude_before_re.search(before(text, s, 16))
    if mb and max(0, s - 16) + mb.start() >= r.floor and r.value < 11 and (
            mb.group().lower().startswith(tuple(v.magnitude_before)) or "." in r.raw):
        return r.make(max(0, s - 16) + mb.start(), e, "magnitude")
    if r.c and r.c in "- " and r.text[r.e + 1:r.e + 2] in v.magnitude_letters:
        m = v.magnitude_after_re.match(text, e)
        if m:
            return r.make(s, m.end(), "magnitude")
    if r.c == " " and r.value < 10 and "." in r.raw and _ONE_DECIMAL.fullmatch(r.raw) and v.quake_after.match(text, e):
        return r.make(s, e, "magnitude")
    return None


def _identifier(r: Reading):
    """Letters glued before the digits: "COVID-19", "F-16", "G7", "No. 10", "#3"."""
    text, s, v = r.text, r.s, r.v
    if not (s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-#" or _word_before(r) in v.number_sign_words)):
        return None
    ib = v.ident_before.search(before(text, s, 16))
    if not (ib and max(0, s - 16) + ib.start() >= r.floor):
        return None
    frag = ib.group()
    marked = frag[-1].isalpha() or frag[:1] == "#" or frag.lower().startswith(tuple(v.number_signs)) or (
        frag.endswith("-") and len(frag) > 1 and frag[-2].isalnum())
    if not marked or v.currency_before_re.search(before(text, s, 8)) or v.not_identifier_word.fullmatch(frag) \
            or v.not_identifier_prefix.search(frag):
        return None
    if " " in r.raw:  # "Core i7 860" is no 7,860
        return READ_ON
    glued = _IDENT_GLUED_AFTER.match(text, r.e)
    return r.make(max(0, s - 16) + ib.start(), glued.end() if glued else r.e, "other")


def _letters_after(r: Reading):
    """Letters glued after the digits and more digits: "24703L202"."""
    if r.c.isalpha() and _LETTERS_DIGIT.match(r.text, r.e):
        return r.make(r.s, _IDENT_GLUED_AFTER.match(r.text, r.e).end(), "other")
    return None


def _phone(r: Reading):
    """Phone-like runs: "+1-222-2222", "(212) 555-0199"."""
    text, s = r.text, r.s
    area = _AREA_CODE_TAIL.match(text, r.e) if s > 0 and text[s - 1] == "(" else None
    if area:
        return r.make(s - 1, area.end(), "other")
    if r.c == "-" and (_PHONE_TAIL.match(text, r.e) or (s > 0 and text[s - 1] == "+" and r.text[r.e + 1:r.e + 2].isdigit())):
        ss = s - 1 if s > 0 and text[s - 1] == "+" else s
        return r.make(ss, _PHONE.match(text, r.e).end(), "other")
    return None


def _counter(r: Reading):
    """Two whole numbers around a spaced slash, "1 / 3", "12 /40": a photo gallery's or a page's
    counter (or a score, "17 / 35" passes, odds "2 / 1"), no count of anything; three are a date.
    "1/3" unspaced is a fraction, read elsewhere."""
    if r.c != " " and r.c != "/":
        return None  # what _SPACED_SLASH opens with: most figures are spared the regex
    counter = _SPACED_SLASH.match(r.text, r.e)
    if counter and r.text[r.s:r.e].isdigit() and (r.s == 0 or r.text[r.s - 1] not in ".,"):
        # Three parts are a date as tokenised copy prints it: "Posted 03 / 14 / 2006 9: 40 AM".
        date = _SPACED_SLASH.match(r.text, counter.end())
        return r.make(r.s, date.end(), "date") if date else r.make(r.s, counter.end(), "other")
    return None


def _age_between_commas(r: Reading):
    """"Sergei, 44, said"."""
    if _short(r) and r.text.endswith(", ", 0, r.s) and _NAME_COMMA_BEFORE.search(before(r.text, r.s, 24)) \
            and r.v.name_comma_after.match(r.text, r.e):
        return r.make(r.s, r.e, "age")
    return None


_READERS = (_ordinal, _clock, _day, _numeric_date, _power, _magnitude, _identifier, _letters_after, _phone,
            _counter, _age_between_commas)
