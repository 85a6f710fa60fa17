"""Running-count start slot: "since February 24", "since then", "so far this
year" say from when a count has been running (`cumulative_since`).
"""
from __future__ import annotations

import re
from datetime import date

from .article import _Article
from .clause import _CLAUSE_BREAK
from .lexical import _may_hold, _triggers
from .spans import _Spans


_SINCE = re.compile(r"\b[Ss]ince\b\s*")
_SINCE_THEN = re.compile(r"\A(?:then|that\s+(?:time|day|date|point)|then\s+on)\b", re.IGNORECASE)
_SO_FAR_YEAR = re.compile(
    r"\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|year\s+to\s+date)\b",
    re.IGNORECASE,
)
# Their triggers (lexicon en/triggers.yaml), and the slot's: a sentence that holds none says no start.
_SINCE_NEEDLES = _triggers("since")
_SO_FAR_NEEDLES = _triggers("so_far_year")
_START_NEEDLES = _SINCE_NEEDLES + _SO_FAR_NEEDLES


def _since_phrases(body: str, sent: tuple[int, int], dates: _Spans) -> list[tuple[int, int, int]]:
    """(start of "since", end of its phrase, end of the word "since") per mention.

    "since March" ends with its date; "since the war began on ..." runs to
    the next clause break, so a number inside it belongs to it.
    """
    out: list[tuple[int, int, int]] = []
    if not _may_hold(body[sent[0]:sent[1]], _SINCE_NEEDLES):
        return out  # no "since": the pattern tried at every character is the costlier test
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


def _cumulative(art, sent, c0, c1, start):
    body = art.body
    value = None
    spans = []
    phrases = art.doc.memo_span("frames.since", sent[0], sent[1], lambda d, lo, hi: _since_phrases(d.body, (lo, hi), art.dates))
    for s_start, s_end, s_after in phrases:
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
        m = art.doc.memo_span("frames.so_far", sent[0], c1, _so_far_this_year)
        if m:
            value = f"{art.pub.year}-01-01" if art.pub else "this year"
    return value, spans


def _so_far_this_year(doc, lo: int, hi: int) -> re.Match | None:
    # Without its trigger, the case-blind pattern need not be tried at every character.
    if not _may_hold(doc.body[lo:hi], _SO_FAR_NEEDLES):
        return None
    return _SO_FAR_YEAR.search(doc.body, lo, hi)


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
