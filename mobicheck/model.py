"""The plain records that pipeline stages pass to each other.

load -> Article; extract -> Claim; match -> Candidate; judge -> Match; the
pipeline bundles them in a Report. Stages never pass tuples or loose dicts:
a new field goes here, with a default, so older callers keep working.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter


class Verdict(StrEnum):
    """What the judge says of a pair. Str-valued: it is written as its value."""

    AGREE = "agree"
    CONTRADICT = "contradict"
    UPDATE = "update"
    RELATED = "related"


class RuleName(StrEnum):
    """The name of each rule of the judge (judge.NUMBER_RULES, judge.QUOTE_RULES, reconcile),
    in the order they are checked; docs/rules.md lists them with their tests and reasons."""

    # ages (numbers of kind "age", judge.py AGE rows)
    AGES_OF_OTHER_PEOPLE = "ages of different people"
    AGES_IN_OTHER_EVENTS = "ages in different events"
    SAME_AGE = "same age of one person"
    SAME_AGE_MAYBE_OTHERS = "same age, maybe different people"
    AGE_CONTRADICTED = "one person, different ages"
    AGES_DIFFER = "ages differ, not enough to contradict"
    # numbers: not the same quantity
    DIFFERENT_PLACES = "different places"
    DIFFERENT_STARTS = "different starts"
    TOTAL_AND_RATE = "total and rate"
    DIFFERENT_TIMES = "different times"
    DIFFERENT_YEARS = "different years"
    LAST_YEAR = "last year against this year"
    DIFFERENT_MEASURES = "different measures"
    DIFFERENT_THINGS = "different things counted"
    SAME_COUNT_OTHER_WORDS = "same count in other words"
    FRAMES_TOO_DIFFERENT = "frames too different"
    DIFFERENT_EVENTS = "different events"
    EVENTS_APART = "events grouped apart"
    # numbers: verdicts
    SAME_ORDER_OF_MAGNITUDE = "same order of magnitude"
    ORDER_OF_MAGNITUDE = "order of magnitude only"
    FIGURE_WITHIN = "figure within the other's range"
    RUNNING_UPDATE = "running count update"
    BOUNDS_COMPATIBLE = "bounds compatible"
    # numbers: not enough to contradict (each written NOT_ENOUGH in a Match, as before these names)
    NOT_ENOUGH = "not enough to contradict"
    UNSAID = "no subject or measure"
    ONE_OF_SEVERAL = "one of several counts"
    DIFFERENT_HEADS = "different head nouns"
    DIFFERENT_OWNERS = "different owners"
    PROJECTION = "projection against report"
    PLACE_ON_ONE_SIDE = "place on one side only"
    TOO_FAR_APART = "too far apart"
    VAGUE = "vague figure"
    UNDATED_RUNNING = "undated running count"
    RESTRICTED = "narrowed on one side"
    SAME_DAY_RUNNING = "running count, same day"
    RUNNING_WEEKS_APART = "running count, weeks apart"
    ADDED = "added to an earlier count"
    ONE_MORE_BESIDE = "one more told beside"
    WITH_THE_DEAD = "shot count with the dead"
    NOT_A_COUNT = "not a count"
    BACKGROUND = "background figure"
    INTERVALS_DISJOINT = "intervals disjoint"
    # numbers, after every pair is judged (judge.reconcile)
    COUNTERPART_FOUND = "counterpart found"
    # quotes
    QUOTED_IN_OTHER_EVENTS = "quoted in different events"
    TRANSLATION_UNSURE = "translation, not enough to agree"
    TRANSLATION = "same quotation in translation"
    WEAK_ATTRIBUTION = "speakers differ, attribution too weak"
    MISATTRIBUTION = "misattribution"
    MISQUOTE = "misquote"
    SAME_QUOTATION = "same quotation"


@dataclass(frozen=True)
class Article:
    """One article as loaded. `body` is the text every claim span points into."""

    id: str
    body: str
    path: str = ""
    title: str | None = None
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD when known
    url: str | None = None
    encoding: str | None = None
    story: str | None = None
    # The event its names group it in (events.assign_events), when it names enough to tell.
    event: str | None = None
    author: str | None = None
    language: str | None = None  # as given (front matter, JSONL); None: told from the text
    # Problems met reading the article that did not drop it (an unreadable
    # date): warnings of the run, not part of the JSON article record.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, with the reason in plain words."""

    path: str
    reason: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def _pickled_by_values(cls):
    """`cls` pickles as its field values, given back to its __init__: claims cross from extraction
    workers and matches from judging workers by the ten thousand, and a slotted dataclass's own
    pickling (a call to `fields` and a setattr per field, per record) cost twice the CPU."""
    # the values go back to __init__ by position: every field must be one of its parameters, in order
    if not all(f.init and not f.kw_only for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: a field outside __init__'s positional parameters cannot be pickled by value")
    values = attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (type(self), values(self))  # a subclass comes back as itself
    return cls


@_pickled_by_values
@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric or quoted claim: `text == article.body[start:end]` always.

    Number claims fill the number and frame fields, quote claims the quote
    fields; the rest stay None so that one flat record serialises to the JSON
    contract without special cases.
    """

    id: str
    article: str
    kind: str  # "number" | "quote"
    text: str
    start: int
    end: int
    sentence: str = ""
    attribution: str | None = None
    # number
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    quantity: str | None = None  # count, percent, money, measure, ratio, change...
    per: str | None = None  # rate period: day, week, month, year; None for a total
    subject: str | None = None
    subject_class: str | None = None  # people, vehicles, money... (a group of heads)
    measure: str | None = None
    place: tuple[str, ...] = ()
    time: str | None = None
    cumulative_since: str | None = None
    hedge: str | None = None
    # Proper names in the clause before the figure, whose figure it is
    # ("the Social Democratic Alliance won 118 seats"), lower case.
    owners: tuple[str, ...] = ()
    # One of several counts of the same thing in one sentence ("four bombs
    # were dropped: two landed inside the camp"): possibly a part of a whole.
    enumerated: bool = False
    # quote
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    role: str | None = None
    cue: str | None = None
    continues: str | None = None
    # How the speaker was found: cue (subject of a cue verb), according_to,
    # colon, dash, pronoun (resolved, or left unresolved: speaker None),
    # continued, previous_sentence, inherit; what it is (name, desc, org,
    # pronoun); and whether it is one of a joint statement ("said A and B").
    speaker_via: str | None = None
    speaker_kind: str | None = None
    joint: bool = False
    # The language of the claim's article when it is not English (None: English), as extraction
    # read it: quotations of two languages are compared across a translation (translation.py).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two claims from different articles that may speak of the same thing."""

    a: Claim
    b: Claim
    score: float  # similarity of their frames (numbers), words or meaning (quotes), 0..1
    # Two quotations in different languages paired by their meaning (translation.py), not their words.
    translated: bool = False


@_pickled_by_values
@dataclass(frozen=True, slots=True)
class Match:
    """A judged pair: the verdict and the reason a fact-checker reads."""

    a: str
    b: str
    verdict: Verdict
    score: float
    reason: str
    same_origin: bool = False
    rule: RuleName | str = ""  # the rule that decided, for --explain and tests


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """One quantity or quotation as every source tells it: the claims that the
    agree / update / contradict matches connect (the JSON `quantities`).

    `status` is disputed (some pair contradicts), updated (a running count
    moved) or consistent; `low`/`high` span the figures of the claims that are
    not outliers (claims contradicted by more of the group than agree with
    them); `timeline` is (publication date, claim id) in date order when the
    count was updated; `disputes` are the reasons of its contradictions.
    """

    id: str
    kind: str
    label: str
    status: str
    claims: tuple[str, ...]
    low: float | None = None
    high: float | None = None
    outliers: tuple[str, ...] = ()
    timeline: tuple[tuple[str, str], ...] = ()
    verdicts: tuple[tuple[str, int], ...] = ()
    disputes: tuple[str, ...] = ()


@dataclass
class Report:
    """What `claims` and `compare` return: articles, claims, matches, their
    groups (one per quantity or quotation), skipped inputs.

    `warnings` holds problems that did not drop an input (a claim limit hit).
    """

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    groups: list[ClaimGroup] = field(default_factory=list)
