"""What a figure counts in French, German, Spanish, Portuguese, Russian and Ukrainian text.

A smaller framer than the English one (frames/__init__.py): the noun right after the figure is
its subject, a word of the sentence says what happened (the measure), a phrase after the figure
or its noun is its rate period ("в сутки", "par jour", "pro Tag", "al día"), and the article's
date is its time. Subjects and measures are written as the English frames write them (the words
are in lexicon/<lang>/framing.yaml, as stems), so that "около 300 тысяч резервистов, которые
будут призваны" frames as "about 300,000 reservists would be called up" does: subject
"reservists", class people, measure "mobilize". The claim's text stays in its own language.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..gazetteer import DEMONYMS, SUBJECT_CLASSES
from ..lexicon import load
from ..match import head
from ..numbers.vocab import alternation
from . import Frame

FILE = "framing.yaml"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NEAR = 40  # characters after a figure (or its noun) where its noun or its rate period may stand


class _Words:
    """One language's framing words, arranged for lookup."""

    def __init__(self, lang: str):
        lex = load(lang)
        self.subjects = _stems(lex.word_map(FILE, "subjects"))
        self.measures = _stems(lex.word_map(FILE, "measures"))
        self.skip = lex.words(FILE, "skip_after")
        periods = lex.map(FILE, "rate_periods")
        self.periods = {p.lower(): v for p, v in periods.items()}
        self.rate = re.compile(rf"[\s,]*(?P<p>{alternation(periods)})(?!\w)", re.I) if periods else None


def _stems(table: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """(stem, English word) pairs, longest stem first."""
    return sorted(((stem, gloss) for gloss, stems in table.items() for stem in stems), key=lambda p: -len(p[0]))


@lru_cache(maxsize=None)
def words(lang: str) -> _Words:
    return _Words(lang)


def _lookup(stems: list[tuple[str, str]], word: str) -> str | None:
    return next((gloss for stem, gloss in stems if word.startswith(stem)), None)


def frame_numbers(doc: Doc, spans: list[tuple[int, int, str | None]]) -> list[Frame]:
    """One Frame per number span of a document in `doc.lang`, as frames.frame_numbers gives them."""
    w = words(doc.lang)
    return [_frame(doc, w, int(s), int(e), per) for s, e, per in spans]


def _frame(doc: Doc, w: _Words, start: int, end: int, per: str | None) -> Frame:
    body = doc.body
    sentence = doc.sentence_of(start)
    s1 = sentence[1]
    subject = noun_end = word_end = None
    for m in _WORD.finditer(body, end, min(s1, end + _NEAR)):
        word = m.group().lower()
        if word in w.skip:
            continue
        subject = _lookup(w.subjects, word)
        noun_end = m.end() if subject else None
        word_end = m.end() if body[end:m.start()].strip() == "" else None
        break
    claim_end = noun_end or end
    if per is None and w.rate is not None:
        # "10 тысяч в сутки", "10 000 Russes par jour": one noun may sit between the figure and its period
        for at in (claim_end, word_end):
            m = w.rate.match(body, at, s1) if at is not None else None
            if m:
                per = w.periods[re.sub(r"\s+", " ", m.group("p").lower())]
                break
    measure, distance = None, None
    for m in _WORD.finditer(body, sentence[0], s1):  # the word nearest the figure says what happened
        found = _lookup(w.measures, m.group().lower())
        far = start - m.end() if m.end() <= start else m.start() - end
        if found and (distance is None or far < distance):
            measure, distance = found, far
    if measure is None and subject == "dead":
        measure = "kill"
    cls = (SUBJECT_CLASSES.get(head(subject)) or ("people" if subject in DEMONYMS else None)) if subject else None
    return Frame(claim_end, sentence, subject, cls, measure, (), per, None, doc.published, None, None)
