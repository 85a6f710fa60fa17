"""Claim frames: what a number in an article counts, where, when and per whom.

Two articles agree or disagree about a figure only when they speak of the
same thing: "10,000 a day into Georgia in September" and "50,000 into
Georgia by June" are different counts even though both are Russians fleeing.
`frame_numbers` reads the words around each number mention and fills a
`Frame` that the matcher compares field by field.

Each field is read by a slot reader, one small module each: subject.py
(what is counted, and its class), measure.py (what happened to it),
places.py (where), when.py (when), since.py (a running count's start),
rate.py (per day, week...), source.py (who says so), hedge.py (estimated,
expected...), owners.py (whose figure). Article-level facts (places with
their anaphors, dates, the pronoun resolver) are read once per Doc
(article.py, through `doc.memo`) and looked up by bisection (spans.py).

Everything here is regex, the lexicon and the gazetteer: no statistical
model, so the result is fast, deterministic and explainable.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..doc import WORD, Doc
from ..mentions import PronounResolver
from ..words import lemma as _lemma
from .article import _Article, _read_article
from .clause import _clause, _nearest_sentence
from .hedge import _HEDGE_NEEDLES, _hedge
from .lexical import (_CLASS_CONCEPTS, _CURRENCY, _DEFINITE_BEFORE, _PEOPLE_CONCEPTS, _PERCENTISH, _UNIT_WORDS, _VERB_ONLY,
                      _ends_as, _governing, _may_hold, _present_verb_governs, _subject_class, _verb_after_is, _verb_governs)
from .measure import _class_measure, _measure
from .owners import owners as _owners
from .places import _places_in
from .rate import _PER_ANYWHERE_NEEDLES, _per_in
from .since import _START_NEEDLES, _cumulative
from .source import _attribution, _speech_in
from .spans import _Spans
from .subject import _OF_PRONOUN, _compound, _counted_noun_after, _glued_noun, _left_subject, _money_frame
from .when import _time

__all__ = ["Frame", "frame_numbers"]


@dataclass(frozen=True)
class Frame:
    """The context of one number mention; see `frame_numbers`."""

    end: int
    sentence: tuple[int, int]
    subject: str | None
    subject_class: str | None
    measure: str | None
    place: tuple[str, ...]
    per: str | None
    cumulative_since: str | None
    time: str | None
    attribution: str | None
    hedge: str | None
    owners: tuple[str, ...] = ()  # whose figure it is: see owners.py


def _frame_one(art: _Article, start: int, end: int, per: str | None, others: tuple[int, ...],
               triggers: Callable, sentence: tuple[int, int] | None) -> Frame:
    """The frame of the number at body[start:end]; `others` are the starts of the other numbers,
    `triggers(doc, s0, s1)` the `_Triggers` of a sentence (memoised: see `frame_numbers`),
    `sentence` the sentence holding `start` (None if none: the nearest is taken)."""
    doc, body = art.doc, art.body
    sent = sentence or _nearest_sentence(art.sents, start, end)
    s0, s1 = sent
    c0, c1, c1_full = _clause(doc, sent, start, end)
    # The rarer slots read only what the sentence holds: one that holds none of a slot's
    # triggers takes the slot's default without reading (the clause lies in the sentence).
    fires = doc.memo_span("frames.triggers", s0, s1, triggers) if c1 <= s1 else _ALL
    head_word, head_end, claim_end, per = _counted_noun_after(doc, start, end, s1, per)
    # "$", "euros": money, whatever was counted (the subject and the measure both ask).
    currency = bool(_CURRENCY.search(body[start:end]))
    subject, subject_class, measure_from_subject = _subject(doc, sent, c0, (start, end, currency), head_word, head_end)
    if per is None and fires.rate:
        per = doc.memo_span("frames.per", c0, c1, _per_of)  # "3,000 asylum seekers arrive in Italy each week"
    subject, subject_class, measure = _subject_measure(
        doc, sent, (c0, c1_full), (start, end, claim_end, currency), head_word, head_end,
        (subject, subject_class, measure_from_subject))
    near = _no_number_between(others, start, end)
    place = (_places_in(art.places, c0, c1) or _places_in(art.places, s0, s1, near)) if fires.places else ()
    since_value, since_spans = _cumulative(art, sent, c0, c1, start) if fires.since else (None, [])
    if per:
        since_value = None  # a rate that holds "since then" is still a rate, not a running total
    # A figure with no date of its own holds as of publication.
    time = (fires.dates and _time(art, sent, c0, c1, start, end, since_spans, near)) or art.published
    frame_end = min(max(claim_end, end), len(body))
    return Frame(
        end=frame_end,
        sentence=sent,
        subject=subject,
        subject_class=subject_class,
        measure=measure,
        place=place,
        per=per,
        cumulative_since=since_value,
        time=time,
        attribution=_attribution(doc, sent, start, end, art.pronouns) if fires.speech else None,
        hedge=doc.memo_span("frames.hedge", c0, c1, _hedge_of) if fires.hedge else None,
        owners=_owners(body[s0:s1], body[start:frame_end], place),
    )


@dataclass(frozen=True)
class _Triggers:
    """Which of the rarer slots a sentence can fire: whether it holds a date, a place, a speech word,
    the start of a running count, a hedge or a rate word (their patterns' triggers, lexicon
    en/triggers.yaml). Read once per sentence; a figure whose sentence holds none of a slot's
    triggers takes that slot's default without reading its clause."""

    dates: bool
    places: bool
    speech: bool
    since: bool
    hedge: bool
    rate: bool


_ALL = _Triggers(True, True, True, True, True, True)


def _triggers_of(art: _Article):
    """The reader of a sentence's `_Triggers` in `art`, for `doc.memo_span`."""
    def read(doc: Doc, s0: int, s1: int) -> _Triggers:
        text = doc.body[s0:s1]
        return _Triggers(
            dates=bool(art.dates.between(s0, s1)),
            places=bool(art.places.between(s0, s1)),
            speech=bool(doc.memo_span("frames.speech", s0, s1, _speech_in)),
            since=_may_hold(text, _START_NEEDLES),
            hedge=_may_hold(text, _HEDGE_NEEDLES),
            rate=_may_hold(text, _PER_ANYWHERE_NEEDLES),
        )
    return read


def _per_of(doc: Doc, lo: int, hi: int) -> str | None:
    return _per_in(doc.body, lo, hi)


def _hedge_of(doc: Doc, lo: int, hi: int) -> str | None:
    return _hedge(doc.body, lo, hi)


def _subject(doc: Doc, sent, c0, number, head_word, head_end):
    """(subject, class, measure the subject names) from the counted noun, or from the words before;
    `number` is (start, end, whether it is written with a currency)."""
    body = doc.body
    start, end, currency = number
    subject = subject_class = measure_from_subject = None
    if head_word:
        subject = _compound(doc, head_word, head_end)
        subject_class = _subject_class(subject.replace(" ", "-") if " " in subject else head_word)
    elif not _OF_PRONOUN.match(body, end):
        # "held 17 of them for questioning" counts what "them" stands for, not
        # the clause's subject (the patrol): left unknown.
        subject, subject_class, measure_from_subject = _left_subject(doc, c0, start, sent[0])
        if subject_class == "people" and _measured(body, start, end):
            # "The pirates climbed onto the 10-metre dhow": a length, a duration
            # or a weight measures no people.
            subject = subject_class = measure_from_subject = None
    if subject_class is None and currency:
        subject_class = "money"
    return subject, subject_class, measure_from_subject


def _measured(body: str, start: int, end: int) -> bool:
    """The figure at body[start:end] is written with a unit of measure ("10-metre", "90 days"), not
    as a rate ("10,000 a day" counts what arrives)."""
    words = [w.lower() for w in WORD.findall(body, start, end)]
    return bool(words) and words[-1] in _UNIT_WORDS and not _RATE_WORDS.intersection(words)


_RATE_WORDS = frozenset(("a", "an", "per", "each", "every"))


def _subject_measure(doc: Doc, sent, clause, number, head_word, head_end, read):
    """(subject, class, measure): the measure, and what money, a class's verbs
    and a verb done to people say of the subject."""
    body = doc.body
    c0, c1_full = clause
    start, end, claim_end, currency = number
    subject, subject_class, measure_from_subject = read
    # "eligible to vote": the infinitive may well say what happened to them.
    glued = head_word is not None and _glued_noun(body, start, end) is not None
    noun_end = head_end if head_end is not None else claim_end
    measure = None if glued else _measure(doc, start, end, noun_end, c0, c1_full, subject, measure_from_subject)
    measured = currency or _ends_as(_PERCENTISH, body, start, end)
    if subject_class == "money" or currency:
        subject, measure = _money_frame(doc, c0, start, max(claim_end, end), subject, measure)
        subject_class = "money"
    if (measured and measure and _verb_governs(doc, c0, start, measure)
            and _lemma(_governing(doc, c0, start)) in _VERB_ONLY):
        measure = None  # "shares moved 3% higher": a verb-only concept counts things, not shares
    if subject_class in _CLASS_CONCEPTS:
        measure = _class_measure(doc, sent, c0, start, head_end or claim_end, subject, subject_class, measure)
    if subject is None and measure in _PEOPLE_CONCEPTS and not measured and (
            _verb_governs(doc, c0, start, measure) or _present_verb_governs(doc, c0, start, measure)
            or (_verb_after_is(doc, claim_end, c1_full, measure) and not _DEFINITE_BEFORE.search(body, c0, start))):
        # "teams have been moving about 1,900 a day", "and around 3,000 have
        # been wounded": a bare figure that a verb done to people governs, or
        # that is its subject, counts people.
        subject, subject_class = "people", "people"
    return subject, subject_class, measure


def _no_number_between(others: tuple[int, ...], start: int, end: int):
    """A test of positions: no other number lies between it and ours. Beyond
    the clause, a place or date with another number between it and ours
    belongs to that number ("61.4%, up from 54.7% in 2021")."""
    def near(pos: int) -> bool:
        lo, hi = (pos, start) if pos < start else (end, pos)
        k = bisect_left(others, lo)  # `others` is in text order
        while k < len(others) and others[k] < hi:
            if others[k] != start:
                return False
            k += 1
        return True
    return near


def frame_numbers(body: str | Doc, spans: list[tuple[int, int, str | None]], published: str | None = None
                  ) -> list[Frame]:
    """One `Frame` per number span: what it counts, where, when, who says so.

    `spans` are (start, end, per) offsets of number mentions in `body` (the
    text, or the article's `Doc`), in text order, as the number reader found
    them; `published` (YYYY-MM-DD; a Doc has its own) lets relative dates
    ("in June", "on Tuesday") become ISO dates.

    >>> body = "On Monday, police said at least 12 people were killed in Kenya."
    >>> i = body.index("12")
    >>> f = frame_numbers(body, [(i - 9, i + 2, None)], "2023-05-03")[0]
    >>> body[i - 9:f.end], f.subject, f.subject_class, f.measure, f.place
    ('at least 12 people', 'people', 'people', 'kill', ('Kenya',))
    >>> f.time, f.attribution
    ('2023-05-01', 'police')
    """
    doc = body if isinstance(body, Doc) else Doc(body, published)
    body = doc.body
    try:
        art = doc.memo("frames.article", _read_article)
    except Exception:  # pragma: no cover - a reader bug must not lose the claims
        art = _Article(doc, body, [(0, len(body))] if body else [], _Spans([]), _Spans([]), None, doc.published,
                       PronounResolver(body))
    frames = []
    triggers = _triggers_of(art)
    starts = tuple(sorted(int(span[0]) for span in spans))
    crowded = _crowded_sentences(doc, starts)
    for span in spans:
        start, end = int(span[0]), int(span[1])
        per = span[2] if len(span) > 2 else None
        start = max(0, min(start, len(body)))
        end = max(start, min(end, len(body)))
        sentence = doc.sentence_of(start)
        if sentence in crowded:  # a table or a list, not prose: the figure without a frame
            frames.append(Frame(end, sentence, None, None, None, (), per, None, art.published, None, None))
            continue
        try:
            frames.append(_frame_one(art, start, end, per, starts, triggers, sentence))
        except Exception:  # pragma: no cover - one odd sentence must not lose the rest
            frames.append(Frame(end, (start, end), None, None, None, (), per, None, art.published, None, None))
    return _others_of_a_kind(frames)


# Every slot looks across a figure's sentence: with thousands of figures in one
# "sentence" (a table flattened to a line) that is thousands of scans each.
# No prose sentence holds this many figures.
MAX_NUMBERS_PER_SENTENCE = 100


def _crowded_sentences(doc: Doc, starts: tuple[int, ...]) -> set:
    counts: dict = {}
    for start in starts:
        sentence = doc.sentence_of(start)
        counts[sentence] = counts.get(sentence, 0) + 1
    crowded = {s for s, n in counts.items() if s is not None and n > MAX_NUMBERS_PER_SENTENCE}
    if crowded:
        doc.warnings.append(f"{len(crowded)} sentence(s) with more than {MAX_NUMBERS_PER_SENTENCE} figures "
                            "(a table?): their figures are kept without a frame")
    return crowded


def _others_of_a_kind(frames: list[Frame]) -> list[Frame]:
    """"20 people were killed and 35 others injured": "others" are more of
    the kind counted just before in the same sentence; others that something
    done to people happened to are people, whatever was counted before them
    ("killed a man and injured six others"; "held on $2 million bail for
    the attack that wounded five others")."""
    out = []
    for f in frames:
        if f.subject in ("others", "more") and f.subject_class is None:
            prev = next((p for p in reversed(out) if p.sentence == f.sentence and p.subject_class), None)
            if f.measure in _PEOPLE_CONCEPTS:
                f = replace(f, subject_class="people")
            elif prev is not None:
                f = replace(f, subject_class=prev.subject_class)
        out.append(f)
    return out
