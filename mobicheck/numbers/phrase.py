"""One number phrase ("three hundred and two", "1.5 million", "two thirds of a million") -> its numbers.

A phrase is cut into tokens, (start, end, type, value) with type one of
  "d" digits, "u" unit word 0-19, "t" tens word (may carry a unit: "fifty-two"),
  "s" scale (hundred .. trillion, lakh, crore), "z" dozen, "o" ordinal or
  denominator, "h" half/quarter, "uf" a unicode fraction, "a" an article,
  "and", "point", "of" (the joiners), "dash";
then grouped into numbers (`segments`), each read by `evaluate` into an Item.
"""
from __future__ import annotations

import re

from .quantity import Item
from .vocab import UNICODE_FRACTIONS, Vocab

# Digit runs: the groupings of thousands news copy uses.
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACE_THOUSANDS = re.compile(r"\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?:[.,]\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_EURO = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_DECIMAL = re.compile(r"\d*\.\d+|\d+")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_SPACES = re.compile(r"[\u0020\u00a0\u202f]")
_HYPHEN_SPLIT = re.compile(r"([A-Za-z]+)([\u0020\t]*[-\u2010\u2013][\u0020\t]*)([A-Za-z]+)")
_JOINERS = ("and", "point", "of", "dash")
_FIGURES = ("d", "u", "t")


def digits(s: str) -> float | None:
    """The value of a digit run; None when it is several numbers ("192.168.1.2")."""
    if _DECIMAL.fullmatch(s) or _COMMA_THOUSANDS.fullmatch(s) or _INDIAN.fullmatch(s):
        return float(s.replace(",", ""))
    if _SPACE_THOUSANDS.fullmatch(s):
        return float(_SPACES.sub("", s).replace(",", "."))
    if _EURO.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    return None


# ----------------------------------------------------------------------------- tokens
def tokens(v: Vocab, phrase: str, base: int) -> list[tuple]:
    """The tokens of `phrase`, which starts at offset `base` of the text."""
    toks: list[tuple] = []
    for m in v.tok.finditer(phrase):
        s, e, kind = m.start() + base, m.end() + base, m.lastgroup
        if kind == "dig":
            value = digits(m.group())
            if value is None:  # several numbers in one run: each digit group alone
                toks.extend((s + d.start(), s + d.end(), "d", float(d.group())) for d in re.finditer(r"\d+", m.group()))
            else:
                toks.append((s, e, "d", value))
        elif kind == "uf":
            toks.append((s, e, "uf", UNICODE_FRACTIONS[m.group()]))
        elif kind == "dash":
            toks.append((s, e, "dash", 0))
        else:
            toks.extend(_word_tokens(v, m.group(), s, e))
    return toks


def _word_tokens(v: Vocab, w: str, s: int, e: int) -> list[tuple]:
    hm = _HYPHEN_SPLIT.fullmatch(w) if "-" in w or "\u2010" in w or "\u2013" in w else None
    if not hm:
        t = v.tokens.get(w.lower())
        return [(s, e, *t)] if t else []
    a, b = v.tokens.get(hm.group(1).lower()), v.tokens.get(hm.group(3).lower())
    if a and b and a[0] == "t" and b[0] == "u" and 1 <= b[1] <= 9:
        return [(s, e, "t", a[1] + b[1])]  # fifty-two
    if a and b and a[0] == "t" and b[0] == "o" and b[1] < 10:
        return [(s, e, "o", a[1] + b[1])]  # twenty-first
    # two-thirds, one-eighth: two tokens
    return [(s + hm.start(g), s + hm.end(g), *t) for g, t in ((1, a), (3, b)) if t]


# ----------------------------------------------------------------------------- segments
def segments(toks: list[tuple]) -> list[Item]:
    """The numbers of a phrase's tokens, in order."""
    items: list[Item] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i][2] in _JOINERS:
            i += 1
            continue
        group, j = _group(toks, i)
        item = evaluate(group)
        # a group that reads as no number ("280 million first") keeps its
        # longest prefix that does; the rest is read again
        while item is None and len(group) > 1:
            group = group[:-1]
            item = evaluate(group)
            if item is not None:
                j = toks.index(group[-1], i) + 1
        if item is not None:
            items.append(item)
        i = max(j, i + 1)
    return items


def _group(toks: list[tuple], i: int) -> tuple[list[tuple], int]:
    """The tokens from toks[i] that may write one number, and the index after them."""
    group = [toks[i]]
    j, more = i + 1, True
    while more and j < len(toks):
        j, more = _grow(toks, j, group)
    return group, j


def _grow(toks: list[tuple], j: int, group: list[tuple]) -> tuple[int, bool]:
    """Try to add toks[j] (and what it needs) to the group: (index after, whether it may grow on)."""
    ty, last = toks[j][2], group[-1]
    n = len(toks)
    if ty == "point":
        return _decimals(toks, j, group)
    if ty == "and":
        return _after_and(toks, j, group) if j + 1 < n else (j, False)
    if ty == "of" and last[2] in ("o", "h"):
        k = j + 1
        if k < n and toks[k][2] == "a":
            k += 1
        if k < n and toks[k][2] == "s":
            group.extend(toks[j:k + 1])  # "two thirds of a million"
            return k + 1, True
    if ty == "a" and last[2] == "h" and j + 1 < n and toks[j + 1][2] in ("s", "z"):
        return j + 1, True  # "half a million", "half a dozen"
    if ty == "dash":
        if j + 1 < n and last[2] in ("u", "t") and toks[j + 1][2] in ("o", "h"):
            return j + 1, True  # "one - fourth", "three-quarters"
        return j, False
    if ty in ("and", "point", "of", "a"):
        return j, False  # "and a half" was taken above; any other joiner ends the number
    if _can_follow(last, toks[j]):
        group.append(toks[j])
        return j + 1, True
    k = _compound_denominator(toks, j)
    if k and last[2] in ("u", "t", "d", "s", "a"):
        group.extend(toks[j:k])  # "three twenty firsts", "one one hundred fifth"
        return k, False
    return j, False


def _decimals(toks: list[tuple], j: int, group: list[tuple]) -> tuple[int, bool]:
    """"two hundred point zero three": the digit words after "point" as one decimal token."""
    n = len(toks)
    if not (j + 1 < n and toks[j + 1][2] in ("u", "t")):
        return j, False
    k = j + 1
    figures = ""
    while k < n and toks[k][2] in ("u", "t") and (toks[k][0] - toks[k - 1][1]) < 4:
        figures += str(int(toks[k][3]))
        k += 1
    end = toks[k - 1][1]
    group.append((end, end, "pt", float("0." + figures)))
    return k, False


def _after_and(toks: list[tuple], j: int, group: list[tuple]) -> tuple[int, bool]:
    n = len(toks)
    nx, last = toks[j + 1], group[-1]
    # "one hundred and six", "two thousand and two hundred"
    if last[2] == "s" and nx[2] in _FIGURES and 0 < nx[3] < last[3] and (nx[2] != "d" or last[3] == 100) \
            and not (j + 2 < n and toks[j + 2][2] == "s" and toks[j + 2][3] == last[3]):
        group.append(toks[j])
        group.append(nx)
        return j + 2, True
    # "one and a half", "twenty and three fifths", "three million and a quarter"
    k = _fraction_ahead(toks, j + 1)
    if k:
        group.extend(toks[j:k])
        return k, True
    return j, False


def _can_follow(prev: tuple, t: tuple) -> bool:
    """May token t continue the number whose last token is prev?"""
    p, ty = prev[2], t[2]
    if ty == "s":
        if p in ("d", "u", "t", "a", "h", "o", "uf"):
            return True
        return p == "s" and (t[3] > prev[3] or (prev[3] >= 1e5 and t[3] >= 1e5))
    if ty == "z":
        return p in ("d", "u", "t", "a", "s", "h")
    if ty in _FIGURES:
        if p == "t" and ty == "u" and t[3] < 10 and prev[3] % 10 == 0:
            return True
        # "thousand three hundred", "4 thousand 3 hundred": smaller than the scale
        return p == "s" and prev[3] >= 100 and 0 < t[3] < prev[3]
    if ty == "o":
        return t[3] not in (1, 2) and p in ("d", "u", "t", "a", "s")  # "first", "second" are no denominators
    if ty == "h":
        return p in ("a", "u", "d", "t")
    return False


def _compound_denominator(toks: list[tuple], j: int) -> int:
    """End index of an ordinal written in two or three words at toks[j], else 0."""
    n = len(toks)
    if j + 1 < n and toks[j][2] == "t" and toks[j + 1][2] == "o" and toks[j + 1][3] < 10:
        return j + 2
    if j + 2 < n and toks[j][2] in ("u", "t") and toks[j + 1][2] == "s" and toks[j + 2][2] == "o":
        return j + 3
    return 0


def _fraction_ahead(toks: list[tuple], k: int) -> int:
    """If a fraction ("a half", "three fifths", "two thirds") starts at toks[k], the index after it."""
    n = len(toks)
    if k >= n:
        return 0
    t = toks[k]
    if t[2] in ("a", "u", "t", "d") and k + 1 < n and toks[k + 1][2] in ("h", "o"):
        if toks[k + 1][2] == "o" and toks[k + 1][3] in (1, 2):
            return 0  # "and a second", "and one first"
        return k + 2
    if t[2] in ("u", "t") and k + 2 < n and toks[k + 1][2] == "and":
        return _fraction_ahead(toks, k + 2)  # "twenty and three and three fifths"
    if t[2] == "t" and k + 2 < n and toks[k + 1][2] == "u" and toks[k + 2][2] in ("o", "h"):
        return k + 3
    return 0


# ----------------------------------------------------------------------------- values
def evaluate(group: list[tuple]) -> Item | None:
    """The number one group of tokens writes, or None."""
    while group and group[-1][2] in ("and", "of", "a", "dash"):
        group = group[:-1]
    if not group:
        return None
    start, end = group[0][0], group[-1][1]
    if len(group) == 1 and group[0][2] == "uf":
        return Item(start, end, group[0][3], "ratio")
    point = None
    if group[-1][2] == "pt":
        point = group[-1][3]
        group = group[:-1]
    fi = next((k for k, t in enumerate(group) if t[2] in ("o", "h")), None)
    if fi is None:
        return _whole(group, start, end, point)
    return _fraction(group, fi, start, end)


def _whole(group: list[tuple], start: int, end: int, point: float | None) -> Item | None:
    value = int_value(group)
    if value is None:
        return None
    if point is not None:
        value += point
    trail = 1.0
    for t in reversed(group):
        if t[2] != "s":
            break
        trail *= t[3]
    return Item(start, end, value, "count", any(t[2] != "d" for t in group), trail)


def int_value(toks: list[tuple]) -> float | None:
    """Value of an integer word/digit group ("three hundred and two thousand")."""
    total = cur = last = 0.0  # last addend, for "two dozens" after "three hundred and"
    have = False
    prev = None
    for t in toks:
        ty, v = t[2], t[3]
        if ty in _FIGURES or ty == "a":
            v = 1 if ty == "a" else v
            cur += v
            last = v
        elif ty == "s":
            if v == 100:
                cur = (cur or 1) * 100
            elif prev == "s" and cur == 0 and total:
                total *= v  # "three lakh crore"
            else:
                total += (cur or 1) * v
                cur = 0
            last = 0
        elif ty == "z":
            cur = cur - last + (last or 1) * 12
            last = 0
        elif ty not in ("and", "dash"):
            return None
        have = have or ty not in ("and", "dash")
        prev = ty
    return total + cur if have else None


def _fraction(group: list[tuple], fi: int, start: int, end: int) -> Item | None:
    """A group with a denominator at group[fi]: "two thirds", "one and a half million", "the seventh"."""
    den_tok, head, tail = group[fi], group[:fi], group[fi + 1:]  # tail: a scale after it, "half a million"
    if tail and any(t[2] not in ("s", "z", "of", "a") for t in tail):
        return None
    den = den_tok[3]
    if den_tok[2] == "o" and not head:
        return Item(start, end, den, "ordinal", True)  # a bare ordinal: "the seventh", "twenty-first"
    if den_tok[2] == "o" and den in (1, 2) and not (head and head[-1][2] == "t"):
        return None  # "first"/"second" are fractions only in compounds ("a twenty-first")
    int_part, num = _split_numerator(head, den)
    den, num = _widen_denominator(den_tok, den, num)
    numerator = int_value(num) if num else 1.0
    if numerator is None:
        return None
    frac = numerator / den
    if not int_part:
        mult = 1.0
        for t in tail:
            if t[2] in ("s", "z"):
                mult *= t[3]
        return Item(start, end, frac * mult, "count" if tail else "ratio", True)
    whole = int_value(int_part)
    if whole is None:
        return None
    return Item(start, end, _mixed(whole, frac, int_part, tail), "count", True)


def _split_numerator(head: list[tuple], den: float) -> tuple[list[tuple], list[tuple]]:
    """(integer part, numerator): the head is split at its last "and" ("one and two thirds")."""
    ai = max((k for k, t in enumerate(head) if t[2] == "and"), default=None)
    if ai is None:
        return [], head
    int_part, num = head[:ai], head[ai + 1:]
    # "one hundred and thirty-two fifths" is 132/5: after a scale, a
    # two-digit numerator belongs to the integer
    if ai > 0 and head[ai - 1][2] == "s" and den < 100 and len(num) == 1 and num[0][2] == "t" and num[0][3] >= 20:
        return [], head
    return int_part, num


def _widen_denominator(den_tok: tuple, den: float, num: list[tuple]) -> tuple[float, list[tuple]]:
    """A tens word (or "one hundred") right before a unit ordinal joins the denominator
    when a numerator remains: "one hundred thirty fifths" = 100/35, "one one hundred fifth" = 1/105."""
    if den_tok[2] != "o":
        return den, num
    if den < 10 and len(num) >= 2 and num[-1][2] == "t" and num[-1][3] % 10 == 0 \
            and num[-2][2] not in ("and", "dash") and (num[-1][0] - num[-2][1]) >= 1:
        return den + num[-1][3], num[:-1]
    if den < 100 and len(num) >= 3 and num[-1][2] == "s" and num[-2][2] in ("u", "t"):
        rest = num[:-2]
        if int_value(rest) is not None and not (rest[-1][2] == "t" and num[-2][2] == "u"):
            return den + num[-2][3] * num[-1][3], rest
    return den, num


def _mixed(whole: float, frac: float, int_part: list[tuple], tail: list[tuple]) -> float:
    """A whole number and a fraction, with the scales around them: "two and a half million"."""
    sc = 1.0
    for t in int_part:
        if t[2] == "s":
            sc = t[3] if t[3] != 100 or sc == 1 else sc
    tail_scale = 1.0
    for t in tail:
        if t[2] in ("s", "z"):
            tail_scale *= t[3]
    if tail:
        if tail_scale < sc:
            return whole + frac * tail_scale
        return (whole + frac) * tail_scale if sc == 1 else whole + frac * tail_scale
    if sc >= 1e6:
        return whole + frac * sc
    return whole + frac
