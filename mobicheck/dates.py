"""Publication dates as articles write them in their metadata, read as YYYY-MM-DD.

Feeds, CMS exports and front matter write dates every way: ISO 8601, RFC 822
("Wed, 05 Mar 2025 10:00:00 GMT"), "March 3, 2025", "3 March 2025",
"04/03/2025". ISO and RFC 822 are read with the standard library; the rest by
python-dateutil's parser, the well-kept reference for free-form dates, with
`dayfirst` deciding the order of an all-numeric day and month. Only a
complete date counts: a text without a year, or not a date at all, gives None
(the caller keeps the article and says so).

    >>> [read_date(d) for d in ("2025-03-05T10:00:00Z", "Wed, 05 Mar 2025 10:00:00 GMT", "March 3, 2025")]
    ['2025-03-05', '2025-03-05', '2025-03-03']
    >>> read_date("04/03/2025"), read_date("04/03/2025", dayfirst=True), read_date("soon"), read_date("2024-02-30")
    ('2025-04-03', '2025-03-04', None, None)
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from .lexicon import load as _lexicon

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
# A written date has a four-digit year somewhere; without one, dateutil would
# fill in this year and turn "March 3" or "3" into a date nobody wrote.
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# Longer than any date: free text is not parsed.
_MAX = 64


def read_date(value: str, *, dayfirst: bool = False) -> str | None:
    """YYYY-MM-DD for a publication date written in any common way, else None."""
    text = str(value).strip()
    if not text or len(text) > _MAX:
        return None
    m = _ISO.match(text)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if not _YEAR.search(text):
        return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser  # loaded only for dates in neither ISO nor RFC 822 form

    try:
        return parser.parse(text, dayfirst=dayfirst).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # 2024-02-30, month 13
        return None


# --- a report's date written in its text ---------------------------------------------------------
# Reports without a date in their metadata often carry one in the body: a
# "Published:" / "Updated:" line, a timestamp under the headline ("May 03,2013",
# "18 September 2013 Last updated at 09: 15 GMT", "Tue Jul 2,2013 4: 05PM") or
# the date in the address (".../2013/07/02/...").

_LEX = _lexicon("en")
_MONTH_NUMBER = _LEX.months
_MON = "(?:" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted({d[:3] for d in _LEX.weekdays} | set(_LEX.weekdays), key=len, reverse=True)) + r")\.?,?"
_STAMP_DATE = re.compile(
    rf"""(?i:(?:{_WEEKDAY}\s*)?(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y1>(?:19|20)\d\d)
    | (?P<d2>\d{{1,2}})\s+(?P<m2>{_MON})\s*,?\s*(?P<y2>(?:19|20)\d\d)
    | (?P<m3>\d{{1,2}})\s*/\s*(?P<d3>\d{{1,2}})\s*/\s*(?P<y3>(?:19|20)?\d\d))(?!\d)""",
    re.VERBOSE,
)
_STAMP_WORD = re.compile(r"(?i:\b(?:" + "|".join(sorted(_LEX.words("calendar.yaml", "stamp_words"))) + r")\b)")
# A clock time right after a date: a timestamp, not a date in a sentence.
_CLOCK_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}\s*:\s*\d\d|\s+(?i:last\s+updated)")
# After a date in prose comes punctuation or a lower-case word; after a stamp, the text's next capital.
_CAPITAL_AFTER = re.compile(r"\s+[A-Z\"“']")
_OPENERS = _LEX.words("calendar.yaml", "date_openers")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2}|[a-z]{3,9})/(?P<d>\d{1,2})(?=[/_.-]|$)", re.I)
# How far into the body a stamp may stand: under the headline, not in the story.
STAMP_WINDOW = 400


def date_in_text(body: str, url: str | None = None) -> str | None:
    """YYYY-MM-DD of the date a report carries in its text or address, else None.

    >>> date_in_text("Singer enters clinic May 03,2013 After missing a hearing, she ...")
    '2013-05-03'
    >>> date_in_text("Storm floods coast Tue Jul 2,2013 4: 05PM GMT Heavy rain ...")
    '2013-07-02'
    >>> date_in_text("Court ruling First Posted: 10 / 25 / 11 03: 10 PM ET Updated: 12 / 25 / 11")
    '2011-10-25'
    >>> date_in_text("The trial began on March 3, 2012, and ended ...") is None
    True
    >>> date_in_text("No date here.", "http://example.com/2013/may/03/local/story")
    '2013-05-03'
    """
    for m in _STAMP_DATE.finditer(body, 0, STAMP_WINDOW):
        if _is_stamp(body, m):
            found = _stamp_value(m)
            if found:
                return found
    u = _URL_DATE.search(url or "")
    if u:
        month = int(u["m"]) if u["m"].isdigit() else _MONTH_NUMBER.get(u["m"].lower())
        return _day(int(u["y"]), month, int(u["d"])) if month else None
    return None


def _is_stamp(body: str, m: re.Match) -> bool:
    """A date under the headline: after a stamp word, before a clock time, or between the
    headline and the text (not after a preposition, before a capital)."""
    before = body[max(0, m.start() - 25):m.start()]
    if _STAMP_WORD.search(before) or _CLOCK_AFTER.match(body, m.end()):
        return True
    previous = before.split()[-1].lower() if before.split() else ""
    return previous not in _OPENERS and _CAPITAL_AFTER.match(body, m.end()) is not None


def _stamp_value(m: re.Match) -> str | None:
    if m["y1"]:
        return _day(int(m["y1"]), _MONTH_NUMBER[m["m1"].rstrip(".").lower()], int(m["d1"]))
    if m["y2"]:
        return _day(int(m["y2"]), _MONTH_NUMBER[m["m2"].rstrip(".").lower()], int(m["d2"]))
    year = int(m["y3"])
    return _day(year + 2000 if year < 100 else year, int(m["m3"]), int(m["d3"]))


def month_day(t: str) -> tuple[int, int] | None:
    """(month, day) of an ISO date or of a day written without its year ("July 2", "2 July", "Nov. 11th").

    >>> month_day("2013-07-02"), month_day("July 2nd"), month_day("11 Nov."), month_day("July")
    ((7, 2), (7, 2), (11, 11), None)
    """
    m = _ISO.fullmatch(t)
    if m:
        return int(m.group(2)), int(m.group(3))
    m = _MONTH_DAY.fullmatch(t.strip().lower())
    if not m:
        return None
    month = _MONTH_NUMBER.get((m.group(1) or m.group(4)).rstrip("."))
    return (month, int(m.group(2) or m.group(3))) if month else None


_MONTH_DAY = re.compile(r"([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)")
