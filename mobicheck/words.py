"""Lemmas and concepts of English words, shared by the readers and the judge.

`lemma` is a rough rule-based lemmatiser (irregular forms from
lexicon/en/morphology.yaml); `concept` maps a word to the concept of
lexicon/en/concepts.yaml it names ("entered", "arrivals" -> "arrive"), so
that differently worded reports meet.

    >>> lemma("evacuated"), lemma("casualties"), lemma("fled")
    ('evacuate', 'casualty', 'flee')
    >>> concept("arrivals"), concept("killed"), concept("rose", weak=True), concept("March")
    ('arrive', 'kill', 'rise', None)
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import load as _lexicon

_LEX = _lexicon("en")
_MONTHS = _LEX.months
_IRREGULAR = _LEX.irregular
# Concepts (lexicon/en/concepts.yaml): one lemma per event.
_CONCEPTS = _LEX.concept_of
_VERB_ONLY = _LEX.verb_only_forms
# Change verbs say how a figure moved, not what it counts ("rose" -> "rise").
_WEAK = _LEX.change_verbs
_E_ENDINGS = _LEX.word_list("morphology.yaml", "e_endings")
_E_ENDINGS_AFTER_CONSONANT = _LEX.words("morphology.yaml", "e_endings_after_consonant")


@lru_cache(maxsize=1 << 16)
def _needs_e(stem: str) -> bool:
    if len(stem) < 3:
        return False
    if stem.endswith(_E_ENDINGS) or (stem.endswith("g") and not stem.endswith("ng")):
        return True
    if stem.endswith("at") and not stem.endswith(("eat", "oat")):
        return True
    if stem[-2:] in _E_ENDINGS_AFTER_CONSONANT:
        return stem[-3] not in "aeiou"
    return False


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """A rough English lemma, good enough to compare verbs and event nouns."""
    w = word.lower().replace("’", "'").strip("'-")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ied") or (w.endswith("ies") and len(w) > 4):
        return w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            if suffix == "ed" and w.endswith("eed") and len(w) <= 5:
                return w[:-1]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsfz":
                return stem[:-1]
            return stem + "e" if _needs_e(stem) else stem
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def concept(word: str, weak: bool = False) -> str | None:
    """The concept `word` names, or with `weak` the change it says (rise, fall, reach); None if neither."""
    if word[:1].isupper() and word.lower().rstrip(".") in _MONTHS:
        return None  # "since March" is a date, not a protest
    table = _WEAK if weak else _CONCEPTS
    low = word.lower().replace("’", "'")
    base = lemma(low)
    for form in (low, base, base.replace("is", "iz"), base.replace("isation", "ization"),
                 base.rstrip("e"), base + "e", base.replace("is", "iz") + "e"):
        if form in table:
            if not weak and form in _VERB_ONLY and not low.endswith(("ed", "ing")):
                return None
            return table[form]
    return None


def singular_forms(word: str) -> list[str]:
    """`word` lower-cased and the singulars it may be the plural of, to look up in a table."""
    w = word.lower()
    forms = [w]
    if w in _IRREGULAR:
        forms.append(_IRREGULAR[w])
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    return forms
