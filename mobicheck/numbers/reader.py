"""The second pass: each Item with the words around it, into a Quantity.

A figure is read by a fixed sequence of small readers over one `Reading` (the
item and what has been read of its context so far): what is glued to the
digits, a scale in letters, the sign, a currency, a percent, a ratio, a unit,
an age, a rate, the qualifier, an open bound, a change, a range, and what
makes it no amount (a pronoun "one", a name, a label, a year). Each reader is
a function of the reading; it widens the span, sets the value, kind and unit,
or ends the reading with its result (a Quantity, or None for no quantity).
"""
from __future__ import annotations

import re

from . import spans
from .context import before, currency_before, currency_code, match_unit, prev_word, qualifier_before
from .glued import POWER_AFTER, non_quantity
from .quantity import VAGUE, Ctx, Item, Quantity, make
from .reading import Reading
from .vocab import UNICODE_FRACTIONS
from ..words import concept

_FRACTION_AFTER = re.compile(r"/(\d+)(?![\d/])")
_MIXED_FRACTION = re.compile(r"\s+(\d+)/(\d+)(?![\d/])")
_SPACES = re.compile(r"\s+")
_LETTER_AFTER = re.compile(r"\s*[A-Za-z]")
_NAME_FIGURE = re.compile(r"\d{1,5}")
_LABEL_FIGURE = re.compile(r"\d{1,4}")
# A capitalised word, or a product's camel case ("iPhone", "eBay").
_CAPWORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+|[a-z][A-Z][A-Za-z]+)\s$")
_CAPITALISED_NAME = re.compile(r"[A-Z]|[a-z][A-Z]")
_YEAR_RAW = re.compile(r"(?:1[6-9]|20)\d\d")
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_GLUED = " /xX×*eE^" + "".join(UNICODE_FRACTIONS)
# What "several" multiplies: "several hundred", "several dozen".
_SCALES = (100, 1000, 1e6, 1e9, 12)

Result = tuple  # (Quantity | None, items consumed)


def read(ctx: Ctx, items: list[Item], i: int, floor: int) -> Result:
    """Read items[i] with its context into a Quantity; returns (q, items consumed).

    `floor` is where the previous quantity ended: no context word before it is taken.
    """
    it = items[i]
    if it.kind == "change":
        return _read_change(ctx, it, floor), 1
    if it.vague:
        return _read_vague(ctx, items, i, floor)
    if it.kind == "ordinal":
        return make(ctx, it.start, it.end, it.value, "ordinal"), 1
    r = Reading(ctx, items, i, floor)
    if r.digits:
        q = non_quantity(r)
        if q is not None:
            return q, 1
    for step in _DIGIT_STEPS if r.digits else _WORD_STEPS:
        done = step(r)
        if done is not None:
            return done
    return r.result()


# ----------------------------------------------------------------------------- the value
def _glued(r: Reading) -> None:
    """What is glued to digits changes the value: "3 1/2", "3/4", "2½", "1.3x10^6"."""
    text, pos = r.text, r.pos
    c = text[pos:pos + 1]
    if not (r.digits and c and c in _GLUED):
        return
    if c == " ":
        nxt = text[pos + 1:pos + 2]
        if not (nxt.isdigit() or nxt.isspace() or nxt and nxt in "x×*"):
            return  # no "3 1/2", no "1.3 x 10^6"
    m = _MIXED_FRACTION.match(text, pos) if c == " " else None
    if m and int(m.group(2)) and int(m.group(1)) < int(m.group(2)) and "." not in r.raw:
        r.value += int(m.group(1)) / int(m.group(2))
        r.pos = m.end()
    else:
        m = _FRACTION_AFTER.match(text, pos) if c == "/" else None
        if m and int(m.group(1)):
            r.value, r.kind, r.pos = r.value / int(m.group(1)), "ratio", m.end()
    r.passed()
    if r.pos < len(text) and text[r.pos] in UNICODE_FRACTIONS:
        r.value += UNICODE_FRACTIONS[text[r.pos]]
        r.pos += 1
        r.passed()
    m = POWER_AFTER.match(text, r.pos)
    if m:
        p = m.group("p1") or m.group("p2")
        if p is not None:
            r.value = r.value * 10 ** int(p.replace("−", "-"))
        else:
            p3 = m.group("p3")
            exp = int(re.sub(r"[-+]", "", p3)) * (-1 if p3.count("-") % 2 == 1 else 1)
            r.value = r.value ** exp
        r.pos = m.end()
        r.passed()


def _scale_letters(r: Reading) -> None:
    """A scale in letters: "10k", "$5bn", "2.33 k"; "1.8m tall" is metres, "5T" only money."""
    r.cur = currency_before(r)
    text, pos = r.text, r.pos
    c = text[pos:pos + 1]
    if not (r.digits or text[pos - 1:pos].isdigit()):
        return
    if not (c.isalpha() or c == " " and text[pos + 1:pos + 3].lstrip()[:1] in r.v.spaced_scale_letters):
        return
    m = r.v.scale_suffix.match(text, pos)
    if not m:
        return
    suf = m.group("glued") or m.group("spaced")
    if not r.cur:
        if suf == "m" and r.v.length_context.match(text, m.end()):
            return
        if suf == "T":
            return
        if suf in ("b", "B") and "." not in r.raw and not (suf == "B" or text[m.end():m.end() + 1] in ("", " ", ",", ".")):
            return
    r.value = r.value * r.v.scale_abbreviations[suf.lower()]
    r.pos = m.end()


def _sign(r: Reading) -> None:
    """"-5", "- 5" after a bracket or a sign, "minus 5"; a dash before a figure in words is a dash
    ("- Five police officers were killed", a list's bullet), not a minus."""
    text, start = r.text, r.start
    dash = start > 0 and (text[start - 1] == "-" or text[start - 2:start] == "- ")
    if dash and text[start:start + 1].isalpha():
        return
    if not (dash or start > 0 and text[start - 1] == " " and r.prev_word(start).lower() in r.v.negative):
        return
    neg = r.v.neg_before.search(before(text, start, 10))
    if neg and neg.start() + max(0, start - 10) >= r.floor:
        at = max(0, start - 10) + neg.start()
        if not text[at - 1:at].isdigit():
            r.value = -r.value
            r.start = at


def _currency_before(r: Reading) -> None:
    """"$5", "US$5", "Rs 500"."""
    cur = r.cur
    if cur and cur.start() + max(0, r.s - 8) >= r.floor:
        code = r.v.currency_before.get(r.v.currency_key(cur.group("cur")))
        if code:
            r.unit, r.kind = code, "money"
            r.start = min(r.start, max(0, r.s - 8) + cur.start())


def _percent(r: Reading) -> None:
    """"5%", "5 per cent", "5 percentage points", "per cent of 5"."""
    if r.unit is not None:
        return
    more = r.follows()[0]
    m = r.v.percent_after.match(r.text, r.pos) if more else None
    if m:
        r.kind, r.unit, r.pos = "percent", "pp" if m.group("pp") else "%", m.end()
        return
    if r.text.endswith(r.v.of_space, 0, r.start):
        pm = r.v.percent_of_before.search(before(r.text, r.start, 16))
        if pm:
            r.kind, r.unit, r.start = "percent", "%", max(0, r.start - 16) + pm.start()


def _ratio(r: Reading) -> None:
    """"one in five", "two out of three", "one over three"."""
    items, j = r.items, r.i + 1 + r.skip
    if r.unit is not None or j >= len(items):
        return
    nx = items[j]
    rm = r.v.ratio_gap.fullmatch(r.text, r.pos, nx.start)
    if not rm or nx.kind != "count" or nx.vague or not nx.value or _YEAR_LIKE.fullmatch(r.text, nx.start, nx.end):
        return
    how = r.v.ratio_words[" ".join(rm.group().split()).lower()]
    value = r.value
    if how == "quotient":
        ok = not _LETTER_AFTER.match(r.text[nx.end:nx.end + 2]) or r.v.ratio_over_then_re.match(
            r.text[nx.end:nx.end + 8])
    elif how == "share":
        ok = value <= nx.value
    else:
        ok = value < nx.value and (value == 1 or r.it.words or nx.words)
    if ok:
        r.value, r.kind, r.pos, r.ratio = value / nx.value, "ratio", nx.end, 1


def _currency_after(r: Reading) -> None:
    """"5 dollars", "3 crore rupees", "20 pounds sterling", "3 dollars 50 cents"."""
    if r.unit is not None or not r.follows()[0]:
        return
    m = r.v.currency_after.match(r.text, r.pos)
    if not m:
        return
    name = _SPACES.sub(" ", m.group("name").lower())
    code = currency_code(r.v, name, r.text, r.s, r.pos)
    if not code:
        return
    if name in r.v.minor:
        r.value = r.value / 100
    r.unit, r.kind, r.pos = code, "money", m.end()
    if name.split()[-1] in r.v.minor_follows:
        m2 = r.v.cents_after.match(r.text, r.pos)
        if m2:
            r.value += int(m2.group(1)) / 100
            r.pos = m2.end()


def _unit(r: Reading) -> None:
    """"10 km", "10-mile", "45 degrees Celsius", "5 feet 2 inches"."""
    if r.unit is not None or not r.follows()[0]:
        return
    mu = match_unit(r.v, r.text, r.pos)
    if not mu:
        return
    r.unit, factor, offset, end, name = mu
    if name in r.v.durations and r.v.age_after.match(r.text, r.pos):
        return  # "30 years old" is an age
    r.value, r.kind, r.pos = r.value * factor + offset, "measure", end
    if name in r.v.feet:
        m2 = r.v.inches_after.match(r.text, r.pos)
        if m2:
            r.value += float(m2.group(1)) * r.v.inch
            r.pos = m2.end()


# ----------------------------------------------------------------------------- what it counts, and how
def _names_a_thing(r: Reading) -> Result | None:
    """Figures that name a thing, not an amount: a calibre ("12-gauge", ".22-caliber", "a 9mm pistol"),
    a street address ("the 1400 block", "2100 Elm St."), a compound ("a three-and-out", "four-by-four"),
    a figure glued to a word ("76ers", "4G")."""
    text, v = r.text, r.v
    if r.kind not in ("count", "measure") or r.qualifier is not None:
        return None
    m = _calibre_after(r) if r.kind == "count" else None
    if m is None and r.kind == "measure" and r.unit == "m" and r.value <= 0.02 and r.follows()[1] in v.guns:
        return make(r.ctx, r.start, r.pos, r.value, "other"), r.consumed  # "a 9mm pistol"
    if m is None and r.kind == "count" and r.pos == r.e:
        if r.digits and r.raw.isdigit() and len(r.raw) >= 3:
            m = v.address_after.match(text, r.e)
        if m is None and r.it.words:
            m = v.compound_after.match(text, r.e)
        if m is None and r.digits and r.c.isalpha():
            m = v.glued_word.match(text, r.e)
            if m and m.group() in ("s", "S"):
                m = None  # "in their 20s": a figure in the plural
    if m is None:
        return None
    return make(r.ctx, r.start, m.end(), r.value, "other"), r.consumed


def _calibre_after(r: Reading) -> re.Match | None:
    """A calibre after the figure ("12-gauge", "45 Caliber"). calibre_after opens with spaces, a hyphen
    or a calibre word's first letter: most figures are spared the regex."""
    c = r.text[r.pos:r.pos + 1]
    return r.v.calibre_after.match(r.text, r.pos) if c and (c in r.v.calibre_first or c.isspace()) else None


def _age(r: Reading) -> Result | None:
    """"44-year-old", "aged 44"."""
    if r.kind != "count":
        return None
    text, e = r.text, r.e
    am = None
    if r.c == "-" or r.c == " ":
        # "44-year-old", "44 years old": after spaces and a dash, a word for years
        rest = text[e:e + 16].lstrip().lstrip("-").lstrip()[:1]
        if not rest or rest in r.v.age_letters:
            am = r.v.age_after.match(text, e)
    if not am:
        if not (r.value < 130 and r.prev_word(r.start).lower() in r.v.age_before):
            return None
        am = r.v.age_after.match(text, e)
    end = am.end() if am else e
    qa = qualifier_before(r.v, text, r.start)
    if qa and qa[1] >= r.floor:
        return make(r.ctx, qa[1], end, r.value, "age", qa[0]), 1
    return make(r.ctx, r.start, end, r.value, "age"), 1


def _rate(r: Reading) -> None:
    """"10,000 a day", "$5 per year", "400 people a day", "3,000 daily"."""
    text, pos, v = r.text, r.pos, r.v
    c = text[pos:pos + 1]
    if c != "/" and c != " ":
        return
    w = r.follows()[1]
    m = v.rate.match(text, pos) if c == "/" or w in v.rate_first else None
    if m is None and c == " " and r.kind == "count" and r.unit is None and (w[-1:] == "s" or w in v.rate_nouns):
        m = v.noun_rate.match(text, pos)
        if m and m.group("noun") in v.not_rate_nouns:
            m = None
    if m and not (r.kind == "measure" and r.unit == "s"):
        p = _SPACES.sub(" ", (m.group("p") or m.group("a")).lower())
        r.per = v.periods.get(p, p)
        r.pos = m.end()
        if r.kind == "count":
            r.kind = "rate"


def _qualifier(r: Reading) -> None:
    """"nearly 50,000", "more than 300", "an estimated 2 million"."""
    # the last word before the figure must end as a qualifier does (the token may hold a no-break space):
    # a word of letters only is the qualifier's last word or none
    last = r.prev_word(r.start).rsplit(None, 1)[-1:]
    if last:
        w = last[0].lower()
        if w not in r.v.qualifier_last_words and (w.isalpha() or not w.endswith(r.v.qualifier_ends)):
            return
    qm = qualifier_before(r.v, r.text, r.start)
    if not qm:
        return
    qualifier, qstart, written = qm
    if written in r.v.qualifier_periods and r.kind == "measure" and r.unit == "s":
        return  # "over five years" is a period of time, not a bound
    if qstart >= r.floor:
        r.qualifier = qualifier
        if written in r.v.qualifier_not_bound:
            r.qualifier = None  # "nearly doubled to 10,000"
        else:
            r.start = qstart


def _open_bound(r: Reading) -> None:
    """"500 or more", "500-plus", "500 or less", "more than 5000 or equal to"."""
    text, pos = r.text, r.pos
    c = text[pos:pos + 1]
    if not c:
        return
    if r.qualifier in (None, "about", "nearly"):
        if c in "+-" or c == " " and r.follows()[1] in ("or", "and", "plus"):
            m = r.v.or_more_re.match(text, pos)
            if m:
                r.qualifier, r.pos = "at least", m.end()
                return
            m = r.v.or_less_re.match(text, pos)
            if m:
                r.qualifier, r.pos = "up to", m.end()
    elif r.qualifier in ("more than", "less than") and c == " ":
        m = r.v.or_equal.match(text, pos)
        if m:
            r.qualifier = "at least" if r.qualifier == "more than" else "up to"
            r.pos = m.end()


def _percent_change(r: Reading) -> None:
    """"rose 5%", "down 3%": a percentage after a change word is a change."""
    if r.kind != "percent":
        return
    cm = r.v.change_before.search(before(r.text, r.start, 40))
    if cm and max(0, r.start - 40) + cm.start() >= r.floor:
        d = cm.group("dir").lower()
        if d in r.v.change_adverbs:
            r.start = max(0, r.start - 40) + cm.start()
        if d in r.v.change_down and r.value > 0:
            r.value = -r.value
        r.kind = "change"


def _range(r: Reading) -> Result | None:
    """"5,000-6,000", "between 50 and 70", "four or five"."""
    j = r.i + 1 + r.skip + r.ratio
    items = r.items
    if r.qualifier in (None, "about") and r.ratio == 0 and j < len(items) and items[j].start - r.pos < 12:
        return spans.try_range(r, j, read)
    return None


# ----------------------------------------------------------------------------- no amount after all
def _pronoun(r: Reading) -> Result | None:
    """"no one", "one of the men", "the one road": "one" as a pronoun; "a" and "an" alone."""
    if not (r.it.words and r.kind == "count" and r.value == 1):
        return None
    word = r.raw.lower()
    if word not in r.v.one_words:
        return None
    if word in r.v.articles:
        return None, r.consumed
    if r.unit is None and (r.v.one_before.search(before(r.text, r.s, 12)) or r.v.one_after.match(r.text, r.e)):
        return None, r.consumed
    return None


def _name(r: Reading) -> Result | None:
    """A capitalised name before the digits: "Boeing 737", "Flight 17", "iPhone 5", "the Nokia Lumia 920 goes"."""
    text, s = r.text, r.s
    if not (r.digits and r.kind == "count" and r.qualifier is None and r.unit is None):
        return None
    if not (s > 1 and text[s - 1] == " " and text[s - 2].isalpha() and _CAPITALISED_NAME.match(r.pw)):
        return None
    cw = _CAPWORD_BEFORE.search(before(text, s, 24))
    if not (cw and cw.group(1).lower() not in r.v.not_names and _NAME_FIGURE.fullmatch(r.raw)):
        return None
    ss = max(0, s - 24) + cw.start(1)
    pp = prev_word(text, ss)[0] if ss > 0 and text[ss - 1] == " " else ""
    # "Strong Storm in Chile Kills 12": capitalised words on, a headline; but a
    # lower-case word after the figure is prose, and the capitals before it a
    # product's name, unless the last is a verb ("Quake in Iran Kills 10 people").
    headline = (pp[:1].isupper() and pp not in r.v.headline_openers
                and not (_LOWER_WORD_AFTER.match(text[r.pos:r.pos + 24])
                         and not (concept(cw.group(1)) or concept(cw.group(1), weak=True))))
    if ss >= r.floor and not headline:
        return make(r.ctx, ss, r.pos, r.value, "other"), 1 + r.skip
    return None


def _label(r: Reading) -> Result | None:
    """"week 12", "page 4", "No 10"."""
    text, s = r.text, r.s
    if r.digits and r.kind == "count" and r.qualifier is None and r.unit is None and s > 1 and text[s - 1] == " ":
        if r.pw.lower() in r.v.labels and _LABEL_FIGURE.fullmatch(r.raw):
            return make(r.ctx, r.pw_at, r.pos, r.value, "other"), 1 + r.skip
    return None


def _year(r: Reading) -> Result | None:
    """"in 2004", "the 2022 mobilisation", "the 1990s"."""
    if not (len(r.raw) == 4 and r.kind == "count" and r.per is None and r.qualifier is None and r.digits):
        return None
    text, s, e = r.text, r.s, r.e
    if r.pos != e or not _YEAR_RAW.fullmatch(r.raw):
        return None
    nxt = text[e:e + 24]
    if _LOWER_WORD_AFTER.match(nxt) and not r.v.year_after_words.match(nxt):
        if not r.v.year_context_before.search(before(text, s, 24)):
            return None
    if text[e:e + 1] == "s" and not text[e + 1:e + 2].isalpha():
        e += 1  # "the 1990s"
    return make(r.ctx, s, e, r.value, "year"), 1


_STEPS = (_glued, _scale_letters, _sign, _currency_before, _percent, _ratio, _currency_after, _unit, _names_a_thing,
          _age, _rate,
          _qualifier, _open_bound, _percent_change, _range, _pronoun, _name, _label, _year)
# The steps in order for a figure in digits and one in words: _glued, _name, _label and _year read
# digits only, _pronoun words only (each checks it too).
_DIGIT_STEPS = tuple(step for step in _STEPS if step is not _pronoun)
_WORD_STEPS = tuple(step for step in _STEPS if step not in (_glued, _name, _label, _year))


# ----------------------------------------------------------------------------- changes and vague amounts
def _read_change(ctx: Ctx, it: Item, floor: int) -> Quantity:
    """"doubled", "nearly tripled", "fivefold"."""
    s, qualifier = it.start, None
    qm = qualifier_before(ctx.v, ctx.text, s, 24)
    if qm and qm[1] >= floor:
        qualifier, s = qm[0], qm[1]
    return make(ctx, s, it.end, it.value, "change", qualifier)


def _read_vague(ctx: Ctx, items: list[Item], i: int, floor: int) -> Result:
    """"thousands", "several hundred", "a couple hundred", "$ millions", "dozens a day"."""
    v, text, it = ctx.v, ctx.text, items[i]
    s, e, key = it.start, it.end, it.vague
    nx = items[i + 1] if i + 1 < len(items) else None
    near = nx is not None and nx.start - e <= 1 and nx.words
    if key.split()[0] in v.couple:
        if near and nx.value and nx.value >= 100 and nx.kind == "count":  # "a couple hundred": about two of it
            scale = nx.value
            return make(ctx, s, nx.end, 2 * scale, "count", "vague", low=2 * scale, high=3 * scale), 2
        return make(ctx, s, e, 2, "count", "about"), 1
    if key in v.vague_of_scale and near and nx.value in _SCALES and nx.kind != "change":  # "several hundred"
        scale = nx.value
        return make(ctx, s, nx.end, 3 * scale, "count", "vague", low=3 * scale, high=9 * scale), 2
    if key not in VAGUE:
        return None, 1
    of_after = v.of_after_re.match(text[e:e + 4])
    if key in v.vague_needs_of and not of_after:
        return None, 1
    if key in v.vague_plural_scales and v.vague_not_after_re.search(before(text, s, 6)) and not of_after:
        return None, 1  # "the hundreds digit", but "of hundreds of people"
    value, lo, hi = VAGUE[key]
    return _vague_amount(ctx, s, e, value, lo, hi)


def _vague_amount(ctx: Ctx, s: int, e: int, value: float, lo: float, hi: float) -> Result:
    """A vague amount with its currency ("$ millions", "millions dollars") or rate ("dozens a day")."""
    v, text = ctx.v, ctx.text
    unit, kind, end, per = None, "count", e, None
    cm = v.currency_before_re.search(before(text, s, 4))
    if cm and cm.group("cur") in v.vague_signs:
        unit, kind = v.currency_before[v.currency_key(cm.group("cur"))], "money"
        s = max(0, s - 4) + cm.start()
    m = v.currency_after.match(text, e)
    if unit is None and m and not v.of_after_re.match(text[e:e + 4]):
        name = m.group("name").lower().rstrip("s")
        if name in v.vague_currency:
            unit, kind, end = v.vague_currency[name], "money", m.end()
    m = v.rate.match(text, end)
    if m and kind == "count":
        p = _SPACES.sub(" ", (m.group("p") or m.group("a")).lower())
        per, end, kind = v.periods.get(p, p), m.end(), "rate"
    return make(ctx, s, end, value, kind, "vague", unit, per, low=lo, high=hi), 1
