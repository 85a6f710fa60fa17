"""What the slots read of a whole article, computed once per Doc (`doc.memo`):
sentences, places with resolved anaphors, dates, and the pronoun resolver.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..doc import Doc
from ..mentions import PronounResolver
from .dates import _find_dates
from .places import _find_places, _resolve_anaphors
from .spans import _Spans


@dataclass(frozen=True)
class _Article:
    doc: Doc
    body: str
    sents: list[tuple[int, int]]
    places: _Spans  # named places and resolved anaphors, in text order
    dates: _Spans  # dates, in text order, disjoint
    pub: date | None
    published: str | None
    pronouns: PronounResolver  # for sources named by a pronoun, read once per article


def _read_article(doc: Doc) -> _Article:
    """What the slots read of `doc`, computed once per Doc (frame_numbers reads it through `doc.memo`)."""
    published_value = doc.pub.isoformat() if doc.pub else (doc.published or None)
    return _Article(doc, doc.body, doc.sentences, places_of(doc), dates_of(doc), doc.pub, published_value,
                    PronounResolver(doc))


def places_of(doc: Doc) -> _Spans:
    """The places of `doc` in text order, named and resolved anaphors, read once per Doc."""
    return doc.memo("frames.places", _read_places)


def dates_of(doc: Doc) -> _Spans:
    """The dates of `doc` in text order, disjoint, resolved against its publication date; once per Doc."""
    return doc.memo("frames.dates", lambda d: _Spans(_find_dates(d.body, d.pub)))


def _read_places(doc: Doc) -> _Spans:
    named = _find_places(doc.body)
    anaphors = _resolve_anaphors(doc.body, named, doc.sentences)
    # Region words inside a resolved anaphor ("the Caucasus country") are not
    # places of their own.
    inside = _Spans(anaphors)
    named = [p for p in named if inside.covering(p.start) is None]
    return _Spans(sorted(named + anaphors, key=lambda p: p.start))
