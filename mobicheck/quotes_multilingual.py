"""Who said a quotation in French, German, Spanish, Portuguese, Russian or Ukrainian text.

The quote marks are paired as in English (marks.py reads « », „ “ and “ ”); the speaker is read
by three patterns over the words of lexicon/<lang>/speech.yaml, and only by them: a quotation
none of them attributes has no speaker, since a wrong speaker is worse than none (the judge would
call two same quotations a misattribution).

    «Это не блеф», — заявил Путин.          after the quote: a cue verb, then a name
    Песков сказал: «Мобилизация …»         before the quote: a name, then a cue verb
    Selon Dmitri Peskov, « la … »           before the quote: a source phrase, then a name
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .doc import Doc
from .lexicon import load
from .marks import marks
from .numbers.vocab import alternation
from .quotes import VIA_ACCORDING, VIA_CUE, Quote, find_quotes as _find_quotes

FILE = "speech.yaml"
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_NAME = rf"[{_CAPITAL}][^\W\d_]+(?:[-’'][^\W\d_]+)?(?:\s+[{_CAPITAL}][^\W\d_]+(?:[-’'][^\W\d_]+)?){{0,2}}"
_WINDOW = 120  # characters before a quotation where its speaker may be named


class _Patterns:
    def __init__(self, lang: str):
        lex = load(lang)
        cue_words = [*lex.words(FILE, "cue_verbs"), *lex.phrases(FILE, "cue_phrases")]
        source_words = lex.phrases(FILE, "source_phrases")
        cues = alternation(cue_words) if cue_words else ""
        sources = alternation(source_words) if source_words else ""
        m = marks(lang)
        openers = re.escape("".join(sorted({*m.doubles, *m.singles})))
        closers = re.escape("".join(sorted({*m.doubles.values(), *m.singles.values()})))
        self.after = re.compile(rf"[\s{closers}]*[\s,]*(?:[—–-]\s*)?(?P<cue>{cues})\s+(?P<name>{_NAME})") if cues else None
        self.before = re.compile(rf"(?<!\w)(?P<name>{_NAME})\s+(?P<cue>{cues})\s*[:,]?\s*[{openers}]?\s*$") \
            if cues else None
        self.source = re.compile(rf"(?<!\w)(?P<cue>{sources})\s+(?P<name>{_NAME})\s*[,:]?\s*[{openers}]?\s*$", re.I) \
            if sources else None


@lru_cache(maxsize=None)
def patterns(lang: str) -> _Patterns:
    return _Patterns(lang)


def find_quotes(doc: Doc) -> list[Quote]:
    """The quotations of a document in `doc.lang`, each with its speaker when a pattern names one."""
    p = patterns(doc.lang)
    out = []
    for q in _find_quotes(doc):
        out.append(_attributed(doc.body, p, q))
    return out


def _attributed(body: str, p: _Patterns, q: Quote) -> Quote:
    found = None
    if p.after is not None:
        m = p.after.match(body, q.end)
        if m:
            found = (m, VIA_CUE)
    lo = max(0, q.start - _WINDOW)
    if found is None and p.before is not None:
        m = p.before.search(body, lo, q.start)
        if m:
            found = (m, VIA_CUE)
    if found is None and p.source is not None:
        m = p.source.search(body, lo, q.start)
        if m:
            found = (m, VIA_ACCORDING)
    if found is None:
        return replace(q, speaker=None, speaker_span=None, role=None, cue=None, via=None, speaker_kind=None,
                       joint=False)
    m, via = found
    return replace(q, speaker=m.group("name"), speaker_span=m.span("name"), role=None,
                   cue=re.sub(r"\s+", " ", m.group("cue").lower()), via=via, speaker_kind="name", joint=False)
