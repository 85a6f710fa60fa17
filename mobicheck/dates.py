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
