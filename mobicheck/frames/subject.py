"""Subject slot: what a number counts ("50,000 Russians", "the number of
people detained rose to 1,300", "45% of voters", "$310 million in damage")
and the class of thing it is (people, money, vehicles...).
"""
from __future__ import annotations

import re

from ..doc import Doc, WORD
from ..gazetteer import DEMONYMS, SUBJECT_CLASSES
from ..numbers import CARDINAL_WORDS
from ..text import manner_adverb
from ..words import concept as _concept, singular_forms as _singular_forms
from .dates import _WEEKDAYS
from .lexical import (_COLLECTIVE, _CURRENCY, _MONTHS, _ONE, _PASSIVE_BEFORE, _PAST_VERBS, _PEOPLE_CONCEPTS,
                      _PERCENTISH, _RATE_NOUNS, _STOP, _adjective_like, _first_word_start, _governing, _is_head,
                      _normalise_subject, _plural_like, _subject_class, _verb_governs)
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


def _counted_noun_after(doc: str, start: int, end: int, s1: int, per: str | None):
    """(head word, its end, claim end, per) for the noun a number counts, if adjacent."""
    body = doc.body
    claim_end = pos = end
    pm = _PER.match(body, pos, max(pos, s1))
    if pm:  # the rate words may follow the number directly: "10,000 a day"
        per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
        pos = claim_end = pm.end()
    # The counted noun must be adjacent: only spaces between the words.
    adjacent = []
    prev = pos
    for w, a, b in doc.words_in(pos, min(s1, pos + 80)):
        if body[prev:a].strip():
            break
        adjacent.append((w, a, b))
        prev = b
    head_word = head_end = None
    inside = doc.words_in(max(start, end - 40), end)
    idx = _counted_noun(adjacent, singular_ok=bool(_ONE.search(body, start, end)))
    if inside and inside[-1][2] == end and _is_head(inside[-1][0]) and not _PERCENTISH.search(body, start, end):
        # The caller's span already holds the noun ("50,000 Russians").
        head_word, _, head_end = inside[-1]
    elif idx is not None:
        head_word, _, head_end = adjacent[idx]
    elif adjacent and adjacent[0][0].lower() == "of" and _PERCENTISH.search(body[start:end]):
        # "45% of voters", "tens of thousands of Russians": the noun after "of".
        idx = _counted_noun(adjacent[1:], skip_det=True)
        if idx is not None:
            head_word, _, head_end = adjacent[1 + idx]
    if head_word is None:
        glued = _glued_noun(body, start, end)
        if glued:
            # "a 12-game rematch", "the 350-seat assembly": the figure counts
            # the noun it is glued to, not whatever the clause is about; "a
            # 300-strong force" counts the force.
            head_word, head_end = glued.group(1), glued.end(1)
            if head_word == "strong":
                after = WORD.match(body, glued.end() + 1) if body[glued.end():glued.end() + 1] == " " else None
                head_word, head_end = (after.group(), after.end()) if after else (None, None)
    if head_word is None:
        # A partitive: "30 of the 50 hostages" counts hostages.
        pm = _PARTITIVE.match(body, pos, max(pos, s1))
        if pm:
            ws = doc.words_in(pm.end(), min(s1, pm.end() + 60))
            k = _counted_noun(ws)
            if k is not None and not body[pm.end():ws[k][1]].count(",") :
                head_word, _, head_end = ws[k]
    if head_word:
        claim_end = max(claim_end, head_end)
        pm = _PER.match(body, head_end, max(head_end, s1))
        if pm:  # "10,000 people a day"
            per = per or pm.group("p") or _PER_ADV[pm.group("adv").lower()]
            claim_end = pm.end()
        elif _DISTRIBUTIVE.match(body, head_end, max(head_end, s1)):
            per = per or "each"  # "both teams took 15 penalties each": not the total of 30
    return head_word, head_end, claim_end, per


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


_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those|these|some)\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?=[a-z])")


def _counted_noun(words, skip_det: bool = False, singular_ok: bool = False) -> int | None:
    """Index of the counted noun in the words right after a number, if any.

    `singular_ok` lets an unlisted singular noun count, after "one".
    """
    i = 0
    if skip_det:
        while i < len(words) and words[i][0].lower() in ("the", "its", "their", "all", "those", "these", "other"):
            i += 1
    head = None
    for j in range(i, min(len(words), i + 4)):
        w = words[j][0]
        low = w.lower()
        if low in _STOP or low in _MONTHS or low in _WEEKDAYS:
            break
        if _is_head(w):
            head = j
            # Compound nouns keep the last head: "asylum seekers", "police officers".
            if (
                j + 1 < len(words)
                and not low.endswith("s")
                and _is_head(words[j + 1][0])
                and words[j + 1][0].lower() not in _STOP
            ):
                continue
            break
        if _plural_like(w) and not _adjective_like(w):
            head = j
            break
        if _adjective_like(w) or (w[:1].isupper() and w in DEMONYMS) or manner_adverb(w):
            continue  # "13 fully loaded magazines"
        if w.islower() and j + 1 < len(words) and _is_head(words[j + 1][0]) and words[j + 1][0].islower():
            continue  # a noun modifier before a counted noun: "absentee votes"
        if singular_ok and w.islower() and len(w) > 2:
            head = j
        break
    return head


def _left_subject(doc, c0, start, s0):
    """Subject named before the number: "Arrivals of Russians ... doubled to 10,000"."""
    body = doc.body
    for lo in (c0, s0):
        text = body[lo:start]
        rels = list(_RELATIONAL.finditer(text))
        for m in reversed(rels):
            ws = doc.words_in(lo + m.end(), start)
            idx = _counted_noun(ws)
            rel = m.group("rel").lower()
            if rel == "toll" and _DEATH_BEFORE.search(text[: m.start("rel")]):
                rel = "deaths"
            if idx is None:
                continue
            hw = ws[idx][0]
            np = _normalise_subject(hw)
            cls = _subject_class(hw)
            nxt = ws[idx + 1][0] if idx + 1 < len(ws) else ""
            if nxt.endswith("ed") and _concept(nxt):
                np = f"{np} {nxt.lower()}"
            measure = _concept(rel) if rel not in _COUNT_RELATIONS else (_concept(nxt) if nxt else None)
            if rel in _COUNT_RELATIONS:
                return np, cls, measure
            return f"{rel if rel.endswith('s') else rel + 's'} of {np}", cls, measure
        # Wire copy says "the toll" for the death toll unless it names another.
        if _TOLL.search(text) and not _OTHER_TOLL.search(text):
            return "deaths", "people", "kill"
        if lo != c0:
            break  # a bare noun further back than the clause is a guess
        gov = _governing(doc, c0, start)
        if ((gov in _PAST_VERBS or gov.endswith("ed")) and not _concept(gov) and not _concept(gov, weak=True)
                and not _PASSIVE_BEFORE.search(body, c0, start)):
            # "took 23 into custody": the object of a verb, unnamed; the noun
            # further back is who did it. After "reached", "rose to" the noun
            # before is what the figure measures ("turnout reached 61%").
            break
        ws = doc.words_in(lo, start)
        for k in range(len(ws) - 1, -1, -1):
            w, a, b = ws[k]
            if w.lower() in _STOP:
                continue
            if w.lower() in _RATE_NOUNS and k + 1 < len(ws) and ws[k + 1][0].lower() == "of":
                continue  # "at a rate of": what runs at that rate is further back
            # An event noun counts what happened: "Evacuations are continuing
            # at a rate of 2,000 a day" counts people evacuated.
            if _plural_like(w.lower()) and (w.islower() or a == _first_word_start(body, lo)) and not _is_head(w):
                c = _concept(w)
                if c and k == len(ws) - 1 and not body[b:start].strip():
                    break  # "Earthquake injures dozens": a verb; before it is who did it, not what is counted
                if c and w.lower() not in _STOP:
                    return w.lower(), "people" if c in _PEOPLE_CONCEPTS else "events", c
            # "-ing" words before a number are verbs far more often than
            # nouns ("traffic building up as thousands ...").
            if w.lower().endswith(("ing", "ed")):
                coordinated = k > 0 and ws[k - 1][0].lower() in ("and", "or", "but")
                if _concept(w) and not coordinated and _verb_governs(doc, c0, start, _concept(w)):
                    # "crews evacuated 300": before the verb is who did it, not
                    # what is counted ("destroyed 300 houses and damaged 1,200"
                    # still shares its object).
                    break
                continue  # "killed 12 people and injured 83": the verb, not the subject
            if _is_head(w) and (w.islower() or w in DEMONYMS or a == _first_word_start(body, lo)):
                # A singular noun is not what a figure counts ("the victim
                # was 90% burned"): keep it as the subject, but no class.
                cls = _subject_class(w)
                if not _plural_like(w.lower()) and w.lower() not in _COLLECTIVE and w not in DEMONYMS:
                    cls = None
                return _normalise_subject(w), cls, _concept(w)
    return None, None, None
