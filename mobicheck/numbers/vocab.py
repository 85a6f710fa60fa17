"""The number reader's words, read from one language's lexicon, and the patterns built from them.

The words live in `mobicheck/lexicon/<lang>/numbers.yaml`, `currencies.yaml`
and `units.yaml`; this module only arranges them: lookup tables, and regular
expressions whose alternations are the words (longest first, so "just over"
wins over "over"). The grammar, the order of the words around a figure, stays
in the patterns here and in the readers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, load
from ..text import word_trie

N, C, U = "numbers.yaml", "currencies.yaml", "units.yaml"
# Signs and characters that are no language: the unicode vulgar fractions,
# and the comparison symbols that bound a figure ("<=5", "≥ 10").
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
QUALIFIER_SYMBOLS = {"<=": "up to", "< =": "up to", "≤": "up to", ">=": "at least", "> =": "at least",
                     "≥": "at least", ">": "more than", "<": "less than"}


def alternation(phrases, space: str = r"\s+", escape: bool = True) -> str:
    """A regex alternation of `phrases`, longest first; a space in a phrase matches `space`."""
    ordered = sorted(phrases, key=len, reverse=True)
    parts = [(re.escape(p) if escape else p).replace(r"\ ", " ").replace(" ", space) for p in ordered]
    return "(?:" + "|".join(parts) + ")"


def trie(phrases, space: str = r"\s+") -> str:
    """`alternation` as a trie (text.word_trie): the same matches where the pattern goes on with a
    boundary, since a longer phrase is still tried before its prefixes, and a position that starts
    none of them fails after a character or two instead of trying each phrase."""
    return word_trie(list(phrases)).replace("\\ ", space)


def _number(text) -> float:
    """A value as the lexicon writes it: 12, "0.5", "1e6", "5/9"."""
    if isinstance(text, str) and "/" in text:
        a, b = text.split("/")
        return float(a) / float(b)
    return float(text)


class Vocab:
    """Every table and pattern of the number reader, for one language."""

    def __init__(self, lex: Lexicon):
        self.lang = lex.lang
        self._lex = lex
        self._words(lex)
        self._context(lex)
        self._currencies(lex)
        self._units(lex)
        self._patterns()

    # -- number words ---------------------------------------------------------------------
    def _words(self, lex: Lexicon) -> None:
        m = lambda key: {k: _number(v) for k, v in lex.map(N, key).items()}  # noqa: E731
        self.units, self.tens, self.scales, self.dozens = m("units"), m("tens"), m("scales"), m("dozens")
        self.ordinals, self.fractions = m("ordinals"), m("fractions")
        self.ordinal_plurals = lex.map(N, "ordinal_plurals")
        self.scale_plurals = lex.map(N, "scale_plurals")
        self.articles = lex.words(N, "articles")
        self.joining_article = alternation(lex.words(N, "joining_article"))
        # The words that mean one: "one", "a", "an" (a pronoun or an article, often no count).
        self.one_words = frozenset(w for w, v in self.units.items() if v == 1) | self.articles
        joiners = lex.map(N, "joiners")
        # Each written word of a number phrase -> (token type, value); see phrase.py.
        tokens: dict[str, tuple[str, float]] = {}
        for table, kind in ((self.units, "u"), (self.tens, "t"), (self.scales, "s")):
            tokens.update({w: (kind, v) for w, v in table.items()})
        tokens.update({w: ("s", self.scales[s]) for w, s in self.scale_plurals.items()})
        tokens.update({w: ("z", 12.0) for w in self.dozens})
        tokens.update({w: ("h", v) for w, v in self.fractions.items()})
        tokens.update({w: ("o", v) for w, v in self.ordinals.items()})
        tokens.update({w: ("o", self.ordinals[o]) for w, o in self.ordinal_plurals.items()})
        tokens.update({w: ("a", 1.0) for w in self.articles})
        tokens.update({w: (role, 0.0) for w, role in joiners.items()})
        self.tokens = tokens
        # One number word alone (lower case) -> its reading (numbers.scan.WordReading) or None: filled by
        # the scan as words are met, since the reading is phrase.py's, which builds on this Vocab. The
        # master pattern matches only this vocabulary's words: an entry per word at most.
        self.word_readings: dict = {}
        self.joiner = {role: w for w, role in joiners.items()}
        self.of_space = self.joiner["of"] + " "  # "per cent of 5": looked for before every figure
        self.vague = {k: tuple(float(x) for x in v.split()) for k, v in lex.map(N, "vague").items()}
        self.vague_multipliers = lex.words(N, "vague_multipliers")
        # "tens of thousands": a multiplier, "of", a plural scale above a hundred.
        self.vague_scales = [w for w, s in self.scale_plurals.items() if self.scales[s] > 100]
        self.vague_of_scale = lex.words(N, "vague_of_scale")
        self.vague_needs_of = lex.words(N, "vague_needs_of")
        self.vague_plural_scales = lex.words(N, "vague_plural_scales")
        self.vague_not_after = lex.words(N, "vague_not_after")
        self.couple = lex.words(N, "couple")
        self.change_words = m("change_words")
        self.ordinal_suffixes = lex.words(N, "ordinal_suffixes")
        # Words that write a whole number ("seven", "twenty", "hundred", "dozen"), for other stages.
        self.cardinal_words = frozenset([*self.units, *self.tens, *self.scales, *self.dozens])
        # Words read in lower case in a line of capitals: number words and what makes them a phrase
        self.caps_words = frozenset([*self.tokens, *self.vague_multipliers, *self.vague, *self.change_words,
                                     *self.couple]) - frozenset(self.articles)
        # What the article may stand before to make a number: "a dozen", "a third", "a hundred".
        self.article_followers = [*self.scales, *self.tens, *lex.words(N, "article_nouns"),
                                  *(o for o, v in self.ordinals.items() if v > 2)]

    # -- the words around a figure ------------------------------------------------------------
    def _context(self, lex: Lexicon) -> None:
        w = lambda key: lex.words(N, key)  # noqa: E731
        p = lambda key: lex.phrases(N, key)  # noqa: E731
        self.qualifiers = {k: (None if v == "exact" else v) for k, v in lex.map(N, "qualifiers").items()}
        self.qualifier_not_bound = frozenset(p("qualifier_not_bound"))
        self.qualifier_periods = w("qualifier_periods")
        self.percent, self.percent_points, self.percent_of = p("percent"), w("percent_points"), p("percent_of")
        self.change_down = w("change_down")
        self.change_dir = w("change_up") | self.change_down
        self.change_adverbs = w("change_adverbs")
        self.change_qualifiers = p("change_qualifiers")
        self.negative = w("negative")
        self.or_more, self.and_more, self.or_less = w("or_more"), w("and_more"), w("or_less")
        self.range_words, self.range_openers = w("range_words"), w("range_openers")
        self.ratio_words, self.ratio_over_then = lex.map(N, "ratio_words"), w("ratio_over_then")
        self.range_and_after, self.range_descending = w("range_and_after"), w("range_descending")
        self.bound_joiners = w("bound_joiners")
        self.rate_before = w("rate_before")
        self.rate_periods = lex.map(N, "rate_periods")
        self.rate_adverbs = lex.map(N, "rate_adverbs")
        self.periods = {**self.rate_periods, **self.rate_adverbs}
        # The word after a figure that may start a rate: "a day", "per year", "daily".
        self.rate_first = self.rate_before | {a.split()[0] for a in self.rate_adverbs}
        self.rate_noun_periods, self.rate_nouns = w("rate_noun_periods"), w("rate_nouns")
        self.not_rate_nouns, self.rate_not_before = w("not_rate_nouns"), w("rate_not_before")
        self.age_units, self.age_before, self.after_age = w("age_units"), w("age_before"), w("after_age")
        self.age_letters = frozenset(u[0] for u in self.age_units) | frozenset(u[0].upper() for u in self.age_units)
        self.year_before, self.year_after = w("year_before"), w("year_after")
        self.clock, self.military_time = p("clock"), p("military_time")
        self.magnitude_before, self.magnitude_after = w("magnitude_before"), w("magnitude_after")
        # "magnitude" without its first letter, found in the text before a figure whatever its case
        self.magnitude_stems = tuple(m[1:] for m in self.magnitude_before)
        self.richter, self.quake = p("richter"), w("quake")
        self.labels = w("labels")
        self.number_signs = w("number_signs")
        self.not_names = w("not_names") | frozenset(lex.months) | frozenset(lex.weekdays)
        self.headline_openers = frozenset(h.capitalize() for h in w("headline_openers"))
        self.not_identifier_words, self.not_identifier_prefixes = w("not_identifier_words"), w(
            "not_identifier_prefixes")
        self.one_pronoun_before, self.one_pronoun_after = p("one_pronoun_before"), p("one_pronoun_after")
        self.one_pronoun_hyphen = w("one_pronoun_hyphen")
        self.months = frozenset(lex.months)
        self.month_prefixes = frozenset(name[:3] for name in lex.months)
        # lex.month_pattern and lex.weekday_pattern as tries: "September", "Sept.", "Sep" (the
        # number reader tries them before most figures)
        full = set(lex.month_names)
        self.month_pattern = word_trie({m.capitalize(): "" if m.capitalize() in full else r"\.?" for m in lex.months})
        self.weekday_pattern = word_trie([d.capitalize() for d in lex.weekdays])

    # -- currencies -----------------------------------------------------------------------------
    def _currencies(self, lex: Lexicon) -> None:
        before = lex.map(C, "before")
        self.currency_before_forms = tuple(before)
        # A form as looked up: lower case, spaces left out ("U.S. $" and "U.S.$" are one).
        self.currency_before = {self.currency_key(f): code for f, code in before.items()}
        self.currency_before_ends = tuple(sorted({self.currency_key(f) for f in before}, key=len))
        self.currency_signs = frozenset(f for f in before if len(f) == 1 and not f.isalnum())
        self.signs_after = lex.map(C, "signs_after")
        self.codes = lex.words(C, "codes")
        self.codes_any_case = lex.words(C, "codes_any_case")
        self.currency_names = lex.map(C, "names")
        self.currency_adjectives = lex.map(C, "adjectives")
        self.minor = lex.words(C, "minor")
        self.minor_follows, self.minor_after = lex.words(C, "minor_follows"), lex.words(C, "minor_after")
        self.needs_money_context = lex.words(C, "needs_money_context")
        self.money_context = lex.words(C, "money_context")
        self.of_after, self.of_names = lex.words(C, "of_after"), lex.words(C, "of_names")
        self.vague_signs = frozenset(lex.phrases(C, "vague_signs"))
        self.vague_currency = {n: self.currency_names[n] for n in lex.words(C, "vague_names")}

    @staticmethod
    def currency_key(form: str) -> str:
        return form.lower().replace(" ", "")

    # -- units ------------------------------------------------------------------------------------
    def _units(self, lex: Lexicon) -> None:
        table = {}
        for name, spec in lex.map(U, "units").items():
            canon, factor = spec.split()
            table[name] = (canon, _number(factor))
        self.unit_table = table
        self.unit_symbols = lex.words(U, "symbols")
        self.unit_names = [u for u in table if len(u) > 1 and u not in lex.words(U, "not_names")]
        self.durations = frozenset(u for u, (canon, _) in table.items() if canon == "s")
        self.degrees = lex.words(U, "degrees")
        self.temperatures = {}
        for name, spec in lex.map(U, "temperatures").items():
            canon, factor, offset = spec.split()
            self.temperatures[name] = (canon, _number(factor), _number(offset))
        self.temperature_symbols = lex.words(U, "temperature_symbols")
        self.feet, self.inches = lex.words(U, "feet"), lex.words(U, "inches")
        self.inch = table[sorted(self.inches, key=len)[-1]][1]
        self.length_adjectives, self.length_in = lex.words(U, "length_adjectives"), lex.words(U, "length_in")
        self.races = lex.words(U, "races")

    # -- patterns -----------------------------------------------------------------------------------
    def _patterns(self) -> None:
        self._scan_patterns()
        self._calendar_patterns()
        self._figure_patterns()
        self._bound_patterns()
        self._name_patterns()
        self._money_patterns()
        self._unit_patterns()

    def _scan_patterns(self) -> None:
        sp, ufrac = r"[\u0020\t]+", "".join(UNICODE_FRACTIONS)
        atom = (r"(?:\d+(?:(?:[.,]|[\u0020\u00a0\u202f](?=\d{3}(?!\d)))\d+)*"  # 300,000  3,00,000  1 234 567
                rf"|(?<![\w.])\.\d+|[{ufrac}]"  # .5  ½
                rf"|(?<![A-Za-z]){self.master_trie()}(?![A-Za-z]))")  # three, hundred, fifths, a dozen
        # What may join two atoms of one phrase; the phrase parser decides later
        # whether they are one number ("three hundred and two") or several ("50,000 and 70,000").
        j, arts = self.joiner, alternation(self.articles)
        conn = (rf"(?:[\u0020\t]*[-\u2010\u2013][\u0020\t]*|\s+{j['and']}\s+|\s+{self.joining_article}\s+"
                rf"|\s+{j['of']}\s+{arts}\s+|\s+{j['point']}\s+|\s+)")
        self.master = re.compile(rf"{atom}(?:{conn}{atom})*")
        # Where a number word may start: a cheap pass over the lower-cased text
        # (with a character before each word) finds the places to try the master at.
        self.word_gate = re.compile(rf"[^a-z](?={self.master_trie(capital_first=False)}(?![a-z]))")
        scales, of = alternation(self.vague_scales), self.joiner["of"]
        single = [k for k in self.vague if " " not in k]
        self.vague_head = re.compile(
            rf"{alternation(self.vague_multipliers)}\s+{of}\s+{scales}\b|{trie(single)}(?![a-z])"
            rf"|{arts}\s+{alternation(self.couple)}(?:\s+{of})?\b", re.I)
        self.change_head = re.compile(rf"{trie(self.change_words)}\b", re.I)
        # Inside a phrase, a vague word or a change starts a new item ("two dozens"
        # stays one number, "doubled" does not); a fraction word only at the head.
        heads = trie([*(f"{m} {of}" for m in self.vague_multipliers if m not in self.tokens),
                             *(w for w in single if w not in self.tokens),
                             *(w for w in self.change_words if w not in self.tokens)])
        self.next_head = re.compile(rf"(?<![A-Za-z])(?:{heads}|{arts}\s+{alternation(self.couple)})", re.I)
        units = alternation(self.units)
        ordinals = alternation([*self.ordinals, *self.ordinal_plurals])
        self.tok = re.compile(
            r"(?P<dig>\d+(?:(?:[.,]|[\u0020\u00a0\u202f](?=\d{3}(?!\d)))\d+)*|\.\d+)"
            rf"|(?P<uf>[{ufrac}])"
            rf"|(?P<word>[A-Za-z]+(?:[\u0020\t]*[-\u2010\u2013][\u0020\t]*(?:{units}|{ordinals})\b)?)"
            r"|(?P<dash>[-\u2010\u2013])", re.I)

    def _calendar_patterns(self) -> None:
        months, weekday = self.month_pattern, self.weekday_pattern
        suffix, of = alternation(self.ordinal_suffixes), self.joiner["of"]
        # "Wednesday, September 21" / "September 21": the month (and weekday) sit before the day.
        self.date_before = re.compile(rf"(?:{weekday},?\s+)?(?:the\s+)?\b{months}\s*$")
        self.date_after = re.compile(rf"{suffix}?(?:\s+{of})?\s+{months}\b(?:,?\s+\d{{4}}\b)?")
        self.day_suffix_year = re.compile(rf"{suffix}?(?:,\s*|\s+)(?:1[89]|20)\d\d\b")
        self.weekday_before = re.compile(rf"{weekday},?\s+(?:the\s+)?$")
        self.ordinal_suffix = re.compile(rf"{suffix}\b", re.I)
        self.suffix_letters = frozenset(w[0] for w in self.ordinal_suffixes) | frozenset(
            w[0].upper() for w in self.ordinal_suffixes)
        self.time_after = re.compile(
            r"(?::\s?[0-5]\d(?::\s?\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|\s*[ap]\.?m\b\.?"
            rf"|\s*{alternation(self.clock)}\b|\s*[hH]\d\d\b)", re.I)
        # "8pm", "8 o'clock", "20h30": what may follow a clock hour
        self.clock_letters = "apAPh" + "".join(c[0] for c in self.clock)
        self.military_time_re = re.compile(rf"\s{alternation(self.military_time)}\b")
        self.year_context_before = re.compile(rf"\b(?:{alternation(self.year_before)}|{months})[\s,-]*$", re.I)
        self.year_after_words = re.compile(rf"\s+{alternation(self.year_after)}\b")

    def _figure_patterns(self) -> None:
        glued = r"\s?"  # "per cent" or "percent"
        percent, points = alternation(self.percent, space=glued), alternation(self.percent_points)
        self.percent_after = re.compile(rf"\s*(?:%|\s{percent}\b)(?P<pp>\s+{points}\b)?", re.I)
        self.percent_of_before = re.compile(
            rf"\b{alternation(self.percent_of, space=glued)}\s+{self.joiner['of']}\s+$", re.I)
        years = alternation(self.age_units)
        self.age_after = re.compile(rf"(?:\s*-\s*|\s){years}(?:\s*-\s*|\s)old\b|\s*-\s*{years}\s*-\s*olds?\b"
                                    rf"|\s+{years}\s+of\s+age\b", re.I)
        self.name_comma_after = re.compile(rf"(?:,|\s*\)|\s+{alternation(self.after_age)}\b)")
        self.magnitude_after_re = re.compile(
            rf"\s?-?\s?{alternation(self.magnitude_after)}\b|\s{alternation(self.richter)}\b", re.I)
        self.magnitude_letters = frozenset("- ") | {c for w in [*self.magnitude_after, *self.richter]
                                                    for c in (w[0].lower(), w[0].upper())}
        # "a 6.1 quake": a one-decimal figure below 10 right before a quake word
        self.quake_after = re.compile(rf"\s{alternation(self.quake)}\b", re.I)
        mag = alternation([f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in self.magnitude_before], escape=False)
        self.magnitude_before_re = re.compile(rf"\b(?:{mag}(?:\s*-\s*|\s+of\s+)?\s*|M\s?|Mw\s?)$")
        self.change_before = re.compile(
            rf"\b(?P<dir>{alternation(self.change_dir)})(?:\s+by)?\s+(?:{alternation(self.change_qualifiers)}\s+)?$",
            re.I)
        self.neg_before = re.compile(r"(?:(?:^|(?<=[\s(\[=:<>]))-|(?:^|(?<=[(\[=:<>])|(?<=[(\[=:<>]\s))-\s"
                                     rf"|\b{alternation(self.negative)}\s+)$", re.I)
        signs = alternation([f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in self.number_signs], escape=False)
        self.ident_before = re.compile(rf"(?:\b[A-Za-z]+[A-Za-z.]*-?|#|{signs}\s?)$")
        self.number_sign_words = frozenset(w.rstrip(".") for w in self.number_signs)
        capital = alternation([f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in self.not_identifier_words], escape=False)
        self.not_identifier_word = re.compile(rf"{capital}\s*-?")
        self.not_identifier_prefix = re.compile(rf"(?:^|\W){alternation(self.not_identifier_prefixes)}-$", re.I)
        self.one_before = re.compile(rf"\b{alternation(self.one_pronoun_before)}(?:\s+|-)$", re.I)  # "no one", "no-one"
        self.one_after = re.compile(rf"\s+{alternation(self.one_pronoun_after)}\b|'s\b"
                                    rf"|\s*-\s*{alternation(self.one_pronoun_hyphen)}\b", re.I)
        # Qualifiers are matched on the reversed text before a number: an anchored
        # match fails on the first character for almost every number, where an
        # end-anchored search would try every position of the window.
        words = {**self.qualifiers, **QUALIFIER_SYMBOLS}
        self.qualifier_words = words
        # The last word of each qualifier: the word before a figure must end with one for a qualifier to be there.
        self.qualifier_ends = tuple(sorted({k.split()[-1].lower() for k in words}))
        self.qualifier_last_words = frozenset(self.qualifier_ends)
        alpha = trie(k[::-1] for k in words if k[0].isalpha())
        symbols = alternation((k[::-1] for k in words if not k[0].isalpha()), space=r"\s*")
        # "x>10" is a bound, "<>30" and "=>30" are not
        self.qualifier_rev = re.compile(rf"\s*(?P<q>{alpha}(?![A-Za-z])|{symbols}(?![<>=]))", re.I)

    def _name_patterns(self) -> None:
        w = lambda key: self._lex.words(N, key)  # noqa: E731
        self.calibre_after = re.compile(rf"\s*-?\s*{alternation(w('calibres'))}\b", re.I)
        # What calibre_after can open with besides a space: a hyphen, a calibre word's first letter.
        self.calibre_first = frozenset("-") | {c for word in w("calibres") for c in (word[0].lower(), word[0].upper())}
        self.guns = w("guns")
        streets = alternation([f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in w("streets")], escape=False)
        # "1400 block", "2100 Elm St.", "120 North Main Street"
        self.address_after = re.compile(rf"\s+(?:{alternation(w('address_block'))}\b"
                                        rf"|(?:[A-Z][a-z]+\s+){{1,3}}{streets}\b\.?)")
        self.compound_after = re.compile(rf"-{alternation(w('compound_joiners'))}-[A-Za-z]+")
        self.glued_word = re.compile(r"[A-Za-z]+")

    def _bound_patterns(self) -> None:
        than = r"(?!\s+than\s*[\w$€£])"  # "or more than 5" is another figure
        self.or_more_re = re.compile(rf"\s*(?:\+(?!\d)|-?plus\b|\s+or\s+{alternation(self.or_more)}\b{than}"
                                  rf"|\s+and\s+{alternation(self.and_more)}\b)", re.I)
        self.or_equal = re.compile(r"\s+or\s+equal(?!(?:\s+to)?\s*[\d.])(?:\s+to)?(?:\s+it\b)?", re.I)
        self.or_less_re = re.compile(rf"\s+or\s+{alternation(self.or_less)}\b{than}", re.I)
        # matched whole on the text between two figures (fullmatch with pos and endpos: no slice);
        # the final newline is what "$" let through before
        self.range_gap = re.compile(rf"\s*(?:-|\u2010|\u2013|\u2014|~|-?\s*{alternation(self.range_words)}|and|or)"
                                    r"\s*(?:US\$|[$€£¥₹])?\n?", re.I)
        self.between_before = re.compile(rf"\b{alternation(self.range_openers)}\s+(?:the\s+)?$", re.I)
        self.ratio_gap = re.compile(rf"\s+{alternation(self.ratio_words)}\s+", re.I)
        self.ratio_over_then_re = re.compile(rf"\s*{alternation(self.ratio_over_then)}\b")
        self.bound_join = re.compile(rf"^\s*(?:,\s*)?(?:{alternation(self.bound_joiners)}|,)\s*$", re.I)
        before = alternation(self.rate_before)
        self.rate = re.compile(rf"(?:\s+{before}\s+|\s*/\s*)(?P<p>{alternation(self.rate_periods)})\b"
                               rf"|\s+(?P<a>{alternation(self.rate_adverbs)})\b", re.I)
        # "400 people a day": one plural noun may sit between the count and its period
        single = [a for a in self.rate_adverbs if " " not in a]
        self.noun_rate = re.compile(
            rf"\s+(?P<noun>[a-z]+s|{alternation(self.rate_nouns)})"
            rf"(?:\s+{before}\s+(?P<p>{alternation(self.rate_noun_periods)})\b"
            rf"(?!\s+{alternation(self.rate_not_before)}\b)|\s+(?P<a>{alternation(single)})\b)")
        self.vague_not_after_re = re.compile(rf"\b{alternation(self.vague_not_after)}\s+$")
        self.of_after_re = re.compile(rf"\s+{self.joiner['of']}\b")

    def _money_patterns(self) -> None:
        forms = alternation(self.currency_before_forms, space=r"\s?")  # "U.S. $5", "U.S.$5"
        self.currency_before_re = re.compile(rf"(?P<cur>{forms})\s?$")
        of = self.joiner["of"]
        lakh = "|".join(f"(?<={w})" for w in sorted(self.of_after, key=len, reverse=True))
        adjectives = trie(self.currency_adjectives)
        signs = "".join(re.escape(s) for s in self.signs_after)
        upper = "|".join(sorted(c.upper() for c in self.codes))
        self.currency_after = re.compile(
            rf"(?:\s*|\s*-\s*|(?:{lakh})\s+{of}\s+(?={alternation(self.of_names)}\b))(?P<name>"
            rf"(?:{adjectives}\s+)?{trie(self.currency_names)}"
            rf"|(?-i:{upper}|[{signs}])|{alternation(self.codes_any_case)})(?![A-Za-z])", re.I)
        self.money_context_re = re.compile(rf"\b{alternation(self.money_context)}\b")
        self.cents_after = re.compile(rf"\s+(?:and\s+)?(\d{{1,2}})\s*{alternation(self.minor_after)}\b", re.I)
        self.scale_abbreviations = {k: _number(v) for k, v in self._lex.map(N, "scale_abbreviations").items()}
        glued = alternation(self._lex.phrases(N, "scale_abbreviations_glued"))
        spaced = self._lex.phrases(N, "scale_abbreviations_spaced")
        self.scale_suffix = re.compile(rf"(?:(?P<glued>{glued})(?![A-Za-z\d])"
                                       rf"|\s{{1,2}}(?P<spaced>{alternation(spaced)})(?![A-Za-z\d]))")
        self.spaced_scale_letters = frozenset(a[0] for a in spaced)

    def _unit_patterns(self) -> None:
        temperature = (rf"{alternation(self.degrees)}\s+{alternation(self.temperatures)}\b"
                       rf"|°\s?{alternation(self.temperature_symbols)}\b")
        self.unit_after = re.compile(
            r"(?:\s*[-\u2010]\s*|\s*|\s*(?P<ob>[(\[{<])\s*)"  # 10 km, 10km, 10-mile, 20 (kg)
            rf"(?P<u>{trie(self.unit_names)}|{temperature})(?![A-Za-z\d])"
            r"(?(ob)[)\]}>])", re.I)  # a closing bracket only after an opening one: "(about 24km)"
        # no bare "s": "1990s" is a decade and "over-18s" an age group, not seconds
        self.short_unit_after = re.compile(rf"(?P<u>{alternation(self.unit_symbols)})(?![A-Za-z\d])")
        # After "1.8m" these words mean metres, not millions ("a 2m-high wall", "the 100m sprint").
        self.length_context = re.compile(
            rf"(?:\s+|-)(?:{alternation(self.length_adjectives)}|in\s+{alternation(self.length_in)})\b"
            rf"|\s+{alternation(self.races)}\b")
        self.inches_after = re.compile(rf'\s+(?:and\s+)?(\d{{1,2}}(?:\.\d+)?)\s*(?:{alternation(self.inches)}\b|")',
                                       re.I)
        self.follow = self.follow_words()

    def follow_words(self) -> frozenset[str]:
        """Every word that may start a unit, currency or percent after a figure and a space."""
        phrases = [*self.unit_names, *self.currency_names, *self.currency_adjectives, *self.codes, *self.percent,
                   *self.degrees, *self.temperatures, *self.unit_symbols, *self.of_after, "of"]
        words = {w for p in phrases for w in re.findall(r"[a-z]+", p.lower())}
        return frozenset(words | {w[:-1] for w in words if w.endswith("s")})

    def master_trie(self, capital_first: bool = True) -> str:
        """The number words as one trie, with what must follow some of them ("tens of thousands")."""
        sp = r"[\u0020\t]+"
        scales = alternation(self.vague_scales)
        entries = dict.fromkeys([*self.units, *self.tens, *self.scales, *self.dozens, *self.ordinals,
                                 *self.ordinal_plurals, *self.fractions, *self.change_words], "")
        entries.update({k: "" for k in self.vague if " " not in k})
        for mult in self.vague_multipliers:
            # "hundreds" is an amount alone, "tens" only before "of thousands"
            of_scale = f"{sp}{self.joiner['of']}{sp}{scales}"
            entries[mult] = of_scale if mult not in self.vague else f"(?:{of_scale})?"
        followers = alternation(self.article_followers)
        couple = alternation(self.couple)
        article = sorted(self.articles, key=len)[0]
        rest = [a[len(article):] for a in self.articles if a != article]
        entries[article] = (rf"(?:{alternation(rest)}?(?=[\u0020\t-]+{followers}(?![a-z]))"
                            rf"|{sp}{couple}(?:{sp}{self.joiner['of']})?)")
        return word_trie(entries, capital_first=capital_first)


@lru_cache(maxsize=None)
def vocab(lang: str = "en") -> Vocab:
    """The number reader's words for `lang`, built once per process."""
    return Vocab(load(lang))
