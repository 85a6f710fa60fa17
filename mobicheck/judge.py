"""Stage 4: a verdict and a reason for each candidate pair.

The judge is two ordered tables of named rules, `NUMBER_RULES` and
`QUOTE_RULES`. Each rule has a name (`model.RuleName`), a test of the pair,
a verdict (or none: a veto, the two claims are not the same quantity) and a
reason template filled from the pair; the first rule whose test holds
decides. `docs/rules.md` lists both tables (`rules_markdown`, kept current by
tests/test_judge.py) and `--explain` shows the working rule by rule.

Numbers. Once the vetoes have passed (places, periods, starts of a running
count, years, measures, counted things, frame similarity of at least
`Settings.match_threshold`), each side gets two intervals:

* the *figure* interval: the number as stated ("up to 300,000" states
  300,000), widened by a rounding tolerance for exact figures (half a unit of
  the last significant digit, capped at `Settings.rounding_cap`: "53,000"
  covers 52,500..53,500); a bound reaches as far as its rounding on its open
  side ("more than 80" covers 83);
* the *logical* interval: what the words allow ("up to 300,000" is at most
  300,000, "at least 40,000" is 40,000 or more, "about 61%" is 59.5..62.5).

A figure in the other's figure interval agrees; a running count that grew
between two dated reports is an update; overlapping logical intervals are
related; disjoint ones contradict unless a rule finds the evidence too thin.
Afterwards `reconcile` withdraws a contradiction when one side agrees with
another figure of the other article: that figure has its counterpart.

Quotes. The same words (fragment or lightly edited) with compatible speakers
agree; with two different named people they contradict (misattribution); a
changed number or negation with the same speaker is a misquote. Two quotations
paired across a translation (translation.py) agree with the same speaker, else
are related: never a misquote or a misattribution.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from . import ages
from .config import Settings
from .dates import month_day
from .events import article_name_counts, different_events
from .lexicon import load as _lexicon
from .gazetteer import COUNTRIES, DEMONYMS, PLACE_NAMES
from .match import (class_count, distinctive, figure_digits, head, measure_figure, measure_rounding, normalise,
                    owners_apart, same_distinctive_figure, same_figure, shared_names, shared_words)
from .model import Article, Candidate, Claim, Match, RuleName, Verdict
from .translation import language, unlike
from .numbers.vocab import alternation
from .wording import interval, number

_LEX = _lexicon("en")
# Names too broad to tell one event from another of its country.
_COUNTRY_WORDS = frozenset(w.lower() for name in (*COUNTRIES, *DEMONYMS) for w in name.split())
# Measures whose counts only grow while a story unfolds: a later, larger
# figure is an update (the `running` concepts of lexicon/en/concepts.yaml,
# the ids frames write as measures).
ACCUMULATING = _LEX.running_measures
# What happens to people (kill, injure, detain...): an event's count of them is told again in later reports.
_PEOPLE_MEASURES = _LEX.people_concepts
# Counts of people in a state, which fall as well as rise while a story unfolds.
STOCKS = _LEX.stock_measures
# A contradiction needs figures within this factor; further apart, two figures
# are a total and a part of it ("25 million reservists" vs "300,000 called up").
MAX_CONTRADICTION_RATIO = 5.0
_NEGATIONS = _LEX.words("judge.yaml", "negations")
_MONTHS = _LEX.months
_CONCEPTS = frozenset(_LEX.concepts)
_TWO_SIDES = frozenset(frozenset(pair.split()) for pair in _LEX.phrases("judge.yaml", "one_figure_two_sides"))
_DIGITS = re.compile(r"\d[\d,.]*")
# Approximate percentages are read in percentage points (below, above).
_PERCENT_POINTS = {"about": (1.5, 1.5), "nearly": (1.5, 0.0)}
# Qualifiers that make the figure a bound; "up to X" still states the figure X.
_BOUNDS = frozenset({"up to", "at least", "more than", "less than"})
# A speaker written as a description ("the woman", "one of the men"), a group
# ("Russians", "analysts") or an institution ("the Kremlin", "Interior
# Ministry") may be the same party as any named person: only two named people
# can be a misattribution.
_DESCRIPTION_OPENERS = _LEX.words("judge.yaml", "description_openers")
_INSTITUTION = re.compile(r"\b(?:" + "|".join(
    [*sorted(_LEX.words("judge.yaml", "institution_words")),
     *(stem + r"\w+" for stem in sorted(_LEX.words("judge.yaml", "institution_stems")))]) + r")\b", re.I)
_TITLES = _LEX.words("judge.yaml", "titles")
_LEADING_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Judgement:
    """A verdict (or None: not the same claim) with every step of the working
    and the rule that decided."""

    match: Match | None
    working: tuple[str, ...]
    rule: RuleName | None = None


@dataclass(frozen=True)
class Rule:
    """One row of a judge table: when `test` holds for a pair, `verdict`
    (None: a veto, not the same quantity) with `reason` filled from the pair.

    `test` returns a truth value, or a dict of fields the reason uses. `notes`
    are lines of working shown (with --explain) before the test runs.
    """

    name: RuleName
    test: Callable[[Any], Any]
    verdict: Verdict | None
    reason: str
    notes: tuple[str, ...] = ()
    # The name a Match records, when it is not `name`: the reasons that a
    # difference is not a contradiction all record RuleName.NOT_ENOUGH (the
    # JSON output's `rule`), the reason says which.
    recorded: RuleName | None = None


def judge(candidate: Candidate, articles: Mapping[str, Article], *, settings: Settings = Settings(),
          explain: bool = True) -> Judgement:
    """Judge one candidate pair; `articles` gives publication dates and sources.

    With `explain=False` the working is left empty: formatting it was most of
    the time of judging a large batch, and only `--explain` shows it. To judge
    many pairs, `Judge` reads each claim once.
    """
    return Judge(articles, settings).judge(candidate, explain=explain)


class Judge:
    """Judges pairs of one report: what it reads of each claim is read once,
    however many pairs the claim is in."""

    def __init__(self, articles: Mapping[str, Article], settings: Settings = Settings(),
                 names: Mapping[str, dict[str, int]] | None = None):
        self.articles = articles
        self.settings = settings
        # The names each article gives and how often (events.py), by article id: read once per
        # article (given when the articles were sent without bodies), shared by its claims' sides.
        self.names: dict[str, dict[str, int]] = dict(names or {})
        self._sides: dict[str, _Side] = {}
        self._articles_apart: dict[tuple[str, str], tuple[int, bool]] = {}

    def side(self, claim: Claim) -> _Side:
        found = self._sides.get(claim.id)
        if found is None or found.claim is not claim:
            found = self._sides[claim.id] = _Side(claim, self.articles.get(claim.article), self.settings.rounding_cap,
                                                  self.names)
        return found

    def articles_apart(self, sa: _Side, sb: _Side) -> tuple[int, bool]:
        """(how many names the two sides' articles share, whether that makes them different events:
        events.different_events), read once per pair of articles, which many pairs of claims share,
        in either order: both are symmetric."""
        x, y = sa.claim.article, sb.claim.article
        key = (x, y) if x <= y else (y, x)
        found = self._articles_apart.get(key)
        if found is None:
            found = self._articles_apart[key] = (len(sa.names & sb.names), different_events(sa.names, sb.names))
        return found

    def judge(self, candidate: Candidate, *, explain: bool = True) -> Judgement:
        working = _Working() if explain else _NO_WORKING
        pair, table, header = self._pair(candidate)
        for line in header:
            working.note(lambda: line.format_map(pair))
        rule = _first_rule(table, pair, working)
        if rule.verdict is None:
            working.note(lambda: f"not the same quantity: {rule.reason.format_map(pair)}")
            return Judgement(None, tuple(working), rule.name)
        return Judgement(_decided(pair, rule, working), tuple(working), rule.name)

    def matches(self, pairs: list[Candidate], *, related: bool = True) -> list[Match]:
        """The matches of `pairs` (those judged the same claim), in order, without the working;
        `related=False` leaves out the related ones (their reasons are not even written)."""
        found = []
        for candidate in pairs:
            pair, table, _ = self._pair(candidate)
            rule = _first_rule(table, pair, _NO_WORKING)
            if rule.verdict is not None and (related or rule.verdict is not Verdict.RELATED):
                found.append(_decided(pair, rule, _NO_WORKING))
        return found

    def _pair(self, candidate: Candidate) -> tuple[_Pair, tuple[Rule, ...], tuple[str, ...]]:
        if candidate.a.kind == "quote":
            return _QuotePair(self, candidate), QUOTE_RULES, _QUOTE_HEADER
        pair = _NumberPair(self, candidate)
        return pair, AGE_RULES if pair.ages else COUNT_RULES, _NUMBER_HEADER


def _first_rule(table: tuple[Rule, ...], pair: _Pair, working: _Working | _NoWorking) -> Rule:
    explain = working is not _NO_WORKING
    for rule in table:
        if explain:
            for line in rule.notes:
                working.note(lambda: line.format_map(pair))
        fired = rule.test(pair)
        if fired:
            if isinstance(fired, dict):
                pair.extra = fired
            return rule
    raise AssertionError("a judge table ends with a rule that always holds")


def _decided(pair: _Pair, rule: Rule, working: _Working | _NoWorking) -> Match:
    a, b = pair.a, pair.b
    reason = rule.reason.format_map(pair)
    if pair.origin:
        reason += f"; both cite {a.attribution}, so this is one source, not two"
    elif a.attribution or b.attribution:
        reason += f"; sources: {a.attribution or 'unattributed'} / {b.attribution or 'unattributed'}"
    working.note(lambda: f"rule: {rule.name} -> {rule.verdict}")
    return Match(a=a.id, b=b.id, verdict=rule.verdict, score=round(pair.score, 3), reason=reason + ".",
                 same_origin=pair.origin, rule=rule.recorded or rule.name)


class _Working(list):
    """The steps of a judgement, each added as a function that formats it."""

    def note(self, line) -> None:
        self.append(line())


class _NoWorking:
    def note(self, line) -> None:
        pass

    def __iter__(self):
        return iter(())


_NO_WORKING = _NoWorking()


# --- what the judge reads of one claim and of a pair --------------------------

class _lazy:
    """A property computed on first use and then stored on the instance
    (functools.cached_property takes a lock on every first use: a third of
    the time of judging a large report)."""

    def __init__(self, fn):
        self.fn, self.name = fn, fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class _Side:
    """What the judge reads of one claim (and its article): read once per claim."""

    def __init__(self, claim: Claim, article: Article | None, cap: float,
                 names: dict[str, dict[str, int]] | None = None):
        self.claim, self.article = claim, article
        self._names = {} if names is None else names
        self.published = article.published if article else None
        # frames.py falls back to the publication date; only a time the text
        # states can rule a pair out.
        t = claim.time
        self.explicit_time = None if not t or (article and t == article.published) else t
        m = _YEAR.match(t or self.published or "")
        self.year = m.group(1) if m else None
        self.head = head(claim.subject)
        self.quoted = _quoted(claim)
        if claim.kind == "number":
            self.fig = _interval(claim, cap, figure=True)
            self.log = _interval(claim, cap, figure=False)

    # What `_one_figure` asks of each side before it compares two (only pairs not vetoed earlier).
    @_lazy
    def distinct(self) -> bool:
        return distinctive(self.claim)

    @_lazy
    def measured(self) -> bool:
        return measure_figure(self.claim)

    @_lazy
    def counted(self) -> bool:
        return class_count(self.claim)

    @_lazy
    def digits(self) -> int:
        """The figure's significant digits as printed (match.figure_digits), which rules compare pair by pair."""
        return figure_digits(self.claim)

    @_lazy
    def owners(self) -> set[str]:
        # Read at extraction (frames/owners.py): whose figure it is.
        return set(self.claim.owners)

    @_lazy
    def origin(self) -> str | None:
        return _origin_key(self.claim.attribution) if self.claim.attribution else None

    @_lazy
    def restriction(self) -> str | None:
        return restriction(self.claim)

    @_lazy
    def addition(self) -> str | None:
        return addition(self.claim)

    @_lazy
    def background(self) -> str | None:
        return background(self.claim, self.published)

    @_lazy
    def not_a_count(self) -> str | None:
        return not_a_count(self.claim)

    @_lazy
    def deaths(self) -> int | None:
        return deaths_beside(self.claim)

    @_lazy
    def name_counts(self) -> dict[str, int]:
        """The names the claim's article gives, with how often (events.py): what tells its event."""
        found = self._names.get(self.claim.article)
        if found is None:
            found = self._names[self.claim.article] = article_name_counts(self.article) if self.article else {}
        return found

    @_lazy
    def names(self) -> frozenset[str]:
        return frozenset(self.name_counts)

    @_lazy
    def some_names(self) -> str:
        """A few of the article's names, for a reason (`_some`): the events rules ask for every pair."""
        return _some(self.name_counts)

    @_lazy
    def fig_text(self) -> str:
        """The figure interval as a reason writes it: "52,500–53,500" (most agreements' reasons say it)."""
        return interval(*self.fig)

    @_lazy
    def log_text(self) -> str:
        return interval(*self.log)

    @_lazy
    def month(self) -> int | None:
        """The number of the month the stated time names alone ("in September"), else None."""
        return _MONTHS.get(normalise(self.explicit_time)) if self.explicit_time else None

    @_lazy
    def published_day(self) -> tuple[int, int] | None:
        """(month, day) of the publication date (dates.month_day)."""
        return month_day(self.published)

    @_lazy
    def event(self) -> str | None:
        """The event the article's names group it in (events.assign_events), when known."""
        return self.article.event if self.article else None


_YEAR = re.compile(r"(\d{4})\b")


class _Pair:
    """A candidate pair as the rules and their templates read it: `pair[field]`
    is a field a rule's test added, else the property of that name."""

    def __init__(self, judge_: Judge, candidate: Candidate):
        self.candidate = candidate
        self.a, self.b = candidate.a, candidate.b
        self.sa, self.sb = judge_.side(candidate.a), judge_.side(candidate.b)
        self.settings = judge_.settings
        self.judge = judge_

    # The fields the rule that fired added (a rule's test may return them).
    extra: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        extra = self.extra
        return extra[key] if key in extra else getattr(self, key)

    @_lazy
    def origin(self) -> bool:
        return self.sa.origin is not None and self.sa.origin == self.sb.origin

    qa = property(lambda p: p.sa.quoted)
    qb = property(lambda p: p.sb.quoted)


class _NumberPair(_Pair):
    def __init__(self, judge_: Judge, candidate: Candidate):
        super().__init__(judge_, candidate)
        a, b = self.a, self.b
        self.one_event = self.sa.event is not None and self.sa.event == self.sb.event
        self.threshold = self.settings.match_threshold
        self.vague = a.qualifier == "vague" or b.qualifier == "vague"
        self.ages = a.quantity == "age" and b.quantity == "age"

    @_lazy
    def tied(self) -> bool:
        """The run groups the two articles into one event and they share TIED_NAMES names or more: one
        name in common, a street's "Elm" in two cities' shootings, may be chance even where the
        grouping joins them."""
        return self.one_event and self.judge.articles_apart(self.sa, self.sb)[0] >= TIED_NAMES

    @_lazy
    def score(self) -> float:
        # Read from `frames too different` on: the pairs an earlier veto ends (a third) never need it.
        return _scored(self.words, self.one_figure)

    @_lazy
    def one_figure(self) -> bool:
        """`_one_figure`: the costly part of `score`, asked only where it decides."""
        return _one_figure(self.sa, self.sb, grouped=self.sa.event is not None and self.sb.event is not None)

    @_lazy
    def words(self) -> float:
        """The frame similarity without the same-figure evidence (`_similarity`)."""
        return _similarity(self.a, self.b, self.candidate.score)

    @_lazy
    def below(self) -> bool:
        """`score` < `threshold`, told without the same-figure evidence when that cannot change it (two
        pairs in seven of 10,000 benchmark articles): with it or without, the score stays on one side."""
        low = _scored(self.words, False) < self.threshold
        if low != (_scored(self.words, True) < self.threshold):
            return self.score < self.threshold
        return low

    @_lazy
    def same(self) -> str:
        return _what(self.a, self.b)

    @_lazy
    def owners_differ(self) -> str | None:
        """"X vs Y" when both figures have owners and they share none, else None."""
        if owners_apart(self.a, self.b):
            return f"{', '.join(sorted(self.sa.owners))} vs {', '.join(sorted(self.sb.owners))}"
        return None

    fig_a = property(lambda p: p.sa.fig_text)
    fig_b = property(lambda p: p.sb.fig_text)
    log_a = property(lambda p: p.sa.log_text)
    log_b = property(lambda p: p.sb.log_text)
    figure_a = property(lambda p: _figure(p.a))
    figure_b = property(lambda p: _figure(p.b))
    frame_a = property(lambda p: _frame(p.a))
    frame_b = property(lambda p: _frame(p.b))
    hedge = property(lambda p: p.a.hedge or p.b.hedge)
    figure_age = property(lambda p: number(p.a.value))


class _QuotePair(_Pair):
    score = property(lambda p: p.candidate.score)

    @_lazy
    def na(self) -> str:
        return normalise(self.a.text)

    @_lazy
    def nb(self) -> str:
        return normalise(self.b.text)

    @_lazy
    def fragment(self) -> bool:
        """The shorter quotation, normalised, lies inside the longer."""
        short, long_ = (self.na, self.nb) if len(self.na) <= len(self.nb) else (self.nb, self.na)
        return short in long_

    @_lazy
    def how(self) -> str:
        return ("the same words" if self.na == self.nb else
                "a fragment of the same quotation" if self.fragment else "nearly the same words")

    speaker_a = property(lambda p: p.a.speaker or "unknown")
    speaker_b = property(lambda p: p.b.speaker or "unknown")
    translated = property(lambda p: p.candidate.translated)
    similarity = property(lambda p: f"meaning similarity {p.score:.2f} (across a translation)" if p.translated
                          else f"word similarity {p.score:.2f}")
    # Each side quoted in its own language, the language named: "“Это не блеф” (ru)".
    said_a = property(lambda p: f"“{p.a.text}” ({language(p.a)})")
    said_b = property(lambda p: f"“{p.b.text}” ({language(p.b)})")
    spellings = property(lambda p: f"both attributed to {p.a.speaker}" if p.a.speaker == p.b.speaker else
                         f"attributed to {p.a.speaker} and to {p.b.speaker}, one name in two spellings")
    short = property(lambda p: short_text(p.a, p.b))
    who = property(lambda p: _who(p.a, p.b))
    differs = property(lambda p: f" (wording differs: “{p.a.text}” vs “{p.b.text}”)"
                       if p.how == "nearly the same words" else "")


# --- the number rules ----------------------------------------------------------
# Each test reads a _NumberPair; its docstring is the rule's "when" in docs/rules.md.

# Ages (kind "age": "a 16-year-old girl", "Smith, 44"): who they belong to decides, never the count rules.
# Two ages contradict only when both name one person (ages.who) in reports dated close enough that no
# birthday explains the difference; every other difference is at most related.

def _ages(p: _NumberPair) -> str | None:
    """How the two ages' subjects describe their people (ages.who); None unless both figures are ages."""
    return ages.who(p.a.subject, p.b.subject) if p.ages else None


def _same_value(p: _NumberPair) -> bool:
    """The two ages' stated bounds overlap (an open bound reaches anywhere); no rounding: 44 is not 45."""
    return _overlap(*((-math.inf if c.low is None else c.low, math.inf if c.high is None else c.high)
                      for c in (p.a, p.b)))


def _ages_of_other_people(p: _NumberPair):
    """two ages (kind "age") of people of different names, or different ages of people not described
    alike (two nouns that differ: "a 16-year-old victim", "a 17-year-old suspect"; a name against a noun),
    unless one is told as it was ("then-15-year-old Timmons") and the other may be the same person's now"""
    who = _ages(p)
    return (who == ages.OTHER and ages.is_name(p.a.subject)) or (
        who in (ages.OTHER, ages.UNKNOWN) and not _same_value(p) and not _then_and_now(p))


def _then_and_now(p: _NumberPair) -> bool:
    """One age told as it was and the other as it is, the later no younger and at most MAX_AGE_RATIO older."""
    then_a, then_b = ages.told_then(p.a.text), ages.told_then(p.b.text)
    if then_a == then_b:
        return False
    then, now = (p.a.value or 0, p.b.value or 0) if then_a else (p.b.value or 0, p.a.value or 0)
    return then <= now <= then * MAX_AGE_RATIO


def _ages_in_other_events(p: _NumberPair):
    """two ages in articles of different events (the rules `different events`, `events grouped apart`)"""
    return _ages(p) is not None and bool(_different_events(p) or _events_apart(p))


def _same_age(p: _NumberPair):
    """two equal ages of one named person (one surname, given names that do not differ), or of one noun
    ("a 10-year-old girl", "the 10-year-old girl") in articles of one event whose sentences share a name
    more particular than a country's: a noun alone is weak evidence of one person (a round-up retells
    another shooting's "9-year-old boy")"""
    who = _ages(p)
    if who not in (ages.SAME_NAME, ages.SAME_NOUN) or not _same_value(p):
        return None
    if who == ages.SAME_NAME:
        return {"common": "one person named alike"}
    shared = sorted(shared_names(p.a.sentence, p.b.sentence) - _COUNTRY_WORDS) if p.one_event else ()
    return {"common": "both name " + ", ".join(shared)} if who == ages.SAME_NOUN and shared else None


def _same_age_maybe_others(p: _NumberPair):
    """two equal ages told of people described differently ("a 66-year-old woman", "Luann Johnson, 66";
    "a 15-year-old boy", "a 15-year-old teenager"), or not at all, or of one noun in articles not grouped
    into one event"""
    return _ages(p) is not None and _same_value(p)


def _age_contradicted(p: _NumberPair):
    """two different ages of one person named in full on both sides (given name and surname), neither
    told as a past age ("then-15-year-old"), in reports with publication dates, further apart than the
    years between the reports and a birthday allow, and not more than MAX_AGE_RATIO apart (a father and a
    son of one name, 49 and 5; a misread "Twetny-one-year-old", 1 and 21)"""
    if _ages(p) != ages.SAME_NAME or not (" " in p.a.subject and " " in p.b.subject) \
            or ages.told_then(p.a.text) or ages.told_then(p.b.text):
        return None
    days = _days_between(p.sa.published, p.sb.published)
    young, old = sorted((p.a.value or 0, p.b.value or 0))
    return days is not None and old - young > days / 365.25 + 1 and old <= young * MAX_AGE_RATIO


# Two ages of one name further apart than this ratio are two people or a misread, not a misreported age
# (a slip of a digit or a year of birth: 44 and 47, 34 and 43).
MAX_AGE_RATIO = 1.5


def _ages_differ(p: _NumberPair):
    """two different ages of one description: of one person told at different times (a birthday, a report
    of the trial), or of different people described alike"""
    return _ages(p) is not None


def _different_places(p: _NumberPair):
    """both name places and share none, unless the figures agree and one side names only countries
    and the other only places the gazetteer does not know ("the province of Hormozgan" against
    "southern Iran"), which may lie within them; or both name only countries or larger regions, in
    articles of one event (events.assign_events), with one figure of one measure, of two significant
    digits or more: one event's parties and sites are told by different countries ("capturing 17 of
    the gunmen, Kenya said", "captured 17 raiders ... off Somalia"; the 2004 tsunami's 230,000 dead
    "across Asia" and "off Indonesia"), where a round figure may be each country's own ("40 killed in
    Romania", "40 killed in Moldova")"""
    a, b = p.a, p.b
    if not (a.place and b.place) or set(a.place) & set(b.place):
        return None
    if (_may_lie_within(a.place, b.place) or _may_lie_within(b.place, a.place)) and _figure_within(p):
        return None
    one_party = a.measure and a.measure == b.measure and _national(a.place + b.place)
    if p.one_event and one_party and _one_exact_figure(p.sa, p.sb):
        return None
    return {"places_a": ", ".join(a.place), "places_b": ", ".join(b.place)}


def _national(places: tuple[str, ...]) -> bool:
    """Every place is a country or a region larger than one (the gazetteer's "Yemen", "Asia")."""
    return all(place in _NATIONAL for place in places)


def _may_lie_within(countries: tuple[str, ...], places: tuple[str, ...]) -> bool:
    """`countries` are all countries and none of `places` is a place the gazetteer knows: each may be
    a province or a town of one of them. Two towns it does not know may be anywhere: not these."""
    return all(c in COUNTRIES for c in countries) and not any(p in _KNOWN_PLACES for p in places)


# Every place the gazetteer knows, with the places it puts them in.
_KNOWN_PLACES = frozenset(name for names in PLACE_NAMES.values() for name in names) | COUNTRIES
# Countries, and the regions the gazetteer puts in no country ("Asia", "Africa").
_NATIONAL = frozenset(place for place, within in PLACE_NAMES.items() if within == (place,)) | COUNTRIES


def _different_starts(p: _NumberPair):
    """both are running counts, from different starts"""
    a, b = p.a, p.b
    return a.cumulative_since and b.cumulative_since and a.cumulative_since != b.cumulative_since


def _total_and_rate(p: _NumberPair):
    """one is a running total, the other not, and one is a rate"""
    a, b = p.a, p.b
    return bool(a.cumulative_since) != bool(b.cumulative_since) and bool(a.per or b.per)


def _different_times(p: _NumberPair):
    """both texts state a time (not the publication date) and the times share no day; or one states a
    month without its year ("injured almost 50 ... in September") and the other report is dated in
    another month: a figure of September is not one of a report of 28 November"""
    ta, tb = p.sa.explicit_time, p.sb.explicit_time
    if ta and tb:
        return {"time_a": ta, "time_b": tb} if not _times_overlap(ta, tb) else None
    if _dated_apart(p.sa, p.sb) or _dated_apart(p.sb, p.sa):
        return {"time_a": ta or f"{p.sa.published} (published)", "time_b": tb or f"{p.sb.published} (published)"}
    return None


def _dated_apart(s: _Side, other: _Side) -> bool:
    """`_other_month` of a side's stated time and the other's publication date, each read once per claim."""
    return bool(s.month and other.published) and _month_apart(s.month, other.published_day)


def _other_month(month: str | None, dated: str | None) -> bool:
    """`month` is a month's name alone and the ISO date `dated` lies in another month."""
    number = _MONTHS.get(normalise(month)) if month else None
    return bool(number and dated) and _month_apart(number, month_day(dated))


def _month_apart(number: int, day: tuple[int, int] | None) -> bool:
    """A date's (month, day) lies in another month than the month `number`."""
    return bool(day) and day[0] != number


def _different_years(p: _NumberPair):
    """a text states a time and the years (stated, or of publication) differ: "54.7% in 2021" is not
    this year's turnout; unless the figure with no time of its own is of a later year's report that the
    run groups in the same event, and both count the same people something happened to, alike: a later
    report retelling the event ("the 2015 shooting that left nine injured", at a trial a year on)"""
    return ((p.sa.explicit_time or p.sb.explicit_time) and p.sa.year and p.sb.year
            and p.sa.year != p.sb.year and not _retold(p))


def _retold(p: _NumberPair) -> bool:
    """The side without a time of its own was published in a later year than the other's stated time,
    in the same event of the run, and the figures are one count of people (same people concept) that
    agree: the publication year bounds a retold event's figure only from above. Not when the dated
    side is background ("last year, a quake killed one person"): another event of the same kind."""
    sa, sb = p.sa, p.sb
    if bool(sa.explicit_time) == bool(sb.explicit_time):
        return False
    dated, undated = (sa, sb) if sa.explicit_time else (sb, sa)
    return (undated.year > dated.year and dated.event is not None and dated.event == undated.event
            and p.a.measure == p.b.measure and p.a.measure in _PEOPLE_MEASURES and not dated.background
            and bool(_figure_within(p)))


def _last_year(p: _NumberPair):
    """one side says "last year" and the years are not both known: the other is about this report's year"""
    ta, tb = p.sa.explicit_time, p.sb.explicit_time
    if (ta == "last year") != (tb == "last year") and not (p.sa.year and p.sb.year):
        return {"when_a": ta or "this report", "when_b": tb or "this report"}
    return None


def _different_measures(p: _NumberPair):
    """both say what happened, differently: two concepts of the lexicon ("killed", "injured"), or a verb it
    does not class ("levelled", "intercepted") or two sides of one deal ("pay", "cost") unless the figures
    agree in sentences that share a name, or are one exact figure of two significant digits or more of
    things of one class in articles of one event that share two names (`tied`: "About 12,000 people
    fled", "led over 12,000 people to shelters"; "13 people shot", "injured 13 people"; not a city's
    weekend toll of 13 shot against another city's party shooting grouped with it
    by a street's name, "Elm"; not "called 911" and "a 911 call was received", which count
    nothing); such a verb against another word for the
    same figure of the same people or place ("levelled seven villages in Iran", "destroyed seven villages
    in Iran") is not a difference"""
    a, b = p.a, p.b
    if not (a.measure and b.measure and a.measure != b.measure):
        return False
    return _opposed(a.measure, b.measure) or not _figure_within(p) or not (
        shared_names(a.sentence, b.sentence) or (p.tied and _one_exact_figure(p.sa, p.sb) and _one_class(a, b)))


def _one_class(a: Claim, b: Claim) -> bool:
    """Both say what they count, things of one class of the lexicon ("14,000 people", "23 pirates")."""
    return bool(a.subject_class) and a.subject_class == b.subject_class


def _one_exact_figure(sa: _Side, sb: _Side) -> bool:
    """One value printed with MEASURE_DIGITS significant digits or more on both sides: not "about a dozen"
    against "13" or "Eleven", which only its rounding lets touch."""
    return sa.claim.value == sb.claim.value and min(sa.digits, sb.digits) >= MEASURE_DIGITS


def _opposed(x: str | None, y: str | None) -> bool:
    """Two measures that are concepts of the lexicon (concepts.yaml), not plain verbs' lemmas, and not
    the two sides of one deal (judge.yaml `one_figure_two_sides`: "AMD will pay $334 million", "the
    deal cost AMD $334 million"): what they count differs."""
    return x in _CONCEPTS and y in _CONCEPTS and frozenset((x, y)) not in _TWO_SIDES


def _different_things(p: _NumberPair):
    """both say what they count, with different head nouns of no common class"""
    a, b = p.a, p.b
    return (a.subject and b.subject and p.sa.head != p.sb.head
            and not (a.subject_class and a.subject_class == b.subject_class))


def _same_count_other_words(p: _NumberPair):
    """the frame similarity is below `match_threshold`, but both count things of one known class
    (lexicon counting.yaml subject_classes) with the same exact value, in one event, in sentences that
    share SHARED_WORDS words besides the figures': "two prison guards" and "two transport officers"
    may be one count, "five merchant vessels" and "five pirate boats" are not, and the words do not
    tell which (nor do owners, read too loosely to rule it out: the verdict is only related); a count of
    two significant digits or more so told has passed as one figure (`same_class_count`). So with one
    measure of one event (a unit, figures within each other's rounding, owners not different parties)
    that neither side says what it measures of, in sentences that share a word, fewer than `same_measure`
    asks ("her 60-day court-ordered stay", "her 60-day court-ordered treatment"; "the second goalkeeper
    in two days" twice, in words); not "one day after bombings" and "a one-day ration" (a ration)"""
    a, b = p.a, p.b
    if not (p.one_event and p.below):
        return None
    if p.sa.counted and p.sb.counted and a.subject_class == b.subject_class and a.value == b.value:
        need, told = SHARED_WORDS, {"counted": a.subject_class, "told": f"count {a.subject} and {b.subject}"}
    elif _one_measure(a, b) and not (a.subject or b.subject):
        need, told = 1, {"counted": "a measure", "told": "say too little of what they measure"}
    else:
        return None
    shared = shared_words(a, b)
    return {"shared_words": ", ".join(sorted(shared)), **told} if len(shared) >= need else None


def _frames_too_different(p: _NumberPair):
    """the frame similarity (subject and measure words, place, class) is below `match_threshold`"""
    return p.below


def _same_order_of_magnitude(p: _NumberPair):
    """both give only the same order of magnitude ("dozens injured", "injured dozens") in sentences that
    share a name more particular than a country's, or tell the same concept of the lexicon ("injure") in
    articles of one event (events.assign_events) that share such a name: the word alone is weak evidence
    of one quantity"""
    a, b = p.a, p.b
    if not (a.qualifier == "vague" and b.qualifier == "vague" and a.value == b.value):
        return None
    shared = sorted(shared_names(a.sentence, b.sentence) - _COUNTRY_WORDS)
    if shared:
        return {"common": "both name " + ", ".join(shared)}
    named = sorted(p.sa.names & p.sb.names - _COUNTRY_WORDS) if p.one_event else ()
    if named and a.measure and a.measure == b.measure and a.measure in _CONCEPTS:
        return {"common": f"both tell what happened ({a.measure}) in one event "
                          f"({_some({n: p.sa.name_counts[n] for n in named})})"}
    return None


def _different_events(p: _NumberPair):
    """the two articles each name at least two things (places, people, streets: events.py) and share
    none (or, with ten names or more, fewer than one in ten: a first name, a state by chance), unless
    they share TIED_NAMES names or more and the run groups them into one event (`tied`: two long
    reports of one takeover share the buyer's and a rival's names of 25, and the other reports tie them
    together): figures of different events, however alike, are never one quantity"""
    return None if p.tied else _share_no_name(p)


# Names two articles of one event must share for the run's grouping to outweigh `different events` and
# to stand for a shared name in `different measures` (`_NumberPair.tied`).
TIED_NAMES = 2


def _share_no_name(p: _Pair) -> dict | None:
    """The two articles share (almost) no name (events.different_events)."""
    if p.judge.articles_apart(p.sa, p.sb)[1]:
        return {"names_a": p.sa.some_names, "names_b": p.sb.some_names}
    return None


def _events_apart(p: _NumberPair):
    """the run's articles, grouped by the names each writes and how often (events.assign_events),
    put the two in different events: two articles may share a name or two (the country, a team, a
    name from the background) and still tell two events, when each is far closer to its own"""
    if p.sa.event and p.sb.event and p.sa.event != p.sb.event:
        return {"names_a": p.sa.some_names, "names_b": p.sb.some_names}
    return None


def _quoted_in_other_events(p: _QuotePair):
    """the articles tell different events (they share almost no name, as in the figures' rule `different
    events`, or the rule `events grouped apart`): the same words said of another event are not one
    statement, and say nothing of who said it"""
    return _share_no_name(p) or _events_apart(p)


def _some(counts: dict[str, int], n: int = 3) -> str:
    """A few of an article's names, for a reason: those it writes most often, capitalised."""
    shown = sorted(counts, key=lambda w: (-counts[w], w))[:n]
    return ", ".join(w.capitalize() for w in shown) + (", ..." if len(counts) > n else "")


def _order_of_magnitude(p: _NumberPair):
    """the figure intervals overlap and one side is only an order of magnitude ("tens of thousands")"""
    return p.vague and _overlap(p.sa.fig, p.sb.fig)


def _figure_within(p: _NumberPair):
    """a stated figure lies in the other's figure interval"""
    return _covers(p.sb.fig, p.a) or _covers(p.sa.fig, p.b)


def _running_update(p: _NumberPair):
    """one running count (same start, or the same measure that runs: deaths, arrivals...) of the same
    thing and owner in reports of two known dates, the later larger (a stock such as people missing:
    different); no rate, order of magnitude or part (nor an addition: "four other people died")"""
    a, b, sa, sb = p.a, p.b, p.sa, p.sb
    da, db = sa.published, sb.published
    running = ((a.cumulative_since and a.cumulative_since == b.cumulative_since)
               or (a.measure and a.measure == b.measure and a.measure in ACCUMULATING))
    if not (da and db and da != db and running) or a.per or b.per or sa.addition or sb.addition:
        return None
    if _weeks_apart(p):
        return None
    if "vague" in (a.qualifier, b.qualifier) or a.enumerated or b.enumerated or sa.head != sb.head:
        return None
    if p.owners_differ:
        return None
    (early, d_early), (late, d_late) = sorted(((a, da), (b, db)), key=lambda x: x[1])
    rose = (late.value or 0) > (early.value or 0)
    # A flow (deaths, arrivals) only grows; a stock (people missing,
    # trapped, in hospital) may fall as well as rise.
    if not rose and not (a.measure in STOCKS and late.value != early.value):
        return None
    return {"late": _quoted(late), "early": _quoted(early), "d_late": d_late, "d_early": d_early,
            "direction": "rose" if rose else "fell"}


def _bounds_compatible(p: _NumberPair):
    """the logical intervals (what the wording allows) overlap"""
    return _overlap(p.sa.log, p.sb.log)


def _unsaid(p: _NumberPair):
    """a side does not say what it counts or what happened"""
    a, b = p.a, p.b
    return not (a.measure and b.measure and a.subject and b.subject)


def _one_of_several(p: _NumberPair):
    """a side is one of several counts of its thing in one sentence"""
    if not (p.a.enumerated or p.b.enumerated):
        return None
    part = p.a if p.a.enumerated else p.b
    return {"part": _quoted(part), "part_subject": part.subject}


def _different_heads(p: _NumberPair):
    """the counted things have different head nouns"""
    return p.sa.head != p.sb.head


def _different_owners(p: _NumberPair):
    """both figures have owners (names in the clause before them) and share none"""
    return p.owners_differ


def _restricted(p: _NumberPair):
    """one figure's counted thing is narrowed right after it ("four seasons as director",
    "30 goals coming from penalties") and the other's is not: a part against its whole"""
    ra, rb = p.sa.restriction, p.sb.restriction
    if bool(ra) == bool(rb):
        return None
    return {"narrowed": p.qa if ra else p.qb, "restriction": ra or rb}


def _projection(p: _NumberPair):
    """one side is hedged (a plan, a forecast) and the other not"""
    return bool(p.a.hedge) != bool(p.b.hedge)


def _place_on_one_side(p: _NumberPair):
    """only one side names a place"""
    if bool(p.a.place) == bool(p.b.place):
        return None
    placed = p.a if p.a.place else p.b
    return {"placed": _quoted(placed), "placed_places": ", ".join(placed.place)}


def _too_far_apart(p: _NumberPair):
    """the figures are more than MAX_CONTRADICTION_RATIO (5) times apart, or one is 0"""
    va, vb = abs(p.a.value or 0), abs(p.b.value or 0)
    return min(va, vb) == 0 or max(va, vb) / min(va, vb) > MAX_CONTRADICTION_RATIO


def _vague(p: _NumberPair):
    """one side is only an order of magnitude"""
    return p.vague


def _undated_running(p: _NumberPair):
    """a running count (or a measure that runs) in a report without a publication date"""
    a, b = p.a, p.b
    return ((a.cumulative_since or b.cumulative_since or a.measure in ACCUMULATING)
            and not (p.sa.published and p.sb.published))


def _same_day_running(p: _NumberPair):
    """a running count (same start, or the same measure that runs: deaths, arrivals...) told differently
    in two reports of the same day: a toll rises within hours, and a date says no hour; not two plans
    or forecasts (both hedged: "would be called up"), which say what is to come, not a count so far"""
    a, b = p.a, p.b
    if a.hedge and b.hedge:
        return False
    running = ((a.cumulative_since and a.cumulative_since == b.cumulative_since)
               or (a.measure and a.measure == b.measure and a.measure in ACCUMULATING))
    return running and p.sa.published and p.sa.published == p.sb.published


# Days within which a running count with no stated start rises as one story unfolds: a toll or a
# count of arrests climbs over hours and days. Reports further apart that give different figures tell
# different moments of different things more often than one count: within one LongTail dev incident,
# every "update" between reports more than two weeks apart was a part, another shooting or a misread
# (22 of 22), and so were the six between two shootings of one city in one folder (16 to 45 days).
RUNNING_DAYS = 14


def _weeks_apart(p: _NumberPair) -> dict | None:
    """The same measure that runs (no stated start: "deaths", not "deaths since June") in reports more
    than RUNNING_DAYS apart; with the gap in days."""
    a, b = p.a, p.b
    if (a.cumulative_since and a.cumulative_since == b.cumulative_since) or not (
            a.measure and a.measure == b.measure and a.measure in ACCUMULATING):
        return None
    days = _days_between(p.sa.published, p.sb.published)
    return {"days": days} if days is not None and days > RUNNING_DAYS else None


def _days_between(x: str | None, y: str | None) -> int | None:
    try:
        return abs((date.fromisoformat((x or "")[:10]) - date.fromisoformat((y or "")[:10])).days)
    except ValueError:
        return None


def _added(p: _NumberPair):
    """a figure adds to a count told before it in its article ("another two people", "three more
    people", "the other four victims"): a part, not a rival total"""
    side = p.a if p.sa.addition else p.b if p.sb.addition else None
    if side is None:
        return None
    return {"added": _quoted(side), "added_word": p.sa.addition or p.sb.addition}


def _background(p: _NumberPair):
    """a figure's sentence is set in another time or incident than its article's own ("three years
    ago", "in 2009", "in the most recent shooting"): background, not the story's count"""
    side = p.a if p.sa.background else p.b if p.sb.background else None
    if side is None:
        return None
    return {"background": _quoted(side), "background_cue": p.sa.background or p.sb.background}


def _not_a_count(p: _NumberPair):
    """a figure is not a count of its noun: an age ("in his 70s"), a multiplier ("three times the
    limit"), a label ("homicides number 10 and 11"), an ordinal ("a fourth victim"), or it counts
    people held, not victims ("two people are in custody")"""
    side = p.a if p.sa.not_a_count else p.b if p.sb.not_a_count else None
    if side is None:
        return None
    return {"not_counted": _quoted(side), "reading": p.sa.not_a_count or p.sb.not_a_count}


def _with_the_dead(p: _NumberPair):
    """the larger figure is the smaller plus the deaths told beside either ("nine shot and one killed"
    against "ten shot"): one counts everyone shot, the other only the wounded; not when the larger
    is "others", which leaves the dead out"""
    big, small = (p.a, p.b) if (p.a.value or 0) > (p.b.value or 0) else (p.b, p.a)
    if "others" in normalise(big.text).split():
        return None
    gap = (big.value or 0) - (small.value or 0)
    dead = next((d for d in (p.sa.deaths, p.sb.deaths) if d and d == gap), None)
    return {"whole": _quoted(big), "dead": dead} if dead else None


def _one_more_beside(p: _NumberPair):
    """the smaller figure is one less than the larger and its sentence adds one more of its kind
    ("two people in the arm and another person in the back" against "three people shot")"""
    small = p.a if (p.a.value or 0) < (p.b.value or 0) else p.b
    if abs((p.a.value or 0) - (p.b.value or 0)) != 1:
        return None
    rest = normalise(small.sentence.replace(small.text, " , ", 1)).split()
    word = next((w for w in rest if w in _ONE_MORE), None)
    return {"part": _quoted(small), "one_more": word} if word else None


def _always(p: _Pair):
    """otherwise"""
    return True


_DIFFER = "{qa} and {qb} on {same} differ, but "


def _not_enough(name: RuleName, test: Callable[[Any], Any], why: str) -> Rule:
    """A reason that two different figures are not a contradiction: the pair is related."""
    return Rule(name, test, Verdict.RELATED, _DIFFER + why, recorded=RuleName.NOT_ENOUGH)


# The age rows: every test asks for two ages (`_ages`), and the last holds for any two, so a pair of
# ages is decided here and any other pair passes them all (`Judge._pair` skips them for it).
AGE_RULES: tuple[Rule, ...] = (
    Rule(RuleName.AGES_OF_OTHER_PEOPLE, _ages_of_other_people, None,
         "ages of different people ({a.subject} vs {b.subject})"),
    Rule(RuleName.AGES_IN_OTHER_EVENTS, _ages_in_other_events, None, "ages in different events"),
    Rule(RuleName.SAME_AGE, _same_age, Verdict.AGREE, "{qa} and {qb} agree: {a.subject} is {figure_age} ({common})"),
    Rule(RuleName.SAME_AGE_MAYBE_OTHERS, _same_age_maybe_others, Verdict.RELATED,
         "{qa} and {qb} give the same age ({figure_age}), but they may be different people"),
    Rule(RuleName.AGE_CONTRADICTED, _age_contradicted, Verdict.CONTRADICT,
         "{qa} and {qb} contradict on the age of {a.subject}, in reports of {sa.published} and {sb.published}"),
    Rule(RuleName.AGES_DIFFER, _ages_differ, Verdict.RELATED,
         "{qa} and {qb} differ, but they may be ages of different people described alike, or of one person "
         "told at different times (a birthday between them)"),
)
COUNT_RULES: tuple[Rule, ...] = (
    Rule(RuleName.DIFFERENT_PLACES, _different_places, None, "different places ({places_a} vs {places_b})"),
    Rule(RuleName.DIFFERENT_STARTS, _different_starts, None,
         "running counts from different starts ({a.cumulative_since} vs {b.cumulative_since})"),
    Rule(RuleName.TOTAL_AND_RATE, _total_and_rate, None, "a running total and a rate"),
    Rule(RuleName.DIFFERENT_TIMES, _different_times, None,
         "different times ({time_a} vs {time_b})"),
    Rule(RuleName.DIFFERENT_YEARS, _different_years, None, "different years ({sa.year} vs {sb.year})"),
    Rule(RuleName.LAST_YEAR, _last_year, None, "different years ({when_a} vs {when_b})"),
    Rule(RuleName.DIFFERENT_MEASURES, _different_measures, None, "different measures ({a.measure} vs {b.measure})"),
    Rule(RuleName.DIFFERENT_THINGS, _different_things, None, "different things counted ({a.subject} vs {b.subject})"),
    Rule(RuleName.SAME_COUNT_OTHER_WORDS, _same_count_other_words, Verdict.RELATED,
         "{qa} and {qb} give one figure for {counted} in one event, in sentences that share "
         "{shared_words}, but {told}: maybe one count in other words, maybe two"),
    Rule(RuleName.FRAMES_TOO_DIFFERENT, _frames_too_different, None, "frames too different",
         notes=("frame similarity {score:.2f} (threshold {threshold:.2f})",)),
    Rule(RuleName.DIFFERENT_EVENTS, _different_events, Verdict.RELATED,
         "{qa} and {qb} count {same} in different events: their articles share almost no name "
         "({names_a} vs {names_b})"),
    Rule(RuleName.EVENTS_APART, _events_apart, Verdict.RELATED,
         "{qa} and {qb} count {same} in different events: the names their articles write most "
         "({names_a} vs {names_b}) group them apart"),
    Rule(RuleName.SAME_ORDER_OF_MAGNITUDE, _same_order_of_magnitude, Verdict.AGREE,
         "{qa} and {qb} agree on {same}: both give only the order of magnitude, not a figure, and {common}"),
    Rule(RuleName.ORDER_OF_MAGNITUDE, _order_of_magnitude, Verdict.RELATED,
         "{qa} and {qb} on {same} are consistent, but one side gives only an order of magnitude "
         "({fig_a} vs {fig_b}), which confirms nothing",
         notes=("figure intervals {fig_a} and {fig_b}", "logical intervals {log_a} and {log_b}")),
    Rule(RuleName.FIGURE_WITHIN, _figure_within, Verdict.AGREE,
         "{qa} and {qb} agree on {same}: {fig_a} overlaps {fig_b}"),
    Rule(RuleName.RUNNING_UPDATE, _running_update, Verdict.UPDATE,
         "{late} ({d_late}) updates {early} ({d_early}): a running count of {same} that {direction} "
         "between the two reports"),
    Rule(RuleName.BOUNDS_COMPATIBLE, _bounds_compatible, Verdict.RELATED,
         "{qa} and {qb} on {same} differ but do not conflict: what the wording allows, {log_a} and {log_b}, "
         "overlaps"),
    _not_enough(RuleName.UNSAID, _unsaid,
                "at least one side does not say what it counts or what happened, so they may count different things"),
    _not_enough(RuleName.ONE_OF_SEVERAL, _one_of_several,
                "{part} is one of several counts of {part_subject} in one sentence, likely a part of a whole"),
    _not_enough(RuleName.DIFFERENT_HEADS, _different_heads,
                "one counts {a.subject} and the other {b.subject}, which may be a part of the other"),
    _not_enough(RuleName.DIFFERENT_OWNERS, _different_owners, "they belong to different parties ({owners_differ})"),
    _not_enough(RuleName.PROJECTION, _projection, "one side is a projection ({hedge}) and the other a report"),
    _not_enough(RuleName.PLACE_ON_ONE_SIDE, _place_on_one_side,
                "only {placed} names a place ({placed_places}), so one figure may be a part of the other"),
    _not_enough(RuleName.TOO_FAR_APART, _too_far_apart,
                "the figures are too far apart to be one quantity (a total and a part of it?)"),
    _not_enough(RuleName.VAGUE, _vague, "one side is only an order of magnitude"),
    _not_enough(RuleName.UNDATED_RUNNING, _undated_running,
                "this count grows as the story unfolds and a publication date is unknown, so it may be an update"),
    _not_enough(RuleName.RESTRICTED, _restricted,
                "{narrowed} counts only those {restriction}, likely a part of the other"),
    _not_enough(RuleName.SAME_DAY_RUNNING, _same_day_running,
                "this count grows as the story unfolds and both reports are of {sa.published}, so the later one "
                "may be an update"),
    _not_enough(RuleName.RUNNING_WEEKS_APART, _weeks_apart,
                "this count runs with no stated start and the reports are {days} days apart: a toll or a tally "
                "rises over days, so the two likely count different moments or different events"),
    _not_enough(RuleName.ADDED, _added,
                "{added} adds to a count told before it (“{added_word}”), so it is a part of the other"),
    _not_enough(RuleName.ONE_MORE_BESIDE, _one_more_beside,
                "{part} is told beside one more (“{one_more}”), so it is a part of the other"),
    _not_enough(RuleName.WITH_THE_DEAD, _with_the_dead,
                "{whole} is the other plus the {dead} killed told beside them: it may count the dead too"),
    _not_enough(RuleName.NOT_A_COUNT, _not_a_count, "{not_counted} is {reading}, not a count"),
    _not_enough(RuleName.BACKGROUND, _background,
                "{background} is background, set in another time or incident (“{background_cue}”)"),
    Rule(RuleName.INTERVALS_DISJOINT, _always, Verdict.CONTRADICT,
         "{qa} and {qb} contradict on {same}: {log_a} and {log_b} do not overlap even allowing for rounding"),
)
NUMBER_RULES: tuple[Rule, ...] = AGE_RULES + COUNT_RULES
_NUMBER_HEADER = ("A {a.id}: {figure_a} ({frame_a})", "B {b.id}: {figure_b} ({frame_b})")


# --- the quote rules -----------------------------------------------------------

def _translation_unsure(p: _QuotePair):
    """paired across a translation (by meaning, in two languages), but the speakers are not one
    name in two spellings, a negation is on one side only, or the figures in digits differ"""
    why = unlike(p.a, p.b) if p.translated else None
    return {"unsure": why} if why else None


def _translation(p: _QuotePair):
    """paired across a translation, with the same speaker ("Песков" = "Peskov")"""
    return p.translated


def _weak_attribution(p: _QuotePair):
    """the speakers differ, but one side's attribution is not strong evidence: a speaker not named
    as the subject of a cue verb (a resolved pronoun, a sentence subject, an earlier quote's), an
    organisation or a description, one of a joint statement, a one-word name with no role, or
    quotations not nearly the same words"""
    if not _speakers_clash(p.a.speaker, p.b.speaker):
        return None
    weak = next((w for c in (p.a, p.b) if (w := _weak_speaker(c))), None)
    shared = min(len(p.na.split()), len(p.nb.split()))
    if weak is None and shared < _MISATTRIBUTION_WORDS:
        weak = f"“{p.short}” is only {shared} word{'s' if shared != 1 else ''}: a phrase or a title anyone may use"
    if weak is None and p.score < _MISATTRIBUTION_SIMILARITY:
        weak = "the two quotations are not nearly the same words"
    return {"weak": weak} if weak else None


def _weak_speaker(c: Claim) -> str | None:
    """Why a quote's speaker cannot carry a misattribution, or None when it can."""
    if c.speaker_via is not None and c.speaker_via not in _NAMING_CUES:
        return f"{c.speaker} is credited in {c.article} only by {_VIA_WORDS.get(c.speaker_via, c.speaker_via)}"
    if c.speaker_kind is not None and c.speaker_kind != "name":
        return f"{c.speaker} in {c.article} is not a named person"
    if c.joint:
        return f"{c.speaker} in {c.article} is one of several people making a joint statement"
    if len(c.speaker.split()) < 2 and not c.role:
        return f"“{c.speaker}” in {c.article} is a single word with no role, which may not be a person"
    return None


# A speaker named by these is the subject of its own cue: strong evidence of who spoke.
_NAMING_CUES = frozenset({"cue", "according_to", "colon", "dash"})
_VIA_WORDS = {"pronoun": "a pronoun", "subject": "being the subject of the sentence",
              "previous_sentence": "the sentence before", "continued": "an earlier part of the quotation",
              "inherit": "an earlier quotation", "continues": "an earlier part of the quotation"}
# Misattribution needs the same quotation: nearly the same words, not two similar sentences,
# and more words than a phrase or a title ("Doctor Who", "for the foreseeable future").
_MISATTRIBUTION_SIMILARITY = 0.9
_MISATTRIBUTION_WORDS = 5


def _misattribution(p: _QuotePair):
    """two named people, each the subject of a cue verb, with no name in common ("Putin" = "Vladimir
    Putin"), said the same words"""
    return _speakers_clash(p.a.speaker, p.b.speaker)


def _misquote(p: _QuotePair):
    """neither is a fragment of the other, and in the words they share a number or a negation
    differs (a number spelled out on one side, "eleventh" for "11th", is no change)"""
    if p.fragment:
        return None
    aligned = _aligned(p.na, p.nb)
    altered = _altered(*aligned) if aligned else None
    return {"altered": altered} if altered else None


# The words a misquote compares must line up nearly word for word: two paraphrases
# ("deal with another child" / "didn't want another child") are two quotations.
_MISQUOTE_ALIGNMENT = 90


def _aligned(x: str, y: str) -> tuple[str, str] | None:
    """The shorter quotation and the part of the longer one it lines up with (a negation or a
    number in words the other side does not quote at all changes nothing), or None when they
    do not line up closely."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if fuzz.ratio(short, long_) >= _MISQUOTE_ALIGNMENT:
        return short, long_  # the same length and nearly the same words: compare them whole
    at = fuzz.partial_ratio_alignment(short, long_)
    if at is None or at.score < _MISQUOTE_ALIGNMENT:
        return None
    lo, hi = at.dest_start, at.dest_end
    # widen to whole words
    lo = long_.rfind(" ", 0, lo) + 1
    end = long_.find(" ", hi)
    return short, long_[lo: end if end >= 0 else len(long_)]


QUOTE_RULES: tuple[Rule, ...] = (
    Rule(RuleName.QUOTED_IN_OTHER_EVENTS, _quoted_in_other_events, Verdict.RELATED,
         "{qa} and {qb} are quoted in reports of different events ({names_a} vs {names_b}), so they are "
         "not one statement"),
    # A translation's words are not the speaker's: it is never a misquote or a misattribution.
    Rule(RuleName.TRANSLATION_UNSURE, _translation_unsure, Verdict.RELATED,
         "{said_a} and {said_b} match across a translation (meaning similarity {score:.2f}), but {unsure}, "
         "so they are not called the same quotation"),
    Rule(RuleName.TRANSLATION, _translation, Verdict.AGREE,
         "{said_a} and {said_b} are the same quotation matched across a translation (meaning similarity "
         "{score:.2f}), {spellings}"),
    Rule(RuleName.WEAK_ATTRIBUTION, _weak_attribution, Verdict.RELATED,
         "{how} are attributed to {a.speaker} in {a.article} and to {b.speaker} in {b.article}, but {weak}, "
         "so this is not enough to call it a misattribution"),
    Rule(RuleName.MISATTRIBUTION, _misattribution, Verdict.CONTRADICT,
         "{how} are attributed to {a.speaker} in {a.article} but to {b.speaker} in {b.article}"),
    Rule(RuleName.MISQUOTE, _misquote, Verdict.CONTRADICT,
         "“{a.text}” and “{b.text}” are the same quotation with {altered}: a misquote on one side"),
    Rule(RuleName.SAME_QUOTATION, _always, Verdict.AGREE, "{how} “{short}”, {who}{differs}"),
)
_QUOTE_HEADER = ("A {a.id}: “{a.text}” said by {speaker_a}", "B {b.id}: “{b.text}” said by {speaker_b}",
                 "{similarity}")


def rules_markdown() -> str:
    """docs/rules.md: both tables, in the order the judge checks them."""
    def table(rules: tuple[Rule, ...]) -> list[str]:
        rows = ["| # | rule | when | verdict | reason |", "|---|---|---|---|---|"]
        for i, rule in enumerate(rules, 1):
            when = " ".join((rule.test.__doc__ or "").split())
            verdict = rule.verdict or "not the same quantity"
            name = f"{rule.name} ({rule.recorded})" if rule.recorded else rule.name
            rows.append(f"| {i} | {name} | {when} | {verdict} | `{rule.reason}` |")
        return rows

    return "\n".join([
        "# How verdicts are decided",
        "",
        "Generated from the judge's rule tables (`mobicheck/judge.py`: `NUMBER_RULES`, `QUOTE_RULES`) by",
        "`judge.rules_markdown()`; tests/test_judge.py checks that this file is current. The first rule",
        "whose test holds decides; a rule without a verdict means the two claims are not the same quantity",
        "(no match). Fields in braces are filled from the pair (`qa`, `qb`: the two figures as written;",
        "`same`: what is counted; `fig_*`, `log_*`: the figure and logical intervals). A reason ends with",
        "the sources: `; both cite X, so this is one source, not two` or `; sources: X / Y`. A name in",
        "brackets is the one the match records (`rule` in the JSON output).",
        "",
        "## Figures",
        "",
        *table(NUMBER_RULES),
        "",
        f"After every pair is judged, **{RuleName.COUNTERPART_FOUND}**: a contradiction becomes related when an",
        "article holds both figures apart (each agrees with a different figure of it), unless that",
        "article credits them to rival sources (`reconcile`).",
        "",
        "## Quotations",
        "",
        *table(QUOTE_RULES),
        "",
    ])


# --- what the number rules compute ---------------------------------------------

def _similarity(a: Claim, b: Claim, words: float) -> float:
    """Frame similarity 0..1 without the same-figure evidence (`_one_figure`, weighing
    SAME_FIGURE_WEIGHT): words of subject+measure, then place and class."""
    score = 0.55 * words
    # Two measures that differ weigh nothing unless one is a verb the lexicon does not class: then, as a
    # measure left unsaid, it says nothing either way.
    score += 0.2 if (a.measure and a.measure == b.measure) else (
        0.1 if not (a.measure and b.measure and _opposed(a.measure, b.measure)) else 0.0)
    score += 0.15 if (a.place and b.place) else (0.07 if not (a.place or b.place) else 0.05)
    return score + (0.1 if (a.subject_class and a.subject_class == b.subject_class) else 0.0)


def _scored(words: float, one_figure: bool) -> float:
    """A number pair's score: its frame similarity (`_similarity`), SAME_FIGURE_WEIGHT more with evidence
    of one figure (`_one_figure`), at most 1."""
    return min(words + (SAME_FIGURE_WEIGHT if one_figure else 0.0), 1.0)


def _one_figure(sa: _Side, sb: _Side, grouped: bool) -> bool:
    """Evidence that two figures are one quantity, whatever their words; `grouped`: the run's articles
    are grouped into events (events.assign_events), both of these. Each test needs the two claims to
    be alike in a way each side knows of itself (`_Side.distinct`...): asked first, as most pairs are not."""
    # The same distinctive figure ("205 yards", "$334 million") printed in two
    # reports of one story is evidence enough of one quantity when the words
    # say nothing against it: vetoes (measures, places, times) still apply. So is
    # the same measure, or count of one class of thing, in like sentences of two
    # articles grouped into events: of two events, the rules `different events` /
    # `events grouped apart` say so.
    distinct = sa.distinct and sb.distinct
    if distinct and same_distinctive_figure(sa.claim, sb.claim, min(sa.digits, sb.digits)):
        return True
    return grouped and bool((sa.measured and sb.measured and same_measure(sa, sb))
                            or (sa.counted and sb.counted and same_class_count(sa, sb))
                            or (distinct and same_rare_figure(sa, sb)))


def same_measure(sa: _Side, sb: _Side) -> bool:
    """Both print the same measure, a figure with a unit ("90-day", "three months", "55 kilometres" and
    "34 miles"), at least one in digits, whose figures fall within each other's rounding, in sentences
    that share SHARED_WORDS words besides the figures' (names, or words such as "quake", "depth"), or
    MEASURE_SHARED_WORDS where both print MEASURE_DIGITS significant digits or more ("1,098 yards",
    "55 kilometres", "150 nautical miles"), and their owners are not different parties. In two reports
    of one event the unit says what kind of quantity it is, where names may be spelled apart ("Tamsen",
    "Tamseen") or left out ("her 90-day treatment"); the words around it tell "the last two weeks" from
    "the final two weeks" of a season, and two quakes near one town were both "three miles south of
    Ridgeton" (in words)."""
    a, b = sa.claim, sb.claim
    if not _one_measure(a, b):
        return False
    need = SHARED_WORDS if min(sa.digits, sb.digits) < MEASURE_DIGITS else MEASURE_SHARED_WORDS
    return bool(sa.digits or sb.digits) and len(shared_words(a, b)) >= need


def _one_measure(a: Claim, b: Claim) -> bool:
    """Two measures with a unit whose figures fall within each other's rounding, of no different parties."""
    return measure_figure(a) and measure_figure(b) and same_figure(a, b) and not owners_apart(a, b)


def same_rare_figure(sa: _Side, sb: _Side) -> bool:
    """Both print one figure of money or a measure with RARE_DIGITS significant digits or more ("$210
    million", "312 yards"), told of no different parties: in articles of one event, where the sentences
    share no name ("The deal cost Acme $210 million", "the Denver company said it will pay $210
    million for BlueWave"; "He finished with 187 yards passing", "He had just 187 yards passing"). Counts
    are left out: a bare count of three digits is as often a phone or a street number ("911", "3280 S.")."""
    a, b = sa.claim, sb.claim
    return (a.quantity in _RARE_KINDS and same_figure(a, b) and sa.distinct and sb.distinct
            and min(sa.digits, sb.digits) >= RARE_DIGITS and not owners_apart(a, b))


RARE_DIGITS = 3
_RARE_KINDS = frozenset({"money", "measure"})


def same_class_count(sa: _Side, sb: _Side) -> bool:
    """Both count things of one class of the lexicon with one exact figure of MEASURE_DIGITS
    significant digits or more, told with other nouns ("26 Somali pirates", "capturing 26 Somani
    brigands"; "11 Yemeni pirates", "11 Yemeni nationals"), in sentences that share SHARED_WORDS words
    besides the figures', and their owners are not different parties. A count of one digit told with
    other nouns stays only related (`same count in other words`): "five merchant vessels" and "five
    pirate boats" of one attack were two counts."""
    a, b = sa.claim, sb.claim
    return (sa.counted and sb.counted and a.subject_class == b.subject_class and _one_exact_figure(sa, sb)
            and not owners_apart(a, b) and len(shared_words(a, b)) >= SHARED_WORDS)


# Words the sentences of one measure in one event share (`same_measure`, `same_class_count`).
SHARED_WORDS = 3
# ... and of a measure printed with this many significant digits on both sides: two figures of two
# digits are rarely two quantities of one event (and a count of this many digits of one class of
# thing, told with other nouns, agrees: `same_class_count`). Measured on ECB+ dev, ECB+ sample, both events of
# each ECB+ dev topic in one run and 21 LongTail dev bundles: 45 new agreements in ECB+ dev, all one
# quantity when read ("55 kilometres" / "34 miles" from one town, a back's "312 yards", "150 nautical
# miles off a port"), none across events; one shared word let "about 25 miles north of where he
# fled" agree with "about 25 miles east of the city".
MEASURE_DIGITS = 2
MEASURE_SHARED_WORDS = 2


SAME_FIGURE_WEIGHT = 0.45


@lru_cache(maxsize=1 << 12)  # few distinct times, many pairs
def _times_overlap(a: str, b: str) -> bool:
    """ISO-ish times or periods ("2022-06", "2022-09-21/2022-09-26") share a day."""
    def bounds(t: str) -> tuple[str, str]:
        lo, _, hi = t.partition("/")
        return lo, (hi or lo)

    (lo_a, hi_a), (lo_b, hi_b) = bounds(a), bounds(b)
    if not all(re.match(r"\d{4}", x) for x in (lo_a, lo_b)):
        # A day without its year ("July 2") is the same day as an ISO date of that month and day.
        day_a, day_b = month_day(a), month_day(b)
        if day_a and day_b:
            return day_a == day_b
        if _other_month(a, b) or _other_month(b, a):
            return False
        return normalise(a) == normalise(b) or not (re.search(r"\d", a) and re.search(r"\d", b))
    # A month "2022-06" covers every day of June: compare on the shorter prefix.
    return lo_a[: len(hi_b)] <= hi_b and lo_b[: len(hi_a)] <= hi_a




@lru_cache(maxsize=1 << 16)  # every pair asks again for the same figures' margins
def rounding(value: float, cap: float) -> float:
    """Half a unit of the last significant digit of a round figure, capped.

    >>> rounding(53000, 0.05), rounding(300000, 0.05), rounding(53136, 0.05), rounding(1.5, 0.05)
    (500.0, 15000.0, 0.0, 0.05)
    """
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    if float(v).is_integer():
        digits = str(int(v))
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
        if unit == 1:
            return 0.0  # "53,136" or "five" is exact: 4 and 5 must not touch
    else:
        unit = 10.0 ** -len(f"{v:.6f}".rstrip("0").split(".")[1])
    return min(unit / 2, cap * v) if unit > 1 else unit / 2


# Up to this, a count in a report is exact: "20 players" are twenty, not 19 to 21. Above it a
# round count may be rounded, or told with or without someone: "50 killed" (with the gunman)
# against "49 killed" is no contradiction.
EXACT_COUNT_UP_TO = 20


def exact_count(c: Claim) -> bool:
    """A small whole count of things with no unit and no qualifier ("20 players", "12 wounded"): no
    rounding margin ("more than 80" is a threshold, which reaches as far as its rounding)."""
    v = c.value
    return (c.quantity == "count" and c.unit is None and c.qualifier is None and v is not None and float(v).is_integer()
            and 0 < v <= EXACT_COUNT_UP_TO)


def _interval(c: Claim, cap: float, *, figure: bool) -> tuple[float, float]:
    value = c.value if c.value is not None else (c.low if c.low is not None else c.high)
    low, high = c.low, c.high
    if c.unit == "%" and value is not None and c.qualifier in _PERCENT_POINTS:
        # "about 61%" means within a point or two, not within a tenth of 61.
        below, above = _PERCENT_POINTS[c.qualifier]
        low, high = value - below, value + above
    # A measure rounds as printed, in its own unit: "34 miles" within half a mile, not within a metre of
    # its value in metres.
    tol = 0.0 if value is None or exact_count(c) else measure_rounding(c, cap) or rounding(value, cap)
    if figure and c.qualifier in _BOUNDS:
        # "up to X" and "more than X" state the figure X, and a round bound
        # reaches as far as its rounding on the side it opens to: "more than
        # 80" covers 83, but "more than 1,300" does not cover "over 1,400".
        opens_up = c.high is None
        return (value, value + tol) if opens_up else (value - tol, value)
    if figure:
        low = value if low is None else low
        high = value if high is None else high
    low = -math.inf if low is None else low
    high = math.inf if high is None else high
    if c.qualifier is not None:
        # A bound is a threshold the writer chose, and "about"/"nearly"
        # already carry their own margin: no rounding on top.
        return (low, high)
    return (low - tol, high + tol)


def _covers(iv: tuple[float, float], claim: Claim) -> bool:
    """The stated figure of `claim` lies in `iv`: two margins that merely
    touch ("some 14,000" and "about 16,000") are not one figure."""
    if claim.value is None:
        return False
    return iv[0] <= claim.value <= iv[1]


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


_RESTRICTORS = tuple(_LEX.phrases("judge.yaml", "restrictors"))
_NOT_RESTRICTORS = tuple(_LEX.phrases("judge.yaml", "not_restrictors"))


def _around(claim: Claim) -> tuple[str, str] | None:
    """The claim's sentence before its text, and from its text on; None when the text is not in it."""
    at = claim.sentence.find(claim.text)
    return None if at < 0 else (claim.sentence[:at], claim.sentence[at:])


def restriction(claim: Claim) -> str | None:
    """The words right after a figure that narrow what it counts, up to the clause's end, or None.

    >>> restriction(Claim(id="x", article="a", kind="number", text="four seasons", start=0, end=12,
    ...                   sentence="She spent four seasons as the club's head of scouting (2001-2004)."))
    "as the club's head of scouting"
    """
    around = _around(claim)
    if around is None:
        return None
    rest = re.split(r"[,;:—–()]|\s-\s|\.\s*$", around[1][len(claim.text):])[0].strip()
    lowered = " ".join(normalise(rest).split()[:4])
    if not any(lowered == r or lowered.startswith(r + " ") for r in _RESTRICTORS):
        return None
    if any(lowered == r or lowered.startswith(r + " ") for r in _NOT_RESTRICTORS):
        return None
    return rest


def addition(claim: Claim) -> str | None:
    """The word that makes a figure an addition to a count told before it ("another two people",
    "the other four victims", "three more people"), or None.

    >>> addition(Claim(id="x", article="a", kind="number", text="two men", start=0, end=7,
    ...                sentence="Another two men were also said to have been killed."))
    'another'
    """
    around = _around(claim)
    if around is None:
        return None
    before = normalise(around[0]).split()[-1:]
    after = normalise(around[1]).split()[1:2]
    if before and before[0] in _ADDED_BEFORE:
        return before[0]
    return after[0] if after and after[0] in _ADDED_AFTER else None


def background(claim: Claim, published: str | None) -> str | None:
    """What sets a figure's sentence in another time or incident than its article's own: a phrase
    ("three years ago", "last summer") or a year other than the publication's; None when nothing does.

    >>> background(Claim(id="x", article="a", kind="number", text="nine", start=0, end=4,
    ...                  sentence="In January 2009 a shooting at a dice game left nine shot."), "2014-06-24")
    'in 2009'
    """
    cue = _BACKGROUND.search(" ".join(normalise(claim.sentence).split()))
    if cue:
        return cue.group()
    year = published[:4] if published else None
    other = [y for y in _YEARS.findall(claim.sentence) if year and y != year]
    return f"in {other[0]}" if other else None


def not_a_count(claim: Claim) -> str | None:
    """What a figure is when it does not count its noun, as the words around it show, or None.

    >>> not_a_count(Claim(id="x", article="a", kind="number", text="three", start=0, end=5,
    ...                   sentence="His blood alcohol level was three times the legal limit."))
    'a multiplier'
    """
    around = _around(claim)
    if around is None:
        return None
    rest = around[1][len(claim.text):]
    before = normalise(around[0]).split()
    after = normalise(rest).split()
    words = normalise(claim.text).split()
    if re.match(r"s\b", rest) and claim.text.isdigit() and before and before[-1] in _AGE_OWNERS:
        return "an age"
    if after and after[0] in _MULTIPLIER_AFTER:
        return "a multiplier"
    clause = normalise(re.split(r"[,;:—–()]", rest)[0]).split()[:8]
    clause = clause[:next((i for i, w in enumerate(clause) if w in ("and", "but", "while")), 8)]
    if _HELD & set(clause):
        return "a count of people held"
    while before and (before[-1].isdigit() or before[-1] in ("and", "or")):
        before.pop()
    if before and before[-1] in _LABEL_BEFORE and not claim.text[:1].isalpha():
        return "a label"
    following = (words[2:] or after)[:1]
    if len(words) >= 2 and words[0] in _ARTICLES and words[1] in _ORDINALS and following != ["of"]:
        return "an ordinal"
    return None


def deaths_beside(claim: Claim) -> int | None:
    """The number of deaths the figure's sentence tells besides the figure itself, or None.

    >>> deaths_beside(Claim(id="x", article="a", kind="number", text="Seven people", start=0, end=12,
    ...                     sentence="Seven people were shot and one woman was killed."))
    1
    """
    rest = normalise(claim.sentence.replace(claim.text, " , ", 1))
    if any(phrase in rest for phrase in _ONE_DEATH):
        return 1
    words = rest.split()
    for i, w in enumerate(words):
        if w not in _DEATH_WORDS:
            continue
        for n in reversed(words[max(0, i - 4):i]):
            value = 1 if n in _ARTICLES - {"the"} else _UNITS.get(n, int(n) if n.isdigit() else None)
            if value:
                return value
    return None


_BACKGROUND = re.compile(r"\b" + alternation(_LEX.phrases("judge.yaml", "background_phrases"), space=" ") + r"\b")
_DEATH_WORDS = _LEX.words("judge.yaml", "death_words")
_ONE_MORE = _LEX.words("judge.yaml", "one_more_words")
_ONE_DEATH = _LEX.phrases("judge.yaml", "one_death_phrases")
_UNITS = _LEX.map("numbers.yaml", "units")
_YEARS = re.compile(r"\b((?:19|20)\d\d)\b")
_AGE_OWNERS = _LEX.words("judge.yaml", "age_owners")
_MULTIPLIER_AFTER = _LEX.words("judge.yaml", "multiplier_after")
_HELD = _LEX.words("judge.yaml", "held_after")
_LABEL_BEFORE = _LEX.words("judge.yaml", "label_before")
_ARTICLES = _LEX.words("numbers.yaml", "articles") | {"the"}
_ORDINALS = frozenset(_LEX.map("numbers.yaml", "ordinals"))
_ADDED_BEFORE = _LEX.words("judge.yaml", "added_before")
_ADDED_AFTER = _LEX.words("judge.yaml", "added_after")


def _origin_key(attribution: str) -> str:
    words = normalise(attribution).split()
    return " ".join(w for w in words if w not in _NOT_ORIGIN)


# Words around a source's name that do not name it ("told AFP", "according to
# police"); "s" is what is left of a possessive.
_NOT_ORIGIN = frozenset(" ".join((*_LEX.given_to, *_LEX.saying, "the s")).split())


def _what(a: Claim, b: Claim) -> str:
    subject = a.subject or b.subject or "the figure"
    parts = [subject]
    if a.measure or b.measure:
        parts.append(f"({a.measure or b.measure})")
    place = sorted(set(a.place) & set(b.place)) or list(a.place or b.place)
    if place:
        parts.append("in " + ", ".join(place))
    if a.per:
        parts.append(f"per {a.per}")
    return " ".join(parts)


def _figure(c: Claim) -> str:
    return f"{c.text!r} value={number(c.value)} low={number(c.low)} high={number(c.high)} qualifier={c.qualifier}"


def _frame(c: Claim) -> str:
    fields = {"subject": c.subject, "class": c.subject_class, "measure": c.measure,
              "place": ", ".join(c.place) or None, "per": c.per, "since": c.cumulative_since,
              "time": c.time, "hedge": c.hedge, "by": c.attribution}
    return "; ".join(f"{k} {v}" for k, v in fields.items() if v)


def _quoted(c: Claim) -> str:
    return f"“{c.text}”"


# --- after judging -------------------------------------------------------------

def reconcile(matches: list[Match], claims: Mapping[str, Claim]) -> list[Match]:
    """Withdraw a number contradiction when some article holds both figures apart.

    If the two figures each agree with a different figure of one article (or
    one of them agrees with another figure of the other side's own article),
    that article counts them as two quantities: "2.3 million votes" for one
    party and "6.1 million votes" for another are not a dispute, however
    alike their frames look. Two figures that article credits to different
    sources are rival estimates of one count and hold nothing apart.
    """
    # claim -> {article: the claims of that article it agrees with}; a claim
    # stands for itself in its own article. Only the sides of contradictions are asked.
    disputed = {x for m in matches if m.verdict == Verdict.CONTRADICT for x in (m.a, m.b)}
    agrees: dict[str, dict[str, set[str]]] = {}
    for m in matches:
        if m.verdict == Verdict.AGREE:
            if m.a in disputed:
                agrees.setdefault(m.a, {}).setdefault(claims[m.b].article, set()).add(m.b)
            if m.b in disputed:
                agrees.setdefault(m.b, {}).setdefault(claims[m.a].article, set()).add(m.a)
    out = []
    for m in matches:
        if m.verdict == Verdict.CONTRADICT:
            a, b = claims[m.a], claims[m.b]
            apart = _held_apart(a, b, claims, agrees) if a.kind == "number" else None
            if apart:
                m = Match(a=m.a, b=m.b, verdict=Verdict.RELATED, score=m.score, same_origin=m.same_origin,
                          rule=RuleName.COUNTERPART_FOUND,
                          reason=f"{_quoted(a)} and {_quoted(b)} differ, but {apart}, so they count different things.")
        out.append(m)
    return out


def _held_apart(a: Claim, b: Claim, claims: Mapping[str, Claim], agrees: dict) -> str | None:
    # Only articles where both figures have a counterpart can hold them apart.
    in_a = {**agrees.get(a.id, {}), a.article: {a.id}}
    in_b = {**agrees.get(b.id, {}), b.article: {b.id}}
    for article in sorted(in_a.keys() & in_b.keys()):
        twins_a, twins_b = in_a[article], in_b[article]
        for x in sorted(twins_a):
            for y in sorted(twins_b - {x}):
                if _rival_sources(claims[x], claims[y]):
                    continue  # "police said 5,000, organisers 20,000": one count, disputed
                return f"{article} gives both {_quoted(claims[x])} and {_quoted(claims[y])}"
    return None


def _rival_sources(x: Claim, y: Claim) -> bool:
    """Two figures credited to two different sources: rival estimates of one count."""
    return bool(x.attribution and y.attribution and _origin_key(x.attribution) != _origin_key(y.attribution))


# --- what the quote rules compute ----------------------------------------------

def _who(a: Claim, b: Claim) -> str:
    if not (a.speaker and b.speaker):
        who = a.speaker or b.speaker
        return f"attributed to {who} on one side only" if who else "with no speaker named on either side"
    if normalise(a.speaker) == normalise(b.speaker) or _proper_names(a.speaker) & _proper_names(b.speaker):
        return f"both attributed to {a.speaker if len(a.speaker) >= len(b.speaker) else b.speaker}"
    return (f"attributed to {a.speaker} in {a.article} and to {b.speaker} in {b.article}, "
            f"which can be the same party (a group, a description or an institution)")


def short_text(a: Claim, b: Claim) -> str:
    return a.text if len(a.text) <= len(b.text) else b.text


def _speakers_clash(x: str | None, y: str | None) -> bool:
    """Two named speakers with no name in common ("Putin" = "Vladimir Putin")."""
    if not x or not y:
        return False
    if not (_named_person(x) and _named_person(y)):
        return False
    names_x, names_y = _proper_names(x), _proper_names(y)
    if not names_x or not names_y:
        return False  # a description ("the woman") can be anyone
    return not names_x & names_y


def _named_person(speaker: str) -> bool:
    words = speaker.split()
    group = len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss")
    first = _LEADING_WORD.match(speaker)
    description = bool(first) and first.group().lower() in _DESCRIPTION_OPENERS
    return not (description or _INSTITUTION.search(speaker) or group)


def _proper_names(speaker: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]+", speaker) if w.lower() not in _TITLES}


def _altered(x: str, y: str) -> str | None:
    dx, dy = set(_DIGITS.findall(x)), set(_DIGITS.findall(y))
    # Both sides must write figures in digits: "11th" against "eleventh" is one number spelled two ways.
    if dx and dy and dx != dy:
        return "a different number"
    if bool(_NEGATIONS.intersection(x.split())) != bool(_NEGATIONS.intersection(y.split())):
        return "a negation added or dropped"
    return None
