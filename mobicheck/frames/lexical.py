"""Words and word tests the frame slots share: stop words, auxiliaries,
qualifiers, what can head a count, and which word governs a number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import WORD
from ..gazetteer import DEMONYMS, SUBJECT_CLASSES
from ..lexicon import load as _lexicon
from ..text import manner_adverb
from ..words import concept as _concept, singular_forms as _singular_forms


_LEX = _lexicon("en")
# Units a measured figure is written with ("10-metre", "55 kilometres", "90 days").
_UNIT_WORDS = frozenset(_LEX.map("units.yaml", "units"))
_MONTHS = _LEX.months
# Words that can never be (part of) the noun a number counts: once one of
# these follows the number, the counted noun is absent ("rose to 40 on Monday").
_STOP = _LEX.words("counting.yaml", "stop")
# Auxiliaries and adverbs between a counted noun and its verb
# ("40,000 Russians have reportedly arrived", "reservists will be called up").
_AUX = _LEX.words("counting.yaml", "auxiliaries")
# Words between a governing verb/noun and the number it governs
# ("mobilise up to 300,000", "killed at least 12", "mobilization of 300,000").
_QUALIFIERS = _LEX.words("counting.yaml", "qualifiers")
# Words right after a number before its noun or verb that say it counts others than those told
# before ("four other people were wounded", "three more injured").
_OTHERS_AFTER = _LEX.words("counting.yaml", "others_after")
# Concept forms that name their concept only as an inflected verb.
_VERB_ONLY = _LEX.verb_only_forms
# Concepts whose counted things are people even when the figure names no noun
# ("teams have been moving about 1,900 a day", "evacuations ... 2,000 a day").
_PEOPLE_CONCEPTS = _LEX.people_concepts
# Nouns that only restate the period of a rate ("at a rate of 2,000 a day"):
# the thing counted is named elsewhere in the clause.
_RATE_NOUNS = frozenset("rate pace".split())
# Verbs whose concept depends on what they take ("took 39.8% of the vote" is a win).
_CLASS_CONCEPTS = _LEX.class_concepts
# Verbs after the counted votes that make them a tally of ballots, not a win
# ("with 60% of the vote counted").
_TALLY_VERBS = frozenset("count cast process tally report receive".split())
# Phrasal verbs, keyed by "lemma particle".
_PHRASAL = _LEX.phrasal
# Words between the counted noun and a predicate that says what state it is
# in: "three people remain missing", "40 were reported missing", "12 miners
# were still trapped".
_LINKING = _LEX.words("counting.yaml", "linking")
_IRREGULAR = _LEX.irregular
# "The quake was centered 2 miles from ...": a passive figure measures its subject.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+(?:[a-z]+\s+){0,2}\Z")
# Irregular past forms that are verbs (the table also lemmatises plural nouns).
_NOUN_LEMMAS = _LEX.words("counting.yaml", "noun_lemmas")
_PAST_VERBS = frozenset(w for w, lemma in _IRREGULAR.items() if lemma not in _NOUN_LEMMAS)
_ONE = re.compile(r"(?i:\bone|\b1|\ba\s+single)\s*\Z")
_PERCENTISH = re.compile(
    r"(?:%|percent|per\s+cent|thousands|hundreds|millions|billions|dozens|scores|half|third|quarter|fifth|majority|fraction|share)\s*\Z",
    re.IGNORECASE,
)
# Heads that name a measured quantity rather than counted things.
_QUANTITY_HEADS = _LEX.words("counting.yaml", "quantity_heads")
_CLASS_OF_QUANTITY = _LEX.map("counting.yaml", "quantity_classes")
_CURRENCY = re.compile(r"[$€£¥₽₹]|\b(?:dollars?|euros?|pounds|roubles?|rubles?|yen|yuan|rupees?|francs?|USD|EUR|GBP)\b")
_PRONOUNS = _LEX.words("counting.yaml", "pronouns")
# Nouns that are plural or collective without an -s: they can head a count.
_COLLECTIVE = _LEX.words("counting.yaml", "collective")
# Adjectives before a counted noun, by ending or listed ("13 armed men").
_ADJECTIVE_SUFFIXES = _LEX.word_list("counting.yaml", "adjective_suffixes")
_ADJECTIVES = _LEX.words("counting.yaml", "adjectives")
# Patterns of the per-number helpers, compiled once.
_NOT_WORDY = re.compile(r"[^\w\s’'-]")
_SPACES = re.compile(r"\s+")


def _demonym_plural(word: str) -> bool:
    # "Russians", "Chinese", "Swiss" count people; "Russian" is an adjective
    # ("four Ukrainian regions").
    return word in DEMONYMS and word + "s" not in DEMONYMS


@lru_cache(maxsize=1 << 16)
def _subject_class(word: str) -> str | None:
    if _demonym_plural(word) or _demonym_plural(word.capitalize()):
        return "people"
    if word in DEMONYMS:
        return None
    for form in _singular_forms(word):
        if form in SUBJECT_CLASSES:
            return SUBJECT_CLASSES[form]
        if form in _CLASS_OF_QUANTITY:
            return _CLASS_OF_QUANTITY[form]
    # Agent nouns that name kinds of person ("separatists", "employees").
    if re.search(r"(?:ists|ians|ees|eers)$", word.lower()) and word.lower() not in ("trees", "fees", "degrees"):
        return "people"
    if re.search(r"..men$", word.lower()):
        return "people"  # "crewmen", "gunmen", "servicemen"
    return None


@lru_cache(maxsize=1 << 16)
def _is_head(word: str) -> bool:
    """Known counted nouns, demonyms and plural-looking common nouns."""
    if _demonym_plural(word):
        return True
    if _subject_class(word):
        return True
    low = word.lower()
    return low in _QUANTITY_HEADS


@lru_cache(maxsize=1 << 16)
def _plural_like(word: str) -> bool:
    low = word.lower()
    return (
        word.islower()
        and len(low) > 3
        and (low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics"))
             or low.endswith("men") and len(low) > 5)  # "crewmen", "gunmen", "fishermen"
        and low not in _STOP
    )


@lru_cache(maxsize=1 << 16)
def _adjective_like(word: str) -> bool:
    low = word.lower()
    if word in DEMONYMS or "-" in word:
        return True
    return word.islower() and low not in _STOP and (
        low.endswith(_ADJECTIVE_SUFFIXES) or low in _ADJECTIVES
    )


def _normalise_subject(word: str) -> str:
    # Proper nouns keep their case ("Russians"); common nouns are lower-cased
    # even when they open the sentence.
    if word in DEMONYMS:
        return word
    return word.lower()


def _governing(doc, c0, start) -> str:
    """The word that governs the number, qualifiers skipped ("evacuated" in "evacuated some 2,300")."""
    body = doc.body
    left = doc.words_in(max(c0, start - 80), start)
    j = len(left) - 1
    while j >= 0 and left[j][0].lower() in _QUALIFIERS:
        j -= 1
    return left[j][0].lower() if j >= 0 else ""


def _verb_governs(doc, c0, start, concept) -> bool:
    """Whether an inflected verb of `concept` governs the number."""
    body = doc.body
    w = _governing(doc, c0, start)
    return (w.endswith(("ed", "ing")) or w in _IRREGULAR) and _concept(w) == concept


# "The two escaped with cuts": people already named, not a count of its own.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|both)\s+\Z", re.IGNORECASE)


def _verb_after_is(doc, claim_end, c1, concept) -> bool:
    """Whether the verb right after the figure (auxiliaries skipped) is one of `concept`."""
    body = doc.body
    ws = doc.words_in(claim_end, c1)
    i = 0
    while i < len(ws) and (ws[i][0].lower() in _AUX or manner_adverb(ws[i][0])):
        i += 1
    if i >= len(ws) or _NOT_WORDY.search(body[claim_end:ws[i][1]]):
        return False
    w = ws[i][0].lower()
    return (w.endswith(("ed", "ing")) or w in _IRREGULAR) and _concept(w) == concept


def _present_verb_governs(doc, c0, start, concept) -> bool:
    """"Flood kills 12", "quake injures dozens": a present-tense verb of `concept` right before the figure."""
    body = doc.body
    w = _governing(doc, c0, start)
    return w.endswith("s") and not w.endswith("ss") and _concept(w) == concept


def _participle(word: str) -> bool:
    low = word.lower()
    return low not in _LINKING and low not in _AUX and (low.endswith("ed") or low in _IRREGULAR)


def _triggers(pattern: str) -> tuple[str, ...]:
    """The triggers of a slot pattern (lexicon en/triggers.yaml): lower-case runs of letters one of
    which every match of the pattern holds."""
    return tuple(sorted(_LEX.word_map("triggers.yaml", "slots")[pattern]))


def _may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """Whether `text` may match a pattern every match of which holds one of `needles` (its
    `_triggers`): substring tests run in C, far cheaper than a pattern tried at each character, and
    most windows hold none. Text outside ASCII is always tried: a pattern's case folding is subtler
    there ("ſ" matches "s")."""
    if not text.isascii():
        return True
    low = text.lower()
    for n in needles:  # a loop, not any(): a generator costs more than the tests
        if n in low:
            return True
    return False


def _ends_as(pattern: re.Pattern, body: str, start: int, end: int) -> bool:
    """`pattern.search(body, start, end)` for a pattern that ends the figure's text (`\\s*\\Z`) with a
    word, "%" or "1" (_PERCENTISH, _ONE): no match can end a text whose last character is another digit,
    as most figures' is ("1,300"), and those texts are not searched."""
    return start < end and body[end - 1] not in "023456789" and pattern.search(body, start, end) is not None


def _first_word_start(body, lo):
    m = WORD.search(body, lo)
    return m.start() if m else -1
