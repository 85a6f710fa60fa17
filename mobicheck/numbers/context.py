"""Looking around a figure: the word before it, what may follow it, its qualifier, currency and unit."""
from __future__ import annotations

import re

from .vocab import Vocab

_NEXT_WORD = re.compile(r"[\u0020]?-?[\u0020]?([A-Za-z]+)")
_STOP_AFTER = frozenset(",.;:!?)\n\"'’”")
_SPACES = re.compile(r"\s+")
_ONE_SPACE = re.compile(r"\s?")


def before(text: str, start: int, width: int = 48) -> str:
    """The `width` characters before `start`."""
    return text[max(0, start - width):start]


def prev_word(text: str, s: int) -> tuple[str, int]:
    """The whitespace-delimited token just before s (one space allowed), and its start.

    Most context rules need only this token; checking it first spares a
    regex search over a window for every number.
    """
    i = s - 1 if s > 0 and text[s - 1] == " " else s
    lo = max(0, i - 16)
    j = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i)) + 1
    if j == 0 and i - lo == 16 and lo > 0:
        j = lo
    return text[j:i], j


def follows(v: Vocab, text: str, pos: int) -> tuple[bool, str]:
    """(may a unit, currency or percent word follow at pos?, the next word lower-cased).

    Most figures are followed by an ordinary word ("300 people"); looking
    that word up in a set spares the unit, currency and percent regexes.
    """
    c = text[pos:pos + 1]
    if not c or c in _STOP_AFTER:
        return False, ""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return True, ""
    w = m.group(1).lower()
    return (c != " " or w in v.follow), w


def qualifier_before(v: Vocab, text: str, s: int, width: int = 40) -> tuple[str | None, int, str] | None:
    """(normalised qualifier, start of its words, its words as written in lower case) or None."""
    lo = max(0, s - width)
    m = v.qualifier_rev.match(text[lo:s][::-1])
    if not m:
        return None
    q = m.group("q")[::-1].lower()
    return v.qualifier_words[" ".join(q.split())], s - m.end(), q


def currency_before(r) -> re.Match | None:
    """A currency sign or code right before the figure being read ("$5", "Rs 500"), as a match
    in the 8 characters before it; `r` is a reading.Reading."""
    text, s, v = r.text, r.s, r.v
    if s <= 0:
        return None
    c1 = text[s - 1]
    signs = v.currency_signs
    if not (c1 in signs or c1.isalpha() or (c1 == " " and s > 1 and (text[s - 2] in signs or text[s - 2].isalpha()))):
        return None
    if r.pw and r.pw.lower().endswith(v.currency_before_ends):
        return v.currency_before_re.search(before(text, s, 8))
    return None


def currency_code(v: Vocab, name: str, text: str, s: int, pos: int) -> str | None:
    """The ISO code of a currency written after a figure (`name` as matched, lower case), or None."""
    if len(name) == 1:
        return v.signs_after.get(name)
    if name in v.codes:
        return v.currency_names.get(name, name.upper())
    if name in v.needs_money_context and not v.money_context_re.search(text[max(0, s - 40):pos].lower()):
        # "361 million pounds" is money, "25 pounds" of weight is a measure
        return None
    if name in v.currency_names:
        return v.currency_names[name]
    adjective = next(a for a in sorted(v.currency_adjectives, key=len, reverse=True) if name.startswith(a + " "))
    return v.currency_adjectives[adjective]


def match_unit(v: Vocab, text: str, pos: int) -> tuple[str, float, float, int, str] | None:
    """(canonical unit, factor, offset, end, unit as written) of a unit at pos, or None."""
    m = v.unit_after.match(text, pos)
    if m:
        u = _SPACES.sub(" ", m.group("u").lower())
        if u.startswith(tuple(v.degrees)) or u.startswith("°"):
            key = u.split()[-1].lstrip("°").strip()
            canon, f, off = v.temperatures.get(key, ("°C", 1.0, 0.0))
            return canon, f, off, m.end(), u
        if u in v.unit_table:
            canon, f = v.unit_table[u]
            return canon, f, 0.0, m.end(), u
    # symbols: case-sensitive, glued or one space ("100t", "10 m")
    p2 = _ONE_SPACE.match(text, pos).end()
    m = v.short_unit_after.match(text, p2)
    if m:
        u = m.group("u")
        if p2 > pos and len(u) == 1 and not _metres(v, text, u, m.end()):
            return None
        canon, f = v.unit_table[u.lower()]
        return canon, f, 0.0, m.end(), u.lower()
    return None


def _metres(v: Vocab, text: str, u: str, end: int) -> bool:
    """After a space, "m" is metres only before a length word or the end of a phrase ("10 m high", "10 m.")."""
    return u == "m" and (bool(v.length_context.match(text, end)) or text[end:end + 1] in ("", " ", ".", ",", ")"))
