"""Direct quotations in news copy, and who said them.

Pure Python (regex + rules), no NLP model, so it runs at several MB/s:

1. one regex pass finds every quote mark; a small state machine pairs them
   per paragraph (multi-paragraph quotes, nested single quotes, stray marks);
2. each quote is attributed from the text right around it only: the clause
   after the closing mark ("..., he said"), then the clause before the
   opening mark ("X said that ..."), then the quote before it (continuations)
   and the sentence before it;
3. pronouns are resolved paragraph by paragraph, own paragraph first, to the
   nearest gender-compatible person there (earlier speakers, subjects of cue
   verbs, person subjects of sentences), and name variants ("Putin",
   "Vladimir Putin") are unified to the longest form.

Everything is local to a quote, so the cost is one scan of the body plus a
few hundred characters of work per quote.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .doc import Doc
from .gazetteer import PLACE_NAMES
from .lexicon import load as _lexicon
from .text import manner_adverb, paragraphs, word_trie

# --------------------------------------------------------------------------
# Data. Kept as plain word lists so that adding a verb or a title is a
# one-word change with no regex to touch.
# --------------------------------------------------------------------------

_LEX = _lexicon("en")
MONTHS = _LEX.months
# Cue verbs and phrases (lexicon/en/speech.yaml); "said X" inverts, "told X"
# does not (X is the listener), so NON_INVERTING cues never take their speaker after them.
CUE_VERBS = _LEX.cue_verbs
CUE_PHRASES = _LEX.cue_phrases
NON_INVERTING = _LEX.non_inverting

# Words that turn a following name into a role holder: "spokesman Dmitry
# Peskov", "Defence Minister Sergei Shoigu".
TITLES = frozenset(
    """
    president vice-president minister prime secretary spokesman spokeswoman
    spokesperson chancellor premier governor mayor senator sen congressman
    congresswoman representative rep judge justice chief director chairman
    chairwoman chair ceo coach manager captain general gen colonel col
    lieutenant lt commander admiral sergeant sgt officer inspector detective
    sheriff attorney prosecutor lawyer ambassador envoy bishop archbishop pope
    king queen prince princess professor prof dr deputy head leader
    co-ordinator coordinator adviser advisor analyst economist researcher
    scientist expert official founder owner striker midfielder defender
    goalkeeper quarterback player star champion actor actress singer author
    reporter correspondent editor commissioner superintendent constable
    executive councillor councilor lawmaker mp diplomat negotiator
    """.split()
)

# Honorifics are dropped from the name but tell the gender.
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f",
    "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "dr": "u", "dr.": "u", "prof": "u", "prof.": "u",
}

# A name run ending in one of these is an organisation, kept whole.
ORG_WORDS = frozenset(
    """
    kremlin ministry government department office council commission agency
    police army navy court parliament congress senate party union bank company
    corporation inc ltd group committee service authority authorities
    administration pentagon fbi cia un nato eu reuters afp ap bbc cnn
    federation association institute university foundation organisation
    organization board bureau embassy command forces guard club team league
    house hospital school network newspaper channel media
    """.split()
)

FEMALE_NOUNS = frozenset(
    """woman women mother girl wife daughter sister grandmother lady actress
    spokeswoman chairwoman businesswoman congresswoman widow queen princess
    nun aunt niece bride girlfriend mum mom policewoman""".split()
)
MALE_NOUNS = frozenset(
    """man men father boy husband son brother grandfather spokesman chairman
    businessman congressman king prince priest uncle nephew boyfriend dad
    monk policeman""".split()
)
# Plurals without an -s, and -s words that are singular people.
PLURAL_NOUNS = frozenset("men women people police children staff crowd family".split())
SINGULAR_S = frozenset("boss witness actress hostess princess press".split())

# A short list of frequent female first names: enough to keep "she" away from
# a man, not meant to be complete (unknown names stay gender-neutral).
FEMALE_FIRST_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
    nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle
    carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen
    amy angela helen anna brenda pamela nicole emma samantha katherine christine
    debra rachel catherine carolyn janet ruth maria heather diane virginia julie
    joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
    andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    jean alice madison doris abigail julia judy grace denise amber marilyn
    beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla gillian angela ursula kamala hillary nancy
    theresa liz priti suella yvette nicola jacinda giorgia marine annalena
    olga natalia natalya tatiana tatyana svetlana irina elena yelena ekaterina
    yekaterina anastasia maria marina oksana yulia iryna kristina valentina
    ludmila lyudmila galina larisa nadezhda fatima aisha leila sofia lucia
    ines isabel carmen ana""".split()
)

PRONOUNS = {"he": "m", "she": "f", "they": "pl", "it": "org", "i": "u", "we": "pl"}

DETERMINERS = frozenset(
    """the a an one another two three four five several many some most few
    both all other each any no this that these those his her their its our
    my""".split()
)

# Function words never start or continue a name even when capitalised at the
# start of a sentence ("Since Vladimir Putin announced ...").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from as into
    onto upon over under after before since until while when where whereas
    if though although because unless whether than then now also still however
    meanwhile moreover furthermore indeed instead despite during about against
    among between through throughout within without via per this that these
    those it he she they we i you his her their its our my your who whom whose
    which what there here today yesterday tomorrow tonight last next earlier
    later once even only just not no yes why how such both either neither each
    every all some any many most more much few several other another last
    according regarding following amid amidst toward towards is was were are be
    been being has have had do does did will would can could shall should may
    might must""".split()
)

# Past forms that end a description read forwards ("the judge read her
# ruling"): regular ones are caught by their -ed ending.
_IRREGULAR_PAST = frozenset(
    """read went came made took got ran left fled gave saw sat stood began
    found kept held brought felt fell lost met paid put set sent spent thought
    won wore drove rode broke chose woke knew grew threw flew drew shook hit
    cut let led fought caught taught sought bought built rose struck hid lay
    laid became heard meant stole swam sang sold"""
    .split()
)

# Words that end a noun phrase when reading it forwards.
_NP_STOP = FUNCTION_WORDS - DETERMINERS - {"of"} | CUE_VERBS | {"named", "called"}

# Adverbials that sit between a speaker and the cue ("Putin also warned",
# "The Kremlin on Thursday dismissed"): skipped when looking for the subject.
ADVERBS = frozenset(
    """also then later again previously earlier once further finally first
    repeatedly publicly privately recently reportedly allegedly simply only
    just quickly angrily calmly immediately subsequently separately had has
    have would will could did does do not never always often however too
    yesterday today tonight himself herself themselves itself
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# "the woman was arguing": the auxiliary sits between speaker and cue.
_BE = frozenset("is was were are been be".split())
_TIME_NOUNS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday week month
    year night morning afternoon evening weekend day""".split()
)

_PARTICLES = frozenset("de da del della van von der den bin ibn al el la le di du dos das ter".split())
_APPOSITION_LISTS = ("including", "such", "among", "notably", "especially", "like")

# --------------------------------------------------------------------------
# Regexes
# --------------------------------------------------------------------------

_MARK = re.compile(
    r"""
      ["“”«»„‘]                     # double marks and the left single mark
    | (?<![\w’'])['’](?=[^\W\d_])   # single mark opening a word: 'Go ... (not don't)
    | (?<=[\w.,;:!?])['’](?![\w])   # single mark closing a word: ... home'
    """,
    re.VERBOSE,
)

_CUE = re.compile(
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
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A sentence ends at . ! ? (and any closing marks) before space and a
# character that can start a sentence.
_SENT_END = re.compile(r"""[.!?]+["”’»)\]]*(?=\s+[^\sa-z,;])""")
_TOKEN = re.compile(r"(\w+(?:[’'\-]\w+)*)(\.)?|([^\w\s])")
_ABBREV = frozenset(
    """mr mrs ms dr prof gen col lt capt sgt maj adm gov sen rep rev st jr sr
    vs etc inc ltd co corp dept no jan feb mar apr jun jul aug sep sept oct
    nov dec u.s u.k u.n""".split()
)

_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
_DASHES = "-–—"


@dataclass(frozen=True)
class Quote:
    """One direct quotation: `text == body[start:end]`, marks excluded."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    role: str | None
    cue: str | None
    continues: int | None


@dataclass
class _NP:
    """A speaker mention as found, before pronoun resolution."""

    text: str
    span: tuple[int, int]
    kind: str  # pronoun | name | desc | org
    gender: str  # m | f | u | pl | org
    role: str | None = None
    phrase_start: int = -1  # where the whole phrase ("a man named ...") starts


@dataclass
class _Raw:
    start: int  # quote text span
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just after the closing mark
    np: _NP | None = None
    cue: str | None = None
    continues: int | None = None
    how: str = ""  # post | pre | inherit | cont | prev | colon


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_quotes(body: str | Doc) -> list[Quote]:
    """Find the direct quotations in `body` (the text, or the article's `Doc`)
    and attribute them to speakers.

    Never raises: odd mark counts and stray marks are ignored.

    >>> body = "“We will rebuild,” said Mayor Anna Ruiz. She added: “Every street.”"
    >>> [(q.text, q.speaker, q.role, q.cue) for q in find_quotes(body)]
    [('We will rebuild', 'Anna Ruiz', 'Mayor', 'said'), ('Every street.', 'Anna Ruiz', 'Mayor', 'added')]
    """
    try:
        return _find_quotes(body)
    except Exception:  # pragma: no cover - the contract is "never raises"
        return []


def _find_quotes(body: str | Doc) -> list[Quote]:
    doc = body if isinstance(body, Doc) else Doc(body) if isinstance(body, str) else None
    if doc is None or not doc.body:
        return []
    body, paras = doc.body, doc.paragraphs
    spans = _pair_marks(body, paras)
    if not spans:
        return []
    ctx = _Context(body, paras, spans)
    raws = [_Raw(s, e, o, c) for s, e, o, c in spans]
    for i, raw in enumerate(raws):
        _attribute(ctx, raws, i)
    _unify_names(body, raws)
    out = []
    for raw in raws:
        np = raw.np
        out.append(
            Quote(
                start=raw.start,
                end=raw.end,
                text=body[raw.start:raw.end],
                speaker=np.text if np else None,
                speaker_span=np.span if np else None,
                role=np.role if np else None,
                cue=raw.cue,
                continues=raw.continues,
            )
        )
    return out


class PronounResolver:
    """Who a pronoun in one article points back to, found the way `find_quotes`
    finds speakers: for sources of figures ("She said 40 people had died").

    One per article: what it reads of the article (paragraph subjects,
    speakers) is kept for the next pronoun.

    >>> body = "Mayor Ana Lopez visited the site. She said 40 people had died."
    >>> PronounResolver(body).resolve(body.index("She"), body.index("She") + 3)
    'Mayor Ana Lopez'
    """

    def __init__(self, body: str):
        self.body = body
        self._ctx: _Context | None = None

    def resolve(self, start: int, end: int, named_before: int | None = None) -> str | None:
        """The name with its role, as written before; None when body[start:end]
        is no personal pronoun or nobody fits within reach.

        The person must be named before `named_before` (default: the
        pronoun's sentence): in "Smith will resign, he said" the reported
        clause's subject is seldom who speaks."""
        body = self.body
        try:
            pron = _make_np(body, _tokens(body, start, end))
            if pron is None or pron.kind != "pronoun":
                return None
            if self._ctx is None:
                paras = paragraphs(body)
                self._ctx = _Context(body, paras, _pair_marks(body, paras))
            np = _resolve(self._ctx, [], 0, pron)
            if not _source_like(self._ctx, np, pron, named_before) or _ambiguous(self._ctx, np, pron):
                return None
        except Exception:  # pragma: no cover - a source left unresolved loses nothing
            return None
        return " ".join(filter(None, (np.role, np.text)))


def _source_like(ctx: _Context, np: _NP, pron: _NP, named_before: int | None) -> bool:
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
    if not re.search(re.escape(core), ctx.body[:named_before], re.I):
        return False
    if pron.gender == "pl":
        return np.kind in ("org", "desc") and (ctx.gender_of(np) in ("pl", "org"))
    if np.kind == "name":
        return np.text not in PLACE_NAMES and head not in MONTHS and not np.text.isupper()
    return np.kind == "desc" and (head in TITLES or head in FEMALE_NOUNS or head in MALE_NOUNS)


def _ambiguous(ctx: _Context, np: _NP, pron: _NP) -> bool:
    """Whether "she" went to a person of unknown gender while other people
    are named in reach: a wrong source misleads more than none."""
    if pron.gender not in ("m", "f") or ctx.gender_of(_NP(np.text, np.span, np.kind, "u")) == pron.gender:
        return False
    para = ctx.para_of(pron.span[0])
    named = {other.text for p in range(max(0, para - 1), para + 1) for q, other in ctx.subjects(p)
             if q < pron.span[0] and other.kind == "name"}
    return any(n != np.text and n not in np.text and np.text not in n for n in named)


# --------------------------------------------------------------------------
# Step 1: pair the marks
# --------------------------------------------------------------------------


def _pair_marks(body: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(text start, text end, open mark, after close mark) of every paired quote.

    Pairing is per paragraph: an unclosed quote survives a paragraph break
    only when the next paragraph opens with a quote mark (the convention for
    a quotation that runs over several paragraphs).
    """
    out: list[tuple[int, int, int, int]] = []
    para_starts = [s for s, _ in paras]
    open_at = -1  # opening mark of the current double quote
    open_char = ""
    open_para = -1
    single_at = -1  # opening mark of a top-level single quote
    single_char = ""
    n = len(body)
    for m in _MARK.finditer(body):
        p = m.start()
        c = body[p]
        para = bisect_right(para_starts, p) - 1
        if open_at >= 0 and para != open_para:
            # Multi-paragraph quote: the new paragraph must start with an
            # opening mark, and that mark carries the quote on.
            if para == open_para + 1 and p == paras[para][0] and c in "“«„\"":
                open_para = para
                continue
            open_at = -1
        if single_at >= 0 and bisect_right(para_starts, single_at) - 1 != para:
            single_at = -1
        if open_at >= 0:
            closer = _OPENERS[open_char]
            if c == closer or (c in "”\"" and open_char in "“\"„") or (c == "»" and open_char == "«"):
                if c == '"' and p > 0 and body[p - 1].isspace() and p + 1 < n and not body[p + 1].isspace():
                    # `" word`: a new opening straight mark, the old one was lone
                    open_at, open_char, open_para = p, c, para
                    continue
                _emit(body, open_at, p, out)
                open_at = -1
            elif c in "“«„" and open_char != "„":
                open_at, open_char, open_para = p, c, para  # the old opener was lone
            # single marks inside a double quote are nested quotes: part of it
            continue
        if c in "“«„":
            open_at, open_char, open_para = p, c, para
            single_at = -1
        elif c == '"':
            if p + 1 < n and not body[p + 1].isspace():
                open_at, open_char, open_para = p, c, para
                single_at = -1
        elif c in "”»":
            continue  # stray closer
        elif single_at < 0:
            if c in "‘'" and (p + 1 < n and body[p + 1].isalpha()) and (p == 0 or not body[p - 1].isalnum()):
                single_at, single_char = p, c
        else:
            if (c == "’" and single_char == "‘") or (c == "'" and single_char == "'"):
                if p > 0 and not body[p - 1].isspace():
                    _emit(body, single_at, p, out)
                    single_at = -1
    return out


def _emit(body: str, open_at: int, close_at: int, out: list) -> None:
    s, e = open_at + 1, close_at
    while s < e and body[s].isspace():
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    if e - s >= 2 and any(ch.isalnum() for ch in body[s:e]):
        out.append((s, e, open_at, close_at + 1))


# --------------------------------------------------------------------------
# Tokens and noun phrases
# --------------------------------------------------------------------------


def _tokens(body: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of body[lo:hi] with absolute offsets.

    A full stop stays on a word only for initials and abbreviations
    ("Dmitri A. Medvedev", "Mr. Smith"), where it is part of the name.
    """
    out = []
    for m in _TOKEN.finditer(body, lo, hi):
        word = m.group(1)
        if word is None:
            out.append((m.group(3), m.start(), m.end()))
        elif m.group(2) and (
            (len(word) == 1 and word.isupper()) or word.lower() in _ABBREV
        ):
            out.append((word + ".", m.start(), m.end()))
        else:
            out.append((word, m.start(1), m.end(1)))
            if m.group(2):
                out.append((".", m.start(2), m.end(2)))
    return out


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in FUNCTION_WORDS


def _is_word(tok: str) -> bool:
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


def _make_np(body: str, toks: list[tuple[str, int, int]]) -> _NP | None:
    """Build a speaker from the tokens of one noun phrase (role split off)."""
    np = _make_np_inner(body, toks)
    if np is not None and toks:
        np.phrase_start = toks[0][1]
    return np


def _make_np_inner(body: str, toks: list[tuple[str, int, int]]) -> _NP | None:
    while toks and not _is_word(toks[-1][0]):
        toks = toks[:-1]
    while toks and not _is_word(toks[0][0]):
        toks = toks[1:]
    if not toks:
        return None
    words = [t[0] for t in toks]
    low = [w.lower() for w in words]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return _NP(words[0], (toks[0][1], toks[0][2]), "pronoun", PRONOUNS[low[0]])
    # "a man named Dmitri" -> Dmitri
    for k, w in enumerate(low):
        if w in ("named", "called") and k + 1 < len(toks) and _is_cap(words[k + 1]):
            rest = [t for t in toks[k + 1:] if _is_cap(t[0]) or t[0].lower() in _PARTICLES]
            head = _head_gender(words[k - 1]) if k else "u"
            return _NP(_join(body, rest), (rest[0][1], rest[-1][2]), "name", head if head in "mf" else "u")
    # Organisation: a run whose last word is an institution ("the Kremlin",
    # "Russia's Defense Ministry", "Ministry of Defence").
    if any(w in ORG_WORDS for w in low) and _is_cap(words[-1]) or low[-1] in ORG_WORDS and low[0] in DETERMINERS:
        if low[-1] in ORG_WORDS or (len(low) >= 3 and low[-2] == "of" and low[-3] in ORG_WORDS):
            text = _join(body, toks)
            if low[0] in DETERMINERS:
                text = low[0] + text[len(words[0]):]
            return _NP(text, (toks[0][1], toks[-1][2]), "org", "org")
    # Trailing name run: capitalised words, initials, particles.
    k = len(toks)
    while k > 0 and (
        (_is_cap(words[k - 1]) and low[k - 1].rstrip(".") not in TITLES and low[k - 1] not in HONORIFICS)
        or (low[k - 1] in _PARTICLES and k < len(toks))
    ):
        k -= 1
    while k < len(toks) and low[k] in _PARTICLES:
        k += 1
    if k < len(toks) and not (k > 0 and low[k - 1] in ("in", "at", "from")):  # "woman in Qeshm": a place
        name = toks[k:]
        gender = "u"
        before = low[:k]
        for w in before:
            if w in HONORIFICS:
                gender = HONORIFICS[w]
            elif w in FEMALE_NOUNS:
                gender = "f"
            elif w in MALE_NOUNS:
                gender = "m"
        if gender == "u" and low[k] in FEMALE_FIRST_NAMES:
            gender = "f"
        role_toks = [t for t in toks[:k] if t[0].lower() not in HONORIFICS]
        if role_toks and role_toks[0][0].lower() in DETERMINERS:
            role_toks = role_toks[1:]
        # Only titles make a role; "44-year-old" or "independent media" do not.
        role = None
        if any(_titleish(t[0]) for t in role_toks):
            role = _join(body, role_toks)
        if len(name) == 1 and not role and k == 0 and low[k] in _GROUP_HINT:
            pass  # a capitalised common noun at a sentence start: "Officials"
        elif k == 1 and low[0] == "the" and gender == "u":
            # "the National Grid", "the Red Cross": people take no article
            return _NP("the " + _join(body, name), (toks[0][1], name[-1][2]), "org", "org")
        else:
            return _NP(_join(body, name), (name[0][1], name[-1][2]), "name", gender, role)
    # Description: "the woman", "one of the men", "Several analysts".
    text = _join(body, toks)
    if low[0] in DETERMINERS or low[0] == "one":
        text = low[0] + text[len(words[0]):]
    preps = [x for x in range(1, len(low)) if low[x] in ("of", "in", "at", "from")]
    head = words[preps[0] - 1] if preps and low[0] not in ("one", "each") else words[-1]
    gender = _head_gender(head)
    if low[0] in ("one", "a", "an", "another", "each") and gender == "pl":
        gender = "m" if low[-1] == "men" else "f" if low[-1] == "women" else "u"
    kind = "desc"
    if low[-1] in TITLES and gender != "pl":
        gender = "f" if low[-1] in FEMALE_NOUNS else "m" if low[-1] in MALE_NOUNS else "u"
    return _NP(text, (toks[0][1], toks[-1][2]), kind, gender)


# Sentence-initial capitalised plural nouns that are descriptions, not names.
_GROUP_HINT = frozenset(
    """officials police witnesses residents analysts experts sources critics
    doctors officers investigators protesters authorities rescuers firefighters
    locals villagers voters fans observers diplomats lawyers prosecutors
    scientists researchers economists reporters journalists activists
    organisers organizers""".split()
)


def _join(body: str, toks: list[tuple[str, int, int]]) -> str:
    return " ".join(body[toks[0][1]:toks[-1][2]].split())


def _np_backward(body: str, toks: list[tuple[str, int, int]]) -> _NP | None:
    """The noun phrase that ends `toks` (the words right before a cue verb)."""
    toks = _strip_adverbials(toks)
    if not toks:
        return None
    last = toks[-1][0]
    low = last.lower()
    if low in PRONOUNS:
        return _make_np(body, toks[-1:])
    if last == ",":
        return _np_apposition(body, toks)
    if not _is_word(last):
        return None
    # Walk back over words that can belong to a speaker phrase.
    k = len(toks)
    seen_cap = False
    in_role = False  # a title was taken: its lower-case modifiers may follow
    while k > 0 and len(toks) - k < 12:
        w = toks[k - 1][0]
        wl = w.lower()
        if _is_cap(w) or wl.rstrip(".") in TITLES or wl in HONORIFICS:
            seen_cap = seen_cap or _is_cap(w)
            in_role = in_role or wl.rstrip(".") in TITLES
            k -= 1
        elif k < len(toks) and _titleish(w) and (_is_cap(toks[k][0]) or _titleish(toks[k][0])):
            in_role = True
            k -= 1
        elif in_role and w.isalpha() and w.islower() and wl not in _NP_STOP and not manner_adverb(w):
            k -= 1  # "national disaster agency spokesman"
        elif wl in ("in", "at", "from") and k < len(toks) and _is_cap(toks[k][0]) and k >= 2 and (
            _is_word(toks[k - 2][0]) and toks[k - 2][0].lower() not in _NP_STOP and _lower_ok(toks, k - 2)
        ):
            k -= 1  # "one woman in Qeshm"
        elif wl in _PARTICLES and k < len(toks) and _is_cap(toks[k][0]):
            k -= 1
        elif wl in ("named", "called") and k < len(toks) and _is_cap(toks[k][0]):
            k -= 1  # "a man named Dmitri"
        elif wl in ("of", "for") and k < len(toks) and k >= 2 and (
            _is_cap(toks[k - 2][0]) or toks[k - 2][0].lower() in TITLES or _is_role_word(toks, k - 2)
        ):
            k -= 1
        elif wl in DETERMINERS or wl == "one":
            k -= 1
            # "Residents of the valley", "one of the men": the head comes
            # before "of", so keep walking.
            if k >= 2 and toks[k - 1][0].lower() == "of" and _is_word(toks[k - 2][0]) and (
                toks[k - 2][0].lower() not in _NP_STOP or toks[k - 2][0].lower() in ("one", "some", "many", "most", "each", "several", "none", "all")
            ):
                k -= 2
                continue
            break
        elif _is_word(w) and wl not in _NP_STOP and not w[0].isdigit() and _lower_ok(toks, k - 1):
            k -= 1
        else:
            break
    np_toks = toks[k:]
    # A description needs its determiner within reach ("the woman"); a bare
    # lower-case word before a cue is usually a verb or object ("burned and
    # screamed"), so fall back to the subject at the start of the clause.
    if np_toks and not any(_is_cap(t[0]) for t in np_toks) and np_toks[0][0].lower() not in DETERMINERS and np_toks[0][0].lower() != "one" and np_toks[-1][0].lower() not in _GROUP_HINT:
        np_toks = []
    # "one of the men": the walk stopped at "the"; take "one of" too.
    if np_toks and k >= 2 and toks[k - 1][0].lower() == "of" and toks[k - 2][0].lower() in ("one", "some", "many", "most", "each", "two", "three", "several", "none", "all"):
        np_toks = toks[k - 2:]
    if np_toks:
        return _make_np(body, np_toks)
    return _clause_subject(body, toks)


def _is_role_word(toks, i: int) -> bool:
    return 0 <= i < len(toks) and _titleish(toks[i][0])


# Agent-noun endings let unlisted job words act as titles right before a name
# ("seismologist Hiro Tanaka", "farmer Ama Owusu").
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "eur")


def _titleish(word: str) -> bool:
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
    "co-ordinator for strategic communications")."""
    for j in range(i - 1, max(-1, i - 5), -1):
        w = toks[j][0].lower()
        if w in DETERMINERS or w == "one" or w in TITLES:
            return True
        if not _is_word(toks[j][0]) or (w in _NP_STOP and w not in ("for", "of")):
            return False
    return False


def _strip_adverbials(toks):
    toks = list(toks)
    while toks:
        w = toks[-1][0].lower()
        if w in ADVERBS or w in _BE or manner_adverb(toks[-1][0]):
            if w in _TIME_NOUNS and len(toks) >= 2 and toks[-2][0].lower() in ("on", "last", "this", "next", "that"):
                toks = toks[:-2]
            else:
                toks = toks[:-1]
        elif w in _TIME_NOUNS and len(toks) >= 2 and toks[-2][0].lower() in ("on", "last", "this", "next", "that", "earlier", "late", "on"):
            toks = toks[:-2]
            if toks and toks[-1][0].lower() in ("earlier", "later"):
                toks = toks[:-1]
        else:
            break
    return toks


_RELATIVE = frozenset("who which whose whom where aged".split())
# Asides between a subject and its verb that are no apposition: "X,
# speaking to reporters, said", "X, asked about the delay, said", "X, 54,
# said", "X, in a statement, said".
_ASIDE_STARTS = frozenset(
    """in at on after before during while when since despite amid following
    like unlike both too however meanwhile though although""".split()
)


def _aside(chunk) -> bool:
    w = chunk[0][0]
    wl = w.lower()
    if (len(chunk) == 1 and w.isdigit()) or wl in _ASIDE_STARTS:
        return True
    if wl in _APPOSITION_LISTS:
        return False
    # a participle opens a clause: "speaking ...", "asked ...", "pressed ..."
    return w.islower() and len(wl) > 4 and (wl.endswith("ing") or wl.endswith("ed") or wl in _IRREGULAR_PAST) and wl not in _NP_STOP - CUE_VERBS


def _np_apposition(body: str, toks) -> _NP | None:
    """`X, who ..., said` / `X, a doctor at ..., Y district, told` /
    `Several analysts, including Y, said`.

    Reads the comma-separated chunks back from the cue while they parse as
    noun phrases (relative clauses are skipped); the leftmost name of that
    chain is the speaker, descriptions being its appositions.
    """
    bounds = [x for x, t in enumerate(toks) if t[0] == ","]
    chain: list[_NP] = []
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
            k = 1
            while k < len(chunk) and not _is_cap(chunk[k][0]) and not _titleish(chunk[k][0]):
                k += 1
            listed = _np_forward(body, chunk, k) if k < len(chunk) else None
            if listed and listed.kind == "name":
                chain.append(listed)
            continue
        np = _np_forward(body, chunk, 0)
        if np is None or np.kind == "pronoun":
            if b == -1 or not chain:
                # the head may sit at the end of a longer clause
                np = _np_backward(body, chunk)
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


def _np_forward(body: str, toks, i: int) -> _NP | None:
    """The noun phrase starting at toks[i] (a speaker after "said")."""
    while i < len(toks) and toks[i][0].lower() in ("by",):
        i += 1
    if i >= len(toks):
        return None
    first = toks[i][0].lower()
    if first in PRONOUNS:
        return _make_np(body, toks[i:i + 1])
    j = i
    while j < len(toks) and j - i < 12:
        w = toks[j][0]
        wl = w.lower()
        if j > i and not _is_cap(w) and (wl in _IRREGULAR_PAST or (wl.endswith("ed") and len(wl) > 4) or wl in _BE):
            break  # a verb: the subject ended before it
        if w == "-" or (_is_cap(w) and (j > i or wl not in CUE_VERBS)) or (_is_word(w) and wl not in _NP_STOP and not (j > i and wl in DETERMINERS)):
            j += 1  # capitalised words stay in ("United States" is no cue)
        elif wl == "of" and j + 1 < len(toks) and j > i:
            j += 1
            if j + 1 < len(toks) and toks[j][0].lower() in DETERMINERS:
                j += 1  # "one of the rebel leaders"
        elif wl in ("named", "called") and j + 1 < len(toks) and _is_cap(toks[j + 1][0]):
            j += 2
            while j < len(toks) and (_is_cap(toks[j][0]) or toks[j][0].lower() in _PARTICLES):
                j += 1
            break
        elif j == i and (wl in DETERMINERS or wl == "one") and wl != "that":
            j += 1
        else:
            break
    # stop a lower-case tail after a name: "Peskov on state TV" was cut at
    # "on"; "Smith yesterday" at the adverb
    np_toks = toks[i:j]
    while np_toks and (np_toks[-1][0].lower() in ADVERBS or manner_adverb(np_toks[-1][0])):
        np_toks = np_toks[:-1]
    if np_toks and np_toks[-1][0].lower() == "of":
        np_toks = np_toks[:-1]
    if not np_toks:
        return None
    np = _make_np(body, np_toks)
    # "another new arrival, 44-year-old Sergei, who ..." -> Sergei
    if np and np.kind == "desc" and j < len(toks) and toks[j][0] == ",":
        app = _np_forward(body, toks, j + 1)
        if app and app.kind == "name":
            return app
    return np


def _clause_subject(body: str, toks) -> _NP | None:
    """Subject at the start of the clause that `toks` ends in (coordination:
    "the victim was 90% burned and screamed")."""
    if not any(t[0].lower() == "and" for t in toks[-8:]):
        return None
    j = len(toks) - 1
    while j >= 0 and toks[j][0] not in ",;:" and toks[j][0].lower() not in CUE_VERBS and toks[j][0].lower() != "that":
        j -= 1
    return _np_forward(body, toks, j + 1)


# --------------------------------------------------------------------------
# Step 2: attribution
# --------------------------------------------------------------------------


class _Context:
    """Per-article lookups shared by all quotes (paragraphs, quote spans)."""

    def __init__(self, body, paras, spans):
        self.body = body
        self.paras = paras
        self.para_starts = [s for s, _ in paras]
        self.spans = spans
        self.open_marks = [o for _, _, o, _ in spans]
        self._mentions: dict[int, list[tuple[int, _NP]]] = {}
        self._subjects: dict[int, list[tuple[int, _NP]]] = {}
        self._people: dict[int, list[tuple[int, _NP]]] = {}
        self._openers: dict[int, list[tuple[_NP, bool]]] = {}
        self._genders: dict[str, str] = {}
        self._before: dict[str, list[str]] = {}

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.open_marks, pos) - 1
        return i >= 0 and pos < self.spans[i][3]

    def sentence_start(self, lo: int, pos: int) -> int:
        """Start of the sentence containing `pos`, not before `lo`."""
        body = self.body
        start = lo
        # the look-ahead must see the character at `pos` (often the mark)
        for m in _SENT_END.finditer(body, max(lo, pos - 600), pos + 2):
            if m.end() > pos:
                break
            if self.in_quote(m.start()):
                continue
            if body[m.start()] == "." and _abbrev_before(body, m.start()):
                continue
            start = m.end()
        while start < pos and body[start].isspace():
            start += 1
        return start

    def sentence_end(self, pos: int, hi: int) -> int:
        body = self.body
        for m in _SENT_END.finditer(body, pos, hi):
            if body[m.start()] == "." and _abbrev_before(body, m.start()):
                continue
            return m.end()
        return hi

    def mentions(self, para: int) -> list[tuple[int, _NP]]:
        """Subjects of cue verbs in a paragraph, outside quotes (memoised):
        the speakers a later pronoun may point back to."""
        got = self._mentions.get(para)
        if got is not None:
            return got
        got = []
        s, e = self.paras[para]
        for m in _CUE.finditer(self.body, s, e):
            if self.in_quote(m.start()) or m.group().lower() == "according to":
                continue
            if not _cue_ok(self.body, m.start(), m.end()):
                continue
            if m.group().lower().endswith("ing") and not _be_before(self.body, m.start()):
                continue  # a participle's subject is the main verb's, found there
            lo = self.sentence_start(s, m.start())
            np = None
            before = self.body[max(s, m.start() - 3):m.start()].rstrip()
            if before.endswith(",") and m.group().split()[0].lower() not in NON_INVERTING:
                # "..., said the official who uses one name."
                after = _tokens(self.body, m.end(), min(e, m.end() + 120))
                np = _np_forward(self.body, after, 0)
                # only when the phrase ends the clause: "said Sudan had ..." is reported speech
                nxt = next((t[0] for t in after if np and t[1] >= np.span[1]), ".")
                if np and not _ends_inverted(nxt, np):
                    np = None
            if np is None:
                np = _np_backward(self.body, _tokens(self.body, lo, m.start()))
            if np and np.kind != "pronoun":
                got.append((np.span[0], np))
        self._mentions[para] = got
        return got


    def gender_of(self, np: _NP) -> str:
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

    def people(self, para: int) -> list[tuple[int, _NP]]:
        """Persons that are the subject of a sentence in a paragraph, whatever
        the verb ("Tom Hale, the defence lawyer, struck a defiant note."):
        the antecedents a following "he said" may point to (memoised)."""
        got = self._people.get(para)
        if got is not None:
            return got
        got = [(np.span[0], np) for np, after_quote in self._sentence_subjects(para)
               if not after_quote and self._is_person(np)]
        self._people[para] = got
        return got

    def _sentence_subjects(self, para: int) -> list[tuple[_NP, bool]]:
        """The noun phrase opening each sentence of a paragraph outside quotes
        (after a leading "In Carhuaz," style phrase), each with whether its
        sentence starts at a quote mark (memoised)."""
        got = self._openers.get(para)
        if got is not None:
            return got
        got = []
        body = self.body
        s, e = self.paras[para]
        starts = [s] + [m.end() for m in _SENT_END.finditer(body, s, e) if not self.in_quote(m.start())]
        for lo in starts:
            while lo < e and body[lo].isspace():
                lo += 1
            if lo >= e or self.in_quote(lo):
                continue
            toks = _tokens(body, lo, min(e, lo + 160))
            np = _np_forward(body, toks, 0)
            if np is None and toks and toks[0][0].lower() in FUNCTION_WORDS:
                c = next((x for x, t in enumerate(toks) if t[0] == ","), None)
                if c is not None:
                    np = _np_forward(body, toks, c + 1)
            if np is not None:
                got.append((np, body[lo] in _OPENERS or body[lo] in "”»"))
        self._openers[para] = got
        return got

    def _is_person(self, np: _NP) -> bool:
        if np.kind == "name":
            if np.role or np.gender in ("m", "f") or " " in np.text:
                return True
            # one word: a person only when the article names them in full
            return any(_is_cap(w) for w in self.words_before(np.text))
        if np.kind == "desc":
            head = np.text.split()[-1].lower()
            return head in TITLES or head in FEMALE_NOUNS or head in MALE_NOUNS or head in _GROUP_HINT
        return False

    def subjects(self, para: int) -> list[tuple[int, _NP]]:
        """People merely mentioned in a paragraph (sentence subjects and
        multi-word names, memoised): the last resort for a pronoun, so that
        "Coach Ellis Brandt was furious. “...,” he said." names Brandt."""
        got = self._subjects.get(para)
        if got is not None:
            return got
        got = [(np.span[0], np) for np, _ in self._sentence_subjects(para) if np.kind != "pronoun"]
        body = self.body
        s, e = self.paras[para]
        for m in _NAME_RUN.finditer(body, s, e):
            if self.in_quote(m.start()):
                continue
            np = _make_np(body, _tokens(body, m.start(), m.end()))
            if np is not None and np.kind == "name":
                got.append((np.span[0], np))
        got.sort(key=lambda x: x[0])
        self._subjects[para] = got
        return got


# The word before a name, an initial between them skipped: "Elena Marchetti",
# "Ms. Marchetti", "Dana J. Holt".
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*\.?)\s+(?:[A-Z]\.\s*)?$")

# Two or more capitalised words in a row: a full name somebody may later
# call "he" or "she". Possessives ("Putin’s") are left to the sentence parse.
_NAME_RUN = re.compile(r"(?:[A-Z][a-z]+\s+)(?:(?:[A-Z]\.\s*)?[A-Z][\w\-]+(?![’'])\s*)+")


_CLAUSE_END = frozenset((",", ".", ";", ":", "who", "whose", "which"))
# Words that may follow an inverted speaker description ("said the official
# on Tuesday", "said the spokesman in a statement") but not a reported
# clause's subject, which a verb follows ("said the count raised ...").
_AFTER_INVERTED = frozenset("on in at during after before from with late earlier".split())


def _ends_inverted(nxt: str, np: _NP) -> bool:
    """True when the phrase after an inverting cue ("..., said X") ends the
    clause, so X is the speaker and not the subject of reported speech."""
    if nxt in _CLAUSE_END:
        return True
    return np.kind == "desc" and (nxt.lower() in _AFTER_INVERTED or nxt.lower() in _TIME_NOUNS)


def _abbrev_before(body: str, dot: int) -> bool:
    j = dot
    while j > 0 and (body[j - 1].isalpha() or body[j - 1] == "."):
        j -= 1
    word = body[j:dot].lower()
    return (len(word) == 1 and body[j].isupper()) or word in _ABBREV


def _be_before(body: str, s: int) -> bool:
    prev = body[max(0, s - 8):s].split()
    return bool(prev) and prev[-1].lower() in _BE


def _cue_ok(body: str, s: int, e: int) -> bool:
    """Reject cue words used as nouns or infinitives: "a warning",
    "refused to say", "will be called up"."""
    prev = body[max(0, s - 12):s].split()
    if body[s:s + 1].isupper() and prev and f"{prev[-1]} {body[s:e]}" in PLACE_NAMES:
        return False  # a word of a name: "the United States" (a title-case "Putin Says" stays a cue)
    if prev:
        p = prev[-1].lower().strip("“”\"'‘’,")
        if p in DETERMINERS or p == "to":
            return False
        if p in _BE or p == "being":
            # passive "was told" is no speech act; progressive "was arguing" is
            return body[s:e].lower().endswith("ing")
    nxt = body[e:e + 4].lower()
    if nxt.startswith(" up") or nxt.startswith(" off"):
        return False
    return True


def _attribute(ctx: _Context, raws: list[_Raw], i: int) -> None:
    raw = raws[i]
    body = ctx.body
    para = ctx.para_of(raw.open_at)
    pstart, pend = ctx.paras[para] if para < len(ctx.paras) else (0, len(body))
    close_para = ctx.para_of(raw.close_at - 1)
    cpend = ctx.paras[close_para][1]
    prev = raws[i - 1] if i else None
    prev_same_para = prev is not None and prev.close_at > pstart
    lo = prev.close_at if prev_same_para else pstart
    sent_lo = ctx.sentence_start(lo, raw.open_at)
    pre_empty = not body[sent_lo:raw.open_at].strip(" \t-–—")
    nxt_open = ctx.open_marks[i + 1] if i + 1 < len(raws) else len(body)
    post_hi = min(cpend, nxt_open)
    post_end = ctx.sentence_end(raw.close_at, post_hi)

    # 1. after the quote: "..., he said" / "..., said X" / "... - X"
    quote_tail = body[raw.end:raw.close_at - 1]
    after = body[raw.close_at:post_end]
    complete = pre_empty or quote_tail[:1] in (",", "?", "!", ".", "…") or body[raw.end - 1:raw.end] in "?!.…" or after.lstrip()[:1] == ","
    if complete:
        found = _post_attribution(body, raw, post_end, ctx.sentence_end(raw.close_at, cpend))
        if found:
            raw.np, raw.cue, raw.how = found[0], found[1], "post"
    # 2. before the quote: "X said (that) ... “Q”" / "according to X, “Q”"
    if raw.np is None and not pre_empty:
        found = _pre_attribution(ctx, raws, i, sent_lo) or _colon_speaker(body, sent_lo, raw.open_at)
        if found:
            raw.np, raw.cue, raw.how = found[0], found[1], "pre"
        elif prev_same_para and prev.np and not body[lo:sent_lo].strip() and prev.how in ("pre", "inherit"):
            # a second fragment of the same sentence: same speaker
            raw.np, raw.cue, raw.how = prev.np, prev.cue, "inherit"
    # 3. a quote that is a whole sentence with no attribution of its own
    if raw.np is None and pre_empty:
        if prev is not None and prev.np is not None and _continues(ctx, prev, raw, para):
            raw.np, raw.how, raw.continues = prev.np, "cont", i - 1
        else:
            found = _previous_sentence(ctx, raw, sent_lo, para)
            if found:
                raw.np, raw.cue, raw.how = found[0], found[1], "prev"
    if raw.np is not None and raw.np.kind == "pronoun":
        raw.np = _resolve(ctx, raws, i, raw.np)


def _post_attribution(body: str, raw: _Raw, post_end: int, sentence_end: int):
    """(speaker, cue) after the quote, up to `post_end` (the next quote or the
    sentence end); `sentence_end` ignores later quotes, to tell "“...”
    Smith said." from a new sentence that reports more ("Smith said the
    government “lied” about ...")."""
    toks = _tokens(body, raw.close_at, post_end)
    k = 0
    while k < len(toks) and toks[k][0] in ",;:":
        k += 1
    if k >= len(toks):
        return None
    if toks[k][0] in _DASHES:
        np = _np_forward(body, toks, k + 1)
        if np and np.kind in ("name", "org", "desc"):
            return np, toks[k][0]
        return None
    # a quote ending a sentence: only a short "Smith said." may follow
    ended = body[raw.end - 1:raw.end] == "." or body[raw.close_at - 1:raw.close_at + 1].endswith(".")
    rest = toks[k:]
    sub = body[rest[0][1]:post_end]
    m = _CUE.match(body, rest[0][1], post_end)
    if m:  # "said X"
        cue = m.group()
        if cue.split()[0].lower() in NON_INVERTING or cue.lower().endswith("ing"):
            return None
        j = k
        while j < len(toks) and toks[j][1] < m.end():
            j += 1
        np = _np_forward(body, toks, j)
        if np:
            return np, " ".join(cue.split())
        return None
    for m in _CUE.finditer(body, rest[0][1], min(post_end, rest[0][1] + 120)):
        before = [t for t in rest if t[2] <= m.start()]
        if len(before) > (30 if any(t[0] == "," for t in before) else 12):
            break  # too far for a speaker phrase (appositions may be long)
        if not _cue_ok(body, m.start(), m.end()):
            continue
        np = _np_backward(body, before)
        if np is None:
            return None
        # The speaker must be all that stands before the cue.
        first_word = next((t for t in before if _is_word(t[0])), None)
        if first_word is None or not _covers_from(before, np, first_word):
            return None
        if ended and len([t for t in _tokens(body, m.end(), max(sentence_end, m.end())) if _is_word(t[0])]) > 8:
            return None
        if ended and post_end < sentence_end and any(_is_word(t[0]) for t in toks if t[1] >= m.end()):
            return None  # "Ruiz said the army “lied”": reported speech with a quote of its own
        cue = " ".join(m.group().split())
        if cue.lower() == "according to":
            np2 = _np_forward(body, toks, next(x for x, t in enumerate(toks) if t[1] >= m.end()) if any(t[1] >= m.end() for t in toks) else len(toks))
            return (np2, cue) if np2 else None
        return np, cue
    del sub
    return None


def _covers_from(before, np: _NP, first_word) -> bool:
    """True when the words before the noun phrase are only determiners or
    adverbials, so the phrase really is the subject of the cue."""
    start = np.phrase_start if np.phrase_start >= 0 else np.span[0]
    for t in before:
        if t[1] >= start:
            return True
        w = t[0].lower()
        if _is_word(t[0]) and w not in DETERMINERS and w not in ("one", "of") and not _is_cap(t[0]) and not _titleish(t[0]) and w not in HONORIFICS:
            if w not in ADVERBS:
                return False
    return True


def _pre_attribution(ctx: _Context, raws, i: int, sent_lo: int):
    body = ctx.body
    raw = raws[i]
    cues = [m for m in _CUE.finditer(body, sent_lo, raw.open_at) if not ctx.in_quote(m.start()) and _cue_ok(body, m.start(), m.end())]
    if not cues:
        return None
    verbs = [m for m in cues if m.group().lower() != "according to"]
    m = verbs[-1] if verbs else cues[-1]
    cue = " ".join(m.group().split())
    if cue.lower() == "according to":
        toks = _tokens(body, m.end(), raw.open_at)
        np = _np_forward(body, toks, 0)
        return (np, cue) if np else None
    if m.group().lower().endswith("ing") and m.group().lower() not in ("ruling",):
        # participle: "..., adding that ..." -> the subject of the main verb
        finite = [c for c in verbs if not c.group().lower().endswith("ing")]
        if finite:
            np = _np_backward(body, _tokens(body, sent_lo, finite[-1].start()))
            if np:
                return np, cue
        prev = raws[i - 1] if i else None
        if prev is not None and prev.np and prev.close_at >= sent_lo - 2 and prev.close_at <= m.start():
            return prev.np, cue
        toks = _tokens(body, sent_lo, m.start())
        np = _np_forward(body, toks, 0)
        if np is None:
            c = next((x for x, t in enumerate(toks) if t[0] == ","), None)
            if c is not None:
                np = _np_forward(body, toks, c + 1)
        return (np, cue) if np else None
    toks = _tokens(body, sent_lo, m.start())
    np = _np_backward(body, toks)
    if np is None and len(toks) > 2 and toks[-1][0].lower() in ("which", "who") and toks[-2][0] == ",":
        np = _np_backward(body, toks[:-2])  # "the State Department, which said the “unjustified” attacks"
    return (np, cue) if np else None


def _colon_speaker(body: str, sent_lo: int, open_at: int):
    """(speaker, ":") for "Dr Ama Owusu: “We were lucky.”", with no verb of saying.

    The clause before the colon must be the whole noun phrase, and a
    speaker: a name, an institution or a title ("the minister"). "The
    message was clear:" and "The answer:" name no one; a lone capitalised
    word ("Update:") is a label unless the article also names it in full,
    and a place is a topic.
    """
    before = body[sent_lo:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = sent_lo + len(before) - 1
    lo = sent_lo
    for m in _CLAUSE_OPEN.finditer(body, sent_lo, colon):
        lo = m.end()
    lead = _LIST_LEAD.match(body, lo, colon)  # "experts such as Dr Azm Al Homoud:"
    toks = _tokens(body, lead.end() if lead else lo, colon)
    np = _np_backward(body, toks)
    first_word = next((t for t in toks if _is_word(t[0])), None)
    if np is None or first_word is None or not _covers_from(toks, np, first_word):
        return None
    words = np.text.split()
    if np.text in PLACE_NAMES:
        return None  # "South Sudan: “...”" heads a story about the place, not a statement by it
    if np.kind == "desc" and words[-1].lower() not in TITLES:
        return None
    if np.kind == "name" and len(words) == 1 and not re.search(
            rf"\b[A-Z][\w’'-]+\s+{re.escape(words[0])}\b", body):
        return None
    if np.kind not in ("name", "org", "desc"):
        return None
    return np, ":"


_LIST_LEAD = re.compile(r"(?:such\s+as|like|including|notably)\s+", re.IGNORECASE)
# Where the clause holding a colon speaker starts: "Asked whether he would resign, the minister:".
_CLAUSE_OPEN = re.compile(r"[,;(—–]\s*")


def _continues(ctx: _Context, prev: _Raw, raw: _Raw, para: int) -> bool:
    """A whole-sentence quote with no attribution right after an attributed
    quote carries on the same speaker ("“A,” he said. “B.”", or the next
    paragraph being only a quote)."""
    body = ctx.body
    prev_para = ctx.para_of(prev.close_at - 1)
    if prev_para == para:
        gap = body[prev.close_at:raw.open_at]
    elif prev_para == para - 1 and raw.open_at == ctx.paras[para][0]:
        gap = body[prev.close_at:ctx.paras[prev_para][1]]
    else:
        return False
    # The gap may hold the previous quote's attribution, not another sentence.
    ends = [m for m in _SENT_END.finditer(gap + " X") if not (gap[m.start()] == "." and _abbrev_before(gap, m.start()))]
    return len(ends) <= 1 and len(gap) < 250


def _previous_sentence(ctx: _Context, raw: _Raw, sent_lo: int, para: int):
    """Speaker introduced in the sentence before: "Smith told reporters:" /
    "Smith spoke to reporters on Monday. “We will appeal.”"."""
    body = ctx.body
    if sent_lo > ctx.paras[para][0]:
        end = sent_lo
        lo = ctx.paras[para][0]
    elif para > 0:
        lo, end = ctx.paras[para - 1]
    else:
        return None
    while end > lo and body[end - 1].isspace():
        end -= 1
    start = ctx.sentence_start(lo, max(lo, end - 1))
    seg = body[start:end].rstrip()
    if not seg or ctx.in_quote(start):
        return None
    colon = seg.endswith(":")
    cues = [m for m in _CUE.finditer(body, start, end) if not ctx.in_quote(m.start()) and _cue_ok(body, m.start(), m.end())]
    if not cues:
        return None
    m = cues[-1]
    if not colon and any(ch in body[m.end():end] for ch in "“”\"«»"):
        return None  # the cue there introduced a quote of its own
    cue = " ".join(m.group().split())
    if cue.lower() == "according to":
        np = _np_forward(body, _tokens(body, m.end(), end), 0)
    else:
        np = _np_backward(body, _tokens(body, start, m.start()))
    if np is None:
        return None
    return np, cue


# --------------------------------------------------------------------------
# Step 3: pronouns and name variants
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


def _resolve(ctx: _Context, raws: list[_Raw], i: int, pron: _NP) -> _NP:
    """The person a pronoun cue ("..., she said") points back to.

    Candidates are the speakers of earlier quotes, the subjects of cue verbs
    and the person subjects of sentences, read paragraph by paragraph from
    the pronoun back (its own paragraph first). In each paragraph the nearest
    candidate of the pronoun's gender wins, then the nearest of unknown
    gender; only when no paragraph in reach has one do looser fallbacks apply.
    """
    pos = pron.span[0]
    para = ctx.para_of(pos)
    lo_para = max(0, para - _REACH)
    own = _sole_person_before(ctx, pron, para)
    if own is not None:
        return _as_pronoun(own, pron, ctx.gender_of(own))
    # Earlier quotes' speakers, nearest last. Those of quotes in paragraphs
    # before the reach only serve the last resort below, which walks back
    # from the nearest: collecting them all for every quote was quadratic.
    cands: list[tuple[int, _NP]] = []
    j = i - 1
    while j >= 0 and ctx.para_of(raws[j].open_at) >= lo_para:
        _speaker_candidate(raws[j], pos, cands)
        j -= 1
    cands.reverse()
    first, second = _COMPATIBLE[pron.gender]
    exact = first - {"u"} if pron.gender in ("m", "f") else first
    loose = {"u"} if pron.gender in ("m", "f") else set()
    near: list[tuple[int, _NP]] = []
    for p in range(para, lo_para - 1, -1):
        ps, pe = ctx.paras[p] if ctx.paras else (0, len(ctx.body))
        tier = [c for c in cands if ps <= c[0] < pe]
        tier.extend((q, np) for q, np in ctx.mentions(p) if q < pos)
        tier.extend((q, np) for q, np in ctx.people(p) if q < pos)
        tier.sort(key=lambda c: c[0], reverse=True)
        # A name of the pronoun's gender merely mentioned in the paragraph
        # ("Dr Paul Kerr met Ms Rita Vance. She said ...") beats a speaker
        # or subject whose gender is unknown.
        named = sorted(((q, np) for q, np in ctx.subjects(p) if q < pos and np.kind == "name"),
                       key=lambda c: c[0], reverse=True)
        for wanted, pool in ((exact, tier), (exact, named), (loose, tier)):
            for _, np in pool:
                if ctx.gender_of(np) in wanted:
                    return _as_pronoun(np, pron, ctx.gender_of(np))
        near.extend(tier)
    near.sort(key=lambda c: c[0], reverse=True)
    for _, np in near:
        if ctx.gender_of(np) in second:
            return _as_pronoun(np, pron, ctx.gender_of(np))
    # Nobody spoke in reach: somebody merely mentioned there.
    mentioned = [(q, np) for p in range(lo_para, para + 1) for q, np in ctx.subjects(p) if q < pos]
    for wanted in (first, second):
        for _, np in reversed(mentioned):
            if ctx.gender_of(np) in wanted and np.kind in ("name", "desc", "org"):
                return _as_pronoun(np, pron, ctx.gender_of(np))
    for _, np in reversed(cands):
        if ctx.gender_of(np) in first or ctx.gender_of(np) in second:
            return _as_pronoun(np, pron, ctx.gender_of(np))
    # The last resort looks back a bounded number of quotes: a speaker further
    # back is a guess, and an unbounded walk made every quote cost all before it.
    for k in range(j, max(-1, j - _LAST_RESORT_QUOTES), -1):
        found: list[tuple[int, _NP]] = []
        _speaker_candidate(raws[k], pos, found)
        if found and (ctx.gender_of(found[0][1]) in first or ctx.gender_of(found[0][1]) in second):
            return _as_pronoun(found[0][1], pron, ctx.gender_of(found[0][1]))
    return pron


def _speaker_candidate(raw: _Raw, pos: int, out: list[tuple[int, _NP]]) -> None:
    """Add the named speaker of an earlier quote, keyed by where it counts as said."""
    np = raw.np
    if np is not None and np.kind != "pronoun" and np.span[0] < pos:
        out.append((max(np.span[0], raw.start if raw.how == "cont" else np.span[0]), np))


_LAST_RESORT_QUOTES = 40


def _sole_person_before(ctx: _Context, pron: _NP, para: int) -> _NP | None:
    """The one person named earlier in the pronoun's own sentence, if any and
    of a fitting gender: in "President Obama seemed to change his mind,
    calling ... what he called “hostile” actions", "he" is Obama, whoever
    spoke in the paragraph before."""
    if pron.gender not in ("m", "f"):
        return None
    pos = pron.span[0]
    lo = ctx.sentence_start(ctx.paras[para][0] if ctx.paras else 0, pos)
    people = {np.text: np for q, np in ctx.subjects(para) if lo <= q < pos and ctx._is_person(np)}
    if len(people) != 1:
        return None
    (np,) = people.values()
    return np if ctx.gender_of(np) in (pron.gender, "u") else None


def _as_pronoun(np: _NP, pron: _NP, gender: str | None = None) -> _NP:
    # Keep the pronoun's span: it is the mention the attribution found.
    gender = gender or np.gender
    return _NP(np.text, pron.span, np.kind, gender if gender != "u" else pron.gender, np.role)


def _unify_names(body: str, raws: list[_Raw]) -> None:
    """Give every name its longest form in the article ("Putin" ->
    "Vladimir Putin"), with the role found next to that form."""
    best: dict[str, tuple[str, str | None]] = {}
    for raw in raws:
        np = raw.np
        if np is None or np.kind != "name" or np.text in best:
            continue
        name, role = np.text, np.role
        pos = body.find(np.text)
        while pos >= 0:
            end = pos + len(np.text)
            if (pos == 0 or not body[pos - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
                toks = _tokens(body, max(0, pos - 80), end)
                while toks and toks[0][1] < max(0, pos - 80) + 1 and len(toks) > 1 and pos - 80 > 0:
                    toks = toks[1:]  # a word cut by the window
                cand = _np_backward(body, toks)
                if cand and cand.kind == "name" and cand.text.endswith(np.text) and len(cand.text) > len(name):
                    name, role = cand.text, cand.role or role
            pos = body.find(np.text, pos + 1)
        best[np.text] = (name, role)
    for raw in raws:
        np = raw.np
        if np is not None and np.kind == "name" and np.text in best:
            name, role = best[np.text]
            if name != np.text or (role and not np.role):
                raw.np = _NP(name, np.span, np.kind, np.gender, np.role or role)
