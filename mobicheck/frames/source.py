"""Source slot: who gives a figure ("according to police", "the ministry
said", "..., said spokesman Dmitry Peskov", "she said" resolved).
"""
from __future__ import annotations

import re

from ..mentions import PronounResolver
from ..text import word_trie
from .clause import _CLAUSE_BREAK
from .dates import _MONTH_RE, _WEEKDAY_RE
from .lexical import _LEX, _PRONOUNS, _SPACES, _may_hold


# Who gives a figure: "according to" names a source after it; the verbs name
# one before them, and some only at the end of their clause ("..., she added").
_SPEECH = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in _LEX.source_phrases)
    + "|" + word_trie(_LEX.source_verbs)
    + "|" + word_trie(_LEX.source_verbs_clause_end) + r"""(?=\s*(?:[,.;:“”"]|that\b|$)))\b"""
)
# The words _SPEECH matches whole (a phrase of one word, a verb; a clause-end verb's lookahead holds at the
# end of the text): what `_SPEECH.fullmatch` says of a single word, as a set look-up (the measure asks
# it of each verb it reads).
_SPEECH_WORDS = frozenset(
    (*(p for p in _LEX.source_phrases if " " not in p), *_LEX.source_verbs, *_LEX.source_verbs_clause_end))
# Every match of _SPEECH holds one of these (its words, a phrase's first): a sentence that holds none is
# not searched.
_SPEECH_NEEDLES = tuple(sorted({*(p.split()[0] for p in _LEX.source_phrases), *_SPEECH_WORDS}))
_SOURCE_TAIL = re.compile(r"\s+(?:that|who|which|and|in\s+a\s+statement)\b.*$")
_LETTER = re.compile(r"[A-Za-z]")


def _attribution(doc, sent, start, end, pronouns: PronounResolver) -> str | None:
    body = doc.body
    s0, s1 = sent
    # "according to" names a source outright; prefer it, then the nearest speech word (the first
    # in the text of two as near). Tried best first, so that the first that names a source is the
    # one: reading the others' sources (a pronoun resolved, say) would be wasted.
    speech = [m for m in doc.memo_span("frames.speech", s0, s1, _speech_in) if not start <= m.start() < end]
    speech.sort(key=lambda m: (0 if m.group().startswith("according") else 1, abs(m.start() - start)))
    for m in speech:
        src = _source_for(body, m, s0, s1, start, end, pronouns)
        if src:
            return src
    return None


def _speech_in(doc, s0, s1) -> list[re.Match]:
    """The words of body[s0:s1] that may name who speaks, read once per sentence."""
    body = doc.body
    out: list[re.Match] = []
    if not _may_hold(body[s0:s1], _SPEECH_NEEDLES):
        return out
    for m in _SPEECH.finditer(body, s0, s1):
        before = doc.words_in(max(s0, m.start() - 20), m.start())
        if before and before[-1][0].lower() in _NOT_SPEECH_AFTER and not m.group().startswith("according"):
            continue  # "the confirmed death toll", "after reports of", "were reported": no one speaks
        if m.group() not in _SAYING and _AT_AFTER.match(body, m.end()):
            continue  # "damage estimated at $54 million": a passive, no one named ("said at a briefing" speaks)
        out.append(m)
    return out


_LEADING_DAY = re.compile(rf"^\s*(?:on\s+)?(?:{_WEEKDAY_RE}|yesterday|today)\b")
_TRAILING_TIME = re.compile(
    rf"""(?:\s+(?:on|in|late|early|from|last|this|earlier)?\s*(?:{_WEEKDAY_RE}|{_MONTH_RE}(?:\s+\d{{1,2}})?|a\s+statement|week|month|year|night|morning|evening|yesterday|today|earlier|later|late|also))+\s*$""",
    re.VERBOSE,
)
# Subordinators open a clause before its subject ("Since Putin announced").
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|while|as|then|also|however|meanwhile|that|which|who|since|when|after|before|because|although"
    r"|though|if|once|said|says|told)\s+)+",
    re.IGNORECASE,
)
_SAYING = _LEX.saying
_AT_AFTER = re.compile(r"\s+at\s+(?!least\b|most\b)")
# A speech word after these is a noun or an adjective ("the confirmed toll",
# "after reports of"), or a passive with no one named ("were reported").
_NOT_SPEECH_AFTER = _LEX.words("counting.yaml", "not_speech_after")
# A source is a noun phrase: auxiliaries mean the "speech verb" was a noun
# ("There have been reports of ...").
_NOT_A_SOURCE = re.compile(r"\b(?:there|have|has|had|been|is|are|was|were|be|will|would|it)\b", re.IGNORECASE)


def _source_for(body, m, s0, s1, start, end, pronouns: PronounResolver) -> str | None:
    verb = m.group()
    if verb.startswith("according"):
        stop = _CLAUSE_BREAK.search(body, m.end(), s1)
        text = body[m.end(): stop.start() if stop else s1]
        return _clean_source(text, m.end(), start, end)
    lo = s0
    for b in _CLAUSE_BREAK.finditer(body, s0, m.start()):
        lo = b.end()
    for inner in _SPEECH.finditer(body, lo, m.start()):
        lo = inner.end()  # "Hutson said aid workers said 12": the nearer speaker gave the figure
    left = body[lo:m.start()]
    left = _TRAILING_TIME.sub("", left)
    src = _clean_source(left, lo, start, end)
    if src:
        return src
    pron = _PERSONAL.fullmatch(left)
    if pron:  # "She said 40 people had died": the person named before
        # "X spoke, which she said killed seven" may point back into its own
        # sentence; "X will send 300 troops, he said" may not (X is reported).
        return pronouns.resolve(lo + pron.start(1), lo + pron.end(1), lo if start > m.start() else None)
    if not left.strip():
        # Inverted order after a quote: "..., said spokesman Dmitry Peskov."
        stop = _CLAUSE_BREAK.search(body, m.end(), s1)
        text = body[m.end(): stop.start() if stop else s1]
        text = _LEADING_DAY.sub("", text)
        return _clean_source(text, m.end(), start, end)
    return None


_PERSONAL = re.compile(r"\s*(?:(?:and|but|so|which|who|that)\s+)?(he|she|they|He|She|They)\s*")
_ADVERBS_ALONE = _LEX.words("counting.yaml", "adverbs_alone")
_AFTER_QUOTE = re.compile(r"^.*['’”\"]\s+(?=[A-Z])")


def _clean_source(text: str, offset: int, start: int, end: int) -> str | None:
    if offset <= start < offset + len(text) or offset < end <= offset + len(text):
        return None  # the "source" holds the number: it is the claim, not who gives it
    text = _SPACES.sub(" ", text).strip(" ,.;:")
    text = _AFTER_QUOTE.sub("", text)  # "'We ran' The Weather Service": a headline before it
    text = _SOURCE_TAIL.sub("", text)
    text = _LEADING_JUNK.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    if text.lower() in _ADVERBS_ALONE:
        return None  # "The agency said earlier that it had counted 12 dead": "earlier" is no one
    words = text.split()
    if not words or len(words) > 8 or text.lower() in _PRONOUNS or text.lower() in ("a", "an", "the") or _NOT_A_SOURCE.search(text):
        return None
    if not _LETTER.search(text):
        return None
    return text
