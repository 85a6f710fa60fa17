"""The names of one article, read in one scan of its body and shared by the
readers that need them (a Doc memo): ages writes a surname alone in full,
quotes gives a speaker's surname its longest form and tells a surname from a
word capitalised by its place.

A surname stands for a full name only where the article names one person of
it: with "Sen. John Roe" and "Gov. Mary Roe" in one article, a bare "Roe" is
either of them, and no speaker is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .doc import Doc
from .gazetteer import PLACE_NAMES
from .lexicon import load
from .marks import OPENERS
from .match import normalise
from .mentions import ADVERBS, CUE_VERBS, FUNCTION_WORDS, HONORIFICS, ORG_WORDS, TITLES

_LEX = load("en")
CALENDAR = _LEX.words("calendar.yaml", "weekdays") | frozenset(_LEX.months)
# Titles and honorifics, as words without their full stop ("Gov", "Mr"): read here and by quotes.
TITLE_WORDS = TITLES | frozenset(w.rstrip(".") for w in HONORIFICS)
# Words before a name that are not part of it: "Officer John Smith", "Mr. Smith", "The Smith", "On
# Saturday Smith".
_NOT_NAME = (TITLE_WORDS | _LEX.words("grammar.yaml", "function_words") | CALENDAR)
# Words a given name is not when its place capitalises them ("Like Roe, ...", "Asked, Roe said").
_COMMON = FUNCTION_WORDS | ADVERBS | CUE_VERBS
# the given names come after these: titles, written out or abbreviated with or without the full
# stop ("Insp Roe"), and organisations
_AFTER_NAME_WORDS = TITLE_WORDS | _LEX.words("people.yaml", "title_abbreviations") | ORG_WORDS
# A capitalised word, or an initial ("John F. Kennedy"); no full stop after a word, which ends a sentence.
NAME_WORD = r"[A-Z](?:\.|[\w'’-]*)"
SUFFIX_WORD = re.compile(r"[JS]r\.?|I{2,3}|IV")
# The one scan: a capitalised word or an initial, the space after it, and (a look-ahead, so that
# "Ann Lee Roe" gives "Ann", "Lee" and "Roe" each as a word and as the word after one) the run of
# name characters that follows.
_CAPITALISED = re.compile(rf"\b({NAME_WORD})(\s+)(?=([\w’'-]+))")
# A surname: a capitalised word of two letters or more, no initial.
_SURNAME = re.compile(r"[A-Z][\w'’-]+")


def name_at(name: str, start: int) -> tuple[str, int, int] | None:
    """A name run with the words before it that are no part of it dropped ("Officer John Smith")."""
    words = name.split()
    while words and words[0].lower().rstrip(".") in _NOT_NAME:
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) > 1 and SUFFIX_WORD.fullmatch(words[-1]):  # "Ned Ashby III": the surname is Ashby
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words)
    return name, start, start + len(name)


def same_name(a: list[str], b: list[str]) -> bool:
    """One surname, and given names that do not differ: one side gives none, or a given name of one
    begins a given name of the other ("Chris", "Christopher")."""
    if a[-1] != b[-1]:
        return False
    given_a, given_b = a[:-1], b[:-1]
    if not given_a or not given_b:
        return True
    return any(x.startswith(y) or y.startswith(x) for x in given_a for y in given_b)


@dataclass(frozen=True)
class Names:
    """What the scan found: every word written right after a capitalised word
    ("Kelly" of "Megyn Kelly"), and each surname's full names with their
    offsets ("Roe" -> "John Roe" at 10, "Mary Roe" at 90; titles dropped:
    "Sen. John Roe" is "John Roe")."""

    doc: Doc
    after_capitalised: frozenset[str]
    found: dict[str, list[tuple[str, int]]]

    def full_name(self, surname: str) -> str | None:
        """The full name of `surname` where the article writes one, and only one."""
        names = {name for name, _ in self.found.get(surname, ())}
        return names.pop() if len(names) == 1 else None

    def shared(self, surname: str, headline: Callable[[int], bool]) -> bool:
        """Two people of `surname`: given names that differ ("John Roe" and "Mary Roe"; not "Chris
        Roe" and "Christopher Roe", nor "John Roe" and "John A. Roe"). A headline's capitals
        (`headline(offset)`) are no names ("Voters Back Roe")."""
        people = {given for name, at in self.found.get(surname, ())
                  if not headline(at) and (given := given_names(self.doc, name, at))}
        # given names compared under one (blank) surname
        return any(not same_name([*a, ""], [*b, ""]) for a in people for b in people if a < b)


def given_names(doc: Doc, name: str, at: int) -> tuple[str, ...]:
    """The given names of the full name `name` written at offset `at`, normalised: none where the
    words before the surname are no given names ("Team Roe", "in Ohio Roe won")."""
    words = name.split()[:-1]
    # after a title, an organisation or a possessive: "Enter President Roe", "Former Ohio Gov. Ann
    # Roe", "Navy SEAL Ty Roe", "Team Roe", "the firm’s Roe"
    cut = max((k + 1 for k, w in enumerate(words) if w.rstrip(".").lower() in _AFTER_NAME_WORDS
               or w.endswith(("’s", "'s"))), default=0)
    words = words[cut:]
    if cut == 0 and words and _opens(doc, at) and _common(doc, words[0]):
        words = words[1:]  # a common word capitalised by its place: "Like Roe, ...", "“Never Roe”"
    if any(w.lower() in FUNCTION_WORDS for w in words[1:]):
        return ()  # a title-case phrase, not a name: "Voters Against Roe"
    given = " ".join(words)
    return () if given in PLACE_NAMES else tuple(normalise(given).split())


def _opens(doc: Doc, at: int) -> bool:
    """The word at `at` opens a sentence or a quotation."""
    body = doc.body
    if body[max(0, at - 3):at].rstrip()[-1:] in OPENERS:
        return True
    sent = doc.sentence_of(at)
    return sent is not None and not any(ch.isalnum() for ch in body[sent[0]:at])


def _common(doc: Doc, word: str) -> bool:
    """A word, not a name: a function word, an adverb, a verb of saying or a participle ("Asked",
    "Echoing"), or one the article also writes in lower case."""
    low = word.lower()
    return low in _COMMON or low.endswith("ing") or (
        re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", doc.body) is not None)


def name_index(doc: Doc) -> Names:
    """The article's names, read once per Doc."""
    return doc.memo("names", _read)


def _read(doc: Doc) -> Names:
    body = doc.body
    after: set[str] = set()
    full: dict[str, list[tuple[str, int]]] = {}
    run: list[tuple[str, int]] = []  # capitalised words one space apart, each with its offset
    tail: list[tuple[str, int]] = []  # the word after the run's last, one space after it
    end = -1
    for m in _CAPITALISED.finditer(body):
        word, space, nxt = m.groups()
        if len(word) > 1 and word[-1] != ".":  # a word, not an initial
            after.update(_word_starts(nxt))
        if m.start() != end:
            _add_full_names(body, run + tail, full)
            run = []
        run.append((word, m.start()))
        # a name is written with one space between its words: a wider gap or a line break ends the run
        tail, end = ([(nxt, m.end())], m.end()) if space == " " else ([], -1)
    _add_full_names(body, run + tail, full)
    return Names(doc, frozenset(after), full)


def _word_starts(run: str) -> Iterator[str]:
    """Each start of `run` that ends at a word boundary ("Kelly" and "Kelly’s" of "Kelly’s"), as
    `\\bWORD\\b` would find it."""
    word = [ch.isalnum() or ch == "_" for ch in run]
    return (run[:k] for k in range(1, len(run) + 1) if word[k - 1] and (k == len(run) or not word[k]))


def _add_full_names(body: str, run: list[tuple[str, int]], full: dict[str, list[tuple[str, int]]]) -> None:
    """The full names in a run of capitalised words: up to three words before a surname, read from
    the left, each name after the one before it ("Ann Lee Roe Smith Jones" is "Ann Lee Roe Smith")."""
    if len(run) < 2:
        return
    i = 0 if run[0][1] == 0 or body[run[0][1] - 1] not in "'’-" else 1  # "O'Neil Roe" is no "Neil Roe"
    while i < len(run) - 1:
        for j in (3, 2, 1):
            if i + j < len(run) and _SURNAME.fullmatch(run[i + j][0]):
                surname = run[i + j][0]
                found = name_at(" ".join(w for w, _ in run[i:i + j]) + " " + surname, run[i][1])
                if found and " " in found[0]:
                    full.setdefault(surname, []).append(found[:2])
                i += j + 1
                break
        else:
            i += 1
