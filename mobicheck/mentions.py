"""Mentions of people and institutions: the noun-phrase chunker and pronoun resolution.

Shared by the quote reader (who said a quotation) and frames (who gave a
figure). Pure rules over the Doc's tokens, no model:

- the chunker reads a speaker phrase from tokens, backwards from a cue verb
  ("Defence Minister Sergei Shoigu said") or forwards after one ("said the
  official"), through appositions ("X, a doctor at ..., said"), and splits it
  into name, role, kind (pronoun, name, desc, org) and gender;
- `Context` keeps what a paragraph says about people (subjects of cue verbs,
  sentence subjects, names), read once per article;
- `resolve` finds who a pronoun points back to, paragraph by paragraph from
  the pronoun back, and `PronounResolver` does it for frames' sources.

The words (titles, honorifics, gendered nouns, function words...) are in
lexicon/en/people.yaml and grammar.yaml.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from .doc import MAX_SENTENCE, Doc
from .gazetteer import PLACE_NAMES
from .lexicon import load as _lexicon
from .marks import OPENERS, quote_spans
from .text import abbreviations, manner_adverb, number_sign, word_trie

Token = tuple[str, int, int]

_LEX = _lexicon("en")
MONTHS = _LEX.months
WEEKDAYS = frozenset(_LEX.weekdays)
# Cue verbs and phrases (lexicon/en/speech.yaml); "said X" inverts, "told X"
# does not (X is the listener), so NON_INVERTING cues never take their speaker after them.
CUE_VERBS = _LEX.cue_verbs
CUE_PHRASES = _LEX.cue_phrases
NON_INVERTING = _LEX.non_inverting


def _people(key: str) -> frozenset[str]:
    return _LEX.words("people.yaml", key)


def _grammar(key: str) -> frozenset[str]:
    return _LEX.words("grammar.yaml", key)


TITLES = _people("titles")
HONORIFICS: dict[str, str] = _LEX.map("people.yaml", "honorifics")
ORG_WORDS = _people("org_words")
FEMALE_NOUNS = _people("female_nouns")
MALE_NOUNS = _people("male_nouns")
PLURAL_NOUNS = _people("plural_nouns")
SINGULAR_S = _people("singular_s")
FEMALE_FIRST_NAMES = _people("female_first_names")
# Sentence-initial capitalised plural nouns that are descriptions, not names ("Officials").
GROUP_NOUNS = _people("group_nouns")
# Agent-noun endings let unlisted job words act as titles right before a name
# ("seismologist Hiro Tanaka", "farmer Ama Owusu").
_AGENT_ENDINGS = _LEX.word_list("people.yaml", "agent_endings")

PRONOUNS: dict[str, str] = _LEX.map("grammar.yaml", "pronouns")
DETERMINERS = _grammar("determiners")
FUNCTION_WORDS = _grammar("function_words")
IRREGULAR_PAST = _grammar("irregular_past")
# Words that end a noun phrase when reading it forwards.
_NP_STOP = FUNCTION_WORDS - DETERMINERS - {"of"} | CUE_VERBS | {"named", "called"}
ADVERBS = _grammar("adverbs") | WEEKDAYS
_BE = _grammar("be")
_AUXILIARY = _grammar("modals") | _grammar("have")
TIME_NOUNS = _grammar("time_nouns") | WEEKDAYS
_TIME_OPENERS = _grammar("time_openers")
_PARTICLES = _grammar("name_particles")
_PERSON_RELATIVES = _grammar("person_relatives")
_APPOSITION_LISTS = _grammar("apposition_lists")
_RELATIVE = _grammar("relative")
# Asides between a subject and its verb that are no apposition: "X,
# speaking to reporters, said", "X, asked about the delay, said", "X, 54,
# said", "X, in a statement, said".
_ASIDE_STARTS = _grammar("aside_starts")
# Words that may follow an inverted speaker description ("said the official
# on Tuesday", "said the spokesman in a statement") but not a reported
# clause's subject, which a verb follows ("said the count raised ...").
_AFTER_INVERTED = _grammar("after_inverted")
# "one of the men", "some of the residents"
_PARTITIVES = _grammar("partitives")
_ABBREV = abbreviations(_LEX)

_CUE_WORDS = (
    r"""
    (?<![\w\-’'])                    # whole word; "so-called" is no cue
    (?: """
    + word_trie(CUE_PHRASES)
    + r"""
      | """
    + word_trie(_LEX.as_cue_stems)
    + r"""\w*\s+as\b                   # "dismissed as": the object comes later
      | """
    + word_trie(CUE_VERBS)  # hundreds of verbs: a trie, or every position tries each
    + r"""
    )
    (?![\w\-])
    """
)
CUE = re.compile(_CUE_WORDS, re.VERBOSE | re.IGNORECASE)
# The same words (all lower case) matched case-sensitively, in the body lower-cased (`Context.cues`):
# under IGNORECASE each letter of the trie is an opcode `re` enters at every word, where a plain
# letter that does not fit is skipped in C; 2.5 times faster on news text.
_CUE_LOWER = re.compile(_CUE_WORDS, re.VERBOSE)
# The only characters whose lower case IGNORECASE does not match as it matches the character:
# "İ" lowers to two characters, "ı" and "ſ" stay themselves but match "i" and "s" (every other
# character of Unicode lowers to one that `_CUE_LOWER` reads as CUE reads it: a test checks).
_FOLDS_APART = "İıſ"
_UNREAD = object()  # a memo slot not read yet

# A sentence ends at . ! ? (and any closing marks) before space and a
# character that can start a sentence.
SENT_END = re.compile(r"""[.!?]+["”’»)\]]*(?=\s+[^\sa-z,;])""")


@dataclass
class NP:
    """A speaker mention as found, before pronoun resolution."""

    text: str
    span: tuple[int, int]
    kind: str  # pronoun | name | desc | org
    gender: str  # m | f | u | pl | org
    role: str | None = None
    phrase_start: int = -1  # where the whole phrase ("a man named ...") starts


def is_cap(tok: str) -> bool:
    # "Will" capitalised is also a first name ("Will wrote"); as a modal it
    # opens only questions, which name no speaker
    return tok[:1].isupper() and (tok.lower() not in FUNCTION_WORDS or tok == "Will")


def is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _head_gender(word: str) -> str:
    w = word.lower()
    if w in FEMALE_NOUNS:
        return "f"
    if w in MALE_NOUNS:
        return "m"
    if w in PLURAL_NOUNS or (w.endswith("s") and w not in SINGULAR_S and not w.endswith("ss")):
        return "pl"
    return "u"


def make_np(body: str, toks: list[tuple[str, int, int]]) -> NP | None:
    """Build a speaker from the tokens of one noun phrase (role split off)."""
    np = _make_np_inner(body, toks)
    if np is not None and toks:
        np.phrase_start = toks[0][1]
    return np


def _make_np_inner(body: str, toks: list[Token]) -> NP | None:
    while toks and not is_word(toks[-1][0]):
        toks = toks[:-1]
    while toks and not is_word(toks[0][0]):
        toks = toks[1:]
    if not toks:
        return None
    words = [t[0] for t in toks]
    low = [w.lower() for w in words]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return NP(words[0], (toks[0][1], toks[0][2]), "pronoun", PRONOUNS[low[0]])
    return (_named_np(body, toks, words, low) or _org_np(body, toks, words, low)
            or _name_run_np(body, toks, words, low) or _desc_np(body, toks, words, low))


def _named_np(body: str, toks: list[Token], words: list[str], low: list[str]) -> NP | None:
    """"a man named Dmitri" -> Dmitri"""
    for k, w in enumerate(low):
        if w in ("named", "called") and k + 1 < len(toks) and is_cap(words[k + 1]):
            rest = [t for t in toks[k + 1:] if is_cap(t[0]) or t[0].lower() in _PARTICLES]
            head = _head_gender(words[k - 1]) if k else "u"
            return NP(_join(body, rest), (rest[0][1], rest[-1][2]), "name", head if head in "mf" else "u")
    return None


def _org_np(body: str, toks: list[Token], words: list[str], low: list[str]) -> NP | None:
    """Organisation: a run whose last word is an institution ("the Kremlin",
    "Russia's Defense Ministry", "Ministry of Defence")."""
    if any(w in ORG_WORDS for w in low) and is_cap(words[-1]) or low[-1] in ORG_WORDS and low[0] in DETERMINERS:
        if low[-1] in ORG_WORDS or (len(low) >= 3 and low[-2] == "of" and low[-3] in ORG_WORDS):
            text = _join(body, toks)
            if low[0] in DETERMINERS:
                text = low[0] + text[len(words[0]):]
            return NP(text, (toks[0][1], toks[-1][2]), "org", "org")
    return None


def _name_run_np(body: str, toks: list[Token], words: list[str], low: list[str]) -> NP | None:
    """A trailing name run (capitalised words, initials, particles), with the
    role and gender the words before it give."""
    k = _name_run_start(words, low)
    if k >= len(toks) or (k > 0 and low[k - 1] in ("in", "at", "from")):  # "woman in Qeshm": a place
        return None
    if k == len(toks) - 1 and manner_adverb(low[k]):
        return None  # a capitalised adverb opening a sentence ("Internally, ...") is no name
    person = _person_of_place(body, toks, words, low, k)
    if person is not None:
        return person
    while len(toks) - k >= 2 and len(low[k]) > 4 and low[k].endswith("ing") and words[k][1:].islower():
        k += 1  # a participle opening a sentence or a headline: "Debating Clinton", "Celebrating Hillary Clinton"
    if k >= 2 and len(toks) - k >= 2 and low[k - 1] == "of" and titleish(words[k - 2]):
        # "Secretary of State John Kerry": the title's object takes a word at least, the name its last two
        k = max(k + 1, len(toks) - 2)
    name = toks[k:]
    gender = _gender_before(low[:k])
    if gender == "u" and low[k] in FEMALE_FIRST_NAMES:
        gender = "f"
    role = _role_of(body, toks[:k])
    if len(name) == 1 and not role and k == 0 and low[k] in GROUP_NOUNS:
        return None  # a capitalised common noun at a sentence start: "Officials"
    if k == 1 and low[0] == "the" and gender == "u":
        # "the National Grid", "the Red Cross": people take no article
        return NP("the " + _join(body, name), (toks[0][1], name[-1][2]), "org", "org")
    return NP(_join(body, name), (name[0][1], name[-1][2]), "name", gender, role)


def _person_of_place(body: str, toks: list[Token], words: list[str], low: list[str], k: int) -> NP | None:
    """In "Herbert Flynn of Fort Coffee" the person, not where they are from."""
    if k >= 2 and low[k - 1] == "of" and is_cap(words[k - 2]) and low[k - 2].rstrip(".") not in TITLES:
        before = _name_run_np(body, toks[:k - 1], words[:k - 1], low[:k - 1])
        if before is not None and before.kind == "name":
            return before
    return None


def _role_of(body: str, toks: list[Token]) -> str | None:
    """The role the words before a name give: only titles make one ("44-year-old" does not)."""
    role_toks = [t for t in toks if t[0].lower() not in HONORIFICS]
    if role_toks and role_toks[0][0].lower() in DETERMINERS:
        role_toks = role_toks[1:]
    return _join(body, role_toks) if any(titleish(t[0]) for t in role_toks) else None


def _name_run_start(words: list[str], low: list[str]) -> int:
    """Where the trailing run of capitalised words, initials and particles starts (no title, no honorific)."""
    k = len(words)
    while k > 0 and (
        (is_cap(words[k - 1]) and low[k - 1].rstrip(".") not in TITLES and low[k - 1] not in HONORIFICS)
        or (low[k - 1] in _PARTICLES and k < len(words))
    ):
        k -= 1
    while k < len(words) and low[k] in _PARTICLES:
        k += 1
    return k


def _gender_before(before: list[str]) -> str:
    """The gender told by the words before a name: the last honorific or gendered noun."""
    gender = "u"
    for w in before:
        if w in HONORIFICS:
            gender = HONORIFICS[w]
        elif w in FEMALE_NOUNS:
            gender = "f"
        elif w in MALE_NOUNS:
            gender = "m"
    return gender


def _desc_np(body: str, toks: list[Token], words: list[str], low: list[str]) -> NP:
    """A description: "the woman", "one of the men", "Several analysts"."""
    text = _join(body, toks)
    if low[0] in DETERMINERS or low[0] == "one":
        text = low[0] + text[len(words[0]):]
    preps = [x for x in range(1, len(low)) if low[x] in ("of", "in", "at", "from")]
    head = words[preps[0] - 1] if preps and low[0] not in ("one", "each") else words[-1]
    gender = _head_gender(head)
    if low[0] in ("one", "a", "an", "another", "each") and gender == "pl":
        gender = "m" if low[-1] == "men" else "f" if low[-1] == "women" else "u"
    if low[-1] in TITLES and gender != "pl":
        gender = "f" if low[-1] in FEMALE_NOUNS else "m" if low[-1] in MALE_NOUNS else "u"
    return NP(text, (toks[0][1], toks[-1][2]), "desc", gender)


def _join(body: str, toks: list[tuple[str, int, int]]) -> str:
    return " ".join(body[toks[0][1]:toks[-1][2]].split())


def np_backward(body: str, toks: list[tuple[str, int, int]]) -> NP | None:
    """The noun phrase that ends `toks` (the words right before a cue verb)."""
    toks = _strip_adverbials(toks)
    if not toks:
        return None
    last = toks[-1][0]
    low = last.lower()
    if low in PRONOUNS:
        return make_np(body, toks[-1:])
    if last == ",":
        return _np_apposition(body, toks)
    if not is_word(last):
        return None
    k = _phrase_start(toks)
    np_toks = toks[k:]
    # A description needs its determiner within reach ("the woman"); a bare
    # lower-case word before a cue is usually a verb or object ("burned and
    # screamed"), so fall back to the subject at the start of the clause.
    if np_toks and not any(is_cap(t[0]) for t in np_toks) and np_toks[0][0].lower() not in DETERMINERS and np_toks[0][0].lower() != "one" and np_toks[-1][0].lower() not in GROUP_NOUNS:
        np_toks = []
    # "one of the men": the walk stopped at "the"; take "one of" too.
    if np_toks and k >= 2 and toks[k - 1][0].lower() == "of" and toks[k - 2][0].lower() in _PARTITIVES | {"two", "three"}:
        np_toks = toks[k - 2:]
    if np_toks:
        return _unclosed_apposition(body, toks, k) or make_np(body, np_toks)
    return _clause_subject(body, toks)


def _unclosed_apposition(body: str, toks: list[Token], k: int) -> NP | None:
    """The name an apposition without its closing comma describes: "Elena
    Varga, a lawyer who chairs the commission said" (not "the commission"),
    "Tom Hale, 45, a retired teacher said". Only when what stands before the
    comma is a name and nothing else, so "Ruiz attacked Hale, the senator
    said" stays the senator's, and "Clinton, a top aide said, ..." the aide's."""
    rel = next((j for j in range(k - 1, -1, -1) if toks[j][0] == "," or toks[j][0].lower() in _RELATIVE), None)
    relative = rel is not None and toks[rel][0] != "," and rel > 0
    if relative:
        k = _phrase_start(toks[:rel])  # the head of the relative clause: "a lawyer who chairs ..."
        if k >= rel:
            return None
    if k < 2 or toks[k - 1][0] != "," or toks[k][0].lower() not in DETERMINERS:
        return None
    chain = _np_apposition(body, toks[:k])
    if chain is None or chain.kind != "name":
        return None
    start = next(j for j, t in enumerate(toks) if t[1] >= chain.phrase_start)
    end = next((j for j, t in enumerate(toks) if t[1] >= chain.span[1]), len(toks))
    whole = toks[end][0] == "," and (start == 0 or toks[start - 1][0] in ",;:")
    # "Clinton, a top aide said, “is confident”": a lone description after a
    # name may be the speaker of a parenthetical; with a relative clause or an
    # age between ("Hale, 45, a teacher said") it is the name's apposition
    return chain if whole and (relative or sum(t[0] == "," for t in toks[start:k]) >= 2) else None


def _phrase_start(toks: list[Token]) -> int:
    """Where the speaker phrase ending `toks` starts: walk back over words
    that can belong to it, at most 12."""
    k = len(toks)
    in_role = False  # a title was taken: its lower-case modifiers may follow
    while k > 0 and len(toks) - k < 12:
        step = _back_step(toks, k, in_role)
        if step is None:
            break
        k, in_role, done = step
        if done:
            break
    return k


def _back_step(toks: list[Token], k: int, in_role: bool) -> tuple[int, bool, bool] | None:
    """One step of `_phrase_start` over toks[k - 1]: (new k, in a role, stop
    after this step), or None when the word is not part of the phrase."""
    w = toks[k - 1][0]
    wl = w.lower()
    nxt_cap = k < len(toks) and is_cap(toks[k][0])
    if is_cap(w) or wl.rstrip(".") in TITLES or wl in HONORIFICS:
        return k - 1, in_role or wl.rstrip(".") in TITLES, False
    if k < len(toks) and titleish(w) and (nxt_cap or titleish(toks[k][0])):
        return k - 1, True, False
    if in_role and w.isalpha() and w.islower() and wl not in _NP_STOP and not manner_adverb(w):
        return k - 1, in_role, False  # "national disaster agency spokesman"
    return _back_step_lower(toks, k, in_role)


def _back_step_lower(toks: list[Token], k: int, in_role: bool) -> tuple[int, bool, bool] | None:
    """`_back_step` over a lower-case word that is no title: a preposition,
    particle or determiner inside the phrase, or a modifier after one."""
    w = toks[k - 1][0]
    wl = w.lower()
    nxt_cap = k < len(toks) and is_cap(toks[k][0])
    if wl in ("in", "at", "from") and nxt_cap and k >= 2 and _place_of_person(toks, k):
        return k - 1, in_role, False  # "one woman in Qeshm"
    if (wl in _PARTICLES or wl in ("named", "called")) and nxt_cap:
        return k - 1, in_role, False  # "Ursula von der Leyen", "a man named Dmitri"
    if wl in ("of", "for") and k < len(toks) and k >= 2 and _role_before(toks, k - 2):
        return k - 1, in_role, False  # "Minister of Defence", "co-ordinator for ..."
    if wl in DETERMINERS or wl == "one":
        # "Residents of the valley", "one of the men": the head comes
        # before "of", so keep walking.
        if k >= 3 and toks[k - 2][0].lower() == "of" and is_word(toks[k - 3][0]) and (
            toks[k - 3][0].lower() not in _NP_STOP or toks[k - 3][0].lower() in _PARTITIVES
        ):
            return k - 3, in_role, False
        return k - 1, in_role, True
    if _verb_before_cue(toks, k):
        return None
    if is_word(w) and wl not in _NP_STOP and not w[0].isdigit() and _lower_ok(toks, k - 1):
        return k - 1, in_role, False
    return None


def _verb_before_cue(toks: list[Token], k: int) -> bool:
    """toks[k - 1], the word right before the cue, is a past verb after its
    subject: "The senator ignored claims"; not "the retired teacher"."""
    return k == len(toks) and k >= 2 and past_form(toks[k - 1][0].lower()) and toks[k - 2][0].lower() not in DETERMINERS


def _role_before(toks: list[Token], i: int) -> bool:
    return is_cap(toks[i][0]) or toks[i][0].lower() in TITLES or _is_role_word(toks, i)


def _place_of_person(toks: list[Token], k: int) -> bool:
    """toks[k - 1] is "in"/"at"/"from" after a word of a description: "one woman in Qeshm"."""
    return is_word(toks[k - 2][0]) and toks[k - 2][0].lower() not in _NP_STOP and _lower_ok(toks, k - 2)


def _is_role_word(toks, i: int) -> bool:
    return 0 <= i < len(toks) and titleish(toks[i][0])


def titleish(word: str) -> bool:
    if "-" in word.strip("-"):  # "co-founder", "vice-chair", "ex-minister": the head decides
        word = word.rstrip("-").rsplit("-", 1)[1]
    w = word.lower().rstrip(".")
    if w in TITLES:
        return True
    return (
        len(w) > 4 and word.isalpha() and word.islower() and w.endswith(_AGENT_ENDINGS)
        and w not in FUNCTION_WORDS and w not in ADVERBS and w not in CUE_VERBS
    )


def _lower_ok(toks, i: int) -> bool:
    """A lower-case word may sit in a speaker phrase when a determiner or a
    title comes within a few words before it ("the new arrival",
    "co-ordinator for strategic communications"), or a capitalised word
    within two, no verb between ("Union leaders")."""
    for j in range(i - 1, max(-1, i - 5), -1):
        w = toks[j][0].lower()
        if w in DETERMINERS or w == "one" or w in TITLES:
            return True
        if is_cap(toks[j][0]) and i - j <= 2 and not any(
                past_form(t[0].lower()) or t[0].lower().endswith("ing") for t in toks[j + 1:i + 1]):
            return True  # a capitalised modifier: "Union leaders", "Clinton campaign aides"
        if not is_word(toks[j][0]) or (w in _NP_STOP and w not in ("for", "of")):
            return False
    return False


def _strip_adverbials(toks):
    toks = list(toks)
    while toks:
        w = toks[-1][0].lower()
        if (w in ADVERBS and toks[-1][0] != "Will") or w in _BE or manner_adverb(toks[-1][0]):
            if w in TIME_NOUNS and len(toks) >= 2 and toks[-2][0].lower() in _TIME_OPENERS:
                toks = toks[:-2]
            else:
                toks = toks[:-1]
        elif w == "ago":  # "The ministry less than a month ago said"
            k = len(toks) - 1
            while k > max(0, len(toks) - 6) and (toks[k - 1][0][:1].islower() or toks[k - 1][0][:1].isdigit()):
                k -= 1
            toks = toks[:k]
        elif w in TIME_NOUNS and len(toks) >= 2 and toks[-2][0].lower() in _TIME_OPENERS | {"earlier", "late"}:
            toks = toks[:-2]
            if toks and toks[-1][0].lower() in ("earlier", "later"):
                toks = toks[:-1]
        elif w in (")", ",") and _party_tag(toks):
            toks = toks[:_party_tag(toks)]
        elif w == "," and len(toks) >= 4 and toks[-3][0] == "," and (
                toks[-2][0].lower() in ADVERBS or manner_adverb(toks[-2][0])):
            toks = toks[:-3]  # a sentence adverb set off by commas: "The two senators, however, said"
        else:
            break
    return toks


def _party_tag(toks) -> int:
    """Where a party-and-state tag after a name starts, 0 when `toks` end in
    none: "Sen. Chuck Schumer (D-N.Y.) said", "Rep. Ann Roe (R) said"."""
    if toks[-1][0] == ",":  # "Gov. John Kasich (R-OH), said"
        toks = toks[:-1]
    if not toks or toks[-1][0] != ")":
        return 0
    k = next((j for j in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if toks[j][0] == "("), None)
    if k is None or k == 0 or not is_cap(toks[k - 1][0]) or not _PARTY_TAG.match(toks[k + 1][0]):
        return 0
    return k


# "D", "R-Fla", "I-Vt": a party's letter, then a state
_PARTY_TAG = re.compile(r"[DRI](?:-[A-Z][\w.]*)?$")


def _aside(chunk) -> bool:
    w = chunk[0][0]
    wl = w.lower()
    if (len(chunk) == 1 and w.isdigit()) or wl in _ASIDE_STARTS:
        return True
    if wl in _APPOSITION_LISTS:
        return False
    # a participle opens a clause: "speaking ...", "asked ...", "pressed ...",
    # capitalised at the start of the sentence ("Appearing before ...", not "Manning")
    lower = w.islower() or (w[:1].isupper() and w[1:].islower() and len(chunk) > 1 and chunk[1][0].islower())
    return lower and len(wl) > 4 and (wl.endswith("ing") or wl.endswith("ed") or wl in IRREGULAR_PAST) and wl not in _NP_STOP - CUE_VERBS


def _np_apposition(body: str, toks) -> NP | None:
    """`X, who ..., said` / `X, a doctor at ..., Y district, told` /
    `Several analysts, including Y, said`.

    Reads the comma-separated chunks back from the cue while they parse as
    noun phrases (relative clauses are skipped); the leftmost name of that
    chain is the speaker, descriptions being its appositions.
    """
    bounds = [x for x, t in enumerate(toks) if t[0] == ","]
    chain: list[NP] = []
    hi = len(toks) - 1  # the final comma
    for b in reversed([-1] + bounds[:-1]):
        chunk = toks[b + 1:hi]
        hi = b
        if not chunk:
            break
        first = chunk[0][0].lower()
        if first in _RELATIVE or _aside(chunk):
            continue
        if first in _APPOSITION_LISTS:
            listed = _listed_name(body, chunk)
            if listed:
                chain.append(listed)
            continue
        np = np_forward(body, chunk, 0)
        if np is None or np.kind == "pronoun":
            if b == -1 or not chain:
                # the head may sit at the end of a longer clause
                np = np_backward(body, chunk)
            if np is None:
                break
            chain.append(np)
            break
        chain.append(np)
        if len(chain) >= 4:
            break
    if not chain:
        return None
    head = chain[-1]
    names = [np for np in chain if np.kind == "name"]
    best = names[-1] if names else head
    best.phrase_start = min(np.phrase_start if np.phrase_start >= 0 else np.span[0] for np in chain)
    return best


def _listed_name(body: str, chunk: list[Token]) -> NP | None:
    """The name a list of examples gives: "including Dr Y"."""
    k = 1
    while k < len(chunk) and not is_cap(chunk[k][0]) and not titleish(chunk[k][0]):
        k += 1
    listed = np_forward(body, chunk, k) if k < len(chunk) else None
    return listed if listed and listed.kind == "name" else None


def np_forward(body: str, toks, i: int) -> NP | None:
    """The noun phrase starting at toks[i] (a speaker after "said")."""
    while i < len(toks) and toks[i][0].lower() in ("by",):
        i += 1
    if i >= len(toks):
        return None
    first = toks[i][0].lower()
    if first in PRONOUNS:
        return make_np(body, toks[i:i + 1])
    j = _phrase_end(toks, i)
    # stop a lower-case tail after a name: "Peskov on state TV" was cut at
    # "on"; "Smith yesterday" at the adverb
    np_toks = toks[i:j]
    while np_toks and (np_toks[-1][0].lower() in ADVERBS or manner_adverb(np_toks[-1][0])):
        np_toks = np_toks[:-1]
    if np_toks and np_toks[-1][0].lower() == "of":
        np_toks = np_toks[:-1]
    if not np_toks:
        return None
    np = make_np(body, np_toks)
    # "another new arrival, 44-year-old Sergei, who ..." -> Sergei
    if np and np.kind == "desc" and j < len(toks) and toks[j][0] == ",":
        app = np_forward(body, toks, j + 1)
        if app and app.kind == "name":
            return app
    return np


def _phrase_end(toks: list[Token], i: int) -> int:
    """Where the noun phrase starting at toks[i] ends: at a verb or a function
    word, at most 12 tokens on."""
    j = i
    while j < len(toks) and j - i < 12:
        w = toks[j][0]
        wl = w.lower()
        if j > i and not is_cap(w) and (past_form(wl) or wl in _BE or _present_verb(toks, j)) and not _adjective_ed(toks, j):
            break  # a verb: the subject ended before it
        if _forward_word(w, wl, j > i):
            j += 1  # capitalised words stay in ("United States" is no cue)
        elif wl in ("named", "called") and j + 1 < len(toks) and is_cap(toks[j + 1][0]):
            j += 2
            while j < len(toks) and (is_cap(toks[j][0]) or toks[j][0].lower() in _PARTICLES):
                j += 1
            break
        elif w == "." and j > i and toks[j - 1][0] == "No" and j + 1 < len(toks) and toks[j + 1][0][:1].isdigit():
            j += 2  # the number sign and its figure: "the No. 2 Republican" (split into words)
        else:
            step = _phrase_link(toks, i, j, wl)
            if not step:
                break
            j += step
    return j


def _adjective_ed(toks: list[Token], j: int) -> bool:
    """toks[j], a word in -ed between "a"/"one" and a noun, is an adjective:
    "one unaligned strategist", "a retired teacher" (not "One warned that")."""
    wl = toks[j][0].lower()
    return (wl.endswith("ed") and wl not in IRREGULAR_PAST and toks[j - 1][0].lower() in _ADJECTIVE_SLOT
            and j + 1 < len(toks) and is_word(toks[j + 1][0]) and toks[j + 1][0].lower() not in FUNCTION_WORDS)


_ADJECTIVE_SLOT = frozenset(("a", "an", "one"))


def _present_verb(toks: list[Token], j: int) -> bool:
    """toks[j] is a verb in -s with its object after it: "the ad targets a
    system", "Roe lobbies for a wage" is cut at "lobbies" only when an
    article or a possessive follows ("the ad targets a ..."), as a plural
    noun seldom stands right before one."""
    w = toks[j][0]
    return (j + 1 < len(toks) and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w.isalpha()
            and w.lower() not in GROUP_NOUNS and toks[j + 1][0].lower() in _OBJECT_OPENERS)


# What opens a verb's object: articles and possessives (not "that", "this" or
# numbers, which follow plural nouns too: "remarks that ...", "polls this week")
_OBJECT_OPENERS = _grammar("object_openers")


def _phrase_link(toks: list[Token], i: int, j: int, wl: str) -> int:
    """How many tokens a function word at toks[j] carries the phrase on (0: it ends there)."""
    if wl == "of" and j + 1 < len(toks) and j > i:
        return 2 if j + 2 < len(toks) and toks[j + 1][0].lower() in DETERMINERS else 1  # "one of the rebel leaders"
    if j == i and (wl in DETERMINERS or wl == "one") and wl != "that":
        return 1
    if wl == "and" and j > i and j + 1 < len(toks) and titleish(toks[j - 1][0]) and titleish(toks[j + 1][0]):
        return 1  # two titles of one person: "Acme president and chief executive Dana Holt"
    return 0


def _forward_word(w: str, wl: str, inside: bool) -> bool:
    """A word a noun phrase read forwards takes: a dash, a capitalised word (a
    cue only inside the phrase: "United States"), a content word."""
    if w == "-" or (is_cap(w) and (inside or wl not in CUE_VERBS)):
        return True
    return is_word(w) and wl not in _NP_STOP and not (inside and wl in DETERMINERS)


def _clause_subject(body: str, toks) -> NP | None:
    """Subject at the start of the clause that `toks` ends in (coordination:
    "the victim was 90% burned and screamed")."""
    if not any(t[0].lower() == "and" for t in toks[-8:]):
        return None
    j = len(toks) - 1
    while True:
        while j >= 0 and (toks[j][0] not in ",;:" or _in_number(toks, j)) and toks[j][0].lower() not in CUE_VERBS and (
                toks[j][0].lower() != "that"):
            j -= 1
        if j > 0 and toks[j][0].lower() in CUE_VERBS and _object_only(body, toks, j + 1) and not (
                toks[j - 1][0].lower() in DETERMINERS or toks[j - 1][0].endswith(("’s", "'s"))):
            # two verbs of one subject: "Roe slammed the plan as a giveaway and
            # accused ...": what follows the first verb is its object, not a
            # reported clause ("said the victim was burned and screamed"), nor
            # is a participle after a determiner a verb ("Roe’s proposed wall")
            return np_backward(body, toks[:j])
        if j < 0 or toks[j][0] != "," or not _past_verb(toks[j + 1][0] if j + 1 < len(toks) else ""):
            return np_forward(body, toks, j + 1)
        j -= 1  # "he looked up, furrowed his brow and said": a list of verbs, the subject is before it


def _in_number(toks, j: int) -> bool:
    """toks[j] is the comma of a number: "2,000 supporters"."""
    return 0 < j < len(toks) - 1 and toks[j][0] == "," and toks[j - 1][0].isdigit() and toks[j + 1][0].isdigit() and (
        toks[j][1] == toks[j - 1][2] and toks[j + 1][1] == toks[j][2])


def _object_only(body: str, toks, i: int) -> bool:
    """toks[i:] (up to the final "and") are a noun phrase and its modifiers,
    no clause: no verb after the phrase."""
    np = np_forward(body, toks, i)
    if np is None:
        return False
    rest = [t[0] for t in toks[i:-1] if t[1] >= np.span[1]]
    return not any(w.islower() and (past_form(w) or w in _BE or w in _AUXILIARY) for w in rest)


def _past_verb(w: str) -> bool:
    return w.islower() and past_form(w)


def past_form(wl: str) -> bool:
    """A lower-case word shaped like a past tense or participle: irregular ("said", "took"), or "-ed",
    four letters when a stem of three in -e takes "-d" ("used", "died", "owed"; not "need", "feed")."""
    return wl in IRREGULAR_PAST or (wl.endswith("ed") and (len(wl) > 4 or (len(wl) == 4 and wl[1] != "e")))


# --------------------------------------------------------------------------
# Step 2: attribution
# --------------------------------------------------------------------------


class Context:
    """What one article says about people, read once and shared by all its
    quotes and pronouns: paragraphs, quote spans and sentence ends from the
    Doc, and per paragraph the subjects of cue verbs and of sentences (memoised)."""

    def __init__(self, doc: Doc, title_end: int = 0):
        self.doc = doc
        self.body = doc.body
        self.paras = doc.paragraphs
        self.title_end = title_end  # where the article's title, repeated at the start of the text, ends
        self.first_line_end = short_first_line(doc)
        self.para_starts = [s for s, _ in self.paras]
        self.spans = quote_spans(doc)
        self.open_marks = [o for _, _, o, _ in self.spans]
        # per paragraph, read as far as the pronouns so far asked (see `mentions` and `subjects`)
        self._cues: dict[int, list[list]] = {}
        self._openers: dict[int, list[list]] = {}
        self._name_runs: dict[int, tuple[list[tuple[int, NP]], int]] = {}
        self._genders: dict[str, str] = {}
        self._before: dict[str, list[str]] = {}

    @cached_property
    def _ends(self) -> _SentenceEnds:
        # Read when a sentence is first asked for: two articles in three quote no one (ECB+ dev).
        return self.doc.memo("quote_sentence_ends", _SentenceEnds)

    def tokens(self, lo: int, hi: int) -> list[Token]:
        return self.doc.tokens_in(lo, hi)

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.open_marks, pos) - 1
        return i >= 0 and pos < self.spans[i][3]

    def cues(self, lo: int, hi: int) -> Iterator[re.Match]:
        """The matches of CUE.finditer(body, lo, hi), found in the body lower-cased (once per Doc) where
        that reads the same; each is CUE's own match at the place, its text as written."""
        low = self.doc.memo("mentions.lower_body", _lower_body)
        if low is None:
            return CUE.finditer(self.body, lo, hi)
        return (CUE.match(self.body, m.start(), hi) for m in _CUE_LOWER.finditer(low, lo, hi))

    def sentence_start(self, lo: int, pos: int) -> int:
        """Start of the sentence containing `pos`, not before `lo` (nor MAX_SENTENCE characters back);
        only ends within 600 characters are looked for; sentence ends inside quotes do not count, but a stop
        the closing mark follows does ("... was “a liar.” However, he ...")."""
        ends = self._ends
        lo2 = max(lo, pos - 600)
        # No end in reach: the sentence starts at `lo`, but never more than a Doc sentence back, so
        # a paragraph of abbreviations ("Mr. Mr. Mr. ...") costs each quote a window, not the paragraph.
        start = max(lo, pos - MAX_SENTENCE)
        k = bisect_right(ends.ends, pos) - 1
        while k >= 0 and ends.starts[k] >= lo2:
            # the next sentence's first character must be seen by `pos` (often the mark)
            if ends.next[k] < pos + 2 and not ends.abbrev(k) and not self.in_quote(ends.ends[k]):
                start = ends.ends[k]
                break
            k -= 1
        body = self.body
        while start < pos and body[start].isspace():
            start += 1
        return start

    def sentence_end(self, pos: int, hi: int) -> int:
        """End of the first sentence ending from `pos` on whose next sentence starts before `hi`; else `hi`
        (at most MAX_SENTENCE characters on)."""
        ends = self._ends
        hi = min(hi, pos + MAX_SENTENCE)  # as in sentence_start: a window, not the rest of the paragraph
        k = bisect_right(ends.starts, pos - 1)
        while k < len(ends.starts) and ends.starts[k] < hi:
            if ends.next[k] < hi and not ends.abbrev(k):
                return ends.ends[k]
            k += 1
        return hi

    def sentence_starts(self, lo: int, hi: int) -> list[int]:
        """Where each sentence of body[lo:hi] starts outside quotes (abbreviations not told apart)."""
        ends = self._ends
        out = [lo]
        k = bisect_right(ends.starts, lo - 1)
        while k < len(ends.starts) and ends.starts[k] < hi:
            if ends.next[k] < hi and not self.in_quote(ends.ends[k]):
                out.append(ends.ends[k])
            k += 1
        return out

    def headline(self, para: int) -> bool:
        """The article's title repeated as its first paragraph, or a title-case
        paragraph with no full stop ("Lindsay Lohan Checks Into Rehab"): its
        capitalised words are no names, its subject no speaker, its quotes
        no quotations (a headline's words are the outlet's, not a source's)."""
        s, e = self.paras[para]
        if e <= self.title_end:
            return True
        text = self.body[s:e].rstrip("”’\"' ")
        if e - s > 200 or text.endswith((".", "!", "?", ":")):
            return False
        words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
        return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def mentions(self, para: int, before: int) -> list[tuple[int, NP]]:
        """Subjects of cue verbs in a paragraph, outside quotes, those starting
        before `before`: the speakers a pronoun there may point back to. A
        cue's subject starts in the cue's sentence, so it is read when a
        pronoun after that sentence's start first asks (memoised): a pronoun
        early in a long paragraph reads none of the cues after it."""
        got = []
        for cue in self._paragraph_cues(para):
            if cue[1] < before:
                if cue[2] is _UNREAD:
                    cue[2] = self._cue_subject(para, cue[0], cue[1])
                if cue[2] is not None and cue[2].span[0] < before:
                    got.append((cue[2].span[0], cue[2]))
        return got

    def _paragraph_cues(self, para: int) -> list[list]:
        """The cue verbs of a paragraph outside quotes that may have a speaker
        as subject, each as [match, its sentence's start, its subject or
        _UNREAD] (memoised)."""
        got = self._cues.get(para)
        if got is not None:
            return got
        got = self._cues[para] = []
        if self.headline(para):
            return got
        s, e = self.paras[para]
        for m in self.cues(s, e):
            if self.in_quote(m.start()) or m.group().lower() == "according to":
                continue
            if not cue_ok(self.body, m.start(), m.end()):
                continue
            if m.group().lower().endswith("ing") and not _be_before(self.body, m.start()):
                continue  # a participle's subject is the main verb's, found there
            got.append([m, self.sentence_start(s, m.start()), _UNREAD])
        return got

    def _cue_subject(self, para: int, m: re.Match, lo: int) -> NP | None:
        """The subject of the cue `m` whose sentence starts at `lo`, no pronoun."""
        s, e = self.paras[para]
        np = None
        before = self.body[max(s, m.start() - 3):m.start()].rstrip()
        if before.endswith(",") and m.group().split()[0].lower() not in NON_INVERTING:
            # "..., said the officer who gives only one name."
            after = self.tokens(m.end(), min(e, m.end() + 120))
            np = np_forward(self.body, after, 0)
            # only when the phrase ends the clause: "said Sudan had ..." is reported speech
            nxt = next((t[0] for t in after if np and t[1] >= np.span[1]), ".")
            if np and not _ends_inverted(nxt, np):
                np = None
        if np is None:
            np = np_backward(self.body, self.tokens(lo, m.start()))
        return np if np and np.kind != "pronoun" else None

    def gender_of(self, np: NP) -> str:
        """A name's gender, also read from its longer forms in the article:
        "Marchetti" is female when "Elena Marchetti" or "Ms Marchetti"
        appears (memoised)."""
        if np.gender != "u" or np.kind != "name":
            return np.gender
        got = self._genders.get(np.text)
        if got is None:
            got = "u"
            for w in self.words_before(np.text):
                wl = w.lower()
                g = HONORIFICS.get(wl)
                if g not in ("m", "f"):
                    if wl in FEMALE_FIRST_NAMES and w[:1].isupper() or wl in FEMALE_NOUNS:
                        g = "f"
                    elif wl in MALE_NOUNS:
                        g = "m"
                if g in ("m", "f"):
                    got = g
                    break
            self._genders[np.text] = got
        return got

    def words_before(self, name: str) -> list[str]:
        """The word right before each whole-word occurrence of `name`, an
        initial skipped ("Dana J. Holt") (memoised)."""
        got = self._before.get(name)
        if got is not None:
            return got
        got = []
        body = self.body
        pos = body.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not body[pos - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
                head = body[max(0, pos - 40):pos]
                m = _WORD_BEFORE.search(head)
                if m:
                    got.append(m.group(1))
            pos = body.find(name, pos + 1)
        self._before[name] = got
        return got

    def people(self, para: int, before: int) -> list[tuple[int, NP]]:
        """Persons that are the subject of a sentence in a paragraph, whatever
        the verb ("Tom Hale, the defence lawyer, struck a defiant note."),
        those starting before `before`: the antecedents a following "he
        said" may point to."""
        if self.headline(para):
            return []
        got = []
        for opener in self._sentence_subjects(para, before):
            if opener[3] is _UNREAD:
                opener[3] = not opener[2] and self.is_person(opener[1])
            if opener[3]:
                got.append((opener[1].span[0], opener[1]))
        return got

    def _sentence_subjects(self, para: int, hi: int) -> list[list]:
        """The noun phrase opening each sentence of a paragraph outside quotes
        (after a leading "In Carhuaz," style phrase), those starting before
        `hi`, each as [sentence start, NP, whether the sentence starts at a
        quote mark, whether the NP is a person or _UNREAD]. A sentence's
        opener is read when a pronoun after the sentence's start first asks
        (memoised)."""
        openers = self._openers.get(para)
        if openers is None:
            s, e = self.paras[para]
            openers = self._openers[para] = [[lo, _UNREAD, None, _UNREAD] for lo in self._opener_starts(s, e)]
        got = []
        for opener in openers:
            if opener[0] >= hi:
                break  # the sentences start in order: this one's opener and the next ones' start at `hi` or after
            if opener[1] is _UNREAD:
                opener[1], opener[2] = self._opener(opener[0], self.paras[para][1])
            if opener[1] is not None and opener[1].span[0] < hi:
                got.append(opener)
        return got

    def _opener_starts(self, s: int, e: int) -> list[int]:
        """Where each sentence of body[s:e] outside quotes starts, white space skipped."""
        body = self.body
        out = []
        for lo in self.sentence_starts(s, e):
            while lo < e and body[lo].isspace():
                lo += 1
            if lo < e and not self.in_quote(lo):
                out.append(lo)
        return out

    def _opener(self, lo: int, e: int) -> tuple[NP | None, bool]:
        """The noun phrase opening the sentence that starts at `lo`, and
        whether the sentence starts at a quote mark."""
        body = self.body
        toks = self.tokens(lo, min(e, lo + 160))
        np = np_forward(body, toks, 0)
        if (np is None and toks and toks[0][0].lower() in FUNCTION_WORDS) or _participle_opener(toks, np):
            c = next((x for x, t in enumerate(toks) if t[0] == ","), None)
            if c is not None:
                np = np_forward(body, toks, c + 1)
        return np, body[lo] in OPENERS or body[lo] in "”»"

    def is_person(self, np: NP) -> bool:
        """A person: a name with a role, a gender, a first name or a full form in the article; a title or person noun."""
        if np.kind == "name":
            if np.role or np.gender in ("m", "f") or " " in np.text:
                return True
            # one word: a person only when the article names them in full
            return any(is_cap(w) for w in self.words_before(np.text))
        if np.kind == "desc":
            head = np.text.split()[-1].lower()
            return head in TITLES or head in FEMALE_NOUNS or head in MALE_NOUNS or head in GROUP_NOUNS
        return False

    def subjects(self, para: int, before: int) -> list[tuple[int, NP]]:
        """People merely mentioned in a paragraph (sentence subjects and
        multi-word names), those starting before `before`, in the order they
        start: the last resort for a pronoun, so that "Coach Ellis Brandt was
        furious. “...,” he said." names Brandt."""
        if self.headline(para):
            return []
        got = [(opener[1].span[0], opener[1]) for opener in self._sentence_subjects(para, before)
               if opener[1].kind != "pronoun"]
        got.extend(self._names(para, before))
        got.sort(key=lambda x: x[0])
        return got

    def _names(self, para: int, hi: int) -> list[tuple[int, NP]]:
        """The multi-word names of a paragraph outside quotes starting before
        `hi`; read on from where the last call stopped (memoised)."""
        s, e = self.paras[para]
        got, read_to = self._name_runs.get(para, ([], s))
        body = self.body
        for m in _NAME_RUN.finditer(body, read_to, e):
            if m.start() >= hi:
                break  # read again from `read_to` when a later pronoun asks
            read_to = m.end()
            if self.in_quote(m.start()):
                continue
            np = make_np(body, self.tokens(m.start(), m.end()))
            if np is not None and np.kind == "name":
                got.append((np.span[0], np))
        else:
            read_to = e
        self._name_runs[para] = (got, read_to)
        return [x for x in got if x[0] < hi]


def _lower_body(doc: Doc) -> str | None:
    """The body in lower case, for `Context.cues`; None when a character of it lowers otherwise than
    IGNORECASE matches it."""
    return None if any(c in doc.body for c in _FOLDS_APART) else doc.body.lower()


def context(doc: Doc, title: str | None = None) -> Context:
    """The Context of `doc` read with the article's `title`, one per Doc and
    place where the title ends: the quotes and the frames' pronoun resolver
    share what it reads (subjects, speakers, genders: all functions of the
    text and of that place) unless the title is repeated at the start of the
    text (the resolver reads none)."""
    title_end = _title_end(doc, title)
    return doc.memo(f"mentions.context.{title_end}", lambda d: Context(d, title_end))


def _title_end(doc: Doc, title: str | None) -> int:
    """Where the article's title, repeated at the start of the text, ends (0 when it is not there):
    its first 40 words in any case, any white space between them.

    Compared word by word: a regex of the title, compiled anew for every
    article, took 7% of extraction. A word with a letter outside ASCII is
    matched as that regex would, case folding being subtler there.
    """
    words = title.split()[:40] if title else []
    body = doc.body
    pos = _SPACES.match(body).end()
    for i, word in enumerate(words):
        if i:
            gap = _SPACES.match(body, pos).end()
            if gap == pos:
                return 0
            pos = gap
        seen = body[pos:pos + len(word)]
        if not (seen.isascii() and word.isascii()):
            if not re.compile(re.escape(word), re.IGNORECASE).fullmatch(body, pos, pos + len(word)):
                return 0
        elif seen.lower() != word.lower():
            return 0
        pos += len(word)
    return pos if words else 0


_SPACES = re.compile(r"\s*")


def short_first_line(doc: Doc) -> int:
    """Where the first paragraph ends when it reads as a headline: one short
    line (at most 20 words, no sentence end inside) that does not open with a
    quote mark, with more paragraphs after it; else 0. Weaker than a title
    found in the text: a short lede ("Governor Ames toured the town.") looks
    the same, so only its quotes are read as a headline's, not its names."""
    body = doc.body
    if len(doc.paragraphs) < 2:
        return 0
    s, e = doc.paragraphs[0]
    first = body[s:e]
    if body[s:s + 1] in OPENERS or len(first.split()) > _HEADLINE_WORDS or any(
            m.end() < len(first.rstrip()) and not abbrev_before(first, m.start()) for m in SENT_END.finditer(first)):
        return 0
    return e


_HEADLINE_WORDS = 20


# The word before a name, an initial between them skipped: "Elena Marchetti",
# "Ms. Marchetti", "Dana J. Holt".
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*\.?)\s+(?:[A-Z]\.\s*)?$")

# Two or more capitalised words in a row: a full name somebody may later
# call "he" or "she". Possessives ("Putin’s") are left to the sentence parse.
_NAME_RUN = re.compile(r"(?:[A-Z][a-z]+\s+)(?:(?:[A-Z]\.\s*)?[A-Z][\w\-]+(?![’'])\s*)+")


_CLAUSE_END = frozenset((",", ".", ";", ":", "who", "whose", "which"))


def _ends_inverted(nxt: str, np: NP) -> bool:
    """True when the phrase after an inverting cue ("..., said X") ends the
    clause, so X is the speaker and not the subject of reported speech."""
    if nxt in _CLAUSE_END:
        return True
    return np.kind == "desc" and (nxt.lower() in _AFTER_INVERTED or nxt.lower() in TIME_NOUNS)


class _SentenceEnds:
    """Every SENT_END of the body, found once per Doc: where each starts and
    ends, where the next sentence's first character is, and whether its full
    stop closes an abbreviation (`abbrev`)."""

    def __init__(self, doc: Doc):
        body = self.body = doc.body
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.next: list[int] = []
        for m in SENT_END.finditer(body):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.next.append(_SPACES.match(body, m.end()).end())
        self._abbrev: dict[int, bool] = {}

    def abbrev(self, k: int) -> bool:
        """Whether the k-th end's full stop closes an abbreviation, read when first asked: the
        sentence readers ask about one end in four."""
        got = self._abbrev.get(k)
        if got is None:
            body, s = self.body, self.starts[k]
            got = self._abbrev[k] = (body[s] == "." and abbrev_before(body, s)
                                     and not _pronoun_after_initialism(body, s, self.next[k]))
        return got


def _pronoun_after_initialism(body: str, dot: int, nxt: int) -> bool:
    """A capitalised subject pronoun after an initialism's stop opens a new
    sentence: "... storms across the U.S. He says ...", "at 3 p.m. They ..."."""
    word = re.match(r"[A-Za-z]+", body[nxt:nxt + 5])
    return word is not None and word.group() in _CAPITAL_PRONOUNS and "." in body[max(0, dot - 4):dot]


_CAPITAL_PRONOUNS = frozenset(p.capitalize() if p != "i" else "I" for p in PRONOUNS)


_SPACES = re.compile(r"\s*")


def _participle_opener(toks: list[Token], np: NP | None) -> bool:
    """`np` is a participle phrase opening the sentence before its comma, no
    person: "Flying home, he said", "Asked about the vote, she said" (not
    "Browning said", "Fleming, the senator, said")."""
    if np is None or len(toks) < 2 or not is_word(toks[1][0]) or toks[1][0] != toks[1][0].lower():
        return False
    first = toks[0][0].lower()
    end = next((x for x, t in enumerate(toks) if t[1] >= np.span[1]), len(toks))
    return (first.endswith("ing") or past_form(first)) and end < len(toks) and toks[end][0] == ","


def abbrev_before(body: str, dot: int) -> bool:
    j = dot
    while j > 0 and (body[j - 1].isalpha() or body[j - 1] == "."):
        j -= 1
    word = body[j:dot].lower()
    return (len(word) == 1 and body[j].isupper()) or word in _ABBREV or number_sign(body, dot)


def _be_before(body: str, s: int) -> bool:
    prev = body[max(0, s - 8):s].split()
    return bool(prev) and prev[-1].lower() in _BE


def cue_ok(body: str, s: int, e: int) -> bool:
    """Reject cue words used as nouns or infinitives: "a warning",
    "refused to say", "will be called up"."""
    prev = body[max(0, s - 24):s].split()
    if body[s:s + 1].isupper() and prev and f"{prev[-1]} {body[s:e]}" in PLACE_NAMES:
        return False  # a word of a name: "the United States" (a title-case "Putin Says" stays a cue)
    if prev:
        p = prev[-1].lower().strip("“”\"'‘’,")
        if p in DETERMINERS or p == "to":
            return False
        cue = body[s:e].lower()
        if p.endswith(("’s", "'s")) and cue.endswith("s") and not cue.endswith("ss"):
            return False  # a noun after a possessive: "Trump’s remarks", "the report’s claims"
        if len(prev) > 1 and (p in ADVERBS or manner_adverb(p)):
            p = prev[-2].lower()  # "was first reported", "is widely called"
        if p in _BE or p == "being":
            # passive "was told" is no speech act; progressive "was arguing" is
            return body[s:e].lower().endswith("ing")
    if _PARTICLE_AFTER.match(body, e):
        return False
    cue = body[s:e].lower()
    if cue.endswith("s") and not cue.endswith("ss") and cue not in ("says", "tells") and _NOUN_AFTER.match(body, e):
        return False  # a plural noun: "his remarks were", "Republican claims of" (not "says of")
    return True


# "called up", "called off": another verb ("upon" is no particle: "exclaimed upon seeing him")
_PARTICLE_AFTER = re.compile(r"\s(?:up|off)\b", re.IGNORECASE)
# What follows a cue word in -s used as a plural noun
_NOUN_AFTER = re.compile(r"\s+(?:of|were|are)\b", re.IGNORECASE)


# --------------------------------------------------------------------------
# Pronouns
# --------------------------------------------------------------------------

_COMPATIBLE = {
    # pronoun gender -> (first choice, fallback) speaker genders
    "m": ({"m", "u"}, {"org"}),
    "f": ({"f"}, {"u"}),
    "pl": ({"pl", "org"}, {"u", "m", "f"}),
    "org": ({"org"}, {"pl"}),
    "u": ({"m", "f", "u"}, {"org", "pl"}),
}
_REACH = 3  # paragraphs back that a pronoun may point to


def resolve(ctx: Context, raws: list, i: int, pron: NP) -> NP:
    """The person a pronoun cue ("..., she said") points back to.

    Candidates are the speakers of earlier quotes, the subjects of cue verbs
    and the person subjects of sentences, read paragraph by paragraph from
    the pronoun back (its own paragraph first). In each paragraph the nearest
    candidate of the pronoun's gender wins, then the nearest of unknown
    gender; only when no paragraph in reach has one do looser fallbacks apply.
    `raws` are the article's quotes (each with `open_at`, `start`, `np` and
    `how`), `i` the pronoun's quote: the quotes before it are candidates.
    """
    pos = pron.span[0]
    para = ctx.para_of(pos)
    lo_para = max(0, para - _REACH)
    own = sole_person_before(ctx, pron, para)
    if own is not None:
        return _as_pronoun(own, pron, ctx.gender_of(own))
    not_head = _relative_head(ctx, pron, para)
    # Earlier quotes' speakers, nearest last. Those of quotes in paragraphs
    # before the reach only serve the last resort below, which walks back
    # from the nearest: collecting them all for every quote was quadratic.
    cands: list[tuple[int, NP]] = []
    j = i - 1
    while j >= 0 and ctx.para_of(raws[j].open_at) >= lo_para:
        _speaker_candidate(raws[j], pos, cands)
        j -= 1
    cands.reverse()
    cands = [c for c in cands if not_head(c[1])]
    found = _in_reach(ctx, cands, pron, para, lo_para, not_head) or _mentioned(ctx, cands, pron, para, lo_para, not_head)
    if found is not None:
        return _as_pronoun(found, pron, ctx.gender_of(found))
    # The last resort looks back a bounded number of quotes: a speaker further
    # back is a guess, and an unbounded walk made every quote cost all before it.
    first, second = _COMPATIBLE[pron.gender]
    for k in range(j, max(-1, j - _LAST_RESORT_QUOTES), -1):
        found_at: list[tuple[int, NP]] = []
        _speaker_candidate(raws[k], pos, found_at)
        if found_at and (ctx.gender_of(found_at[0][1]) in first or ctx.gender_of(found_at[0][1]) in second):
            return _as_pronoun(found_at[0][1], pron, ctx.gender_of(found_at[0][1]))
    return pron


def _in_reach(ctx: Context, cands: list[tuple[int, NP]], pron: NP, para: int, lo_para: int,
              not_head: Callable[[NP], bool]) -> NP | None:
    """The nearest speaker or subject of a fitting gender in the paragraphs
    in reach, own paragraph first; then the nearest of a fallback gender
    (never the head of a relative clause the pronoun opens: `not_head`)."""
    pos = pron.span[0]
    first, second = _COMPATIBLE[pron.gender]
    exact = first - {"u"} if pron.gender in ("m", "f") else first
    loose = {"u"} if pron.gender in ("m", "f") else set()
    near: list[tuple[int, NP]] = []
    for p in range(para, lo_para - 1, -1):
        ps, pe = ctx.paras[p] if ctx.paras else (0, len(ctx.body))
        tier = [c for c in cands if ps <= c[0] < pe]
        tier.extend((q, np) for q, np in ctx.mentions(p, pos) if not_head(np))
        tier.extend((q, np) for q, np in ctx.people(p, pos) if not_head(np))
        tier.sort(key=lambda c: c[0], reverse=True)
        # A name of the pronoun's gender merely mentioned in the paragraph
        # ("Dr Paul Kerr met Ms Rita Vance. She said ...") beats a speaker
        # or subject whose gender is unknown.
        named = sorted(((q, np) for q, np in ctx.subjects(p, pos)
                        if np.kind == "name" and not_head(np)), key=lambda c: c[0], reverse=True)
        for wanted, pool in ((exact, tier), (exact, named), (loose, tier)):
            for _, np in pool:
                if ctx.gender_of(np) in wanted:
                    return np
        near.extend(tier)
    near.sort(key=lambda c: c[0], reverse=True)
    return next((np for _, np in near if ctx.gender_of(np) in second), None)


def _mentioned(ctx: Context, cands: list[tuple[int, NP]], pron: NP, para: int, lo_para: int,
              not_head: Callable[[NP], bool]) -> NP | None:
    """Nobody spoke in reach: somebody merely mentioned there, else the
    nearest earlier speaker in reach of any fitting gender (never the head of
    a relative clause the pronoun opens: `not_head`)."""
    pos = pron.span[0]
    first, second = _COMPATIBLE[pron.gender]
    mentioned = [(q, np) for p in range(lo_para, para + 1) for q, np in ctx.subjects(p, pos)
                 if not_head(np)]
    for wanted in (first, second):
        for _, np in reversed(mentioned):
            if ctx.gender_of(np) in wanted and np.kind in ("name", "desc", "org"):
                return np
    return next((np for _, np in reversed(cands) if ctx.gender_of(np) in first or ctx.gender_of(np) in second),
                None)


def _speaker_candidate(raw, pos: int, out: list[tuple[int, NP]]) -> None:
    """Add the named speaker of an earlier quote, keyed by where it counts as said."""
    np = raw.np
    if np is not None and np.kind != "pronoun" and np.span[0] < pos:
        out.append((max(np.span[0], raw.start if raw.how == "cont" else np.span[0]), np))


_LAST_RESORT_QUOTES = 40


def sole_person_before(ctx: Context, pron: NP, para: int) -> NP | None:
    """The one person named earlier in the pronoun's own sentence, if any and
    of a fitting gender: in "Mayor Ruiz appeared to soften his stance,
    calling ... what he called “reckless” cuts", "he" is Ruiz, whoever
    spoke in the paragraph before."""
    if pron.gender not in ("m", "f"):
        return None
    pos = pron.span[0]
    lo = ctx.sentence_start(ctx.paras[para][0] if ctx.paras else 0, pos)
    not_head = _relative_head(ctx, pron, para)
    people = {np.text: np for q, np in ctx.subjects(para, pos)
              if lo <= q and ctx.is_person(np) and not_head(np)}
    if len(people) != 1:
        return None
    (np,) = people.values()
    return np if ctx.gender_of(np) in (pron.gender, "u") else None


def _relative_head(ctx: Context, pron: NP, para: int) -> Callable[[NP], bool]:
    """A test that a candidate is not the person a relative clause opened right
    before the pronoun hangs on: in "Obama, whom he praised", "he" is not
    Obama, at that mention or at any other of the name (one ending in the same
    word: "Barack Obama" named earlier is the same man)."""
    pos = pron.span[0]
    lo = ctx.sentence_start(ctx.paras[para][0] if ctx.paras else 0, pos)
    before = [t for t in ctx.tokens(max(lo, pos - 60), pos) if t[0] != ","]
    if len(before) < 2 or before[-1][0].lower() not in _PERSON_RELATIVES:
        return _anyone
    word, _, end = before[-2]
    return lambda np: np.span[1] != end and np.text.split()[-1:] != [word]


def _anyone(np: NP) -> bool:
    return True


def _as_pronoun(np: NP, pron: NP, gender: str | None = None) -> NP:
    # Keep the pronoun's span: it is the mention the attribution found.
    gender = gender or np.gender
    return NP(np.text, pron.span, np.kind, gender if gender != "u" else pron.gender, np.role)


class PronounResolver:
    """Who a pronoun in one article points back to, found the way `find_quotes`
    finds speakers: for sources of figures ("She said 40 people had died").

    One per article: what it reads of the article (paragraph subjects,
    speakers) is kept for the next pronoun.

    >>> body = "Mayor Ana Lopez visited the site. She said 40 people had died."
    >>> PronounResolver(body).resolve(body.index("She"), body.index("She") + 3)
    'Mayor Ana Lopez'
    """

    def __init__(self, body: str | Doc):
        self.body = body.body if isinstance(body, Doc) else body
        self._doc = body if isinstance(body, Doc) else None
        self._ctx: Context | None = None
        # Each figure of a sentence asks for its source: "she said" is resolved once.
        self._resolved: dict[tuple[int, int, int | None], str | None] = {}

    def resolve(self, start: int, end: int, named_before: int | None = None) -> str | None:
        """The name with its role, as written before; None when body[start:end]
        is no personal pronoun or nobody fits within reach.

        The person must be named before `named_before` (default: the
        pronoun's sentence): in "Smith will resign, he said" the reported
        clause's subject is seldom who speaks."""
        key = (start, end, named_before)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(start, end, named_before)
        return self._resolved[key]

    def _resolve(self, start: int, end: int, named_before: int | None) -> str | None:
        try:
            if self._ctx is None:
                # read the article on the first pronoun: most have none
                self._ctx = context(self._doc or Doc(self.body))
            pron = make_np(self.body, self._ctx.tokens(start, end))
            if pron is None or pron.kind != "pronoun":
                return None
            np = resolve(self._ctx, [], 0, pron)
            if not _source_like(self._ctx, np, pron, named_before) or _ambiguous(self._ctx, np, pron):
                return None
        except Exception:  # pragma: no cover - a source left unresolved loses nothing
            return None
        return " ".join(filter(None, (np.role, np.text)))


def _source_like(ctx: Context, np: NP, pron: NP, named_before: int | None) -> bool:
    """Whether the resolver's pick can be the source of a figure: a person's
    name (not a month or a place), a title or person noun for "he"/"she", a
    group or institution for "they". Its last-resort picks ("the
    earthquake", "April") are fine for telling quotes apart, not for naming
    who gave a number."""
    words = np.text.split()
    head = words[-1].lower() if words else ""
    if named_before is None:
        para_start = ctx.paras[ctx.para_of(pron.span[0])][0] if ctx.paras else 0
        named_before = ctx.sentence_start(para_start, pron.span[0])
    core = re.sub(r"^(?:the|a|an)\s+", "", np.text, flags=re.I)
    # Written as is (the usual case) is found without a pattern compiled and the text copied.
    if ctx.body.find(core, 0, named_before) < 0 and not re.search(re.escape(core), ctx.body[:named_before], re.I):
        return False
    if pron.gender == "pl":
        return np.kind in ("org", "desc") and (ctx.gender_of(np) in ("pl", "org"))
    if np.kind == "name":
        return np.text not in PLACE_NAMES and head not in MONTHS and not np.text.isupper()
    return np.kind == "desc" and (head in TITLES or head in FEMALE_NOUNS or head in MALE_NOUNS)


def _ambiguous(ctx: Context, np: NP, pron: NP) -> bool:
    """Whether "she" went to a person of unknown gender while other people
    are named in reach: a wrong source misleads more than none."""
    if pron.gender not in ("m", "f") or ctx.gender_of(NP(np.text, np.span, np.kind, "u")) == pron.gender:
        return False
    para = ctx.para_of(pron.span[0])
    named = {other.text for p in range(max(0, para - 1), para + 1) for _, other in ctx.subjects(p, pron.span[0])
             if other.kind == "name"}
    return any(n != np.text and n not in np.text and np.text not in n for n in named)


