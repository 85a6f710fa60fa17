"""What the slots read of a whole article, computed once per Doc (`doc.memo`):
sentences, places with resolved anaphors, dates, and the pronoun resolver.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..doc import Doc
from ..quotes import PronounResolver
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
    body, sents, pub, published = doc.body, doc.sentences, doc.pub, doc.published
    named = _find_places(body)
    anaphors = _resolve_anaphors(body, named, sents)
    # Region words inside a resolved anaphor ("the Caucasus country") are not
    # places of their own.
    inside = _Spans(anaphors)
    named = [p for p in named if inside.covering(p.start) is None]
    places = sorted(named + anaphors, key=lambda p: p.start)
    published_value = pub.isoformat() if pub else (published or None)
    return _Article(doc, body, sents, _Spans(places), _Spans(_find_dates(body, pub)), pub, published_value,
                    PronounResolver(body))
