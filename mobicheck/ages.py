"""Ages: whose age a figure is, and whether two ages are told of one person.

The number reader marks ages (kind "age": "a 16-year-old", "aged 23", "Smith, 44,"); an age counts
nothing ("16-year-old" is not 16 people), so it is a claim of its own kind, measure "age", whose
subject is the person (or thing) it belongs to, as the sentence writes it:

- written before the age, before a comma, a bracket or "aged": "Smith, 44," -> Smith, "the victim, 19,"
  -> victim, "a man aged 23" -> man;
- written after "N-year-old": a name ("16-year-old Dario Vance"), a noun with what qualifies it ("a
  15-year-old Dutch boy", "the 23-year-old gunman"), a role before a name ("the 36-year-old champion
  Orlov" -> Orlov); none when a verb follows ("the 26-year-old was given").

A surname alone ("Harlan, 15,") is written in full when its article names one person of that surname
("Dwight Harlan"): two reports then name the same person the same way.

`who` tells how two ages' subjects describe their people: the same name (same surname, given names
that do not differ), the same noun, or different people; the judge's age rules read it.
"""
from __future__ import annotations

import re

from .doc import Doc
from .lexicon import load
from .match import head, normalise
from .names import CALENDAR, NAME_WORD, name_at, name_index, same_name
from .numbers.vocab import alternation

_LEX = load("en")
# Words that are no person after "N-year-old": function words, verbs ("the 16-year-old shot by police",
# "the 27-year-old fathered"); a regular past form is told by its "-ed".
_FUNCTION_WORDS = (_LEX.words("grammar.yaml", "function_words") | _LEX.words("grammar.yaml", "determiners")
                   | _LEX.words("counting.yaml", "auxiliaries"))
_VERB_FORMS = _LEX.words("grammar.yaml", "irregular_past") | frozenset(_LEX.irregular)
_NOT_OWNER = _FUNCTION_WORDS | _VERB_FORMS
_PARTICLES = _LEX.word_list("grammar.yaml", "name_particles")
# Roles (titles, "victim", and job words by their ending: "gunman", "resident", "seismologist") come
# before a name ("the 34-year-old champion Orlov"); a noun of people ends a noun phrase ("an
# 11-year-old daughter outside").
_ROLES = _LEX.words("people.yaml", "titles") | _LEX.words("judge.yaml", "people_heads")
_AGENT_ENDINGS = tuple(_LEX.word_list("people.yaml", "agent_endings"))
_PEOPLE_NOUNS = _ROLES | _LEX.words("people.yaml", "female_nouns") | _LEX.words("people.yaml", "male_nouns")

_PARTICLE = r"(?:" + "|".join(_PARTICLES) + r")"
# A name: up to four capitalised words, with particles ("Ludwig van Beethoven"); before an age, maybe
# with a suffix ("Milo Brandt Jr., 49", "Ned Ashby III, 20").
_NAME = rf"{NAME_WORD}(?:\s(?:{_PARTICLE}\s)?{NAME_WORD}){{0,3}}"
_SUFFIX = r"(?:,?\s(?:[JS]r\.|I{2,3}|IV))?"
# What joins a person to an age told after it: "Smith, 44", "Smith (44)", "Smith, aged 44", "a man aged 44".
_AGED = alternation(_LEX.word_list("numbers.yaml", "age_before"))
_LINK_BEFORE = re.compile(rf"(?:\s*[,(]\s*(?:{_AGED}\s+)?|\s+{_AGED}\s+)$")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME}){_SUFFIX}$")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]+)$")
# The words after "N-year-old", each with its offset: a space, then a word (a possessive "'s" ends it).
_WORD_AFTER = re.compile(r" ([A-Za-z][\w'’-]*?)(?:['’]s\b)?(?=[\s,.;:!?)\"”]|$)")
_POSSESSIVE = re.compile(r"['’]s\b")
_YEAR_OLD = re.compile(r"old\Z", re.I)
# Characters read on each side of an age: enough for a name of four words and its link.
_WINDOW = 80
_MAX_WORDS_AFTER = 6


def age_owner(doc: Doc, start: int, end: int) -> tuple[str | None, int, int]:
    """The person (or thing) the age at body[start:end] belongs to, and the span that holds both.

    >>> body = "Police said Smith, 44, was held. A 16-year-old girl and the 23-year-old were hurt."
    >>> doc = Doc(body)
    >>> age_owner(doc, 19, 21), age_owner(doc, 35, 46), age_owner(doc, 60, 71)
    (('Smith', 12, 21), ('girl', 35, 51), (None, 60, 71))
    """
    body = doc.body
    then = _THEN_BEFORE.search(body, max(0, start - _WINDOW), start)
    if then:  # "then-15-year-old Harlan": the claim holds the word, which the judge reads (told_then)
        start = then.start()
    # "a 16-year-old girl" tells the person after the age; "Smith, 44", "Smith, 44 years old" before it.
    found = _owner_after(body, end) if _YEAR_OLD.search(body, start, end) and not _POSSESSIVE.match(body, end) \
        else None
    found = found or _owner_before(body, start)
    if found is None:
        return None, start, end
    who, s, e = found
    return _full_name(doc, who), min(s, start), max(e, end)


_THEN = alternation(_LEX.word_list("numbers.yaml", "age_then"))
_THEN_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_THEN})\s*-?\s*$", re.I)
_TOLD_THEN = re.compile(rf"(?:{_THEN})\b|.*[,(]\s*(?:{_THEN})\b", re.I)


def told_then(text: str) -> bool:
    """An age claim told as it was, not as it is: "then-15-year-old Harlan", "Smith, then 44".

    >>> told_then("then- 15-year-old Harlan"), told_then("Smith, then 44"), told_then("Smith, 44")
    (True, True, False)
    """
    return bool(_TOLD_THEN.match(text))


def _owner_before(body: str, start: int) -> tuple[str, int, int] | None:
    """"Smith, 44", "the victim, 19", "a man aged 23": the name or noun before the link."""
    lo = max(0, start - _WINDOW)
    link = _LINK_BEFORE.search(body, lo, start)
    if not link:
        return None
    m = _NAME_BEFORE.search(body, lo, link.start())
    if m:
        return name_at(m.group(1), m.start(1))
    m = _NOUN_BEFORE.search(body, lo, link.start())
    if m and m.group(1) not in _NOT_OWNER:
        return m.group(1), m.start(1), m.end(1)
    return None


def _owner_after(body: str, end: int) -> tuple[str, int, int] | None:
    """"16-year-old Dario Vance", "a 15-year-old Dutch boy", "the 34-year-old champion Orlov"."""
    words, pos = [], end
    while len(words) < _MAX_WORDS_AFTER:
        m = _WORD_AFTER.match(body, pos)
        if not m:
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        if m.end() > m.end(1):  # a possessive ends the phrase
            break
        pos = m.end()
    caps = _run(words, 0, str.isupper)
    nouns = _run(words, caps, lambda c: c.islower(), lower=True)
    people = [i for i in range(caps, caps + nouns) if _person_noun(words[i][0])]
    names = _run(words, caps + nouns, str.isupper) if nouns and _role(words[caps + nouns - 1][0]) else 0
    if people:  # the phrase ends with its last noun of people: "an 11-year-old daughter outside"
        nouns = people[-1] + 1 - caps
    elif caps:  # after a name, only a noun of people is its head ("a Dutch boy"), not a verb ("Kim Lee leave")
        nouns = 0
    if names:  # a role before a name: "the 34-year-old champion Orlov"
        return name_at(" ".join(w for w, _, _ in words[caps + nouns:caps + nouns + names]), words[caps + nouns][1])
    if nouns:  # "girl", "Dutch boy": the phrase up to its noun
        return " ".join(w for w, _, _ in words[:caps + nouns]), words[0][1], words[caps + nouns - 1][2]
    if caps:
        return name_at(" ".join(w for w, _, _ in words[:caps]), words[0][1])
    return None


def _run(words: list[tuple[str, int, int]], i: int, first, lower: bool = False) -> int:
    """How many words from i on start with a character `first` accepts (lower case: and are no
    function word or verb)."""
    n = i
    while n < len(words) and first(words[n][0][0]):
        w = words[n][0]
        # a participle before a noun of people describes it ("a retired teacher"); otherwise it is a verb
        if lower and (w in _FUNCTION_WORDS or (_verb(w) and not (n + 1 < len(words)
                                                                 and _person_noun(words[n + 1][0])))):
            break
        if not lower and (w.lower() in _NOT_OWNER or w.lower() in CALENDAR):  # "Kyle Ross Thursday"
            break
        n += 1
        # a particle inside a name: "Ludwig van Berkel"
        if not lower and n + 1 < len(words) and words[n][0] in _PARTICLES and words[n + 1][0][:1].isupper():
            n += 1
    return n - i


def _verb(word: str) -> bool:
    return word in _VERB_FORMS or (word.endswith("ed") and len(word) > 4)


def _person_noun(word: str) -> bool:
    return word in _PEOPLE_NOUNS or word.endswith(_AGENT_ENDINGS)


def _role(word: str) -> bool:
    return word in _ROLES or word.endswith(_AGENT_ENDINGS)


def _full_name(doc: Doc, who: str) -> str:
    """A surname alone, written in full when the article names one person of that surname."""
    if " " in who or not who[:1].isupper():
        return who
    return name_index(doc).full_name(who) or who


# --- two ages ----------------------------------------------------------------------------------

SAME_NAME, SAME_NOUN, OTHER, UNKNOWN = "same name", "same noun", "other", "unknown"


def is_name(subject: str | None) -> bool:
    """A subject that names a person: its last word is capitalised ("Dario Vance"; not "Dutch boy")."""
    return bool(subject) and subject.split()[-1][:1].isupper()


def who(a: str | None, b: str | None) -> str:
    """How two ages' subjects describe their people: SAME_NAME (one surname, given names that do not
    differ: "Joann Gomez", "JoAnn Marie Gomez"), SAME_NOUN (one head noun: "girl", "10-year-old
    girl"), OTHER (two names or two nouns that differ) or UNKNOWN (a name against a noun, or no subject).

    >>> who("Joann Gomez", "JoAnn Marie Gomez"), who("Chris Simpson", "Christopher Simpson")
    ('same name', 'same name')
    >>> who("Mary Smith", "John Smith"), who("Dutch boy", "boy"), who("boy", "teenager"), who("woman", "Joann Gomez")
    ('other', 'same noun', 'other', 'unknown')
    """
    if not a or not b:
        return UNKNOWN
    if is_name(a) and is_name(b):
        return SAME_NAME if same_name(normalise(a).split(), normalise(b).split()) else OTHER
    if is_name(a) or is_name(b):
        return UNKNOWN
    return SAME_NOUN if head(a) == head(b) else OTHER
