"""Stage 4: a verdict and a reason for each candidate pair.

Numbers. Two figures are the same quantity only when nothing in their frames
says otherwise: not two different places, periods, starts of a running
count, years, measures, or counted things (head nouns of different classes),
and a frame similarity (subject and measure words, place, class) of at least
`Settings.match_threshold`. Then each side gets two intervals:

* the *figure* interval: the number as stated ("up to 300,000" states
  300,000), widened by a rounding tolerance for exact figures (half a unit of
  the last significant digit, capped at `Settings.rounding_cap`: "53,000"
  covers 52,500..53,500); a bound reaches as far as its rounding on its open
  side ("more than 80" covers 83);
* the *logical* interval: what the words allow ("up to 300,000" is at most
  300,000, "at least 40,000" is 40,000 or more, "about 61%" is 59.5..62.5).

The verdict, in this order:

1. one side is only an order of magnitude ("tens of thousands") -> related;
2. a stated figure lies in the other's figure interval -> **agree**;
3. one running count (same start, or the same measure that runs: deaths,
   arrivals, detentions...) in reports of different dates, the later larger
   (or, for stocks such as people missing, different) -> **update**;
4. logical intervals overlap -> related (two lower bounds from two counters);
5. disjoint -> **contradict**, unless the evidence is too thin: a side with no
   subject or measure, different head nouns, one of several counts in one
   sentence (a part), different owners ("the Alliance won 118" vs "the CRP
   won 162"), a projection against a report, a place on one side only,
   figures more than 5x apart (a pool and its part), or a running count
   whose publication dates are unknown. Those pairs are related, with the
   reason.

Afterwards `reconcile` withdraws a contradiction when one side agrees with
another figure of the other article: that figure has its counterpart.

Quotes. The same words (fragment or lightly edited) with compatible speakers
agree; with two different named people they contradict (misattribution); a
changed number or negation with the same speaker is a misquote.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .config import Settings
from .lexicon import load as _lexicon
from .match import head, normalise
from .model import Article, Candidate, Claim, Match

_LEX = _lexicon("en")
# Measures whose counts only grow while a story unfolds: a later, larger
# figure is an update (the `running` concepts of lexicon/en/concepts.yaml,
# the ids frames write as measures).
ACCUMULATING = _LEX.running_measures
# Counts of people in a state, which fall as well as rise while a story unfolds.
STOCKS = _LEX.stock_measures
# A contradiction needs figures within this factor; further apart, two figures
# are a total and a part of it ("25 million reservists" vs "300,000 called up").
MAX_CONTRADICTION_RATIO = 5.0
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|nobody|cannot|dont|doesnt|didnt|wont|isnt|arent|"
                       r"wasnt|werent|havent|hasnt|shouldnt|wouldnt|couldnt)\b")
_DIGITS = re.compile(r"\d[\d,.]*")
# Approximate percentages are read in percentage points (below, above).
_PERCENT_POINTS = {"about": (1.5, 1.5), "nearly": (1.5, 0.0)}
# Qualifiers that make the figure a bound; "up to X" still states the figure X.
_BOUNDS = frozenset({"up to", "at least", "more than", "less than"})
# A speaker written as a description ("the woman", "one of the men"), a group
# ("Russians", "analysts") or an institution ("the Kremlin", "Interior
# Ministry") may be the same party as any named person: only two named people
# can be a misattribution.
_DESCRIPTION = re.compile(r"^(?:the|a|an|one|another|some|several|many|two|three|other)\b", re.I)
_INSTITUTION = re.compile(
    r"\b(?:ministry|kremlin|government|office|department|police|army|military|council|agency|committee|"
    r"commission|house|party|court|parliament|congress|senate|authorit(?:y|ies)|service|bureau|embassy|"
    r"administration|spokes\w+|officials?|sources?)\b", re.I)


@dataclass(frozen=True)
class Judgement:
    """A verdict (or None: not the same claim) with every step of the working."""

    match: Match | None
    working: tuple[str, ...]


def judge(candidate: Candidate, articles: Mapping[str, Article], *, threshold: float = Settings.match_threshold,
          rounding_cap: float = Settings.rounding_cap, explain: bool = True) -> Judgement:
    """Judge one candidate pair; `articles` gives publication dates and sources.

    With `explain=False` the working is left empty: formatting it was most of
    the time of judging a large batch, and only `--explain` shows it.
    """
    working = _Working() if explain else _NO_WORKING
    if candidate.a.kind == "quote":
        return _judge_quotes(candidate, working)
    return _judge_numbers(candidate, articles, threshold, rounding_cap, working)


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


# --- numbers ---------------------------------------------------------------

def _judge_numbers(candidate: Candidate, articles: Mapping[str, Article], threshold: float,
                   cap: float, working: "_Working | _NoWorking") -> Judgement:
    a, b = candidate.a, candidate.b
    working.note(lambda: f"A {a.id}: {_figure(a)} ({_frame(a)})")
    working.note(lambda: f"B {b.id}: {_figure(b)} ({_frame(b)})")

    def stop(why: str) -> Judgement:
        working.note(lambda: f"not the same quantity: {why}")
        return Judgement(None, tuple(working))

    if a.place and b.place and not set(a.place) & set(b.place):
        return stop(f"different places ({', '.join(a.place)} vs {', '.join(b.place)})")
    if a.cumulative_since and b.cumulative_since and a.cumulative_since != b.cumulative_since:
        return stop(f"running counts from different starts ({a.cumulative_since} vs {b.cumulative_since})")
    if bool(a.cumulative_since) != bool(b.cumulative_since) and (a.per or b.per):
        return stop("a running total and a rate")
    time_a, time_b = _explicit_time(a, articles), _explicit_time(b, articles)
    if time_a and time_b and not _times_overlap(time_a, time_b):
        return stop(f"different times ({time_a} vs {time_b})")
    # A stated year against the other report's date: "54.7% in 2021" is not this year's turnout.
    year_a, year_b = _year(a, articles), _year(b, articles)
    if (time_a or time_b) and year_a and year_b and year_a != year_b:
        return stop(f"different years ({year_a} vs {year_b})")
    # Undated reports: "last year" is not the year the other report is about.
    if (time_a == "last year") != (time_b == "last year") and not (year_a and year_b):
        return stop(f"different years ({time_a or 'this report'} vs {time_b or 'this report'})")
    if a.measure and b.measure and a.measure != b.measure:
        return stop(f"different measures ({a.measure} vs {b.measure})")
    if (a.subject and b.subject and head(a.subject) != head(b.subject)
            and not (a.subject_class and a.subject_class == b.subject_class)):
        return stop(f"different things counted ({a.subject} vs {b.subject})")
    score = _similarity(a, b, candidate.score)
    working.note(lambda: f"frame similarity {score:.2f} (threshold {threshold:.2f})")
    if score < threshold:
        return stop("frames too different")

    fig_a, fig_b = _interval(a, cap, figure=True), _interval(b, cap, figure=True)
    log_a, log_b = _interval(a, cap, figure=False), _interval(b, cap, figure=False)
    working.note(lambda: f"figure intervals {_show(fig_a)} and {_show(fig_b)}")
    working.note(lambda: f"logical intervals {_show(log_a)} and {_show(log_b)}")
    same = _what(a, b)
    origin = _same_origin(a, b)
    vague = a.qualifier == "vague" or b.qualifier == "vague"
    if _overlap(fig_a, fig_b) and vague:
        rule = "order of magnitude only"
        reason = (f"{_quoted(a)} and {_quoted(b)} on {same} are consistent, but one side gives only an order "
                  f"of magnitude ({_show(fig_a)} vs {_show(fig_b)}), which confirms nothing")
        return _decided(candidate, "related", score, reason, rule, origin, working)
    if _covers(fig_b, a) or _covers(fig_a, b):
        rule = "figure within the other's range"
        reason = f"{_quoted(a)} and {_quoted(b)} agree on {same}: {_show(fig_a)} overlaps {_show(fig_b)}"
        return _decided(candidate, "agree", score, reason, rule, origin, working)
    update = _update(a, b, articles)
    if update:
        return _decided(candidate, "update", score, update, "running count update", origin, working)
    if _overlap(log_a, log_b):
        rule = "bounds compatible"
        reason = (f"{_quoted(a)} and {_quoted(b)} on {same} differ but do not conflict: "
                  f"what the wording allows, {_show(log_a)} and {_show(log_b)}, overlaps")
        return _decided(candidate, "related", score, reason, rule, origin, working)

    blocker = _contradiction_blocker(a, b, vague, articles)
    if blocker:
        rule = "not enough to contradict"
        reason = f"{_quoted(a)} and {_quoted(b)} on {same} differ, but {blocker}"
        return _decided(candidate, "related", score, reason, rule, origin, working)
    rule = "intervals disjoint"
    reason = (f"{_quoted(a)} and {_quoted(b)} contradict on {same}: "
              f"{_show(log_a)} and {_show(log_b)} do not overlap even allowing for rounding")
    return _decided(candidate, "contradict", score, reason, rule, origin, working)


def _decided(candidate: Candidate, verdict: str, score: float, reason: str, rule: str, origin: bool,
             working: "_Working | _NoWorking") -> Judgement:
    a, b = candidate.a, candidate.b
    if origin:
        reason += f"; both cite {a.attribution}, so this is one source, not two"
    elif a.attribution or b.attribution:
        reason += f"; sources: {a.attribution or 'unattributed'} / {b.attribution or 'unattributed'}"
    working.note(lambda: f"rule: {rule} -> {verdict}")
    match = Match(a=a.id, b=b.id, verdict=verdict, score=round(score, 3), reason=reason + ".",
                  same_origin=origin, rule=rule)
    return Judgement(match, tuple(working))


def _similarity(a: Claim, b: Claim, words: float) -> float:
    """Frame similarity 0..1: words of subject+measure, then place and period evidence."""
    score = 0.55 * words
    score += 0.2 if (a.measure and a.measure == b.measure) else (0.1 if not (a.measure and b.measure) else 0.0)
    score += 0.15 if (a.place and b.place) else (0.07 if not (a.place or b.place) else 0.05)
    score += 0.1 if (a.subject_class and a.subject_class == b.subject_class) else 0.0
    return min(score, 1.0)


def _explicit_time(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    # frames.py falls back to the publication date; only a time the text
    # states can rule a pair out.
    article = articles.get(claim.article)
    if not claim.time or (article and claim.time == article.published):
        return None
    return claim.time


def _year(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    article = articles.get(claim.article)
    when = claim.time or (article.published if article else None) or ""
    m = _YEAR.match(when)
    return m.group(1) if m else None


_YEAR = re.compile(r"(\d{4})\b")


def _times_overlap(a: str, b: str) -> bool:
    """ISO-ish times or periods ("2022-06", "2022-09-21/2022-09-26") share a day."""
    def bounds(t: str) -> tuple[str, str]:
        lo, _, hi = t.partition("/")
        return lo, (hi or lo)

    (lo_a, hi_a), (lo_b, hi_b) = bounds(a), bounds(b)
    if not all(re.match(r"\d{4}", x) for x in (lo_a, lo_b)):
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


def _interval(c: Claim, cap: float, *, figure: bool) -> tuple[float, float]:
    value = c.value if c.value is not None else (c.low if c.low is not None else c.high)
    low, high = c.low, c.high
    if c.unit == "%" and value is not None and c.qualifier in _PERCENT_POINTS:
        # "about 61%" means within a point or two, not within a tenth of 61.
        below, above = _PERCENT_POINTS[c.qualifier]
        low, high = value - below, value + above
    tol = rounding(value, cap) if value is not None else 0.0
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


def _covers(interval: tuple[float, float], claim: Claim) -> bool:
    """The stated figure of `claim` lies in `interval`: two margins that merely
    touch ("some 14,000" and "about 16,000") are not one figure."""
    if claim.value is None:
        return False
    return interval[0] <= claim.value <= interval[1]


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _update(a: Claim, b: Claim, articles: Mapping[str, Article]) -> str | None:
    """The reason when `a` and `b` are two readings of one running count, else None."""
    da = getattr(articles.get(a.article), "published", None)
    db = getattr(articles.get(b.article), "published", None)
    # One running count: the same start, or the same measure of a kind that runs.
    running = ((a.cumulative_since and a.cumulative_since == b.cumulative_since)
               or (a.measure and a.measure == b.measure and a.measure in ACCUMULATING))
    if not (da and db and da != db and running) or a.per or b.per:
        return None
    if "vague" in (a.qualifier, b.qualifier) or a.enumerated or b.enumerated or head(a.subject) != head(b.subject):
        return None
    if _owners_differ(a, b):
        return None
    early, late = (a, b) if da < db else (b, a)
    d_early, d_late = min(da, db), max(da, db)
    rose = (late.value or 0) > (early.value or 0)
    # A flow (deaths, arrivals) only grows; a stock (people missing,
    # trapped, in hospital) may fall as well as rise.
    if not rose and not (a.measure in STOCKS and late.value != early.value):
        return None
    return (f"{_quoted(late)} ({d_late}) updates {_quoted(early)} ({d_early}): "
            f"a running count of {_what(a, b)} that {'rose' if rose else 'fell'} between the two reports")


def _contradiction_blocker(a: Claim, b: Claim, vague: bool, articles: Mapping[str, Article]) -> str | None:
    """Why two different figures are not a dispute, or None when they are one."""
    if not (a.measure and b.measure and a.subject and b.subject):
        return "at least one side does not say what it counts or what happened, so they may count different things"
    if a.enumerated or b.enumerated:
        part = a if a.enumerated else b
        return f"{_quoted(part)} is one of several counts of {part.subject} in one sentence, likely a part of a whole"
    if head(a.subject) != head(b.subject):
        return (f"one counts {a.subject or 'an unnamed thing'} and the other {b.subject or 'an unnamed thing'}, "
                f"which may be a part of the other")
    differ = _owners_differ(a, b)
    if differ:
        return f"they belong to different parties ({differ})"
    if bool(a.hedge) != bool(b.hedge):
        return f"one side is a projection ({a.hedge or b.hedge}) and the other a report"
    if bool(a.place) != bool(b.place):
        placed = a if a.place else b
        return (f"only {_quoted(placed)} names a place ({', '.join(placed.place)}), so one figure may be "
                f"a part of the other")
    va, vb = abs(a.value or 0), abs(b.value or 0)
    if min(va, vb) == 0 or max(va, vb) / min(va, vb) > MAX_CONTRADICTION_RATIO:
        return "the figures are too far apart to be one quantity (a total and a part of it?)"
    if vague:
        return "one side is only an order of magnitude"
    if a.cumulative_since or b.cumulative_since or a.measure in ACCUMULATING:
        da = getattr(articles.get(a.article), "published", None)
        db = getattr(articles.get(b.article), "published", None)
        if not (da and db):
            return "this count grows as the story unfolds and a publication date is unknown, so it may be an update"
    return None


# A capitalised word that opens a sentence or clause is not a name by itself.
_OPENERS = frozenset("""the a an in on at by for from with after before since as but and or so yet while when
    this that these those its their his her our some many most all about nearly almost around more over just only
    according officials police authorities there here it they we he she i you one two three four five six seven
    eight nine ten eleven twelve dozens hundreds thousands another other""".split())
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.-]*)*")
# A name that starts like a month or weekday ("Mar", "Tue") is a date.
_CALENDAR_PREFIXES = frozenset(w[:3] for w in (*_LEX.months, *_LEX.weekdays))


def _owners_differ(a: Claim, b: Claim) -> str | None:
    """"X vs Y" when both figures have owners and they share none, else None."""
    owners_a, owners_b = owners(a), owners(b)
    if owners_a and owners_b and not owners_a & owners_b:
        return f"{', '.join(sorted(owners_a))} vs {', '.join(sorted(owners_b))}"
    return None


def owners(claim: Claim) -> set[str]:
    """Proper names in the clause before a figure: whose figure it is.

    "the opposition Social Democratic Alliance won 118 seats" is owned by the
    Alliance; two figures owned by different names are not one quantity.

    >>> owners(Claim(id="x", article="a", kind="number", text="118 seats", start=0, end=9,
    ...              sentence="In the capital, the Social Democratic Alliance won 118 seats."))
    {'social democratic alliance'}
    """
    at = claim.sentence.find(claim.text)
    if at < 0:
        return set()
    clause = re.split(r"[,;:—–()]|\s-\s", claim.sentence[:at])[-1]
    places = {p.lower() for p in claim.place}
    found = set()
    for m in _NAME.finditer(clause):
        words = m.group().replace("’s", "").replace("'s", "").split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        name = " ".join(words).lower().rstrip(".")
        if name and name not in places and name[:3] not in _CALENDAR_PREFIXES and len(name) > 2:
            found.add(name)
    return found


def _same_origin(a: Claim, b: Claim) -> bool:
    return bool(a.attribution and b.attribution and _origin_key(a.attribution) == _origin_key(b.attribution))


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
    return f"{c.text!r} value={_num(c.value)} low={_num(c.low)} high={_num(c.high)} qualifier={c.qualifier}"


def _frame(c: Claim) -> str:
    fields = {"subject": c.subject, "class": c.subject_class, "measure": c.measure,
              "place": ", ".join(c.place) or None, "per": c.per, "since": c.cumulative_since,
              "time": c.time, "hedge": c.hedge, "by": c.attribution}
    return "; ".join(f"{k} {v}" for k, v in fields.items() if v)


def _quoted(c: Claim) -> str:
    return f"“{c.text}”"


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.2f}".rstrip("0").rstrip(".")


def _show(iv: tuple[float, float]) -> str:
    lo, hi = iv
    if lo == hi:
        return _num(lo)
    if math.isinf(lo) and lo < 0:
        return f"≤{_num(hi)}"
    if math.isinf(hi):
        return f"≥{_num(lo)}"
    return f"{_num(lo)}–{_num(hi)}"


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
    # stands for itself in its own article.
    agrees: dict[str, dict[str, set[str]]] = {}
    for m in matches:
        if m.verdict == "agree":
            agrees.setdefault(m.a, {}).setdefault(claims[m.b].article, set()).add(m.b)
            agrees.setdefault(m.b, {}).setdefault(claims[m.a].article, set()).add(m.a)
    out = []
    for m in matches:
        a, b = claims[m.a], claims[m.b]
        apart = _held_apart(a, b, claims, agrees) if m.verdict == "contradict" and a.kind == "number" else None
        if apart:
            m = Match(a=m.a, b=m.b, verdict="related", score=m.score, same_origin=m.same_origin,
                      rule="counterpart found",
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


# --- quotes ----------------------------------------------------------------

def _judge_quotes(candidate: Candidate, working: "_Working | _NoWorking") -> Judgement:
    a, b = candidate.a, candidate.b
    na, nb = normalise(a.text), normalise(b.text)
    working.note(lambda: f"A {a.id}: “{a.text}” said by {a.speaker or 'unknown'}")
    working.note(lambda: f"B {b.id}: “{b.text}” said by {b.speaker or 'unknown'}")
    working.note(lambda: f"word similarity {candidate.score:.2f}")
    origin = _same_origin(a, b)
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    how = "the same words" if na == nb else ("a fragment of the same quotation" if short in long_
                                              else "nearly the same words")
    speakers = _speakers_clash(a.speaker, b.speaker)
    if speakers:
        reason = f"{how} are attributed to {a.speaker} in {a.article} but to {b.speaker} in {b.article}"
        return _decided(candidate, "contradict", candidate.score, reason, "misattribution", origin, working)
    if short not in long_:
        altered = _altered(na, nb)
        if altered:
            reason = f"“{a.text}” and “{b.text}” are the same quotation with {altered}: a misquote on one side"
            return _decided(candidate, "contradict", candidate.score, reason, "misquote", origin, working)
    reason = f"{how} “{short_text(a, b)}”, {_who(a, b)}"
    if how == "nearly the same words":
        reason += f" (wording differs: “{a.text}” vs “{b.text}”)"
    return _decided(candidate, "agree", candidate.score, reason, "same quotation", origin, working)


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
    return not (_DESCRIPTION.match(speaker) or _INSTITUTION.search(speaker) or group)


def _proper_names(speaker: str) -> set[str]:
    titles = {"mr", "mrs", "ms", "dr", "the", "president", "minister", "prime", "general"}
    return {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]+", speaker) if w.lower() not in titles}


def _altered(x: str, y: str) -> str | None:
    if set(_DIGITS.findall(x)) != set(_DIGITS.findall(y)):
        return "a different number"
    if bool(_NEGATION.search(x)) != bool(_NEGATION.search(y)):
        return "a negation added or dropped"
    return None
