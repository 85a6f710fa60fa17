"""Subject slot: what a number counts ("50,000 Russians", "the number of
people detained rose to 1,300", "45% of voters", "$310 million in damage")
and the class of thing it is (people, money, vehicles...).
"""
from __future__ import annotations

import re
from string import ascii_letters

from ..doc import Doc, WORD
from ..gazetteer import DEMONYMS, SUBJECT_CLASSES
from ..numbers import CARDINAL_WORDS
from ..text import manner_adverb
from ..words import concept as _concept, singular_forms as _singular_forms
from .dates import _WEEKDAYS
from .lexical import (_ADJECTIVES, _COLLECTIVE, _CURRENCY, _MONTHS, _ONE, _OTHERS_AFTER, _PASSIVE_BEFORE, _PAST_VERBS, _PEOPLE_CONCEPTS,
                      _PERCENTISH, _RATE_NOUNS, _STOP, _adjective_like, _ends_as, _first_word_start, _governing, _is_head,
                      _may_hold, _normalise_subject, _plural_like, _subject_class, _triggers, _verb_governs)
from .rate import _DISTRIBUTIVE, _PER, _PER_ADV


# Nouns whose "of"-complement is the thing counted ("the number of people
# detained rose to 1,300") or names an event of it ("arrivals of Russians").
_RELATIONAL = re.compile(
    r"\b(?P<rel>number|total|count|tally|toll|figure|arrivals?|departures?|deaths?|influx|inflow|exodus|outflow)\s+of\s+(?:the\s+|new\s+|all\s+)*",
    re.IGNORECASE,
)
_COUNT_RELATIONS = frozenset("number total count tally toll figure".split())
# What a sum of money measures when it is the price of harm done: "the cost
# of the disaster", "damage from the quake", "losses of $2bn" are one
# quantity, written subject "damage", measure "cost".
_MONEY_MEASURES = frozenset("cost costs damage damages loss losses bill".split())
_MONEY_SUBJECT, _MONEY_MEASURE = "damage", "cost"
# "$310 million in damage", "$2bn of losses", "$5bn worth of damage",
# "18 billion euros in aid": the noun the sum is in.
_MONEY_IN = re.compile(r"\s+(?:worth\s+of|in|of)\s+(?P<noun>[a-z][a-z-]+)\b")
_DEATH_BEFORE = re.compile(r"\bdeath\s+$")
_TOLL = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)
_OTHER_TOLL = re.compile(r"\b(?:injury|injured|damage|economic|financial|human)\s+toll\b", re.IGNORECASE)
# A relational noun or "toll": `_relational_subject` reads no window that holds neither.
_RELATIONAL_NEEDLES = _triggers("relational")


def _compound(doc: Doc, head: str, head_end: int) -> str:
    """The head, with its modifier when the two are a listed compound ("asylum seekers")."""
    body = doc.body
    before = doc.words_in(max(0, head_end - len(head) - 25), head_end - len(head))
    if before:
        last = before[-1][0].lower()
        for form in _singular_forms(head):
            if f"{last}-{form}" in SUBJECT_CLASSES:
                return f"{last} {head.lower()}"
    return _normalise_subject(head)


def _money_frame(doc, c0, start, claim_end, subject, measure):
    """(subject, measure) of a sum of money: what it measures, never the currency word.

    "put the cost of the disaster at $1.2bn", "puts damage from the quake at
    1.2 billion dollars" and "caused $310 million in damage" all measure
    harm done ("damage", "cost"); "18 billion euros in aid" is aid.
    """
    body = doc.body
    after = _MONEY_IN.match(body, claim_end)
    noun = after.group("noun") if after and after.group("noun") not in _STOP else None
    if noun in _MONEY_MEASURES or (subject and subject in _MONEY_MEASURES):
        return _MONEY_SUBJECT, _MONEY_MEASURE
    if subject is None or _CURRENCY.fullmatch(subject):
        # The nearest harm noun before the sum in its clause ("damage from the quake at").
        for w, a, b in reversed(doc.words_in(c0, start)):
            if w.lower() in _MONEY_MEASURES:
                return _MONEY_SUBJECT, _MONEY_MEASURE
        subject = noun
    return subject, measure


def _counted_noun_after(doc: Doc, start: int, end: int, s1: int, per: str | None):
    """(head word, its end, claim end, per) for the noun a number counts, if adjacent."""
    body = doc.body
    claim_end = pos = end
    pm = _PER.match(body, pos, max(pos, s1))
    if pm:  # the rate words may follow the number directly: "10,000 a day"
        per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
        pos = claim_end = pm.end()
    head_word, head_end = _head_after(doc, start, end, pos, s1)
    if head_word:
        claim_end = max(claim_end, head_end)
        pm = _PER.match(body, head_end, max(head_end, s1))
        if pm:  # "10,000 people a day"
            per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
            claim_end = pm.end()
        elif _DISTRIBUTIVE.match(body, head_end, max(head_end, s1)):
            per = per or "each"  # "both teams took 15 penalties each": not the total of 30
    return head_word, head_end, claim_end, per


def _head_after(doc: Doc, start: int, end: int, pos: int, s1: int) -> tuple[str | None, int | None]:
    """(word, end) of the counted noun: in the span, right after it, after "of", glued, or a partitive's whole."""
    body = doc.body
    # A word ends the span only where a letter does (a word is letters: doc.WORD).
    inside = doc.words_in(max(start, end - 40), end) if end > start and body[end - 1] in _ASCII_LETTERS else None
    if inside and inside[-1][2] == end and _is_head(inside[-1][0]) and not _ends_as(_PERCENTISH, body, start, end):
        # The caller's span already holds the noun ("50,000 Russians").
        return inside[-1][0], inside[-1][2]
    # The counted noun must be adjacent: only spaces between the words.
    adjacent = []
    prev = pos
    for w, a, b in doc.words_in(pos, min(s1, pos + 80)):
        if body[prev:a].strip():
            break
        adjacent.append((w, a, b))
        prev = b
    idx = _counted_noun(adjacent, singular_ok=_ends_as(_ONE, body, start, end))
    if idx is not None:
        return adjacent[idx][0], adjacent[idx][2]
    if adjacent and adjacent[0][0].lower() == "of" and _ends_as(_PERCENTISH, body, start, end):
        # "45% of voters", "tens of thousands of Russians": the noun after "of".
        idx = _counted_noun(adjacent[1:], skip_det=True)
        if idx is not None:
            return adjacent[1 + idx][0], adjacent[1 + idx][2]
    glued = _glued_noun(body, start, end)
    if glued:
        return _glued_head(body, glued)
    return _partitive_whole(doc, pos, s1)


def _glued_head(body: str, glued: re.Match) -> tuple[str | None, int | None]:
    """"a 12-game rematch", "the 350-seat assembly": the figure counts the
    noun it is glued to, not whatever the clause is about; "a 300-strong
    force" counts the force."""
    if glued.group(1) != "strong":
        return glued.group(1), glued.end(1)
    after = WORD.match(body, glued.end() + 1) if body[glued.end():glued.end() + 1] == " " else None
    return (after.group(), after.end()) if after else (None, None)


def _partitive_whole(doc: Doc, pos: int, s1: int) -> tuple[str | None, int | None]:
    """A partitive: "30 of the 50 hostages" counts hostages."""
    body = doc.body
    pm = _PARTITIVE.match(body, pos, max(pos, s1))
    if pm:
        ws = doc.words_in(pm.end(), min(s1, pm.end() + 60))
        k = _counted_noun(ws)
        if k is not None and not body[pm.end():ws[k][1]].count(","):
            return ws[k][0], ws[k][2]
    return None, None


_ASCII_LETTERS = frozenset(ascii_letters)
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|whom|which)\b", re.IGNORECASE)
_GLUED_NOUN = re.compile(r"-([a-z]+)\b(?!-)")


def _glued_noun(body: str, start: int, end: int):
    """The noun a whole number is hyphenated to ("12-game", "350-seat"), as a match; None otherwise."""
    m = _GLUED_NOUN.match(body, end)
    last = body[start:end].split()[-1:]
    whole = bool(last) and (last[0][-1].isdigit() or last[0].lower() in CARDINAL_WORDS)
    if not m or not whole or m.group(1) in _STOP or _adjective_like(m.group(1)):
        return None  # "10-metre-long", "half-dead": a measure or a fraction, not a count of things
    return m


# Determiners between "of" and the counted noun ("45% of the voters").
_DETERMINERS = frozenset(("the", "its", "their", "all", "those", "these", "other"))
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those|these|some)\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?=[a-z])")


def _counted_noun(words, skip_det: bool = False, singular_ok: bool = False) -> int | None:
    """Index of the counted noun in the words right after a number, if any.

    `singular_ok` lets an unlisted singular noun count, after "one".
    """
    i = 0
    if skip_det:
        while i < len(words) and words[i][0].lower() in _DETERMINERS:
            i += 1
    elif words and words[0][0].lower() in _OTHERS_AFTER:
        i = 1  # "four other people were wounded", "three more victims"
    head = None
    for j in range(i, min(len(words), i + 4)):
        is_head, go_on = _noun_step(words, j, singular_ok)
        if is_head:
            head = j
        if not go_on:
            break
    return head


def _noun_step(words, j: int, singular_ok: bool) -> tuple[bool, bool]:
    """(whether words[j] is the counted noun so far, whether to read on)."""
    w = words[j][0]
    low = w.lower()
    if low in _STOP or low in _MONTHS or low in _WEEKDAYS:
        return False, False
    nxt = words[j + 1][0] if j + 1 < len(words) else None
    if _is_head(w):
        # Compound nouns keep the last head: "asylum seekers", "police officers"; a head that is also an
        # adjective takes any plural noun after it: "two female jurors".
        return True, bool(nxt and not low.endswith("s") and nxt.lower() not in _STOP
                          and (_is_head(nxt) or low in _ADJECTIVES and _plural_like(nxt)))
    if _plural_like(w) and not _adjective_like(w):
        return True, False
    if _adjective_like(w) or (w[:1].isupper() and w in DEMONYMS) or manner_adverb(w):
        return False, True  # "13 fully loaded magazines"
    if (w.islower() or w[:1].isupper() and not w.isupper()) and nxt and _is_head(nxt) and nxt.islower():
        # a noun modifier before a counted noun: "absentee votes"; a place's name: "two Gary men"
        return False, True
    return bool(singular_ok and w.islower() and len(w) > 2), False


def _left_subject(doc: Doc, c0: int, start: int, s0: int):
    """(subject, class, measure) named before the number: "Arrivals of Russians ... doubled to 10,000".

    The number's clause first (a relational noun, "the toll", then a bare
    noun), then its sentence (a relational noun or "the toll" only: a bare
    noun further back than the clause is a guess).
    """
    found = _relational_subject(doc, c0, start)
    if found:
        return found
    gov = _governing(doc, c0, start)
    if ((gov in _PAST_VERBS or gov.endswith("ed")) and not _concept(gov) and not _concept(gov, weak=True)
            and not _PASSIVE_BEFORE.search(doc.body, c0, start)):
        # "took 23 into custody": the object of a verb, unnamed; the noun
        # further back is who did it. After "reached", "rose to" the noun
        # before is what the figure measures ("turnout reached 61%").
        return None, None, None
    return _bare_subject(doc, c0, start) or _relational_subject(doc, s0, start) or (None, None, None)


def _relational_subject(doc: Doc, lo: int, start: int):
    """"the number of people detained", "arrivals of Russians", "the toll" in body[lo:start], nearest first."""
    text = doc.body[lo:start]
    if not _may_hold(text, _RELATIONAL_NEEDLES):
        return None
    for m in reversed(list(_RELATIONAL.finditer(text))):
        ws = doc.words_in(lo + m.end(), start)
        idx = _counted_noun(ws)
        if idx is None:
            continue
        rel = m.group("rel").lower()
        if rel == "toll" and _DEATH_BEFORE.search(text[: m.start("rel")]):
            rel = "deaths"
        hw = ws[idx][0]
        np = _normalise_subject(hw)
        cls = _subject_class(hw)
        nxt = ws[idx + 1][0] if idx + 1 < len(ws) else ""
        if nxt.endswith("ed") and _concept(nxt):
            np = f"{np} {nxt.lower()}"
        if rel in _COUNT_RELATIONS:
            return np, cls, _concept(nxt) if nxt else None
        return f"{rel if rel.endswith('s') else rel + 's'} of {np}", cls, _concept(rel)
    # Wire copy says "the toll" for the death toll unless it names another.
    if _TOLL.search(text) and not _OTHER_TOLL.search(text):
        return "deaths", "people", "kill"
    return None


def _bare_subject(doc: Doc, c0: int, start: int):
    """The nearest noun before the number in its clause that can be what it counts, if any."""
    body = doc.body
    ws = doc.words_in(c0, start)
    first = _first_word_start(body, c0)
    for k in range(len(ws) - 1, -1, -1):
        w, a, b = ws[k]
        low = w.lower()
        if low in _STOP:
            continue
        if low in _RATE_NOUNS and k + 1 < len(ws) and ws[k + 1][0].lower() == "of":
            continue  # "at a rate of": what runs at that rate is further back
        # An event noun counts what happened: "Evacuations are continuing
        # at a rate of 2,000 a day" counts people evacuated.
        if _plural_like(low) and (w.islower() or a == first) and not _is_head(w):
            c = _concept(w)
            if c and k == len(ws) - 1 and not body[b:start].strip():
                return None  # "Earthquake injures dozens": a verb; before it is who did it, not what is counted
            if c:
                return low, "people" if c in _PEOPLE_CONCEPTS else "events", c
        # "-ing" words before a number are verbs far more often than
        # nouns ("traffic building up as thousands ...").
        if low.endswith(("ing", "ed")):
            if _verb_of_number(doc, ws, k, c0, start):
                return None
            continue  # "killed 12 people and injured 83": the verb, not the subject
        if _is_head(w) and (w.islower() or w in DEMONYMS or a == first):
            # A singular noun is not what a figure counts ("the victim
            # was 90% burned"): keep it as the subject, but no class.
            counts = _plural_like(low) or low in _COLLECTIVE or w in DEMONYMS
            return _normalise_subject(w), _subject_class(w) if counts else None, _concept(w)
    return None


def _verb_of_number(doc: Doc, ws, k: int, c0: int, start: int) -> bool:
    """Whether ws[k] is the verb that takes the number: "crews evacuated 300"
    (before it is who did it, not what is counted); "destroyed 300 houses and
    damaged 1,200" still shares its object."""
    c = _concept(ws[k][0])
    coordinated = k > 0 and ws[k - 1][0].lower() in ("and", "or", "but")
    return bool(c) and not coordinated and _verb_governs(doc, c0, start, c)
