"""Figures in French, German, Spanish, Portuguese, Russian and Ukrainian, as Quantity records.

`find_numbers(text, lang)` is the English reader's contract for the other languages: every
figure with its span, the value as stated, the bounds its qualifier implies, percent, ranges
and years. The words are data, in mobicheck/lexicon/<lang>/numerals.yaml (schema/numerals.yaml):
number words in every declined form ("трёхсот", "двумястами"), scales and their abbreviations
("тыс.", "Mio.", "mil millones"), decimal and group marks (300.000, 300 000 with a normal,
no-break or narrow no-break space, 1,5 млн), qualifiers before and after a figure ("около",
"près de", "rund", "o más"), range openers ("от ... до", "entre ... y") and percent words.

Design, as the English reader: one master pattern finds each figure phrase (digits, number
words, German compounds glued together) where a figure may start; the phrase's tokens are
parsed into one or more figures (`_Parse`: a small stack that makes "mil millones" 10^9 and
"vingt et un" 21); then the words around each figure add its qualifier, percent, year and range.
English text is read by the English reader (`mobicheck.numbers.find_numbers`); this one is
tested on English too, as a cross-check of its grammar.
"""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Mapping

from ..lexicon import load
from .quantity import BOUNDS, Ctx, Quantity, make
from .scan import first_matches
from .spans import merge_bounds
from .vocab import QUALIFIER_SYMBOLS, UNICODE_FRACTIONS, alternation, trie

FILE = "numerals.yaml"
# What a figure may stand in: marks that are no language.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})
_SPACE = "[\u0020\t\u00a0\u202f]"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DATE = re.compile(r"(?<![\d.,/])\d{1,2}([./])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/])")
# the qualifier bound kinds the lexicon may name
_KINDS = frozenset(["more than", "at least", "less than", "up to", "about", "nearly", "exact"])


def _value(key: str) -> int | Fraction:
    """A lexicon key as an exact number: "300", "1e6", "1.5"."""
    d = Decimal(str(key))
    return int(d) if d == d.to_integral_value() else Fraction(d)


def _alternation(phrases) -> str:
    """`vocab.trie` of phrases; a space in a phrase matches any run of spaces, a hyphen any dash or space."""
    return trie(sorted(set(phrases)), space=_SPACE + "+").replace("\\-", f"[{_DASH}\\s]+")


class Pack:
    """One language's numerals, compiled: the word table and the patterns."""

    def __init__(self, lang: str):
        lex = load(lang)
        self.lang = lang
        wm = lambda key: lex.word_map(FILE, key)  # noqa: E731
        words: dict[str, tuple[str, int | Fraction]] = {}
        for kind, key in (("n", "numbers"), ("h", "hundred"), ("s", "scales"), ("f", "fractions"), ("z", "dozens")):
            for value, forms in wm(key).items():
                for form in forms:
                    words.setdefault(form, (kind, _value(value)))
        for form in lex.words(FILE, "denominator_words"):
            words.setdefault(form, ("v", 0))
        self.words = words
        self.abbreviations = {form: _value(v) for v, forms in wm("scale_abbreviations").items() for form in forms}
        w = lambda key: lex.words(FILE, key)  # noqa: E731
        self.articles, self.glue = w("articles"), w("glue")
        self.fraction_joiners = w("fraction_joiners")
        self.joiners = w("joiners") | self.fraction_joiners
        self.decimal_words, self.negative, self.ratio_words = w("decimal_words"), w("negative"), w("ratio_words")
        self.range_words, self.bound_joiners = w("range_words"), w("bound_joiners")
        self.year_before, self.year_after = w("year_before"), w("year_after")
        seps = lex.map(FILE, "separators")
        self.decimal, self.group = seps.get("decimal", "."), seps.get("group", "")
        self.qualifiers = {k.lower(): v for k, v in lex.map(FILE, "qualifiers").items() if v in _KINDS}
        self.after = {k.lower(): v for k, v in lex.map(FILE, "qualifiers_after").items() if v in _KINDS}
        self.range_pairs = wm("range_pairs")
        self._patterns(lex)

    def _patterns(self, lex) -> None:
        dec, grp = re.escape(self.decimal), re.escape(self.group)
        group = f"(?:{_SPACE}" + (f"|{grp}" if self.group else "") + ")"
        digits = (rf"(?<![\w{dec}])[{dec}]\d+"  # ",08"
                  rf"|\d{{1,3}}(?:{group}\d{{3}})+(?!\d)(?:[{dec}]\d+)?"  # 1 234 567,89  300.000
                  rf"|\d+(?:[{dec}]\d+)?")
        exponent = r"(?:e[+-]?\d+|\^[+-]*\d+)(?!\w)"
        fraction = r"\d+/\d+(?![\d/])"
        word = _alternation(self.words)
        if self.glue:  # German: "dreihundertneunundneunzigtausend"
            word = f"{word}(?:(?:{_alternation(self.glue)})?{word})*"
        abbr = _alternation(self.abbreviations)
        ufrac = "".join(UNICODE_FRACTIONS)
        figure = (rf"(?:[{ufrac}]|(?:{fraction}|(?:{digits})(?:{exponent})?)(?:{_SPACE}{{0,2}}{abbr}\.?(?!\w))?"
                  rf"|(?<!\w){word}(?!\w))")
        inner = [*self.joiners, *self.decimal_words, *self.ratio_words]
        conn = rf"(?:{_SPACE}*[{_DASH}]{_SPACE}*|\s+(?:{_alternation(inner)}\s+)?|{_SPACE}+)" if inner else \
            rf"(?:{_SPACE}*[{_DASH}]{_SPACE}*|\s+)"
        self.master = re.compile(rf"{figure}(?:{conn}{figure})*")
        # Where a figure may start: a cheap pass over " " + the lower-cased text finds the word starts
        # that begin a number word (a non-word character first: the regex engine skips to it in C),
        # the other finds digits; the master is tried only there.
        self.word_gate = re.compile(rf"\W(?={word}(?!\w))")
        self.digit_gate = re.compile(rf"[\d{ufrac}]+|[{dec}](?=\d)")
        self.token = re.compile(rf"(?P<uf>[{ufrac}])|(?P<frac>{fraction})|(?P<dig>(?:{digits}))(?P<exp>{exponent})?"
                                rf"(?:{_SPACE}{{0,2}}(?P<abbr>{abbr})\.?(?!\w))?|(?P<w>{_alternation(self.words)}(?!\w))|(?P<dash>[{_DASH}])|(?P<w2>\w+(?:'\w+)?)")
        self.part = re.compile(_alternation([*self.words, *self.glue])) if self.glue else None
        symbols = alternation(QUALIFIER_SYMBOLS, space=r"\s*")
        self.qualifiers.update(QUALIFIER_SYMBOLS)
        words = [k for k in self.qualifiers if k not in QUALIFIER_SYMBOLS]
        self.qual_before = re.compile(rf"(?:(?<!\w)(?P<q>{_alternation(words)})(?:(?<=')|{_SPACE}+)"
                                      rf"|(?<![<>=])(?P<s>{symbols}){_SPACE}*)$")
        self.qual_after = re.compile(rf"{_SPACE}+(?P<q>{_alternation(self.after)})(?!\w)") if self.after else None
        equal = lex.phrases(FILE, "or_equal")
        self.or_equal = re.compile(rf"{_SPACE}+{_alternation(equal)}(?!\w)") if equal else None
        self.neg_word = re.compile(rf"(?<!\w){_alternation(self.negative)}{_SPACE}+$") if self.negative else None
        percent = lex.phrases(FILE, "percent")
        self.percent = re.compile(rf"{_SPACE}*(?:%|{_alternation(p for p in percent if p != '%')}(?!\w))")
        self.gap_range = re.compile(rf"{_SPACE}*[{_DASH}]{_SPACE}*"
                                    + (rf"|{_SPACE}+{_alternation(self.range_words)}{_SPACE}+" if self.range_words else ""))
        closers = {c for cs in self.range_pairs.values() for c in cs}
        self.opener = re.compile(rf"(?<!\w)(?P<o>{_alternation(self.range_pairs)}){_SPACE}+$") if self.range_pairs else None
        self.closer = re.compile(rf"{_SPACE}+(?P<c>{_alternation(closers)}){_SPACE}+") if closers else None
        joiners = [*self.bound_joiners, ","]
        self.bound_gap = re.compile(rf"{_SPACE}*(?:,{_SPACE}*)?(?:{_alternation(self.bound_joiners)}{_SPACE}+)?"
                                    if self.bound_joiners else rf"{_SPACE}*,?{_SPACE}*") if joiners else None
        months = _alternation(lex.months)
        # "21 сентября", "21. September", "le 21 septembre 2022": the day of a date, with its year
        self.month_after = re.compile(rf"\.?{_SPACE}+(?:de{_SPACE}+)?{months}(?!\w)(?:,?{_SPACE}+\d{{4}}(?!\d))?") \
            if lex.months else None
        self.month_before = re.compile(rf"(?<!\w){months}\.?,?{_SPACE}+(?:de{_SPACE}+)?$") if lex.months else None
        self.next_word = re.compile(r"\s*([^\W\d]+)")
        self.prev_word = re.compile(r"([^\W\d]+)\W*$")


@lru_cache(maxsize=None)
def pack(lang: str) -> Pack:
    """The compiled numerals of `lang`, built once per process."""
    return Pack(lang)


class _Figure:
    """One figure found in a phrase, before the words around it are read."""

    __slots__ = ("start", "end", "value", "words", "kind", "scale", "negative")

    def __init__(self, start, end, value, words, kind="count", scale=1):
        self.start, self.end, self.value, self.words, self.kind, self.scale = start, end, value, words, kind, scale
        self.negative = False


class _Parse:
    """Number words and digits of one phrase, parsed left to right into figures.

    A figure is a sum of parts, each a group below a thousand times a scale; a scale takes every
    part below it ("mil millones" = 10^9, "siete mil ochocientos noventa millones"). A word that
    cannot continue the figure (a second unit: "cinq six") starts the next one."""

    def __init__(self, p: Pack):
        self.p = p
        self.out: list[_Figure] = []
        self._reset()

    def _reset(self):
        self.parts: list[tuple[int | Fraction, int]] = []  # (value, scale)
        self.small = None  # the group below a thousand being read
        self.used: set[str] = set()  # u(nits), t(ens), h(undreds) used in that group
        self.snap = None  # (value, scale) at the last fraction joiner: "trois et un cinquième"
        self.lone = False  # a fraction word alone ("le quart", "el cuarto piso") is no figure
        self.joined_at = None
        self.jsnap = None  # (value, scale) at the last joiner of any kind: "dos mil y cuatro docenas"
        self.held_fraction = False
        self.start = self.end = None
        self.words = False
        self.article = False  # the figure so far is an article alone ("un", "ein")
        self.decimal = None  # digits after a decimal word: "siete coma cinco"
        self.ratio = None  # the numerator before "sur" / "sobre"
        self.ratio_end = self.ratio_start = None
        self.held = None  # (start, end, value, words) of a figure a joiner may add to: "trois et un cinquième"
        self.last = None

    def total(self):
        return sum(v for v, _ in self.parts) + (self.small or 0)

    def flush(self):
        if self.held is not None:  # no fraction came: "trois et quatre" are two figures
            start, end, value, words = self.held
            self.out.append(_Figure(start, end, value, words))
            self.held = None
        if self.start is None:
            if self.ratio is not None:  # "sur" with no figure after it
                self.out.append(_Figure(self.ratio_start, self.ratio_end, self.ratio, self.words))
            self._reset()
            return
        value = self.total()
        kind = "count"
        if self.decimal is not None and self.decimal[1]:
            places = "".join(str(int(g)) for g in self.decimal[1])
            value = self.decimal[0] + Fraction(int(places), 10 ** len(places))
        if self.ratio is not None:  # "un sur trois"; "1000 sur 3 ans" is no ratio
            if value and self.ratio < value:
                value, kind, self.start = Fraction(self.ratio) / value, "ratio", self.ratio_start
            else:
                self.out.append(_Figure(self.ratio_start, self.ratio_end, self.ratio, self.words))
        if self.article and not self.parts and self.small == 1 and self.decimal is None and self.ratio is None:
            kind = "article"
        if self.lone:
            value = None
        if value is not None:
            scale = self.parts[-1][1] if self.parts and self.small is None else 1
            self.out.append(_Figure(self.start, self.end, value, self.words, kind, scale))
        self._reset()

    def _begin(self, s):
        if self.start is None:
            self.start = s

    def number(self, s, e, v, digits=False):
        """A word or digits that add: 3, 20, 300 (or digits: a whole group)."""
        if self.decimal is not None:
            self._decimal_digits(s, e, v)
            return
        cls = "d" if digits else _class(v)
        need = {"u": {"u"}, "t": {"t", "u"}, "teen": {"t", "u"}, "h": {"h", "t", "u"}, "d": {"h", "t", "u", "d"},
                "x": set()}[cls]
        if self.start is not None and self.used & need:
            if cls == "t" and "t" not in self.used and self.last == "j" and self.p.glue:
                pass  # "neunundneunzig"
            elif cls == "teen" and self.used & {"t", "u"} == {"t"} and self.small % 20 == 0:
                self.used.discard("t")  # "soixante et onze", "quatre-vingt-douze": French counts in twenties
            elif self.last == "j" and self.held is None and self.decimal is None and self.ratio is None:
                self.held = (self.start, self.joined_at, self.total(), self.words)
                self.held_fraction = self.snap is not None
                self.parts, self.small, self.used, self.snap, self.start = [], None, set(), None, None
                self.jsnap = None
            else:
                self.flush()
        if self.start is not None and self.parts and self.small is None and v >= self.parts[-1][1]:
            self.flush()  # "mille mille": two figures
        self._begin(s)
        self.small = (self.small or 0) + v
        self.used |= {"teen": {"t", "u"}, "d": {"h", "t", "u", "d"}}.get(cls, {cls} if cls != "x" else set())
        self.end, self.last = e, "n"

    def _decimal_digits(self, s, e, v):
        """A number after the decimal word: "coma cero tres" (.03), "virgule cinquante deux" (.52)."""
        whole, groups, used = self.decimal
        cls = _class(v)
        need = {"u": {"u"}, "t": {"t", "u"}, "teen": {"t", "u"}}.get(cls, {"h", "t", "u"})
        if groups and not used & need and v < groups[-1]:
            groups[-1] += v
        else:
            groups.append(v)
            used = set()
        used |= {"teen": {"t", "u"}}.get(cls, {cls})
        self.decimal = (whole, groups, used)
        self.end, self.last = e, "n"

    def hundred(self, s, e, v):
        if self.decimal is not None and self.decimal[1]:
            self.decimal[1][-1] *= v
            self.end = e
            return
        if self.small is not None and self.used <= {"u", "d"} and self.decimal is None:
            self.small = self.small * v
        elif self.small is None and self.decimal is None:
            self._begin(s)
            self.small = v
        else:
            self.flush()
            self._begin(s)
            self.small = v
        self.used = {"h"}
        self.end, self.last = e, "h"

    def scale(self, s, e, v):
        if self.decimal is not None:  # "coma mil quinientos": a thousand of decimals
            if self.decimal[1]:
                self.decimal[1][-1] *= v
            else:
                self.decimal[1].append(v)
            self.decimal = (self.decimal[0], self.decimal[1], set())
            self.end = e
            return
        if self.ratio is not None and self.small is None:
            self.flush()
        self._begin(s)
        self.lone = False
        below = [p for p in self.parts if p[1] < v]
        if self.small is None and not below and self.parts:
            self.flush()  # "millions millions"
            self._begin(s)
        m = sum(p[0] for p in below) + (self.small or 0)
        self.parts = [p for p in self.parts if p[1] >= v] + [((m if m else 1) * v, v)]
        self.small, self.used = None, set()
        self.end, self.last = e, "s"

    def fraction(self, s, e, d):
        """A fraction word: of the figure before it ("trois cinquièmes"), or added to the whole
        before a fraction joiner ("trois et un cinquième", "un million et demi", "seis millones
        con dos tercios": a fraction of the last scale)."""
        if self.start is None:
            self.lone = True
        self._begin(s)
        if self.held is not None and self.held_fraction:  # "trois et un cinquième": 3 + 1/5
            start, _, whole, _ = self.held
            self.held, self.start = None, start
            self.parts, self.snap = [(whole, 1)] + self.parts, (whole, 1)
        if self.snap is not None:
            before, scale = self.snap
            value = before + Fraction(self.total() - before or 1) / d * scale
        elif self.jsnap is not None and self.total() == self.jsnap[0]:  # "tres millones y medio"
            before, scale = self.jsnap
            value = before + Fraction(scale) / d
        else:
            value = Fraction(self.total() or 1) / d
        self.parts, self.small, self.used, self.snap = [(value, 1)], None, {"h", "t", "u", "d"}, None
        self.article = False
        self.end, self.last = e, "f"

    def denominator(self, s, e):
        """ "vinte e um avos" after a numerator: the figure read is the denominator."""
        if self.start is None or not self.total():
            self.flush()
            return
        prev = self.out[-1] if self.out else None
        numer, start = 1, self.start
        if prev is not None and prev.kind in ("count", "article") and prev.end < self.start:
            numer, start = prev.value, prev.start
            self.out.pop()
        self.parts, self.small = [(Fraction(numer) / self.total(), 1)], None
        self.start, self.used, self.end, self.last = start, {"h", "t", "u", "d"}, e, "f"

    def dozen(self, s, e, v):
        self._begin(s)
        self.lone = False
        if self.jsnap is not None:
            before, _ = self.jsnap
            value = before + (self.total() - before or 1) * v
        else:
            value = (self.total() or 1) * v
        self.parts, self.small, self.used, self.snap = [(value, 1)], None, {"h", "t", "u", "d"}, None
        self.end, self.last = e, "z"

    def last_scale(self):
        return self.parts[-1][1] if self.parts and self.small is None else 1

    def joiner(self, s, e, fraction=True):
        if self.start is None:
            return False
        self.jsnap = (self.total(), self.last_scale())
        if fraction:
            self.snap = self.jsnap
        self.joined_at = self.end
        self.last = "j"
        return True


def _class(v) -> str:
    if v != int(v):
        return "x"
    if v < 10:
        return "u"
    if v < 20:
        return "teen"
    if v < 100:
        return "t"
    return "h"


def _digits(p: Pack, raw: str, exp: str | None):
    """The value of a figure in digits, in the language's marks; None if unreadable."""
    s = raw
    for ch in " \t\u00a0\u202f":
        s = s.replace(ch, "")
    if p.group:
        s = s.replace(p.group, "")
    s = s.replace(p.decimal, ".")
    try:
        value = Fraction(s) if "." in s else int(s)
    except (ValueError, ZeroDivisionError):
        return None
    if exp:
        if exp[0] in "eE":
            value = value * Fraction(10) ** int(exp[1:])
        else:
            power = exp.lstrip("^")
            sign = -1 if (len(power) - len(power.lstrip("+-"))) and power[:len(power) - len(power.lstrip("+-"))].count("-") % 2 else 1
            value = float(value) ** (sign * int(power.lstrip("+-")))
    return value


def _phrase(p: Pack, low: str, ms: int, me: int) -> list[_Figure]:
    """The figures of one phrase low[ms:me]."""
    parse = _Parse(p)
    pending_dash = None
    for m in p.token.finditer(low, ms, me):
        s, e = m.span()
        if m.group("dash"):
            pending_dash = (s, e)
            continue
        if m.group("uf"):
            parse.flush()
            parse.out.append(_Figure(s, e, Fraction(UNICODE_FRACTIONS[m.group("uf")]).limit_denominator(8), False))
            continue
        if m.group("frac"):
            a, b = m.group("frac").split("/")
            if int(b) == 0:
                parse.flush()
                continue
            value = Fraction(int(a), int(b))
            if parse.start is not None and parse.parts == [] and parse.small is not None and parse.used == {"d"} \
                    and pending_dash is None and isinstance(parse.small, int):
                parse.small += value  # "2 1/4"
                parse.end = e
            else:
                parse.flush()
                parse._begin(s)
                parse.small, parse.used, parse.end = value, {"h", "t", "u", "d"}, e
            pending_dash = None
            continue
        if m.group("dig") is not None:
            if pending_dash is not None:
                parse.flush()  # "10-20": two figures, a range later
            pending_dash = None
            value = _digits(p, m.group("dig"), m.group("exp"))
            if value is None:
                parse.flush()
                continue
            if isinstance(value, float):  # a power: a figure of its own
                parse.flush()
                parse.out.append(_Figure(s, e, value, False))
                continue
            if parse.decimal is not None:
                parse._decimal_digits(s, e, value)
                continue
            parse.flush() if parse.start is not None and not (parse.ratio is not None and parse.small is None) else None
            parse._begin(s)
            parse.small, parse.used, parse.end, parse.last = value, {"d"}, e, "n"
            if m.group("abbr"):
                parse.scale(s, e, p.abbreviations[_SPACES.sub(" ", m.group("abbr"))])
            continue
        pending_dash = None
        w = m.group("w")
        _word(p, parse, _JOIN.sub("-", w) if w else m.group("w2"), s, e)
    parse.flush()
    return parse.out


_SPACES = re.compile(r"\s+")
_JOIN = re.compile(f"[{_DASH}\\s]+")  # "quatre vingt" is the lexicon's "quatre-vingt"


def _word(p: Pack, parse: _Parse, w: str, s: int, e: int) -> None:
    entry = p.words.get(w)
    if entry is None:
        if w in p.decimal_words and parse.start is not None and parse.decimal is None:
            parse.dec_scale = parse.last_scale()
            parse.decimal = (parse.total(), [], set())
            parse.joiner(s, e)
            return
        if w in p.joiners and parse.joiner(s, e, w in p.fraction_joiners):
            return
        if w in p.ratio_words and parse.start is not None and parse.ratio is None:
            parse.ratio, parse.ratio_end, parse.ratio_start = parse.total(), parse.end, parse.start
            parse.start = None
            parse.parts, parse.small, parse.used = [], None, set()
            return
        if w in p.glue and parse.joiner(s, e):
            return
        if p.part is not None and w not in p.glue:
            _compound(p, parse, w, s, e)
            return
        parse.flush()
        return
    kind, v = entry
    if kind == "n":
        article = w in p.articles and parse.start is None
        parse.number(s, e, v)
        parse.article = article
    elif kind == "h":
        parse.hundred(s, e, v)
    elif kind == "s":
        parse.scale(s, e, v)
    elif kind == "f":
        if parse.decimal is not None:  # "uno con un medio": the fraction is added to the whole
            whole, groups, _ = parse.decimal
            parse.decimal = None
            parse.parts, parse.small = [(whole, 1)], (groups[0] if groups else None)
            parse.snap = (whole, parse.dec_scale)
        parse.fraction(s, e, v)
    elif kind == "z":
        parse.dozen(s, e, v)
    else:
        parse.denominator(s, e)
    parse.words = True
    parse.article = parse.article and kind == "n"


def _compound(p: Pack, parse: _Parse, w: str, s: int, e: int) -> None:
    """A number word glued together ("einhunderteinunddreißig"), read part by part."""
    pos = 0
    parse.words = True
    while pos < len(w):
        m = p.part.match(w, pos)
        if not m:
            parse.flush()
            return
        part = m.group()
        if part in p.glue:
            parse.joiner(s + pos, s + m.end())
        else:
            kind, v = p.words[part]
            {"n": parse.number, "h": parse.hundred, "s": parse.scale, "f": parse.fraction,
             "z": parse.dozen}.get(kind, parse.dozen)(s + pos, s + m.end(), v)
        pos = m.end()
    parse.end = e


# ------------------------------------------------------------------------ the words around a figure
def find_numbers(text: str, lang: str, bounds: Mapping | None = None, *, merge: bool = True) -> list[Quantity]:
    """Every figure of `text` written in `lang`, in text order, as Quantity records.

    Spans never overlap and `q.text == text[q.start:q.end]`. Never raises. `merge=False` leaves a
    lower and an upper bound joined ("mayor que 10 y menor que 20") as two bounds.

    >>> [(q.text, q.value, q.qualifier) for q in find_numbers("Около 300 тысяч резервистов", "ru")]
    [('Около 300 тысяч', 300000.0, 'about')]
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        p = pack(lang)
        return _read(p, text, BOUNDS if bounds is None else {**BOUNDS, **bounds}, merge)
    except Exception:  # pragma: no cover - the contract is never to raise
        return []


def _lower(text: str) -> str:
    """The text lower-cased with one apostrophe, offsets kept."""
    low = text.translate(_APOSTROPHES).lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_APOSTROPHES))
    return low


def _read(p: Pack, text: str, bounds: Mapping, merge: bool = True) -> list[Quantity]:
    low = _lower(text)
    ctx = Ctx(text, bounds, None)
    dates = [(m.start(), m.end()) for m in _DATE.finditer(low)] if ("." in low or "/" in low) else []
    figures: list[_Figure] = []
    for m in _phrases(p, low):
        s, e = m.span()
        if dates and any(a <= s < b for a, b in dates):
            continue
        g = m.group()
        if g.isdigit():  # the common cases first, without the parser: "38", "une"
            figures.append(_Figure(s, e, int(g), False))
        elif g in p.articles:
            figures.append(_Figure(s, e, 1, True, "article"))
        else:
            figures.extend(_phrase(p, low, s, e))
    for a, b in dates:
        f = _Figure(a, b, 0, False, "date")
        figures.append(f)
    figures.sort(key=lambda f: f.start)
    found = _context(p, ctx, low, figures)
    return _merge_bounds(p, ctx, low, found) if merge else found


def _phrases(p: Pack, low: str):
    """The master pattern's matches, as `p.master.finditer(low)` gives them, tried only where a
    figure may start."""
    starts = [m.start() for m in p.word_gate.finditer(" " + low)]
    starts += [m.start() for m in p.digit_gate.finditer(low)]
    return first_matches(p.master, low, starts)


def _context(p: Pack, ctx: Ctx, low: str, figures: list[_Figure]) -> list[Quantity]:
    out: list[Quantity] = []
    i, n = 0, len(figures)
    last_end = 0
    while i < n:
        f = figures[i]
        if f.start < last_end:
            i += 1
            continue
        if f.kind == "article" and low[f.end:f.end + 3].lstrip()[:1].isdigit():
            i += 1  # "un 12,5 % más": an article before a figure
            continue
        if f.kind in ("date", "article"):
            out.append(make(ctx, f.start, f.end, None if f.kind == "date" else 1.0, f.kind))
            last_end = f.end
            i += 1
            continue
        q, used = _one(p, ctx, low, figures, i, last_end)
        i += used
        if q is not None:
            out.append(q)
            last_end = q.end
    return out


def _negative(p: Pack, low: str, f: _Figure, floor: int) -> int:
    """Where a minus sign or word before the figure starts, or the figure's start: "-4/5", "- 10 k"
    at the start of a text, "минус 5"; a dash after a figure or a word ("10-20", "Kyiv - 3") is none."""
    s = f.start
    k = s - 1
    while k >= floor and low[k] in " \t":
        k -= 1
    if k >= floor and low[k] in _DASH and not f.words:
        j = k - 1
        while j >= 0 and low[j] in " \t":
            j -= 1
        if (k == s - 1 and (k == 0 or low[k - 1] in " \t\n([=:<>")) or j < 0:
            return k
    if p.neg_word is not None:
        m = p.neg_word.search(low, max(floor, s - 20), s)
        if m:
            return m.start()
    return s


def _one(p: Pack, ctx: Ctx, low: str, figures: list[_Figure], i: int, floor: int):
    """The Quantity of figures[i] with the words around it, and how many figures it took."""
    f = figures[i]
    value, start, kind, qualifier, used = f.value, f.start, f.kind, None, 1
    low_v = high_v = None
    neg = _negative(p, low, f, floor)
    if neg < start and kind in ("count", "ratio") and not (
            low[neg] not in _DASH and _qualifier_before(p, low, f.start, floor)):  # "al menos 20" is no -20
        value, start = -value, neg
    # a range: "от 10 до 20", "entre 20 y 30", "10-20", "100 bis 300 Milliarden"
    rng = _range(p, low, figures, i, floor, start, value)
    if rng is not None:
        start, end, a, b = rng
        low_v, high_v = (a, b) if a <= b else (b, a)
        value, qualifier, used = (a + b) / 2, "range", 2
    else:
        end = f.end
        q = _qualifier_before(p, low, f.start, floor)
        if q is not None:
            qualifier, start = q[0], min(start, q[1])
    end, kind, unit, qualifier = _after(p, low, f, end, kind, qualifier)
    if kind == "date":
        return make(ctx, f.start, end, None, "date"), used
    if qualifier == "range":
        return make(ctx, start, end, float(value), kind, "range", unit, low=float(low_v), high=float(high_v)), used
    return make(ctx, start, end, float(value), kind, qualifier, unit), used


def _after(p: Pack, low: str, f: _Figure, end: int, kind: str, qualifier):
    """The words after a figure: percent, a bound ("o más", "и более", "ou égal"), a year's
    word; and letters glued to digits. Returns (end, kind, unit, qualifier)."""
    unit = None
    m = p.percent.match(low, end)
    if m and kind in ("count", "ratio"):
        kind, unit, end = "percent", "%", m.end()
    if qualifier in (None, "about", "nearly", "exact") and p.qual_after is not None:
        end, qualifier = _qualifier_after(p, low, end, qualifier)
    if qualifier in ("more than", "less than") and p.or_equal is not None:
        m = p.or_equal.match(low, end)
        if m and not _figure_follows(p, low, m.end()):  # "mayor que 5000 o igual a 6000": two figures
            qualifier, end = ("at least" if qualifier == "more than" else "up to"), m.end()
    if kind == "count" and not f.words and qualifier is None and _is_year(p, low, f):
        kind = "year"
    if kind == "count" and not f.words and qualifier is None and p.month_after is not None \
            and isinstance(f.value, int) and 1 <= f.value <= 31:
        m = p.month_after.match(low, end)
        if m:
            return m.end(), "date", None, None
    if not f.words:
        kind, end = _marked(low, f, end, kind)
    return end, kind, unit, None if qualifier == "exact" else qualifier


def _range(p: Pack, low: str, figures: list[_Figure], i: int, floor: int, start: int, first):
    """(start, end, a, b) of a range that figures[i] (from `start`, of value `first`: "-10")
    opens with the next figure, or None."""
    if i + 1 >= len(figures):
        return None
    f, g = figures[i], figures[i + 1]
    if g.kind not in ("count",) or f.kind not in ("count",):
        return None
    gap_at = f.end
    opened = None
    if p.opener is not None:
        m = p.opener.search(low, max(floor, start - 12), start)
        if m:
            opened = m.group("o")
    joined = False
    if opened is not None and p.closer is not None:
        c = p.closer.match(low, gap_at, g.start)
        if c and c.end() == g.start and c.group("c") in p.range_pairs.get(opened, ()):
            joined, start = True, m.start()
    if not joined:
        c = p.gap_range.match(low, gap_at, g.start)
        if not (c and c.end() == g.start):
            return None
        if low[gap_at:g.start].strip() in _DASH and not _dash_range(low, f, g):
            return None
        if low[gap_at:g.start].strip() in p.range_words and opened is not None:
            start = m.start()
    a, b = first, g.value
    if f.scale == 1 and g.scale > 1 and 0 < a < g.scale and a * g.scale <= b:
        a = a * g.scale  # "50-70 тысяч": the scale is shared ("500 à 2 millions" keeps its 500)
    return start, g.end, a, b


def _dash_range(low: str, f: _Figure, g: _Figure) -> bool:
    """ "10-20" is a range; a dash between words is inside a figure ("quatre-vingt") or
    punctuation, and "+1-222-2222" (a telephone number) or "1995-01" (a month) are no ranges."""
    if not (low[f.end - 1].isdigit() and low[g.start].isdigit()):
        return False
    if f.start and low[f.start - 1] in "+-/" or low[g.end:g.end + 2][:1] in ("-", "/") and low[g.end + 1:g.end + 2].isdigit():
        return False
    return not (low[g.start] == "0" and g.end - g.start > 1)


def _marked(low: str, f: _Figure, end: int, kind: str) -> tuple[str, int]:
    """Digits that are no count by the marks around them: a time ("10:00"), an ordinal or a unit
    glued on ("180ml", "4to", "3-й", "10-летний"), a model or an identifier ("Су-25", "COVID-19",
    "указ № 647")."""
    nxt = low[end:end + 1]
    if nxt == ":" and low[end + 1:end + 3].isdigit() and not low[end + 3:end + 4].isdigit():
        return "time", end + 3
    if nxt.isalpha() or (nxt and nxt in _DASH and low[end + 1:end + 2].isalpha()):
        return "other", end
    before = low[max(0, f.start - 2):f.start]
    if "№" in before or (before[-1:] in _DASH and before[:1].isalpha()):
        return "other", end
    return kind, end


def _qualifier_before(p: Pack, low: str, start: int, floor: int):
    """The qualifier before a figure (or before its minus sign: "inférieur à -30") and where it starts."""
    k = start - 1
    while k > floor and low[k] in " \t":
        k -= 1
    if k >= floor and low[k] in _DASH:
        start = k
    m = p.qual_before.search(low, max(floor, start - 40), start)
    if not m:
        return None
    if m.group("s"):
        return QUALIFIER_SYMBOLS[_SPACES.sub(" ", m.group("s"))], m.start()
    return p.qualifiers[_SPACES.sub(" ", m.group("q"))], m.start()


def _figure_follows(p: Pack, low: str, at: int) -> bool:
    rest = low[at:at + 40].lstrip()
    if rest[:1] in ("a", "à") or rest.startswith("que"):
        rest = rest.split(None, 1)[1] if " " in rest else ""
    return bool(rest) and p.master.match(rest) is not None


def _qualifier_after(p: Pack, low: str, end: int, qualifier):
    m = p.qual_after.match(low, end)
    if not m:
        return end, qualifier
    rest = low[m.end():m.end() + 30]
    nxt = p.master.match(rest.lstrip()) if rest.strip() else None
    if nxt is None:
        w = p.next_word.match(rest)
        if w and w.group(1) not in p.bound_joiners:  # "200 o mayor de 190": the bound belongs to the next figure
            after = rest[w.end():].lstrip()
            nxt = p.master.match(after) if after else None
    if nxt is not None:
        return end, qualifier
    return m.end(), p.after[_SPACES.sub(" ", m.group("q"))]


def _is_year(p: Pack, low: str, f: _Figure) -> bool:
    raw = low[f.start:f.end]
    if not (len(raw) == 4 and raw.isdigit() and 1000 <= int(raw) <= 2100):
        return False
    m = p.prev_word.search(low, max(0, f.start - 20), f.start)
    if m and m.group(1) in p.year_before:
        return True
    if p.month_before is not None and p.month_before.search(low, max(0, f.start - 20), f.start):
        return True  # "septembre 2022", "setembro de 2022"
    m = p.next_word.match(low, f.end)
    return bool(m and m.group(1) in p.year_after)


def _merge_bounds(p: Pack, ctx: Ctx, low: str, qs: list[Quantity]) -> list[Quantity]:
    """ "mayor que 10 y menor que 20": a lower and an upper bound joined are one range."""
    if p.bound_gap is None:
        return qs

    def join(ctx: Ctx, a: Quantity, b: Quantity) -> Quantity | None:
        lo, hi = _bound_pair(a, b)
        if lo is None or hi is None or not lo < hi or a.kind != b.kind or not p.bound_gap.fullmatch(low, a.end, b.start):
            return None
        return make(ctx, a.start, b.end, (lo + hi) / 2, a.kind, "range", a.unit, low=lo, high=hi)

    return merge_bounds(ctx, qs, join)


def _bound_pair(a: Quantity, b: Quantity):
    lower = ("more than", "at least")
    upper = ("less than", "up to")
    if a.qualifier in lower and b.qualifier in upper:
        return a.value, b.value
    if a.qualifier in upper and b.qualifier in lower:
        return b.value, a.value
    return None, None
