"""The number reader: every number mention in English news text, as a Quantity.

`find_numbers(text)` returns each mention with its span, the figure as
stated, the bounds its qualifier implies, its unit (converted to a canonical
unit so that "10 miles" and "16 km" compare) and a `kind`. Mentions that are
not quantities (years, dates, times, ages, ordinals, earthquake magnitudes,
identifiers such as "COVID-19" or "Boeing 737") are still returned, with
their kind, so that a caller drops them on purpose rather than by accident.

Qualifier bounds (`BOUNDS`, a module-level mapping a caller may override or
pass as `find_numbers(text, bounds=...)`): for a stated figure x,

    qualifier   written as                                      low      high
    None        "40,000"                                        x        x
    nearly      nearly, almost, close to, just under            0.9x     x
    about       about, around, some, roughly, approximately,    0.9x     1.1x
                an estimated
    up to       up to, no more than, at most, as many as        None     x
    at least    at least, or more, no fewer than, -plus         x        None
    more than   more than, over, just over, above, in excess of x        None
    less than   fewer than, less than, under, below             None     x
    range       "5,000-6,000", "between 50 and 70", "four or    a        b
                five" (value is the midpoint)
    vague       hundreds [200, 999], thousands [2000, 9999],   see VAGUE
                tens of thousands [20000, 99999], several [3, 9],
                dozens [24, 99] (value is the low end)

A bound of None means unbounded on that side. For negative figures the
factors apply to the magnitude, so "nearly -10" is [-10, -9].

Design: one compiled master regex (number words as a trie, so ordinary
prose fails on its first character) finds candidate phrases in a single
pass; each phrase is parsed from a handful of tokens, and its context is
read with anchored regexes around the match only. Number words are matched
with a capital or lower-case first letter; text in capitals throughout
("THREE HUNDRED") is not read as words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .lexicon import load as _lexicon
from .text import word_trie


@dataclass(frozen=True)
class Quantity:
    """One number mention: where it is, what it says, and how far it may be off."""

    start: int  # span in the input text; text == input[start:end]
    end: int
    text: str  # as written, including qualifier, unit and rate words
    value: float | None  # the stated figure; a range gives its midpoint
    low: float | None  # bounds after the qualifier; None = unbounded
    high: float | None
    qualifier: str | None  # None, nearly, about, up to, at least, more than, less than, range, vague
    unit: str | None  # None for counts, "%", ISO currency code, canonical SI-ish unit
    kind: str  # count, percent, money, measure, rate, ratio, change, ordinal, year, date, age, time, magnitude, other
    per: str | None = None  # rate period: day, week, month, year, hour


# (low factor, high factor) applied to the stated figure; None = unbounded.
BOUNDS: dict[str | None, tuple[float | None, float | None]] = {
    None: (1.0, 1.0),
    "nearly": (0.9, 1.0),
    "about": (0.9, 1.1),
    "up to": (None, 1.0),
    "at least": (1.0, None),
    "more than": (1.0, None),
    "less than": (None, 1.0),
}

# Vague amounts: (value, low, high). The value is the low end so that a
# caller comparing figures never inflates a vague claim.
VAGUE: dict[str, tuple[float, float, float]] = {
    "several": (3, 3, 9),
    "dozens": (24, 24, 99),
    "scores": (40, 40, 99),
    "hundreds": (200, 200, 999),
    "thousands": (2000, 2000, 9999),
    "tens of thousands": (20000, 20000, 99999),
    "hundreds of thousands": (200000, 200000, 999999),
    "millions": (2e6, 2e6, 9999999),
    "tens of millions": (2e7, 2e7, 99999999),
    "hundreds of millions": (2e8, 2e8, 999999999),
    "billions": (2e9, 2e9, 9999999999),
}

# Which qualifier each phrase normalises to. Longer phrases first in the
# regex below so "just over" wins over "over".
_QUALIFIER_WORDS: dict[str, str] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "just below": "nearly", "nearly doubled": "nearly",
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "approx.": "about", "approx": "about", "circa": "about", "c.": "about", "ca.": "about",
    "up to": "up to", "no more than": "up to", "not more than": "up to", "at most": "up to",
    "as many as": "up to", "as much as": "up to", "a maximum of": "up to", "maximum of": "up to",
    "as high as": "up to",
    "less than or equal to": "up to", "smaller than or equal to": "up to",
    "lower than or equal to": "up to", "smaller or equal than": "up to",
    "lower or equal than": "up to", "less or equal than": "up to", "equal to or less than": "up to",
    "<=": "up to", "< =": "up to", "≤": "up to",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least", "minimum of": "at least",
    "greater than or equal to": "at least", "more than or equal to": "at least",
    "higher or equal than": "at least", "bigger or equal than": "at least",
    "greater or equal than": "at least", "larger or equal than": "at least",
    "at least or equal to": "at least", "equal to or more than": "at least",
    "equal to or greater than": "at least", ">=": "at least", "> =": "at least", "≥": "at least",
    "more than": "more than", "over": "more than", "just over": "more than",
    "above": "more than", "in excess of": "more than", "upwards of": "more than",
    "greater than": "more than", "larger than": "more than", "higher than": "more than",
    "bigger than": "more than", "exceeding": "more than", "exceeds": "more than",
    "exceeded": "more than", "exceed": "more than", "surpass": "more than",
    "surpassing": "more than", "well over": "more than", ">": "more than",
    "fewer than": "less than", "less than": "less than", "under": "less than",
    "below": "less than", "just under half": "less than", "smaller than": "less than",
    "lower than": "less than", "<": "less than",
    # an exact figure said to be exact: the words stay in the span
    "exactly": None, "precisely": None, "equal to": None, "equals": None, "equals to": None,
    "equaling to": None, "equalling to": None, "equaling": None, "equalling": None,
}


# --------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------
_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_DOZEN = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
# Words that write a whole number ("seven", "twenty", "hundred", "dozen"), for other stages.
CARDINAL_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, *_DOZEN])
_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19,
}
_ORD_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_ORD_SCALES = {
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
_ORDINALS = {**_ORD_UNITS, **_ORD_TENS, **_ORD_SCALES}
# Fraction denominators that read as fractions on their own ("half the
# vote", "a quarter").
_HALVES = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}

_CHANGE = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_FOLD = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "hundred": 100, "thousand": 1000,
}
_UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}


def _ord_pattern() -> str:
    names = sorted(_ORDINALS, key=len, reverse=True)
    return "|".join(n + "s?" for n in names)


_FRAC_DENOMS = [*_ORDINALS, *[o + "s" for o in _ORDINALS], "half", "halves", "quarter", "quarters"]
_NUMERIC_WORDS = [*_UNITS, *_TENS, *_SCALES, *_DOZEN, *_FRAC_DENOMS]
_A_FOLLOWERS = "|".join(sorted([*_SCALES, *_TENS, "dozen", "half", "quarter",
                                *[o for o in _ORDINALS if o not in ("first", "second")]], key=len, reverse=True))
_WORD_ENTRIES: dict[str, str] = {w: "" for w in _NUMERIC_WORDS}
_WORD_ENTRIES.update({
    # vague amounts
    "several": "", "dozens": "", "scores": "", "thousands": "", "millions": "", "billions": "",
    "hundreds": r"(?:[\u0020\t]+of[\u0020\t]+(?:thousands|millions|billions))?",
    "tens": r"[\u0020\t]+of[\u0020\t]+(?:thousands|millions|billions)",
    # multiplicative change
    **{f"{stem}{end}": "" for stem in ("doubl", "tripl", "quadrupl") for end in ("ed", "es", "ing")},
    "halved": "", "halving": "",
    **{f"{w}fold": "" for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                 "hundred", "thousand")},
    # the article only before a scale or fraction word: "a dozen", "a third"
    "a": rf"(?:n?(?=[\u0020\t-]+(?:{_A_FOLLOWERS})(?![a-z]))|[\u0020\t]+couple(?:[\u0020\t]+of)?)",
})
# First letter either case ("Three"), the rest lower case: case-folding every
# comparison would cost the regex a factor of three.
_WORDS_RE = word_trie(_WORD_ENTRIES, capital_first=True)
_UFRAC = "".join(_UNICODE_FRACTIONS)

# The master regex: one pass over the text finds every candidate phrase.
_ATOM = rf"""
    (?: \d+ (?: (?:[.,]|[\u0020\u00a0\u202f](?=\d{{3}}(?!\d))) \d+ )*   # 300,000  3,00,000  1 234 567  1.5
      | (?<![\w.])\.\d+                                         # .5
      | [{_UFRAC}]                                              # ½
      | (?<![A-Za-z]){_WORDS_RE}(?![A-Za-z])                    # three, hundred, fifths, a dozen
    )"""
# What may join two atoms of one phrase; the phrase parser decides later
# whether the joined atoms are one number ("three hundred and two") or
# several ("50,000 and 70,000").
_CONN = r"""(?:[\u0020\t]*[-\u2010\u2013][\u0020\t]*|\s+and\s+|\s+a\s+|\s+of\s+an?\s+|\s+point\s+|\s+)"""

_MASTER = re.compile(rf"{_ATOM}(?:{_CONN}{_ATOM})*", re.X)
_VAGUE_HEAD = re.compile(
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b|(?:several|dozens|scores|hundreds|thousands|millions|billions)(?![a-z])|an?\s+couple(?:\s+of)?\b",
    re.I)
_CHANGE_HEAD = re.compile(r"(?:doubl|tripl|quadrupl|halv)(?:ed|es|ing)\b|(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold\b", re.I)
_WS_AFTER = re.compile(r"[\s-]*")


# Tokens inside one phrase.
_TOK = re.compile(
    rf"""
    (?P<dig>\d+(?:(?:[.,]|[\u0020\u00a0\u202f](?=\d{{3}}(?!\d)))\d+)*|\.\d+)
  | (?P<uf>[{_UFRAC}])
  | (?P<word>[A-Za-z]+(?:[\u0020\t]*[-\u2010\u2013][\u0020\t]*(?:{'|'.join(_UNITS)}|{_ord_pattern()})\b)?)
  | (?P<dash>[-\u2010\u2013])
    """,
    re.I | re.X,
)

# --------------------------------------------------------------------------
# Digits
# --------------------------------------------------------------------------
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACE_THOUSANDS = re.compile(r"\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?:[.,]\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_EURO = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_DECIMAL = re.compile(r"\d*\.\d+|\d+")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _digits(s: str) -> list[tuple[int, int, float]] | None:
    """Read a digit run; None when it is several numbers ("192.168.1.2")."""
    if _DECIMAL.fullmatch(s) or _COMMA_THOUSANDS.fullmatch(s) or _INDIAN.fullmatch(s):
        return [(0, len(s), float(s.replace(",", "")))]
    if _SPACE_THOUSANDS.fullmatch(s):
        return [(0, len(s), float(re.sub(r"[\u0020\u00a0\u202f]", "", s).replace(",", ".")))]
    if _EURO.fullmatch(s):
        return [(0, len(s), float(s.replace(".", "").replace(",", ".")))]
    if _DECIMAL_COMMA.fullmatch(s):
        return [(0, len(s), float(s.replace(",", ".")))]
    return None


def _split_digits(s: str) -> list[tuple[int, int, float]]:
    out = []
    for m in re.finditer(r"\d+", s):
        out.append((m.start(), m.end(), float(m.group())))
    return out


# --------------------------------------------------------------------------
# Phrase parsing: atoms -> number segments
# --------------------------------------------------------------------------
# A token: (start, end, type, value) with type one of
#   "d" digits, "u" unit word 0-19, "t" tens word (may carry a unit: "fifty-two"),
#   "s" scale (hundred..trillion), "z" dozen, "o" ordinal/denominator,
#   "h" half/quarter, "a" article a/an, "and", "point", "of", "dash".


def _word_token(w: str) -> tuple[str, float] | None:
    lw = w.lower()
    if lw in _UNITS:
        return "u", _UNITS[lw]
    if lw in _TENS:
        return "t", _TENS[lw]
    if lw in _SCALES:
        return "s", _SCALES[lw]
    if lw in ("hundreds", "thousands", "millions", "billions"):
        return "s", _SCALES[lw[:-1]]
    if lw in _DOZEN:
        return "z", 12
    if lw in _HALVES:
        return "h", _HALVES[lw]
    base = lw[:-1] if lw.endswith("s") and lw[:-1] in _ORDINALS else lw
    if base in _ORDINALS:
        return "o", _ORDINALS[base]
    if lw in ("a", "an"):
        return "a", 1
    if lw == "and":
        return "and", 0
    if lw == "point":
        return "point", 0
    if lw == "of":
        return "of", 0
    return None


_HYPHEN_SPLIT = re.compile(r"([A-Za-z]+)([\u0020\t]*[-\u2010\u2013][\u0020\t]*)([A-Za-z]+)")


def _tokens(phrase: str, base: int) -> list[list]:
    toks: list[list] = []
    for m in _TOK.finditer(phrase):
        s, e = m.start() + base, m.end() + base
        if m.lastgroup == "dig":
            raw = m.group()
            parts = _digits(raw)
            if parts is None:
                parts = _split_digits(raw)
                for ps, pe, v in parts:
                    toks.append([s + ps, s + pe, "d", v, True])  # True: from a split run
                continue
            toks.append([s, e, "d", parts[0][2], False])
        elif m.lastgroup == "uf":
            toks.append([s, e, "uf", _UNICODE_FRACTIONS[m.group()], False])
        elif m.lastgroup == "dash":
            toks.append([s, e, "dash", 0, False])
        else:
            w = m.group()
            hm = _HYPHEN_SPLIT.fullmatch(w)
            if hm:
                a, b = _word_token(hm.group(1)), _word_token(hm.group(3))
                if a and b and a[0] == "t" and b[0] == "u" and 1 <= b[1] <= 9:
                    toks.append([s, e, "t", a[1] + b[1], False])  # fifty-two
                    continue
                if a and b and a[0] == "t" and b[0] == "o" and b[1] < 10:
                    toks.append([s, e, "o", a[1] + b[1], False])  # twenty-first
                    continue
                # two-thirds, one-eighth: two tokens
                for g in (1, 3):
                    t = _word_token(hm.group(g))
                    if t:
                        toks.append([s + hm.start(g) - 0, s + hm.end(g), t[0], t[1], False])
                continue
            t = _word_token(w)
            if t:
                toks.append([s, e, t[0], t[1], False])
    return toks


def _int_value(toks: list[list]) -> float | None:
    """Value of an integer word/digit group ("three hundred and two thousand")."""
    total = 0.0
    cur = 0.0
    last = 0.0  # last addend, for "two dozens" after "three hundred and"
    have = False
    prev = None
    for t in toks:
        ty, v = t[2], t[3]
        if ty in ("d", "u", "t"):
            cur += v
            last = v
            have = True
        elif ty == "a":
            cur += 1
            last = 1
            have = True
        elif ty == "s":
            if v == 100:
                cur = (cur or 1) * 100
            elif prev == "s" and cur == 0 and total:
                total *= v  # "three lakh crore"
            else:
                total += (cur or 1) * v
                cur = 0
            last = 0
            have = True
        elif ty == "z":
            cur = cur - last + (last or 1) * 12
            last = 0
            have = True
        elif ty in ("and", "dash"):
            pass
        else:
            return None
        prev = ty
    return total + cur if have else None


def _last_scale(toks: list[list]) -> float:
    sc = 1.0
    for t in toks:
        if t[2] == "s":
            sc = t[3] if t[3] != 100 or sc == 1 else sc
    return sc


def _can_follow(prev: list, t: list, group: list[list]) -> bool:
    """May token t continue the number group whose last token is prev?"""
    p, ty = prev[2], t[2]
    if ty == "s":
        if p in ("d", "u", "t", "a", "h", "o", "uf"):
            return True
        if p == "s":
            return t[3] > prev[3] or (prev[3] >= 1e5 and t[3] >= 1e5)
        return False
    if ty == "z":
        return p in ("d", "u", "t", "a", "s", "h")
    if ty in ("u", "t", "d"):
        if p == "t" and ty == "u" and t[3] < 10 and prev[3] % 10 == 0:
            return True
        if p == "s" and prev[3] >= 100:
            # "thousand three hundred", "4 thousand 3 hundred": smaller than the scale
            return t[3] < prev[3] and t[3] > 0
        return False
    if ty == "o":
        if t[3] in (1, 2) and t[1] - t[0] <= 7:
            return False  # "first", "second" are no denominators
        return p in ("d", "u", "t", "a", "s")
    if ty == "h":
        return p in ("a", "u", "d", "t")
    return False




def _segments(toks: list[list], text: str) -> list[dict]:
    """Split a phrase's tokens into numbers: list of dicts with start, end, value, kind."""
    segs: list[dict] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t[2] in ("and", "point", "of", "dash"):
            i += 1
            continue
        group = [t]
        j = i + 1
        while j < n:
            nt = toks[j]
            if nt[2] == "point" and j + 1 < n and toks[j + 1][2] in ("u", "t"):
                # "two hundred point zero three": digits after the point
                k = j + 1
                digs = ""
                while k < n and toks[k][2] in ("u", "t") and (toks[k][0] - toks[k - 1][1]) < 4:
                    digs += str(int(toks[k][3]))
                    k += 1
                group = group + [["_point", toks[k - 1][1], "pt", float("0." + digs)]]
                j = k
                break
            if nt[2] == "and" and j + 1 < n:
                nx = toks[j + 1]
                last = group[-1]
                # "one hundred and six", "two thousand and two hundred"
                if last[2] == "s" and nx[2] in ("u", "t", "d") and 0 < nx[3] < last[3] \
                        and (nx[2] != "d" or last[3] == 100) \
                        and not (j + 2 < n and toks[j + 2][2] == "s" and toks[j + 2][3] == last[3]):
                    group.append(nt)
                    group.append(nx)
                    j += 2
                    continue
                # "one and a half", "twenty and three fifths", "three million and a quarter"
                k = _fraction_ahead(toks, j + 1)
                if k:
                    group.extend(toks[j:k])
                    j = k
                    continue
                break
            if nt[2] == "of" and group[-1][2] in ("o", "h"):
                k = j + 1
                if k < n and toks[k][2] == "a":
                    k += 1
                if k < n and toks[k][2] == "s":
                    group.extend(toks[j:k + 1])  # "two thirds of a million"
                    j = k + 1
                    continue
            if nt[2] == "a" and group[-1][2] == "h" and j + 1 < n and toks[j + 1][2] in ("s", "z"):
                j += 1  # "half a million", "half a dozen"
                continue
            if nt[2] == "dash":
                j += 1
                if j < n and group[-1][2] in ("u", "t") and toks[j][2] in ("o", "h"):
                    continue  # "one - fourth", "three-quarters"
                j -= 1
                break
            if nt[2] in ("and", "point", "of", "a"):
                break  # "and a half" was taken above; any other joiner ends the number
            if _can_follow(group[-1], nt, group):
                group.append(nt)
                j += 1
                continue
            k = _compound_denominator(toks, j)
            if k and group[-1][2] in ("u", "t", "d", "s", "a"):
                group.extend(toks[j:k])  # "three twenty firsts", "one one hundred fifth"
                j = k
            break
        seg = _evaluate(group)
        # a group that reads as no number ("280 million first") keeps its
        # longest prefix that does; the rest is read again
        while seg is None and len(group) > 1:
            group = group[:-1]
            seg = _evaluate(group)
            if seg is not None:
                j = toks.index(group[-1], i) + 1
        if seg is not None:
            segs.append(seg)
        i = max(j, i + 1)
    return segs


def _compound_denominator(toks, j) -> int:
    """End index of an ordinal written in two or three words at toks[j], else 0."""
    n = len(toks)
    if j + 1 < n and toks[j][2] == "t" and toks[j + 1][2] == "o" and toks[j + 1][3] < 10:
        return j + 2
    if j + 2 < n and toks[j][2] in ("u", "t") and toks[j + 1][2] == "s" and toks[j + 2][2] == "o":
        return j + 3
    return 0


def _fraction_ahead(toks, k) -> int:
    """If a fraction ("a half", "three fifths", "two thirds") starts at toks[k], the index after it."""
    n = len(toks)
    if k >= n:
        return 0
    t = toks[k]
    if t[2] in ("a", "u", "t", "d") and k + 1 < n and toks[k + 1][2] in ("h", "o"):
        if toks[k + 1][2] == "o" and toks[k + 1][3] in (1, 2) and toks[k + 1][1] - toks[k + 1][0] <= 7:
            return 0  # "and a second", "and one first"
        return k + 2
    if t[2] in ("u", "t") and k + 2 < n and toks[k + 1][2] == "and":
        return _fraction_ahead(toks, k + 2)  # "twenty and three and three fifths"
    if t[2] == "t" and k + 2 < n and toks[k + 1][2] == "u" and toks[k + 2][2] in ("o", "h"):
        return k + 3
    return 0


def _evaluate(group: list[list]) -> dict | None:
    while group and group[-1][2] in ("and", "of", "a", "dash"):
        group = group[:-1]
    if not group:
        return None
    start, end = group[0][0], group[-1][1]
    types = [t[2] for t in group]
    if types == ["uf"]:
        return dict(start=start, end=end, value=group[0][3], kind="ratio", words=False)
    pt = None
    if types[-1] == "pt":
        pt = group[-1][3]
        group = group[:-1]
        types = types[:-1]
    words = any(t[2] not in ("d",) for t in group)
    # Fractions: find the first denominator token.
    fi = next((k for k, ty in enumerate(types) if ty in ("o", "h")), None)
    if fi is None:
        v = _int_value(group)
        if v is None:
            return None
        if pt is not None:
            v += pt
        trail = 1.0
        for t in reversed(group):
            if t[2] != "s":
                break
            trail *= t[3]
        return dict(start=start, end=end, value=v, kind="count", words=words, trail=trail,
                    split=group[0][4] if group[0][2] == "d" else False)
    den_tok = group[fi]
    head = group[:fi]
    tail = group[fi + 1:]  # a scale after the fraction: "half a million"
    if tail and any(t[2] not in ("s", "z", "of", "a") for t in tail):
        return None
    den = den_tok[3]
    if den_tok[2] == "o" and not head:
        # a bare ordinal: "the seventh", "twenty-first"
        return dict(start=start, end=end, value=den, kind="ordinal", words=True)
    if den_tok[2] == "o" and den in (1, 2) and not (
        head and head[-1][2] == "t"
    ) and den_tok[1] - den_tok[0] <= 7:
        # "first"/"second" are fractions only in compounds ("a twenty-first")
        return None
    # Split head at its last "and": integer part + numerator.
    ai = max((k for k, t in enumerate(head) if t[2] == "and"), default=None)
    if ai is not None:
        int_part, num = head[:ai], head[ai + 1:]
        # "one hundred and thirty-two fifths" is 132/5: after a scale, a
        # two-digit numerator belongs to the integer
        if ai > 0 and head[ai - 1][2] == "s" and den < 100 and len(num) == 1 and num[0][2] == "t" and num[0][3] >= 20:
            int_part, num = [], head
    else:
        int_part, num = [], head
    # A tens word right before a unit ordinal joins the denominator when a
    # numerator remains: "one hundred thirty fifths" = 100/35.
    if den_tok[2] == "o" and den < 10 and len(num) >= 2 and num[-1][2] == "t" and num[-1][3] % 10 == 0 \
            and num[-2][2] not in ("and", "dash") and (num[-1][0] - num[-2][1]) >= 1:
        den += num[-1][3]
        num = num[:-1]
    elif den_tok[2] == "o" and den < 100 and len(num) >= 3 and num[-1][2] == "s" and num[-2][2] in ("u", "t"):
        # "one one hundred fifth" = 1/105, "one hundred one thousand fifths" = 100/1005
        rest = num[:-2]
        if _int_value(rest) is not None and not (rest[-1][2] == "t" and num[-2][2] == "u"):
            den += num[-2][3] * num[-1][3]
            num = rest
    nv = _int_value(num) if num else 1.0
    if nv is None:
        return None
    frac = nv / den
    iv = 0.0
    if int_part:
        iv2 = _int_value(int_part)
        if iv2 is None:
            return None
        iv = iv2
        sc = _last_scale(int_part)
        tail_scale = 1.0
        for t in tail:
            if t[2] in ("s", "z"):
                tail_scale *= t[3]
        if tail:
            if tail_scale < sc:
                value = iv + frac * tail_scale
            else:
                value = (iv + frac) * tail_scale if sc == 1 else iv + frac * tail_scale
        elif sc >= 1e6:
            value = iv + frac * sc
        else:
            value = iv + frac
        kind = "count"
    else:
        mult = 1.0
        for t in tail:
            if t[2] in ("s", "z"):
                mult *= t[3]
        value = frac * mult
        kind = "count" if tail else "ratio"
    return dict(start=start, end=end, value=value, kind=kind, words=True)


# --------------------------------------------------------------------------
# Context: what comes before and after a number
# --------------------------------------------------------------------------
_LEX = _lexicon("en")
_MONTHS = _LEX.month_pattern
_WEEKDAY = _LEX.weekday_pattern
# "Wednesday, September 21" / "September 21": the month (and weekday) sit
# before the day number.
_DATE_BEFORE = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?\b{_MONTHS}\s*$")
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}\b(?:,?\s+\d{{4}}\b)?")
_DAY_SUFFIX_YEAR = re.compile(r"(?:st|nd|rd|th)?(?:,\s*|\s+)(?:1[89]|20)\d\d\b")
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY},?\s+(?:the\s+)?$")

_MONTH_NAMES = frozenset(_LEX.months)
_MONTH_PREFIXES = frozenset(m[:3] for m in _MONTH_NAMES)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_TIME_AFTER = re.compile(r"(?::\s?[0-5]\d(?::\s?\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|\s*[ap]\.?m\b\.?|\s*o'clock\b|\s*[hH]\d\d\b)", re.I)
_SLASH_DATE = re.compile(r"[/.-]\d{1,2}[/.-]\d{2,4}\b|[/-]\d{1,2}\b(?![/.,]?\d)")
_FRACTION_AFTER = re.compile(r"/(\d+)(?![\d/])")
_MIXED_FRACTION = re.compile(r"\s+(\d+)/(\d+)(?![\d/])")
_POWER_AFTER = re.compile(
    r"""(?: \s*[x×*]\s*10\s*\^?\s*(?P<p1>[-−+]?\d+)         # 1.3x10^6
          | [eE](?P<p2>[-+]?\d+)(?![\w])                    # 1.3e6
          | \^(?P<p3>-*\+?-*\d+)                            # 1.1^23
        )""",
    re.X,
)
_SCALE_SUFFIX = re.compile(
    r"""(?: (?P<glued>bn|mn|mln|bln|tln|trn|tn|mil|MM|cr|[kKmMbBT])(?![A-Za-z\d])   # $5bn, 10k, 1.2m
          | \s{1,2}(?P<spaced>k|K|M|bln|tln|mln|bn|mn)(?![A-Za-z\d])               # 2.33 k, 10 bln
        )""",
    re.X,
)
_SCALE_SUFFIX_VALUES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9,
    "bln": 1e9, "t": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12, "cr": 1e7,
}
_PERCENT_AFTER = re.compile(
    r"\s*(?:%|\s(?:per\s?cent(?:age)?s?|percent(?:age)?s?|pct)\b)(?P<pp>\s+points?\b)?", re.I
)
_PERCENT_OF_BEFORE = re.compile(r"\b(?:per\s?cents?|percents?)\s+of\s+$", re.I)
_AGE_AFTER = re.compile(r"(?:\s*-\s*|\s)(?:years?|yrs?)(?:\s*-\s*|\s)old\b|\s*-\s*years?\s*-\s*olds?\b|\s+years?\s+of\s+age\b", re.I)
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s$")
_NAME_COMMA_AFTER = re.compile(r"(?:,|\s*\)|\s+(?:is|was|has|had|said|told|from|of|who)\b)")
_MAGNITUDE_AFTER = re.compile(r"\s?-?\s?(?:magnitude|strength)\b|\son\s+the\s+Richter\b", re.I)
# "a 6.1 quake": a one-decimal figure below 10 right before a quake word
_QUAKE_AFTER = re.compile(r"\s(?:quake|earthquake|temblor|tremor|aftershock)s?\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\b(?:[Mm]agnitude(?:\s*-\s*|\s+of\s+)?\s*|M\s?|Mw\s?)$")
_OR_MORE = re.compile(r"\s*(?:\+(?!\d)|-?plus\b|\s+or\s+(?:more|above|greater|higher|over)\b(?!\s+than\s*[\w$€£])|\s+and\s+(?:more|above|over|up)\b)", re.I)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?!(?:\s+to)?\s*[\d.])(?:\s+to)?(?:\s+it\b)?", re.I)
_OR_LESS = re.compile(r"\s+or\s+(?:less|fewer|below|under)\b(?!\s+than\s*[\w$€£])", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?P<dir>up|down|rose|risen|rise|rises|fell|fallen|falls|fall|increased|decreased|grew|grown|dropped|drop|jumped|"
    r"climbed|declined|surged|plunged|slumped|soared|gained|lost|dipped|slid|tumbled|increase|decrease|decline|"
    r"rise|jump|cut|reduction|growth)(?:\s+by)?\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
    r"less\s+than|just\s+over|just\s+under|at\s+least|an\s+estimated)\s+)?$",
    re.I,
)
_DOWN = {"down", "fell", "fallen", "falls", "fall", "decreased", "dropped", "drop", "declined", "plunged",
         "slumped", "lost", "dipped", "slid", "tumbled", "decrease", "decline", "cut", "reduction"}
_NEG_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(\[=:<>]))-|(?:^|(?<=[(\[=:<>])|(?<=[(\[=:<>]\s))-\s|\b(?:minus|negative)\s+)$", re.I)
_IDENT_BEFORE = re.compile(r"(?:\b[A-Za-z]+[A-Za-z.]*-?|#|No\.\s?|no\.\s?)$")
_IDENT_GLUED_AFTER = re.compile(r"[A-Za-z]*\d[\w]*|-[A-Z]\w*")
_CAPWORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)\s$")
# Capitalised words before a number that do not make it an identifier.
_NOT_NAMES = frozenset(
    """about around some nearly almost over under up at more less fewer roughly approximately
    just only in on since by from to until till before after during between of for and or
    the a an this that these those with without all some just last first next by per as
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    total nearly another least than no yes but so if when while it its their there here
    we they he she i you our his her my your us them top bottom page chapter""".split()
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|before|after|during|of|early|late|mid|year|years|between|around|circa|"
    r"spring|summer|autumn|fall|winter|through|to|and|season|the|election|census|budget|fiscal|FY|"
    # "a 2005 peace deal", "its 1994 law": counts of thousands are written with a comma
    r"a|an|its|their|his|her|our|whose|"
    + _MONTHS + r")[\s,-]*$",
    re.I,
)
_RANGE_GAP = re.compile(r"^\s*(?:-|\u2010|\u2013|\u2014|~|-?\s*to|through|and|or|till|until)\s*(?:US\$|[$€£¥₹])?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_RATIO_GAP = re.compile(r"^\s+(?:out\s+of|in|over)\s+$", re.I)
_RATE = re.compile(
    r"""(?:\s+(?:a|an|per|each|every)\s+|\s*/\s*)(?P<p>day|week|month|year|hour|minute|annum)\b
      | \s+(?P<a>daily|weekly|monthly|annually|yearly|hourly|a\s+year|per\s+annum|a\s+night|per\s+capita)\b
    """,
    re.I | re.X,
)
# "400 people a day": one plural noun may sit between the count and its period
_NOUN_RATE = re.compile(
    r"""\s+(?P<noun>[a-z]+s|people|police|staff|personnel|children|men|women)
        (?:\s+(?:a|an|per|each|every)\s+(?P<p>day|week|month|year|hour)\b(?!\s+(?:after|before|later|earlier|ago)\b)
          | \s+(?P<a>daily|weekly|monthly|annually|yearly|hourly)\b)
    """,
    re.X,
)
_NOT_NOUNS = frozenset("was is has does goes its this his as us yes thus plus less unless across always sometimes "
                       "perhaps hours days weeks months years times".split())
_PERIODS = {
    "day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month", "monthly": "month",
    "year": "year", "annually": "year", "yearly": "year", "annum": "year", "per annum": "year",
    "a year": "year", "hour": "hour", "hourly": "hour", "minute": "minute", "a night": "day",
}

# Currency: symbols and codes before the figure, names after it.
_CURRENCY_BEFORE = re.compile(
    r"""(?P<cur>US\$|\$A|U\.S\.\s?\$|u\.s\s?\$|USD\$?|usd\$?|C\$|CA\$|CAD\$?|A\$|AU\$|AUD\$?|NZ\$|NZD\$?|HK\$|S\$|R\$|Mex\$|MXN\$?|
         \$|€|£|¥|₹|₽|₩|₺|₴|₦|₱|₪|฿|₿|Rs\.?|INR|EUR|GBP|JPY|CNY|RMB|CHF|RUB|SEK|NOK|DKK|BRL|ZAR|
         eur|gbp|Sh|KSh|Tk|NGN|PKR|TRY|UAH|PLN|KRW|IDR|EGP|ILS|SAR|AED)\s?$""",
    re.X,
)
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "usd": "USD", "usd$": "USD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "aud$": "AUD", "nz$": "NZD", "nzd": "NZD", "nzd$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "mex$": "MXN", "mxn": "MXN", "mxn$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH",
    "₦": "NGN", "₱": "PHP", "₪": "ILS", "฿": "THB", "₿": "BTC", "rs": "INR", "rs.": "INR",
    "$a": "AUD", "sh": "KES", "ksh": "KES", "tk": "BDT", "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY",
}
_CURRENCY_NAMES = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD",
    "euro": "EUR", "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP", "pence": "GBP",
    "penny": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY",
    "rupee": "INR", "indian rupee": "INR", "rouble": "RUB", "ruble": "RUB", "franc": "CHF",
    "swiss franc": "CHF", "peso": "MXN", "real": "BRL", "reais": "BRL", "rand": "ZAR", "won": "KRW",
    "lira": "TRY", "turkish lira": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "naira": "NGN",
    "shilling": "KES", "cent": "USD", "bitcoin": "BTC", "zloty": "PLN", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "DKK", "dirham": "AED", "riyal": "SAR", "shekel": "ILS", "rial": "IRR",
    "rupiah": "IDR", "dinar": "IQD", "lari": "GEL", "tenge": "KZT", "manat": "AZN", "dram": "AMD", "baht": "THB", "ringgit": "MYR",
    "taka": "BDT", "kip": "LAK", "markka": "FIM", "guilder": "NLG", "peseta": "ESP", "mark": "DEM",
}
_CURRENCY_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|INR|RUB|CHF|CAD|AUD|NZD|HKD|SGD|SEK|NOK|DKK|BRL|ZAR|MXN|TRY|UAH|PLN|KRW|"
    "IDR|EGP|ILS|SAR|AED|NGN|KES|PKR|BTC|GEL|KZT"
)
_CURRENCY_AFTER = re.compile(
    # "a lakh of rupees", "two crore of rupees": Indian English puts "of" there
    rf"""(?:\s*|\s*-\s*|(?:(?<=lakh)|(?<=lakhs)|(?<=crore)|(?<=crores))\s+of\s+(?=rupees?\b))(?P<name>
        (?:(?:us|u\.s\.|american|canadian|australian|hong\s+kong|new\s+zealand|singapore|swiss|turkish|
              indian|chinese|finnish|dutch|russian|mexican)\s+)?
        (?:dollars?|euros?|pounds?(?:\s+sterling)?|sterling|pence|penny|yen|yuan|renminbi|rupees?|roubles?|rubles?|
           francs?|pesos?|reais|rand|won|lira|liras|hryvnias?|naira|shillings?|cents?|bitcoins?|zloty|kronor|krona|
           kroner|krone|dirhams?|rupiah|dinars?|riyals?|shekels?|rials?|lari|tenge|manats?|baht|ringgit|taka|markka|guilders?|pesetas?)
      | (?-i:{_CURRENCY_CODES}|[€$£¥₹₽₡₾₭元])
      | usd|eur|gbp|rmb|jpy|cny|chf|inr|btc
    )(?![A-Za-z])""",
    re.I | re.X,
)

# Measures: name -> (canonical unit, factor to canonical). Temperatures are
# handled apart because they are affine.
_UNITS_TABLE: dict[str, tuple[str, float]] = {}


def _add(names: str, canon: str, factor: float) -> None:
    for n in names.split("|"):
        _UNITS_TABLE[n] = (canon, factor)


_add("mm|millimetre|millimetres|millimeter|millimeters", "m", 1e-3)
_add("cm|centimetre|centimetres|centimeter|centimeters", "m", 1e-2)
_add("dm|decimetre|decimetres|decimeter|decimeters", "m", 0.1)
_add("m|metre|metres|meter|meters", "m", 1.0)
_add("km|kms|kilometre|kilometres|kilometer|kilometers", "m", 1000.0)
_add("mile|miles|mi", "m", 1609.344)
_add("nautical mile|nautical miles", "m", 1852.0)
_add("ft|foot|feet", "m", 0.3048)
_add("inch|inches", "m", 0.0254)
_add("yard|yards|yd|yds", "m", 0.9144)
_add("m2|m²|sq m|square metre|square metres|square meter|square meters", "m2", 1.0)
_add("km2|km²|sq km|square kilometre|square kilometres|square kilometer|square kilometers", "m2", 1e6)
_add("sq mi|square mile|square miles", "m2", 2589988.11)
_add("sq ft|square foot|square feet", "m2", 0.09290304)
_add("hectare|hectares|ha", "m2", 1e4)
_add("acre|acres", "m2", 4046.8564)
_add("mg|milligram|milligrams|milligramme|milligrammes", "kg", 1e-6)
_add("μg|mcg|microgram|micrograms|microgramme|microgrammes", "kg", 1e-9)
_add("g|gram|grams|gramme|grammes", "kg", 1e-3)
_add("kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", "kg", 1.0)
_add("t|tonne|tonnes|metric ton|metric tons|metric tonnes", "kg", 1000.0)
_add("ton|tons", "kg", 907.18474)
_add("lb|lbs|pound|pounds", "kg", 0.45359237)
_add("oz|ounce|ounces", "kg", 0.028349523125)
_add("stone", "kg", 6.35029318)
_add("ml|millilitre|millilitres|milliliter|milliliters", "l", 1e-3)
_add("cl|centilitre|centilitres|centiliter|centiliters", "l", 1e-2)
_add("l|litre|litres|liter|liters", "l", 1.0)
_add("gallon|gallons|gal", "l", 3.785411784)
_add("barrel|barrels|bbl", "l", 158.987294928)
_add("cubic metre|cubic metres|cubic meter|cubic meters|m3|m³", "l", 1000.0)
_add("cubic feet|cubic foot", "l", 28.316846592)
_add("km/h|kmh|kph|kmph|km/hr|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|"
     "kilometre per hour|kilometer per hour", "km/h", 1.0)
_add("mph|miles per hour|miles an hour|mile per hour", "km/h", 1.609344)
_add("knot|knots", "km/h", 1.852)
_add("m/s|metres per second|meters per second", "km/h", 3.6)
_add("ms|millisecond|milliseconds", "s", 1e-3)
_add("s|sec|secs|second|seconds", "s", 1.0)
_add("min|mins|minute|minutes", "s", 60.0)
_add("h|hr|hrs|hour|hours", "s", 3600.0)
_add("day|days", "s", 86400.0)
_add("week|weeks", "s", 604800.0)
_add("month|months", "s", 2629746.0)
_add("year|years|yr|yrs", "s", 31556952.0)
_add("decade|decades", "s", 315569520.0)
_add("century|centuries", "s", 3155695200.0)
_add("kw|kilowatt|kilowatts", "W", 1e3)
_add("mw|megawatt|megawatts", "W", 1e6)
_add("gw|gigawatt|gigawatts", "W", 1e9)
_add("kwh|kilowatt-hour|kilowatt-hours|kilowatt hours", "Wh", 1e3)
_add("mwh|megawatt-hour|megawatt-hours|megawatt hours", "Wh", 1e6)
_add("gwh|gigawatt-hour|gigawatt-hours|gigawatt hours", "Wh", 1e9)

_TEMPS = {"c": ("°C", 1.0, 0.0), "celsius": ("°C", 1.0, 0.0), "f": ("°C", 5 / 9, -32 * 5 / 9),
          "fahrenheit": ("°C", 5 / 9, -32 * 5 / 9)}

# Short unit symbols are only units when glued or directly after the number
# and not followed by more letters; case matters for them ("10 m" metres,
# "10M" million, "2 in" is usually the preposition).
_UNIT_NAMES = sorted((u for u in _UNITS_TABLE if len(u) > 1 and u not in ("in", "hr", "yr", "ms", "kw", "mw", "gw", "gal")),
                     key=len, reverse=True)
_UNIT_AFTER = re.compile(
    r"""(?:\s*[-\u2010]\s*|\s*|\s*(?P<ob>[(\[{<])\s*)        # 10 km, 10km, 10-mile, 20 (kg)
        (?P<u>"""
    + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in _UNIT_NAMES)
    + r"""|degrees?\s+(?:celsius|fahrenheit|c|f)\b|°\s?[CF]\b)(?![A-Za-z\d])
        (?(ob)[)\]}>])   # a closing bracket only after an opening one: "(about 24km)" """,
    re.I | re.X,
)
# no bare "s": "1990s" is a decade and "over-18s" an age group, not seconds
_SHORT_UNIT_AFTER = re.compile(r"(?P<u>[mtlgh]|min|sec|hr|hrs|yr|yrs|kw|mw|gw|kwh|mwh|gwh)(?![A-Za-z\d])")
# After "1.8m" these words mean metres, not millions ("a 2m-high wall", "the 100m sprint").
_LENGTH_CONTEXT = re.compile(
    r"(?:\s+|-)(?:tall|high|long|wide|deep|away|thick|across|in\s+(?:length|height|diameter|depth))\b"
    r"|\s+(?:sprint|race|dash|hurdles|freestyle|backstroke|breaststroke|butterfly|relay|medley|final|title)\b")
# Words whose presence after "second(s)/minute(s)..." make them not a unit.
_DURATION_WORDS = frozenset({"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr",
                             "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
                             "years", "yr", "yrs", "decade", "decades", "century", "centuries", "ms",
                             "millisecond", "milliseconds"})

def _words_of(*patterns: str) -> set[str]:
    out: set[str] = set()
    for p in patterns:
        for tok in re.findall(r"[a-z]+", p.lower()):
            out.add(tok)
            if tok.endswith("s"):
                out.add(tok[:-1])
    return out


_FOLLOW_WORDS = frozenset(
    _words_of(_CURRENCY_AFTER.pattern, " ".join(_UNIT_NAMES), " ".join(_CURRENCY_NAMES), _CURRENCY_CODES)
    | {"percent", "percentage", "percents", "per", "pct", "degrees", "degree", "celsius", "fahrenheit", "c", "f",
       "m", "t", "l", "s", "g", "h", "min", "sec", "hr", "hrs", "yr", "yrs", "kw", "mw", "gw", "kwh", "mwh", "gwh"}
)
# Words that make the number after them a label, not an amount.
_LABELS = frozenset("week page chapter article section round stage phase grade level gate platform room "
                    "line route flight number no. no apartment unit seat row lane exit junction act".split())
_CENTS_AFTER = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s*(?:cents?|pence|p)\b", re.I)
_INCHES_AFTER = re.compile(r"\s+(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in\b|\")", re.I)
_RATE_FIRST = frozenset("a an per each every daily weekly monthly annually yearly hourly".split())
_NOUNS = frozenset("people police staff personnel children men women".split())
_ONE_DROP_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which|the\s+only|only|last|another)\s+$", re.I)
_ONE_DROP_AFTER = re.compile(r"\s+(?:of|another|by|who|which|that|or\s+another|way)\b|'s\b|\s*-\s*(?:off|on|sided|time|way)\b", re.I)


_NEXT_WORD = re.compile(r"[\u0020]?-?[\u0020]?([A-Za-z]+)")


def _follows(text: str, pos: int) -> tuple[bool, str]:
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
    return (c != " " or w in _FOLLOW_WORDS), w


def _sub(text: str, start: int, width: int = 48) -> str:
    return text[max(0, start - width):start]


def _prev_word(text: str, s: int) -> tuple[str, int]:
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


# Qualifiers are matched on the reversed text before a number: an anchored
# match fails on the first character for almost every number, where an
# end-anchored search would try every position of the window.
_QUALIFIER_REV = re.compile(
    r"\s*(?P<q>(?:" + "|".join(re.escape(k[::-1]).replace(r"\ ", r"\s+")
                               for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True) if k[0].isalpha())
    + r")(?![A-Za-z])|(?:" + "|".join(re.escape(k[::-1]).replace(r"\ ", r"\s*")
                                     for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True) if not k[0].isalpha())
    + r")(?![<>=]))",  # "x>10" is a bound, "<>30" and "=>30" are not
    re.I,
)


def _qualifier_before(text: str, s: int, width: int = 40):
    """(normalised qualifier, start of its words) or None."""
    lo = max(0, s - width)
    m = _QUALIFIER_REV.match(text[lo:s][::-1])
    if not m:
        return None
    q = m.group("q")[::-1].lower()
    return _QUALIFIER_WORDS[re.sub(r"\s+", " ", q)], s - m.end(), q


_CUR_CHARS = frozenset("$€£¥₹₽₩₺₴₦₱₪฿₿")


class _Ctx:
    __slots__ = ("text", "out", "bounds")

    def __init__(self, text: str, bounds: Mapping) -> None:
        self.text = text
        self.out: list[Quantity] = []
        self.bounds = bounds


def _apply_bounds(value: float, qualifier: str | None, bounds: Mapping) -> tuple[float | None, float | None]:
    lo_f, hi_f = bounds.get(qualifier, (1.0, 1.0))
    lo = None if lo_f is None else value * lo_f
    hi = None if hi_f is None else value * hi_f
    if value < 0 and lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo  # the factors scale the magnitude: "nearly -10" is [-10, -9]
    return lo, hi


def _num(value: float) -> float:
    r = round(value, 9)
    return float(r)


def _make(ctx: _Ctx, start: int, end: int, value: float | None, kind: str, qualifier: str | None = None,
          unit: str | None = None, per: str | None = None, low=..., high=...) -> Quantity:
    if value is not None:
        value = _num(value)
    if low is ...:
        if value is None:
            low = high = None
        else:
            low, high = _apply_bounds(value, qualifier, ctx.bounds)
            low = None if low is None else _num(low)
            high = None if high is None else _num(high)
    return Quantity(start, end, ctx.text[start:end], value, low, high, qualifier, unit, kind, per)


def _scan(ctx: _Ctx) -> list[dict]:
    """First pass: number segments with their raw context, in text order."""
    text = ctx.text
    items: list[dict] = []
    # Digits inside a web address ("?q=30%25") are not figures.
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    for m in _MASTER.finditer(text):
        ms, me = m.start(), m.end()
        if urls and any(a <= ms < b for a, b in urls):
            continue
        if text[ms].isdigit() and text[me - 1].isdigit():
            # the common case, a figure in digits: no vague word or change verb inside
            g = m.group()
            if _SIMPLE_DIGITS.fullmatch(g):
                items.append(dict(start=ms, end=me, value=float(g.replace(",", "")), kind="count", words=False,
                                  trail=1.0, split=False))
            else:
                items.extend(_segments(_tokens(g, ms), text))
            continue
        while ms < me:
            # a vague word or a change verb heads its own item; what follows
            # it in the same match is read as a new phrase
            hv = _VAGUE_HEAD.match(text, ms, me)
            if hv:
                key = re.sub(r"\s+", " ", hv.group().lower())
                if key.startswith("an "):
                    key = "a " + key[3:]
                items.append(dict(start=ms, end=hv.end(), vague=key, value=None, kind="count", words=True))
                ms = _WS_AFTER.match(text, hv.end(), me).end()
                continue
            hc = _CHANGE_HEAD.match(text, ms, me)
            if hc:
                w = hc.group().lower()
                v = _FOLD[w[:-4]] if w.endswith("fold") else _CHANGE[re.match(r"doubl|tripl|quadrupl|halv", w).group()]
                items.append(dict(start=ms, end=hc.end(), change=v, value=v, kind="change", words=True))
                ms = _WS_AFTER.match(text, hc.end(), me).end()
                continue
            sub = text[ms:me]
            nxt = _NEXT_HEAD.search(sub)
            stop = ms + nxt.start() if nxt and nxt.start() > 0 else me
            toks = _tokens(text[ms:stop], ms)
            items.extend(_segments(toks, text))
            ms = stop
    return items


_SIMPLE_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A vague word or change verb inside a phrase ("two dozens", "three thousands"
# are numbers; "doubled" is not) starts a new item.
_NEXT_HEAD = re.compile(r"(?<![A-Za-z])(?:tens\s+of|several|scores|doubl|tripl|quadrupl|halv(?:ed|ing)|\w+fold\b|an?\s+couple)", re.I)


def find_numbers(text: str, bounds: Mapping | None = None) -> list[Quantity]:
    """Every number mention in `text`, in text order, as Quantity records.

    Spans never overlap and `q.text == text[q.start:q.end]`. Never raises:
    a mention that cannot be read is left out.

    >>> [(q.text, q.value, q.low, q.high, q.kind) for q in find_numbers("Nearly 50,000 Russians left.")]
    [('Nearly 50,000', 50000.0, 45000.0, 50000.0, 'count')]
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = _Ctx(text, BOUNDS if bounds is None else {**BOUNDS, **bounds})
    try:
        items = _scan(ctx)
        quantities = _assemble(ctx, items)
    except Exception:  # pragma: no cover - the contract is never to raise
        return _fallback(ctx)
    return quantities


def _fallback(ctx: _Ctx) -> list[Quantity]:
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", ctx.text):
        parts = _digits(m.group())
        if parts:
            out.append(_make(ctx, m.start(), m.end(), parts[0][2], "count"))
    return out


def _assemble(ctx: _Ctx, items: list[dict]) -> list[Quantity]:
    out: list[Quantity] = []
    n = len(items)
    i = 0
    last_end = 0
    while i < n:
        it = items[i]
        if it["start"] < last_end:
            i += 1
            continue
        q, consumed = _read(ctx, items, i, last_end)
        i += consumed
        if q is None:
            continue
        if q.start < last_end:
            continue
        out.append(q)
        last_end = q.end
    return _merge_bounds(ctx, out)


# Two one-sided bounds joined by "and" / "but": "more than 10 and less than 20".
_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|but|,)\s*$", re.I)


def _merge_bounds(ctx: _Ctx, out: list[Quantity]) -> list[Quantity]:
    if len(out) < 2:
        return out
    res: list[Quantity] = []
    k = 0
    while k < len(out):
        a = out[k]
        if k + 1 < len(out):
            b = out[k + 1]
            if (a.qualifier in ("more than", "at least", "less than", "up to") and b.qualifier in ("more than", "at least", "less than", "up to")
                    and a.kind == b.kind and a.unit == b.unit and _JOIN.match(ctx.text[a.end:b.start])):
                lo_q = a if a.high is None else b if b.high is None else None
                hi_q = a if a.low is None else b if b.low is None else None
                if lo_q is not None and hi_q is not None and lo_q is not hi_q and lo_q.low < hi_q.high:
                    mid = (lo_q.low + hi_q.high) / 2
                    res.append(Quantity(a.start, b.end, ctx.text[a.start:b.end], mid, lo_q.low, hi_q.high,
                                        "range", a.unit, a.kind, a.per or b.per))
                    k += 2
                    continue
        res.append(a)
        k += 1
    return res


def _read(ctx: _Ctx, items: list[dict], i: int, floor: int) -> tuple[Quantity | None, int]:
    """Read items[i] with its context into a Quantity; returns (q, items consumed)."""
    text = ctx.text
    it = items[i]
    s, e = it["start"], it["end"]
    if "change" in it:
        return _read_change(ctx, it, floor), 1
    if it.get("vague"):
        return _read_vague(ctx, items, i, floor)
    value = it["value"]
    kind = it["kind"]
    # ---- kinds decided by the digits and what is glued to them
    raw = text[s:e]
    is_digits = not it.get("words")
    if is_digits:
        r = _non_quantity(ctx, it, floor)
        if r is not None:
            return r, 1
    if kind == "ordinal":
        return _make(ctx, s, e, value, "ordinal"), 1
    # ---- value modifiers after the figure
    pos = e
    c = text[pos:pos + 1]
    if is_digits and c and c in " /xX×*eE^" + _UFRAC:
        m = _MIXED_FRACTION.match(text, pos) if c == " " else None
        if m and int(m.group(2)) and int(m.group(1)) < int(m.group(2)) and "." not in raw:
            value = value + int(m.group(1)) / int(m.group(2))
            pos = m.end()
            if i + 1 < len(items) and items[i + 1]["start"] < pos:
                i_skip = 1
            else:
                i_skip = 0
        else:
            i_skip = 0
            m = _FRACTION_AFTER.match(text, pos) if c == "/" else None
            if m and int(m.group(1)):
                value = value / int(m.group(1))
                kind = "ratio"
                pos = m.end()
                i_skip = 1 if i + 1 < len(items) and items[i + 1]["start"] < pos else 0
        if pos < len(text) and text[pos] in _UNICODE_FRACTIONS:
            value += _UNICODE_FRACTIONS[text[pos]]
            pos += 1
            i_skip = 1 if i + 1 < len(items) and items[i + 1]["start"] < pos else i_skip
        m = _POWER_AFTER.match(text, pos)
        if m:
            p = m.group("p1") or m.group("p2")
            if p is not None:
                value = value * 10 ** int(p.replace("−", "-"))
            else:
                p3 = m.group("p3")
                neg = p3.count("-") % 2 == 1
                exp = int(re.sub(r"[-+]", "", p3)) * (-1 if neg else 1)
                value = value ** exp
            pos = m.end()
            i_skip = 1 if i + 1 < len(items) and items[i + 1]["start"] < pos else i_skip
    else:
        i_skip = 0
    # scale suffixes glued or spaced: 10k, $5bn, 2.33 k
    cur_before = None
    if s > 0:
        c1 = text[s - 1]
        if c1 in _CUR_CHARS or c1.isalpha() or (c1 == " " and s > 1 and (text[s - 2] in _CUR_CHARS or text[s - 2].isalpha())):
            pw, _pj = _prev_word(text, s)
            if pw and (pw[-1] in _CUR_CHARS or pw[-3:].isupper() or pw[-3:].lower() in ("usd", "eur", "gbp", "rmb") or pw[-2:].lower() in ("rs", "s.", "sh")):
                cur_before = _CURRENCY_BEFORE.search(_sub(text, s, 8))
    c = text[pos:pos + 1]
    if (is_digits or text[pos - 1:pos].isdigit()) and (c.isalpha() or c == " " and text[pos + 1:pos + 3].lstrip()[:1] in ("k", "K", "b", "m", "t", "M")):
        m = _SCALE_SUFFIX.match(text, pos)
        if m:
            suf = m.group("glued") or m.group("spaced")
            ok = True
            if suf in ("m",) and not cur_before and _LENGTH_CONTEXT.match(text, m.end()):
                ok = False  # "1.8m tall" is metres
            if suf == "T" and not cur_before:
                ok = False
            if suf in ("b", "B") and not cur_before and "." not in raw:
                ok = suf == "B" or text[m.end():m.end() + 1] in ("", " ", ",", ".")
            if ok:
                value = value * _SCALE_SUFFIX_VALUES[suf.lower()]
                pos = m.end()
    # ---- following scale words when the phrase stopped early ("1.5 million" is one phrase already)
    unit = None
    per = None
    qualifier = None
    start = s
    # ---- negative sign
    neg = None
    if start > 0 and (text[start - 1] == "-" or text[start - 2:start] == "- " or text[start - 1] == " " and
                      _prev_word(text, start)[0].lower() in ("minus", "negative")):
        neg = _NEG_BEFORE.search(_sub(text, start, 10))
    if neg and neg.start() + max(0, start - 10) >= floor:
        before = text[max(0, start - 10) + neg.start() - 1: max(0, start - 10) + neg.start()]
        if not before.isdigit():
            value = -value
            start = max(0, start - 10) + neg.start()
    # ---- currency before
    if cur_before and cur_before.start() + max(0, s - 8) >= floor:
        sym = cur_before.group("cur")
        code = _CURRENCY_SYMBOLS.get(sym.lower().replace(" ", ""), sym.upper() if sym.isupper() and len(sym) == 3 else None)
        if code is None and re.fullmatch(r"[A-Za-z]{3}", sym):
            code = sym.upper()
        if code:
            unit = code
            kind = "money"
            start = min(start, max(0, s - 8) + cur_before.start())
    # ---- percent
    c = text[pos:pos + 1]
    more, w = _follows(text, pos)
    m = _PERCENT_AFTER.match(text, pos) if more else None
    if m and unit is None:
        kind = "percent"
        unit = "pp" if m.group("pp") else "%"
        pos = m.end()
    elif unit is None:
        pm = _PERCENT_OF_BEFORE.search(_sub(text, start, 16)) if text.endswith("of ", 0, start) else None
        if pm:
            kind = "percent"
            unit = "%"
            start = max(0, start - 16) + pm.start()
    # ---- ratio "one in five", "two out of three", "one over three"
    ratio_consumed = 0
    if unit is None and i + 1 + i_skip < len(items):
        nx = items[i + 1 + i_skip]
        if "change" not in nx and not nx.get("vague") and nx.get("kind") in ("count",):
            gap = text[pos:nx["start"]]
            rm = _RATIO_GAP.match(gap)
            if rm and nx["value"] and not _is_year_like(text, nx):
                word = rm.group().strip().lower()
                after = text[nx["end"]:nx["end"] + 2]
                ok = False
                if word == "over":
                    ok = not re.match(r"\s*[A-Za-z]", after) or re.match(r"\s*(?:and|is|equals)\b", text[nx["end"]:nx["end"] + 8])
                elif word.startswith("out"):
                    ok = value <= nx["value"]
                else:
                    ok = value < nx["value"] and (value == 1 or it.get("words") or nx.get("words"))
                if ok:
                    value = value / nx["value"]
                    kind = "ratio"
                    pos = nx["end"]
                    ratio_consumed = 1
    # ---- currency / unit names after the figure
    if pos > e:
        more, w = _follows(text, pos)
    if unit is None and more:
        m = _CURRENCY_AFTER.match(text, pos)
        if m:
            name = re.sub(r"\s+", " ", m.group("name").lower())
            code = _currency_code(name, value, text, s, pos)
            if code:
                if name.startswith("cent") or name in ("pence", "penny"):
                    value = value / 100
                unit, kind = code, "money"
                pos = m.end()
                if name.endswith(("dollars", "dollar", "euros", "euro", "pounds", "pound")):
                    m2 = _CENTS_AFTER.match(text, pos)  # "3 dollars 50 cents"
                    if m2:
                        value += int(m2.group(1)) / 100
                        pos = m2.end()
    if unit is None and more:
        mu = _match_unit(text, pos, is_digits)
        if mu:
            unit, factor, offset, upos, uname = mu
            if not (uname in _DURATION_WORDS and _AGE_AFTER.match(text, pos)):  # "30 years old" is an age
                value = value * factor + offset
                kind = "measure"
                pos = upos
                if uname in ("ft", "foot", "feet"):
                    m2 = _INCHES_AFTER.match(text, pos)  # "5 feet 2 inches"
                    if m2:
                        value += float(m2.group(1)) * 0.0254
                        pos = m2.end()
    # ---- age: "44-year-old", "aged 44"
    if kind in ("count",) and is_digits or (kind == "count" and it.get("words")):
        if (text[e:e + 1] in ("-", " ") and _AGE_AFTER.match(text, e)) or (value < 130 and _prev_word(text, start)[0].lower() in ("aged", "age", "ages")):
            am = _AGE_AFTER.match(text, e)
            end = am.end() if am else e
            qa = _qualifier_before(text, start)
            if qa and qa[1] >= floor:
                return _make(ctx, qa[1], end, value, "age", qa[0]), 1
            return _make(ctx, start, end, value, "age"), 1
    # ---- rate
    c = text[pos:pos + 1]
    if pos > e or c != " ":
        w = _follows(text, pos)[1]
    m = _RATE.match(text, pos) if c == "/" or (c == " " and w in _RATE_FIRST) else None
    if m is None and c == " " and kind == "count" and unit is None and (w[-1:] == "s" or w in _NOUNS):
        m = _NOUN_RATE.match(text, pos)
        if m and m.group("noun") in _NOT_NOUNS:
            m = None
    if m and not (kind == "measure" and unit == "s"):
        p = (m.group("p") or m.group("a")).lower()
        p = re.sub(r"\s+", " ", p)
        if p != "per capita":
            per = _PERIODS.get(p, p)
            pos = m.end()
            if kind == "count":
                kind = "rate"
    # ---- qualifier before / after
    qm = _qualifier_before(text, start)
    if qm:
        qstart = qm[1]
        if qm[2] == "over" and kind == "measure" and unit == "s":
            qstart = -1  # "over five years" is a period of time, not a bound
        if qstart >= floor:
            qualifier = qm[0]
            if qm[2].startswith("nearly doubled"):
                qualifier = None
            else:
                start = qstart
    c = text[pos:pos + 1]
    if pos > e:
        w = _follows(text, pos)[1]
    if qualifier in (None, "about", "nearly") and c and (c in "+-" or c == " " and w in ("or", "and", "plus")):
        # "about 500 or more": the trailing bound is the claim
        m = _OR_MORE.match(text, pos)
        if m:
            qualifier = "at least"
            pos = m.end()
        else:
            m = _OR_LESS.match(text, pos)
            if m:
                qualifier = "up to"
                pos = m.end()
    elif qualifier in ("more than", "less than") and c == " ":
        m = _OR_EQUAL.match(text, pos)  # "more than 5000 or equal to"
        if m:
            qualifier = "at least" if qualifier == "more than" else "up to"
            pos = m.end()
    # ---- change: "up 30%"
    cm = _CHANGE_BEFORE.search(_sub(text, start, 40)) if kind == "percent" else None
    if cm and kind in ("percent",) and max(0, start - 40) + cm.start() >= floor:
        d = cm.group("dir").lower()
        if d in ("up", "down"):
            start = max(0, start - 40) + cm.start()
        if d in _DOWN and value > 0:
            value = -value
        kind = "change"
    # ---- ranges: "5,000-6,000", "between 50,000 and 70,000", "four or five"
    j = i + 1 + i_skip + ratio_consumed
    if qualifier in (None, "about") and ratio_consumed == 0 and j < len(items) and items[j]["start"] - pos < 12:
        rq = _try_range(ctx, items, i, j, s if qualifier else start, pos, value, kind, unit, it, floor)
        if rq is not None:
            return rq
    # ---- drop the pronoun "one"
    if it.get("words") and kind == "count" and value == 1 and text[s:e].lower() in ("one", "an", "a") and unit is None:
        if _ONE_DROP_BEFORE.search(_sub(text, s, 12)) or _ONE_DROP_AFTER.match(text, e):
            return None, 1 + i_skip + ratio_consumed
    if it.get("words") and kind == "count" and value == 1 and text[s:e].lower() in ("a", "an"):
        return None, 1 + i_skip + ratio_consumed
    # ---- identifier-like capitalised name before: "Boeing 737", "Flight 17"
    if is_digits and kind == "count" and qualifier is None and unit is None:
        cw = _CAPWORD_BEFORE.search(_sub(text, s, 24)) if s > 1 and text[s - 1] == " " and text[s - 2].isalpha() \
            and _prev_word(text, s)[0][:1].isupper() else None
        if cw and cw.group(1).lower() not in _NOT_NAMES and re.fullmatch(r"\d{1,5}", raw):
            ss = max(0, s - 24) + cw.start(1)
            pp = _prev_word(text, ss)[0] if ss > 0 and text[ss - 1] == " " else ""
            headline = pp[:1].isupper() and pp not in ("The", "A", "An", "Its", "His", "Her", "Their")
            if ss >= floor and not headline and not _NAME_COMMA_BEFORE.search(_sub(text, s, 24)):
                return _make(ctx, ss, pos, value, "other"), 1 + i_skip
    if is_digits and kind == "count" and qualifier is None and unit is None and s > 1 and text[s - 1] == " ":
        pw = _prev_word(text, s)
        if pw[0].lower() in _LABELS and re.fullmatch(r"\d{1,4}", raw):
            return _make(ctx, pw[1], pos, value, "other"), 1 + i_skip  # "week 12", "page 4"
    if kind == "count" and per is None and value is not None and qualifier is None and is_digits:
        yr = _year(ctx, s, e, raw, value, pos)
        if yr is not None:
            return yr, 1
    return _make(ctx, start, pos, value, kind, qualifier, unit, per), 1 + i_skip + ratio_consumed


_YEAR_RAW = re.compile(r"(?:1[6-9]|20)\d\d")


def _is_year_like(text: str, it: dict) -> bool:
    raw = text[it["start"]:it["end"]]
    return bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", raw))


def _year(ctx: _Ctx, s: int, e: int, raw: str, value: float, pos: int) -> Quantity | None:
    text = ctx.text
    if len(raw) != 4 or pos != e or not _YEAR_RAW.fullmatch(raw):
        return None
    nxt = text[e:e + 24]
    if re.match(r"\s+[a-z]", nxt) and not re.match(r"\s+(?:and|to|or|when|after|before|as|in|was|is|were|will|had|has|at|on|for|but|saw|the|with|against|ahead|election|elections|census|season|campaign|budget|war|world|olympics|games|cup|summit|report|survey|levels?|figures?)\b", nxt):
        if not _YEAR_CONTEXT_BEFORE.search(_sub(text, s, 24)):
            return None
    if text[e:e + 1] == "s" and not text[e + 1:e + 2].isalpha():
        e += 1  # "the 1990s"
    return _make(ctx, s, e, value, "year")


def _currency_code(name: str, value: float, text: str, s: int, pos: int) -> str | None:
    if len(name) == 1:
        return _CURRENCY_SYMBOLS.get(name)
    if name.isalpha() and len(name) == 3 and name.upper() in _CURRENCY_CODES.split("|"):
        return "CNY" if name.upper() == "RMB" else name.upper()
    n = name
    if n.startswith("pound") and "sterling" not in n:
        # "361 million pounds" is money, "25 pounds" of weight is a measure;
        # a scale word or a sterling context decides.
        before = text[max(0, s - 40):pos].lower()
        if not re.search(r"\b(?:million|billion|bn|m|thousand|trillion|£|sterling|fine|fined|cost|paid|pay|worth|price)\b", before):
            return None
    base = n[:-1] if n.endswith("s") and n[:-1] in _CURRENCY_NAMES else n
    if base in _CURRENCY_NAMES:
        return _CURRENCY_NAMES[base]
    last = base.split()[-1]
    last = last[:-1] if last.endswith("s") and last[:-1] in _CURRENCY_NAMES else last
    if base.startswith(("us ", "u.s. ", "american ")):
        return "USD"
    for prefix, code in (("canadian", "CAD"), ("australian", "AUD"), ("hong kong", "HKD"), ("new zealand", "NZD"),
                         ("singapore", "SGD"), ("swiss", "CHF"), ("turkish", "TRY"), ("indian", "INR"),
                         ("chinese", "CNY"), ("finnish", "FIM"), ("dutch", "NLG"), ("russian", "RUB"),
                         ("mexican", "MXN")):
        if base.startswith(prefix):
            return code
    return _CURRENCY_NAMES.get(last)


def _match_unit(text: str, pos: int, glued_ok: bool):
    m = _UNIT_AFTER.match(text, pos)
    if m:
        u = re.sub(r"\s+", " ", m.group("u").lower())
        if u.startswith("degree") or u.startswith("°"):
            key = u.split()[-1].lstrip("°").strip()
            canon, f, off = _TEMPS.get(key, ("°C", 1.0, 0.0))
            return canon, f, off, m.end(), u
        if u in _UNITS_TABLE:
            canon, f = _UNITS_TABLE[u]
            return canon, f, 0.0, m.end(), u
    # short symbols: case-sensitive, glued or one space ("100t", "10 m")
    m = re.compile(r"\s?").match(text, pos)
    p2 = m.end()
    m = _SHORT_UNIT_AFTER.match(text, p2)
    if m:
        u = m.group("u")
        if u in ("m", "s", "h") and p2 > pos and u != "m":
            return None
        if u in ("t", "l", "g") and p2 > pos:
            return None
        if u == "m" and p2 > pos and not _LENGTH_CONTEXT.match(text, m.end()) and text[m.end():m.end() + 1] not in ("", " ", ".", ",", ")"):
            return None
        key = u.lower()
        if key in _UNITS_TABLE:
            canon, f = _UNITS_TABLE[key]
            return canon, f, 0.0, m.end(), key
    return None


def _read_change(ctx: _Ctx, it: dict, floor: int) -> Quantity:
    text = ctx.text
    s, e = it["start"], it["end"]
    qualifier = None
    qm = _qualifier_before(text, s, 24)
    if qm and qm[1] >= floor:
        qualifier = qm[0]
        s = qm[1]
    return _make(ctx, s, e, it["change"], "change", qualifier)


def _read_vague(ctx: _Ctx, items: list[dict], i: int, floor: int) -> tuple[Quantity | None, int]:
    text = ctx.text
    it = items[i]
    s, e, key = it["start"], it["end"], it["vague"]
    consumed = 1
    if key.startswith("a couple"):
        # "a couple hundred": about two of the following scale
        if i + 1 < len(items) and items[i + 1]["start"] - e <= 1 and items[i + 1].get("words") \
                and items[i + 1]["value"] and items[i + 1]["value"] >= 100 and items[i + 1]["kind"] == "count":
            sc = items[i + 1]["value"]
            return _make(ctx, s, items[i + 1]["end"], 2 * sc, "count", "vague", low=2 * sc, high=3 * sc), 2
        return _make(ctx, s, e, 2, "count", "about"), 1
    if key == "several" and i + 1 < len(items) and items[i + 1]["start"] - e <= 1 and items[i + 1].get("words") \
            and items[i + 1]["value"] in (100, 1000, 1e6, 1e9, 12) and "change" not in items[i + 1]:
        sc = items[i + 1]["value"]
        return _make(ctx, s, items[i + 1]["end"], 3 * sc, "count", "vague", low=3 * sc, high=9 * sc), 2
    if key not in VAGUE:
        return None, 1
    v, lo, hi = VAGUE[key]
    if key in ("scores",) and not re.match(r"\s+of\b", text[e:e + 4]):
        return None, 1
    if key in ("hundreds", "thousands", "millions", "billions", "dozens"):
        # "hundreds of", "thousands more", "thousands fled": not "the hundreds digit"
        if re.search(r"\b(?:the|of)\s+$", _sub(text, s, 6)) and not re.match(r"\s+of\b", text[e:e + 4]):
            return None, 1
    end = e
    unit = None
    kind = "count"
    cm = _CURRENCY_BEFORE.search(_sub(text, s, 4))
    if cm and cm.group("cur") in ("$", "€", "£"):
        unit, kind = _CURRENCY_SYMBOLS[cm.group("cur")], "money"
        s = max(0, s - 4) + cm.start()
    m = _CURRENCY_AFTER.match(text, e)
    if unit is None and m and re.match(r"\s+of\s", text[e:e + 4]) is None and m.group("name").lower().rstrip("s") in ("dollar", "euro", "pound"):
        unit, kind = _CURRENCY_NAMES[m.group("name").lower().rstrip("s")], "money"
        end = m.end()
    m = _RATE.match(text, end)
    per = None
    if m and kind == "count":
        p = re.sub(r"\s+", " ", (m.group("p") or m.group("a")).lower())
        if p != "per capita":
            per = _PERIODS.get(p, p)
            end = m.end()
            kind = "rate"
    return _make(ctx, s, end, v, kind, "vague", unit, per, low=lo, high=hi), consumed


_STOP_AFTER = frozenset(",.;:!?)\n\"'’”")
_CLOCK_DECIMAL = re.compile(r"\d{1,2}\.[0-5]\d")
_MILITARY_TIME = re.compile(r"\s(?:hrs|hours|GMT|UTC|IST|GMT|CET|local\s+time)\b")
_AM_PM = re.compile(r"\s?[ap]\.\s?m\b\.?|\s?[ap]m\b", re.I)
_ONE_DECIMAL = re.compile(r"\d\.\d")
_LETTERS_DIGIT = re.compile(r"[A-Za-z]+\d")
_PHONE_TAIL = re.compile(r"-\d{3,}-\d")


def _non_quantity(ctx: _Ctx, it: dict, floor: int) -> Quantity | None:
    """Years, dates, times, ordinals, magnitudes and identifiers glued to digits."""
    text = ctx.text
    s, e = it["start"], it["end"]
    raw = text[s:e]
    value = it["value"]
    pw = _prev_word(text, s)[0].rstrip(".,").lower() if s > 0 and text[s - 1] == " " else ""
    month_before = pw[:3] in _MONTH_PREFIXES and (len(pw) <= 4 or pw in _MONTH_NAMES)
    c = text[e:e + 1]
    c2 = text[e + 1:e + 2]
    short = raw.isdigit() and len(raw) <= 2
    if c in "sntrSNTR" and c and raw.isdigit() and _ORD_SUFFIX.match(text, e):
        end = _ORD_SUFFIX.match(text, e).end()
        db = _DATE_BEFORE.search(_sub(text, s, 32)) if month_before else None
        if db and max(0, s - 32) + db.start() >= floor:
            ss = max(0, s - 32) + db.start()
            y = re.match(r",?\s+(?:1[89]|20)\d\d\b", text[end:end + 7])
            return _make(ctx, ss, end + (y.end() if y else 0), value, "date")
        da = _DATE_AFTER.match(text, e)
        if da:
            return _make(ctx, s, da.end(), value, "date")
        return _make(ctx, s, end, value, "ordinal")
    tm = _TIME_AFTER.match(text, e) if short and c and (c in ":apAPoh" or (c == " " and c2 in "apAPo")) else None
    if tm and value <= 24:
        return _make(ctx, s, tm.end(), value, "time")
    if c == " " and len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60:
        mt = _MILITARY_TIME.match(text, e)  # "at 1100 hrs"
        if mt:
            return _make(ctx, s, mt.end(), value, "time")
    if c and c in " aApP" and _CLOCK_DECIMAL.fullmatch(raw) and value < 13:
        mt = _AM_PM.match(text, e)  # "9.25 am", "05.51AM"
        if mt:
            return _make(ctx, s, mt.end(), value, "time")
    if short and 1 <= value <= 31:
        db = _DATE_BEFORE.search(_sub(text, s, 32)) if month_before else None
        if db and max(0, s - 32) + db.start() >= floor:
            ss = max(0, s - 32) + db.start()
            y = _DAY_SUFFIX_YEAR.match(text, e)
            return _make(ctx, ss, y.end() if y else e, value, "date")
        da = _DATE_AFTER.match(text, e) if c == " " or c in "sntr" and c else None
        if da:
            wb = _WEEKDAY_BEFORE.search(_sub(text, s, 16))
            ss = s if not wb else max(0, s - 16) + wb.start()
            return _make(ctx, max(ss, floor), da.end(), value, "date")
    if c and c in "/.-" and raw.isdigit() and len(raw) <= 4:
        dm = _SLASH_DATE.match(text, e)
        if dm and (len(raw) <= 2 or len(raw) == 4) and re.fullmatch(r"[/.-]\d{1,2}[/.-]\d{2,4}", dm.group()):
            return _make(ctx, s, dm.end(), value, "date")
        if dm and len(raw) == 4 and re.fullmatch(r"-\d{1,2}", dm.group()) and 1 <= int(dm.group()[1:]) <= 12 \
                and re.fullmatch(r"(?:1[6-9]|20)\d\d", raw):
            return _make(ctx, s, dm.end(), value, "date")  # 1995-01
    if c and c in "xX×*eE^ " and _POWER_AFTER.match(text, e):
        return None
    # magnitude
    mb = _MAGNITUDE_BEFORE.search(_sub(text, s, 16)) if s > 0 and (
        text[s - 1] in "Mw" or "agnitude" in text[max(0, s - 16):s]) else None
    if mb and max(0, s - 16) + mb.start() >= floor and value < 11 and (
            mb.group().lower().startswith("magnitude") or "." in raw):
        return _make(ctx, max(0, s - 16) + mb.start(), e, value, "magnitude")
    if c and c in "- " and c2 in "mMoOsS- " and _MAGNITUDE_AFTER.match(text, e):
        return _make(ctx, s, _MAGNITUDE_AFTER.match(text, e).end(), value, "magnitude")
    if c == " " and value < 10 and _ONE_DECIMAL.fullmatch(raw) and _QUAKE_AFTER.match(text, e):
        return _make(ctx, s, e, value, "magnitude")
    # identifiers glued to letters: COVID-19, F-16, G7, MH17, 24703L202
    ib = _IDENT_BEFORE.search(_sub(text, s, 16)) if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-#" or pw == "no") else None
    if ib and max(0, s - 16) + ib.start() >= floor:
        frag = ib.group()
        if frag and (frag[-1].isalpha() or frag[:1] == "#" or frag[:3].lower() == "no." or (frag.endswith("-") and len(frag) > 1 and frag[-2].isalnum())) \
                and not _CURRENCY_BEFORE.search(_sub(text, s, 8)) and not re.fullmatch(r"(?:[Mm]inus|[Nn]egative|[Aa]ged?)\s*-?", frag) \
                and not re.search(r"(?:^|\W)(?:mid|pre|post|over|under|ages?|top|aged)-$", frag, re.I):
            ss = max(0, s - 16) + ib.start()
            if " " in raw:  # "Core i7 860" is no 7,860
                return None
            ee = e
            g = _IDENT_GLUED_AFTER.match(text, e)
            if g:
                ee = g.end()
            return _make(ctx, ss, ee, value, "other")
    g = c.isalpha() and _LETTERS_DIGIT.match(text, e)
    if g:
        ee = _IDENT_GLUED_AFTER.match(text, e).end()
        return _make(ctx, s, ee, value, "other")
    # phone-like runs: "+1-222-2222"
    if c == "-" and (_PHONE_TAIL.match(text, e) or (s > 0 and text[s - 1] == "+" and c2.isdigit())):
        m = re.compile(r"[\d\-/ ]*\d").match(text, e)
        ss = s - 1 if s > 0 and text[s - 1] == "+" else s
        return _make(ctx, ss, m.end(), value, "other")
    # "Sergei, 44," -> age
    nb = _NAME_COMMA_BEFORE.search(_sub(text, s, 24)) if text.endswith(", ", 0, s) else None
    if nb and short and _NAME_COMMA_AFTER.match(text, e):
        return _make(ctx, s, e, value, "age")
    return None


def _try_range(ctx: _Ctx, items, i, j, start, pos, value, kind, unit, it, floor) -> tuple[Quantity, int] | None:
    text = ctx.text
    nx = items[j]
    if "change" in nx or nx.get("vague") or nx.get("kind") not in ("count", "ratio"):
        return None
    if nx["value"] is None:
        return None
    gap = text[pos:nx["start"]]
    m = _RANGE_GAP.match(gap)
    if not m:
        return None
    word = gap.strip(" \t\n$€£¥₹US").lower()
    if word.startswith("-") and len(word) > 1:
        word = "to"  # "24- to 30-foot"
    bw = _BETWEEN_BEFORE.search(_sub(text, start, 16))
    if word == "and" and not (bw and bw.group().lower().startswith("between")):
        return None
    # read the second end with its own context, without a qualifier
    # after a dash the minus is the dash ("1000 - 5000"); after "to" it is a sign ("-18 to -34")
    q2, used = _read(ctx, items, j, nx["start"] if word in ("-", "\u2010", "\u2013", "\u2014", "~", "") else pos)
    if q2 is None or q2.kind in ("year", "date", "time", "ordinal", "other", "age"):
        return None
    if q2.start < pos or q2.qualifier is not None:
        return None
    if (kind == "count" and unit is None and q2.kind in ("percent", "money", "measure")
            and _YEAR_RAW.fullmatch(text[it["start"]:it["end"]])):
        return None  # "from 67.4% in 2017 to 55%": the year is not an end
    if (unit is not None and q2.unit is not None and unit != q2.unit) or (kind == "percent" and q2.kind != "percent"):
        return None  # "up 25% to 34,500 tonnes" is two figures
    v1, v2 = value, q2.value
    u = unit or q2.unit
    k = kind if kind != "count" else q2.kind
    # "50-70 thousand", "$5-6bn", "10-15 km": a scale or unit written once
    # applies to both ends, when the first end has none of its own
    trail = nx.get("trail", 1.0)
    raw2 = nx["value"] / trail
    if value == it["value"] and it.get("trail", 1.0) == 1.0 and raw2 and q2.value != raw2 \
            and (unit is None or q2.unit in (None, unit)) and 0 <= value < raw2:
        v1 = value * (q2.value / raw2)
    if unit is not None and q2.unit is None:
        k = kind
    if word in ("or",):
        if not (it.get("words") and v1 < v2 <= v1 * 3) and not (v1 < v2 and v2 - v1 <= 2 and v2 < 100):
            return None
    if v1 is None or v2 is None:
        return None
    if word in ("-", "\u2010", "\u2013", "\u2014", "~") or not word:
        if not v1 < v2:
            # "won 3-1": a score, not a range
            if kind == "count" and q2.kind == "count" and not (bw) and text[pos:nx["start"]].strip() == "-" \
                    and v1 < 100 and v2 < 100 and re.fullmatch(r"\d+", text[it["start"]:it["end"]]):
                return _make(ctx, start, q2.end, v1, "other"), (j - i) + used
            return None
    elif v1 > v2 and word not in ("to",):
        return None
    if bw and bw.start() + max(0, start - 16) >= floor:
        start = max(0, start - 16) + bw.start()
    lo, hi = min(v1, v2), max(v1, v2)
    mid = (v1 + v2) / 2
    q = Quantity(start, q2.end, text[start:q2.end], _num(mid), _num(lo), _num(hi), "range", u, k, q2.per)
    return q, (j - i) + used
