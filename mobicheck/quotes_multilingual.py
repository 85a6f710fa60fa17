"""Who said a quotation in French, German, Spanish, Portuguese, Russian or Ukrainian text.

The quote marks are paired as in English (marks.py reads « », „ “ and “ ”); the speaker is read
by three patterns over the words of lexicon/<lang>/speech.yaml, and only by them: a quotation
none of them attributes has no speaker, since a wrong speaker is worse than none (the judge would
call two same quotations a misattribution).

    «Это не блеф», — заявил Путин.          after the quote: a cue verb, then a name
    Песков сказал: «Мобилизация …»         before the quote: a name, then a cue verb
    Selon Dmitri Peskov, « la … »           before the quote: a source phrase, then a name
    По словам Дмитрия Пескова, «…»          the same, the name brought back to the nominative
                                            (genitive_name_endings: "Дмитрий Песков")
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
        # The phrase in any case ("Selon", "selon"), the name with its capital: "selon le ministre" names no one.
        self.source = re.compile(rf"(?<!\w)(?P<cue>(?i:{sources}))\s+(?P<name>{_NAME})\s*[,:]?\s*[{openers}]?\s*$") \
            if sources else None
        endings = lex.map(FILE, "genitive_name_endings")
        self.genitive = tuple(sorted(endings.items(), key=lambda kv: -len(kv[0])))


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
    name = nominative(m.group("name"), p.genitive) if via == VIA_ACCORDING else m.group("name")
    return replace(q, speaker=name, speaker_span=m.span("name"), role=None,
                   cue=re.sub(r"\s+", " ", m.group("cue").lower()), via=via, speaker_kind="name", joint=False)


def nominative(name: str, endings: tuple[tuple[str, str], ...]) -> str:
    """A name that a source phrase put in the genitive, each word brought back to the nominative by
    the longest of `endings` (genitive ending, nominative ending) it ends with.

    >>> nominative("Дмитрия Пескова", patterns("ru").genitive), nominative("Марии Захаровой", patterns("ru").genitive)
    ('Дмитрий Песков', 'Мария Захарова')
    >>> nominative("Сергея Шойгу", patterns("ru").genitive), nominative("Володимира Зеленського", patterns("uk").genitive)
    ('Сергей Шойгу', 'Володимир Зеленський')
    """
    words = name.split()
    for i, word in enumerate(words):
        ending = next(((g, n) for g, n in endings if word.endswith(g) and len(word) > len(g) + 1), None)
        if ending:
            words[i] = word[: len(word) - len(ending[0])] + ending[1]
    return " ".join(words)
