"""Measure slot: the concept of what happened to the counted things ("40,000
Russians have arrived" -> arrive, "killed at least 12" -> kill).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import manner_adverb
from ..words import concept as _concept, lemma as _lemma
from .lexical import (_AUX, _CLASS_CONCEPTS, _LEX, _IRREGULAR, _LINKING, _NOT_WORDY, _OTHERS_AFTER, _PHRASAL, _QUALIFIERS,
                      _QUANTITY_HEADS, _STOP, _TALLY_VERBS, _governing, _may_hold, _participle, _triggers)
from .source import _SPEECH_WORDS


_RESULTATIVE = _LEX.words("concepts.yaml", "resultative_verbs")
_EXPERIENCER = _LEX.words("concepts.yaml", "experiencer_verbs")
# "two of them fatally", "two of whom have died": the pronoun stands for the counted things.
_OF_WHOM = frozenset(("them", "whom", "which", "those"))
_ADVERB_CONCEPTS = _LEX.map("concepts.yaml", "adverb_concepts")
_OR_APPOSITION = re.compile(r",\s*or\s+(?:[a-z]+\s+){0,3}\Z")


def _class_measure(doc, sent, c0, start, noun_end, subject, subject_class, measure):
    """The measure a verb takes with this kind of thing ("took 40% of the vote" -> "win")."""
    body = doc.body
    table = _CLASS_CONCEPTS[subject_class]
    after = doc.words_in(noun_end, min(sent[1], noun_end + 40))
    k = 0
    while k < len(after) and after[k][0].lower() in _AUX:
        k += 1
    if k < len(after) and _lemma(after[k][0]) in _TALLY_VERBS and not _NOT_WORDY.search(body[noun_end:after[k][1]]):
        return measure  # "votes had been received", "with 60% of the vote counted"
    gov = _governing(doc, c0, start)
    if gov == "or" and _OR_APPOSITION.search(body[max(sent[0], start - 60):start]):
        # "took 39.8% of the vote, or 6,087,312 votes": an apposition
        # shares the verb of the figure it restates.
        comma = body.rfind(",", sent[0], start)
        for w, a, b in reversed(doc.words_in(sent[0], comma)[-10:]):
            if _lemma(w) in table and w.lower() != "with":
                return table[_lemma(w)]
        return measure
    if gov == "with" or _lemma(gov) in table and (gov.endswith("ed") or gov in _IRREGULAR or _lemma(gov) != gov):
        return table[gov if gov == "with" else _lemma(gov)]
    if measure == "vote" and subject == "vote":
        return table.get("win", measure)  # a share "of the vote" is what a party won
    return measure


# The part before a partitive's whole: "30 of the", "most of their".
_WHOLE_OF = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|most|some|many"
    r"|half|all|none|several|few|each|both)\s+of\s+(?:the|its|their|those|these)\s+\Z", re.I)
_WHOLE_OF_NEEDLES = _triggers("partitive_whole")


def _measure(doc, start, end, noun_end, c0, c1, subject, from_subject):
    """The concept lemma for what happened to the counted things.

    Tried in order: the verb after the counted noun, the word governing the
    number, the subject itself, an unlisted past-tense verb, and any concept
    word of the clause, nearest first.
    """
    # In "12 of the 50 injured stayed in hospital" the verb is what the 12
    # did, not the 50: the whole of a partitive takes only a participle of its
    # own ("three of the four soldiers killed").
    ws = doc.words_in(noun_end, c1)
    whole = bool(ws) and not _participle(ws[0][0]) and _part_of_whole(doc.body, max(c0, start - 40), start)
    found, verb, weak = _verb_after(doc, [] if whole else ws, noun_end)
    if found:
        return found
    found, governing, weak_before = _verb_before(doc, c0, start, subject)
    found = _resultative(doc, found, governing, subject, noun_end) or _state_before_noun(doc, end, noun_end)
    if found:
        return found
    weak = weak or weak_before
    # The subject itself: "arrivals of Russians", "the death toll". A
    # measured quantity that moved ("exports fell 12%") is a change claim:
    # the change verb says more than the quantity's own verb.
    quantity = subject.split()[0] if subject is not None and subject.split()[0] in _QUANTITY_HEADS else None
    if quantity and weak in ("rise", "fall"):
        return weak
    if from_subject:
        return from_subject
    c = _concept(subject.split()[0]) if subject else None
    if c and c != "vote":
        return c
    if weak:
        return weak
    # An unlisted verb, lemmatised: "600 sheep drowned", "received 2.1 million".
    for cand in (verb, governing):
        if cand and (cand.lower().endswith("ed") or cand.lower() in _IRREGULAR) and cand not in _SPEECH_WORDS:
            lemma = _lemma(cand)
            if lemma not in _NOT_VERB_LEMMAS:
                return lemma
    # Not for the whole of a partitive: the clause tells what its part did.
    return None if whole else _nearest_concept(doc, c0, c1, start, end, quantity)


def _part_of_whole(body: str, lo: int, start: int) -> bool:
    """Whether body[lo:start] ends as a partitive's part before its whole: "30 of the", "most of their".

    A match ends the window with its determiner and white space: only a window whose last five
    characters before the space hold the determiner's trigger is searched."""
    window = body[lo:start]
    return (window[-1:].isspace() and _may_hold(window.rstrip()[-5:], _WHOLE_OF_NEEDLES)
            and bool(_WHOLE_OF.search(body, lo, start)))


def _resultative(doc, found, governing, subject, noun_end):
    """"leaving two dead", "found the six men, who had been tied up, dead": what happened is the
    state the verb left or found them in (the subject, or the first concept word of the few after the
    counted noun in its sentence), not the verb's own concept."""
    if not governing or _lemma(governing) not in _RESULTATIVE:
        return found
    state = _concept(subject.split()[-1]) if subject else None
    if state is None:
        sentence = doc.sentence_of(noun_end - 1) if noun_end else None
        after = doc.words_in(noun_end, sentence[1]) if sentence else []
        for w, _, _ in after[:_STATE_WORDS]:
            if w.lower() in _COORDINATORS:
                break  # "left one dead and four hurt": the next count's state
            state = _concept(w)
            if state:
                break
    return state or found


def _state_before_noun(doc, end, noun_end) -> str | None:
    """A participle or state word between the figure and its noun that says what happened to them,
    when no verb did: "two slain men", "the two wounded victims were taken", "two dead teenagers were
    discovered"."""
    for w, _, _ in doc.words_in(end, noun_end)[:-1]:
        low = w.lower()
        if (low.endswith("ed") or low in _STATE_ADJECTIVES) and _concept(low):
            return _concept(low)
    return None


# State words that are no participle in "-ed" ("two slain men", "three dead teenagers").
_STATE_ADJECTIVES = frozenset(("dead", "slain", "fallen"))


# How many words after the counted noun the state of a resultative verb may come ("found the six
# men, who had been tied up, dead").
_STATE_WORDS = 8
_COORDINATORS = frozenset(("and", "or", "but"))


def _verb_after(doc, ws, noun_end):
    """(concept, verb, change) of the verb after the counted noun: "40,000 Russians have arrived", "people detained"."""
    body = doc.body
    i, adverb = _to_the_verb(ws)
    if adverb:  # "fatally shot"; "five people were shot, two fatally"
        return adverb, ws[i][0] if i < len(ws) else None, None
    if i >= len(ws):
        return None, None, None
    # Punctuation between the noun and the verb: it is no verb of theirs.
    apart = _NOT_WORDY.search(body, noun_end, ws[i][1]) is not None
    rel = None if apart else _object_relative_verb(ws, i)
    if rel is not None:
        # "the 1,500 complaints the commission had received": the relative
        # clause's verb is what happened to them.
        i = rel
        apart = _NOT_WORDY.search(body, noun_end, ws[i][1]) is not None
    # The pattern opens with a "t" (in either case: no other character folds to it).
    if body[ws[i][1]] in "tT" and _TO_THE_STREETS.match(body, ws[i][1]):
        return "protest", None, None  # "20,000 people took to the streets"
    if apart:
        return None, None, None
    w = ws[i][0]
    nxt = ws[i + 1][0].lower() if i + 1 < len(ws) else ""
    c = _PHRASAL.get(f"{_lemma(w)} {nxt}") or (_concept(w) if w not in _SPEECH_WORDS else None)
    if c:
        return c, w, None
    found = _what_came_of(ws, i, nxt)
    if found:
        return found
    return None, w, _concept(w, weak=True)


def _to_the_verb(ws) -> tuple[int, str | None]:
    """(index of the verb in `ws`, the concept an adverb on the way names): past "more"/"other",
    "of them", auxiliaries, manner adverbs and a linking verb ("three more injured", "two of whom
    have died", "were fatally shot", "were believed to be trapped")."""
    # "three more injured", "two others were hurt": what happened to the others is the verb after;
    # "three of them fatally", "two of whom have died": what happened to the pronoun's things.
    i = 1 if ws and ws[0][0].lower() in _OTHERS_AFTER else 0
    if len(ws) > i + 1 and ws[i][0].lower() == "of" and ws[i + 1][0].lower() in _OF_WHOM:
        i += 2
    adverb = None  # "fatally shot": the adverb may say what the verb did
    while i < len(ws) and (ws[i][0].lower() in _AUX or manner_adverb(ws[i][0])):
        adverb = _ADVERB_CONCEPTS.get(ws[i][0].lower(), adverb)
        i += 1
    if i < len(ws):
        i = _links(ws, i) or i
    return i, adverb


def _what_came_of(ws, i, nxt):
    """(concept, word, None) that the words after a verb with no concept of its own say came of it,
    or None: "shot and killed", "managed to flee", "suffered serious injuries", "treated for injuries"."""
    w = ws[i][0]
    if nxt in ("and", "to") and i + 2 < len(ws) and _concept(ws[i + 2][0]):
        # "were shot and killed", "shot and wounded", "managed to flee": the second verb says what came
        # of the first.
        return _concept(ws[i + 2][0]), ws[i + 2][0], None
    if _lemma(w) in _EXPERIENCER:
        # "suffered life-threatening injuries", "sustained gunshot wounds": the object says what happened.
        for word, _, _ in ws[i + 1:i + 4]:
            if _concept(word):
                return _concept(word), w, None
    # "treated for injuries", "arrested for looting": the cause names it.
    if nxt == "for" and i + 2 < len(ws) and _concept(ws[i + 2][0]):
        return _concept(ws[i + 2][0]), w, None
    return None


def _verb_before(doc, c0, start, subject):
    """(concept, word, change) of the word governing the number: "mobilise up to 300,000"."""
    left = doc.words_in(max(c0, start - 80), start)
    j = len(left) - 1
    while j >= 0 and left[j][0].lower() in _QUALIFIERS:
        j -= 1
    if j < 0:
        return None, None, None
    w = left[j][0]
    prev = left[j - 1][0] if j > 0 else ""
    particle = left[j + 1][0].lower() if j + 1 < len(left) else ""
    # "called up 200,000": the particle was skipped as a qualifier.
    # "took at least four lives": the verb with the counted noun.
    c = (_PHRASAL.get(f"{_lemma(prev)} {w.lower()}") or _PHRASAL.get(f"{_lemma(w)} {particle}")
         or (subject and _PHRASAL.get(f"{_lemma(w)} {subject.split()[-1].lower()}")) or _concept(w))
    return (c, w, None) if c else (None, w, _concept(w, weak=True))


def _nearest_concept(doc, c0, c1, start, end, quantity) -> str | None:
    """Any concept word in the clause, nearest the number first (not the number,
    a speech verb, or the measured quantity itself)."""
    best = None
    for w, a, b, c in doc.memo_span("frames.concepts", c0, c1, _clause_concepts):
        if start <= a < end or (quantity and w == quantity):
            continue
        dist = start - b if b <= start else a - end
        if best is None or dist < best[0]:
            best = (dist, c)
    return best[1] if best else None


def _clause_concepts(doc, c0, c1) -> list[tuple[str, int, int, str]]:
    """(word in lower case, start, end, concept) of the concept words of body[c0:c1], speech verbs left out."""
    clause = doc.words_in(c0, c1)
    readings = list(map(_word_reading, [w for w, _, _ in clause]))  # memoised readings, in C
    out = []
    last = len(clause) - 1
    # Only a word with a concept or that opens a phrasal verb is read further (a speech verb has neither).
    for k in [k for k, (lemma, c) in enumerate(readings) if c or lemma in _PHRASAL_FIRST]:
        lemma, c = readings[k]
        if lemma in _PHRASAL_FIRST:  # a phrasal verb's concept first
            c = _PHRASAL.get(f"{lemma} {clause[k + 1][0].lower() if k < last else ''}") or c
        if c:
            w, a, b = clause[k]
            out.append((w.lower(), a, b, c))
    return out


@lru_cache(maxsize=1 << 16)
def _word_reading(word: str) -> tuple[str | None, str | None]:
    """(lemma, concept) of a word, (None, None) for a speech verb. Memoised: the words of news
    repeat, and each clause of figures is read word by word."""
    if word in _SPEECH_WORDS:
        return None, None
    return _lemma(word), _concept(word)


# The lemmas that open a phrasal verb ("call" of "call up"): only these need the next word.
_PHRASAL_FIRST = frozenset(k.partition(" ")[0] for k in _PHRASAL)


def _links(ws, i) -> int | None:
    """The index of the state word or "in hospital" that ws[i] only links the counted noun to:
    "remain", "still", "listed as", "believed to be" ("six miners were believed to be trapped");
    None when ws[i] links nothing."""
    w = ws[i][0].lower()
    if not (w in _LINKING or (w == "as" and i and ws[i - 1][0].lower() in _LINKING)):
        return None
    j = i + 1
    while j < len(ws) and (ws[j][0].lower() in _LINKING or ws[j][0].lower() in _AUX or ws[j][0].lower() in ("as", "to")):
        j += 1
    if j >= len(ws):
        return None
    nxt = ws[j + 1][0].lower() if j + 1 < len(ws) else ""
    return j if _PHRASAL.get(f"{ws[j][0].lower()} {nxt}") or _concept(ws[j][0]) else None


_REL_OPENERS = _LEX.words("counting.yaml", "relative_openers")
_NOT_VERB_LEMMAS = _LEX.words("counting.yaml", "not_verb_lemmas")


def _object_relative_verb(ws, i) -> int | None:
    """Index of the verb of an object relative clause starting at ws[i], if any.

    "complaints [that] the commission had received", "votes its rivals
    collected": a determiner or "that/which", at most three words of subject,
    auxiliaries, then a past participle or past tense.
    """
    if ws[i][0].lower() not in _REL_OPENERS:
        return None
    k = i + 1
    if ws[i][0].lower() in ("that", "which") and k < len(ws) and ws[k][0].lower() in _REL_OPENERS:
        k += 1
    for n in range(k, min(k + 3, len(ws))):
        w = ws[n][0].lower()
        if w in _AUX:
            m = n
            while m < len(ws) and ws[m][0].lower() in _AUX:
                m += 1
            if m < len(ws) and (ws[m][0].lower().endswith("ed") or ws[m][0].lower() in _IRREGULAR) and m > n:
                return m
            return None
        if w in _STOP:
            return None
    return None


_TO_THE_STREETS = re.compile(r"(?:take|takes|took|taken|taking)\s+to\s+the\s+streets\b", re.IGNORECASE)
