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
from dataclasses import dataclass

from .doc import Doc
from .gazetteer import PLACE_NAMES
from .lexicon import load as _lexicon
from .marks import OPENERS
from .names import TITLE_WORDS, given_names, name_index
from .text import manner_adverb
from .mentions import (ADVERBS, GROUP_NOUNS, ORG_WORDS, TIME_NOUNS, IRREGULAR_PAST, CUE, CUE_VERBS, DETERMINERS, FUNCTION_WORDS, HONORIFICS, NON_INVERTING, NP, SENT_END, TITLES, Context,
                       abbrev_before, context, cue_ok, is_cap, is_word, np_backward, np_forward, past_form, resolve, sole_person_before,
                       titleish)

_DASHES = "-–—"
_SAYING = _lexicon("en").saying
# what may follow a speaker and an unknown verb of saying: "on Monday", "later", "in a statement"
_ADVERBIAL_STARTS = ADVERBS | _lexicon("en").words("grammar.yaml", "time_openers") | _lexicon("en").words(
    "grammar.yaml", "after_inverted")
_AUXILIARIES = _lexicon("en").words("grammar.yaml", "be") | _lexicon("en").words("grammar.yaml", "have") | {"being"}
_MARKS = frozenset("“”\"'‘’«»„")


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
    # How the speaker was found (see VIA) and what it is: name | desc | org |
    # pronoun (one left unresolved); `joint` for "said A and B".
    via: str | None = None
    speaker_kind: str | None = None
    joint: bool = False


# How a speaker was found, for the judge: only a speaker named as the subject
# (or inverted subject) of a cue verb, "according to" or a colon is explicit.
VIA_CUE, VIA_ACCORDING, VIA_COLON, VIA_DASH = "cue", "according_to", "colon", "dash"
VIA_PRONOUN, VIA_CONTINUED, VIA_PREVIOUS, VIA_INHERIT = "pronoun", "continued", "previous_sentence", "inherit"
VIA_SUBJECT = "subject"  # the subject of the quote's sentence, no cue verb
EXPLICIT = frozenset({VIA_CUE, VIA_ACCORDING, VIA_COLON, VIA_DASH})


@dataclass
class _Raw:
    start: int  # quote text span
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just after the closing mark
    np: NP | None = None
    cue: str | None = None
    continues: int | None = None
    how: str = ""  # post | pre | inherit | cont | prev
    pronoun: bool = False  # the speaker was found as a pronoun
    sent_lo: int = -1  # where the sentence holding the opening mark starts
    unnamed: bool = False  # the sentence has a subject, but it names no one


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_quotes(body: str | Doc, title: str | None = None) -> list[Quote]:
    """Find the direct quotations in `body` (the text, or the article's `Doc`)
    and attribute them to speakers; `title`, the article's, tells a headline
    repeated as the first paragraph.

    Never raises: odd mark counts and stray marks are ignored.

    >>> body = "“We will rebuild,” said Mayor Anna Ruiz. She added: “Every street.”"
    >>> [(q.text, q.speaker, q.role, q.cue) for q in find_quotes(body)]
    [('We will rebuild', 'Anna Ruiz', 'Mayor', 'said'), ('Every street.', 'Anna Ruiz', 'Mayor', 'added')]
    """
    try:
        return _find_quotes(body, title)
    except Exception:  # pragma: no cover - the contract is "never raises"
        return []


def _find_quotes(body: str | Doc, title: str | None) -> list[Quote]:
    doc = body if isinstance(body, Doc) else Doc(body) if isinstance(body, str) else None
    if doc is None or not doc.body:
        return []
    ctx = context(doc, title)
    if not ctx.spans:
        return []
    body = doc.body
    # a title named in quotation marks ("said on ABC’s “This Week” that ...")
    # is no quotation: left out before attribution, so that it neither takes
    # a cue nor stands between a quote and its sentence's cue
    raws = _without_titles(ctx)
    for i, raw in enumerate(raws):
        _attribute(ctx, raws, i)
    _unify_names(ctx, raws)
    kept = _quotations(ctx, raws)
    index = {i: k for k, i in enumerate(kept)}
    out = []
    for raw in (raws[i] for i in kept):
        np = raw.np
        out.append(
            Quote(
                start=raw.start,
                end=raw.end,
                text=body[raw.start:raw.end],
                # a pronoun left unresolved names no one: its span says where the attribution is
                speaker=np.text if np and np.kind != "pronoun" else None,
                speaker_span=np.span if np else None,
                role=np.role if np else None,
                cue=raw.cue,
                continues=index.get(raw.continues) if raw.continues is not None else None,
                via=_via(raw) if np else None,
                speaker_kind=np.kind if np else None,
                joint=bool(np) and _joint(ctx, np),
            )
        )
    return out


def _quotations(ctx: Context, raws: list[_Raw]) -> list[int]:
    """The indices of the quotes that are quotations, not mentions."""
    kept: list[int] = []
    for i, raw in enumerate(raws):
        if not _mention(ctx, raw):
            kept.append(i)
        elif kept and kept[-1] == i - 1 and _joined(ctx, raws[i - 1], raw):
            # one of a list of quoted words: "waging “profane” and “sexist”
            # attacks" quotes both words as the first one is quoted
            if raw.np is None and raws[i - 1].np is not None:
                raw.np, raw.cue, raw.how = raws[i - 1].np, raws[i - 1].cue, "inherit"
            kept.append(i)
    return kept


def _mention(ctx: Context, raw: _Raw) -> bool:
    """A title, a name or a scare quote in quotation marks, not a quotation:
    a word or two nobody is said to say ("so-called “experts”"), a short
    title-case span with no cue ("“Doctor Who”", "“Peace Through
    Strength”"), a span used as a noun ("the “Doctor Who” star"), anything in a
    headline, a markup attribute's value (`author="@someone"`)."""
    body = ctx.body
    if raw.open_at < max(ctx.title_end, ctx.first_line_end) or body[raw.open_at - 1:raw.open_at] == "=" or (
            _subhead(ctx, raw)):
        return True
    if body[raw.open_at] in "'‘" and (_double_style(ctx) or _two_apostrophe_style(ctx)):
        # Copy that quotes with double marks keeps single ones for quotes inside
        # quotes and for headlines and subheads ("Trump Says Cruz Has ‘a Long
        # Way’ to Go", "‘There's so much anger.’"): a single-quoted span outside
        # any double quote is no quotation there. In single-mark copy it is;
        # not in copy that writes its double marks as two apostrophes (''Yes,''
        # he said), where a single-quoted span is a quote inside a quote.
        return True
    text = body[raw.start:raw.end]
    words = _WORDS.findall(text)
    if _no_words_said(ctx, raw, text, words):
        return True
    if raw.np is None and not raw.unnamed and len(words) <= 2 and not _cue_before(ctx, raw):
        return True
    if raw.np is not None and raw.how != "subject":
        return False  # a cue, a colon or the quote before names who says it
    if raw.np is None and len(words) <= 6 and not text.rstrip("”’\"'").endswith((".", "!", "?")) and all(
            w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words):
        return True
    article = _article_before(ctx, raw)
    if article == "so-called" or (article == "the" and all(w[:1].isupper() for w in words)):
        return True  # "the so-called “green corridor”", "cheered the “Iron Lady”"
    return len(words) <= 4 and _used_as_noun(ctx, raw)


def _no_words_said(ctx: Context, raw: _Raw, text: str, words: list[str]) -> bool:
    """Marks around something no one says, whatever cue is near: a figure
    ("is “99.5” percent sure"), a label ("“See also:”"), or a term the sentence
    opens with to define it ("“Backchannel” is a diplomat's word for ...")."""
    if not _LETTERS.search(text) or (len(words) <= 3 and text.endswith(":")):
        return True
    # (a comma or a stop inside the marks ends words said: "“Anybody but Hale,” was the sign's")
    if len(words) > 3 or any(ch in ".,!?" for ch in ctx.body[raw.end - 1:raw.close_at]) or not _opens_sentence(ctx, raw):
        return False
    after = ctx.tokens(raw.close_at, raw.close_at + 20)[:1]
    # ("“Sad and wrong” was how Hale described it": a verb of saying after it makes it words said)
    return bool(after) and after[0][0] in _DEFINING and not _unread_attribution(ctx, raw)


def _opens_sentence(ctx: Context, raw: _Raw) -> bool:
    """The opening mark starts its paragraph or follows a full stop, a closing mark between at most."""
    lo = ctx.paras[ctx.para_of(raw.open_at)][0]
    head = ctx.body[max(lo, raw.open_at - 6):raw.open_at].rstrip().rstrip("”’\"'")
    return not head or head[-1] in ".!?"


_LETTERS = re.compile(r"[^\W\d_]")

# What follows a term that opens its sentence to be defined: "“X” is ...", "“X” has been ..."
_DEFINING = _AUXILIARIES | _lexicon("en").words("speech.yaml", "defining_verbs")


def _subhead(ctx: Context, raw: _Raw) -> bool:
    """The quote's paragraph is written in capitals, a subhead as its headline
    is: "3. FOR FERRY CREWS “THE TIDE HAS TURNED”". Copy all in capitals, as old
    wire copy is, has no subheads. (The paragraphs in capitals are memoised.)"""
    return ctx.para_of(raw.open_at) in ctx.doc.memo("quotes.subheads", _upper_paragraphs)


def _upper_paragraphs(doc: Doc) -> set[int]:
    # Read from the Doc the memo is keyed on (a Context's paragraphs are its Doc's).
    paras = doc.paragraphs
    upper = {i for i, (lo, hi) in enumerate(paras) if doc.body[lo:hi].isupper()}
    return upper if len(upper) < len(paras) else set()


def _joined(ctx: Context, prev: _Raw, raw: _Raw) -> bool:
    """The quote follows `prev` joined by "and", "or" or a comma only."""
    between = ctx.body[prev.close_at:raw.open_at]  # any space: "“Apollo 9,”\xa0“Dark Harbor”"
    return len(between) <= 12 and "\n" not in between and between.replace(",", " ").strip().lower() in ("", "and", "or")


def _without_titles(ctx: Context) -> list[_Raw]:
    """The quotes that are no named title. A title-case span joined to a title
    by a comma or "and" is one of a list of titles: "roles in “Silent River,”
    “Apollo 9” and “Dark Harbor”"."""
    raws: list[_Raw] = []
    title = None  # the title just left out
    for s, e, o, c in ctx.spans:
        raw = _Raw(s, e, o, c)
        if _named_title(ctx, raw) or (title is not None and _joined(ctx, title, raw) and _title_case(ctx, raw)):
            title = raw
        else:
            raws.append(raw)
            title = None
    return raws


def _title_case(ctx: Context, raw: _Raw) -> bool:
    """One to eight words in title case, no exclamation or question."""
    text = ctx.body[raw.start:raw.end]
    words = _WORDS.findall(text)
    return 1 <= len(words) <= 8 and text.rstrip("”’\"' ")[-1:] not in ("!", "?") and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _named_title(ctx: Context, raw: _Raw) -> bool:
    """A title in title case after a possessive or a preposition, even where a
    cue names a speaker: "he said on ABC’s “This Week.”", "an interview with
    “Meet the Press”", "the co-author of “Going Viral”". One word after a
    preposition ("the “Feed”") and an exclamation ("chants of “Feel the Bern!”")
    are left to the other rules. A headline cited with its byline ("“Harbor
    diner to close,” by Courier’s Ana Ruiz: ...") is a title in any case."""
    if _bylined(ctx, raw) or _dated(ctx, raw):
        return True
    if not _title_case(ctx, raw):
        return False
    words = _WORDS.findall(ctx.body[raw.start:raw.end])
    if len(words) >= 2 and _opens_sentence(ctx, raw) and _noun_after(ctx, raw):
        return True  # a title opening its sentence as a noun's modifier: "“Morning Desk” host Ana Ruiz"
    after = ctx.tokens(raw.close_at, raw.close_at + 30)[:1]
    if after and after[0][0] in _WORK_NOUNS:
        return True  # a title before its kind of work: "the “Morning Desk” podcast"
    before = [t for t in ctx.tokens(max(0, raw.open_at - 40), raw.open_at) if t[0] != ","][-2:]
    if not before:
        return False
    w = before[-1][0]
    if w == "with" and len(before) == 2 and before[0][0].lower() in _WORK_NOUNS and len(words) >= 2:
        return True  # "in an interview with “Morning Desk”"
    if w.lower() in _LISTENER_VERBS and len(words) >= 2:
        return True  # an outlet told something: "Ruiz told “Morning Desk” on Monday"
    if w.lower() in _WORK_NOUNS:
        return True  # "the reality show “The Apprentice”", "her film, “Trainwreck.”"
    # one title-case word after a possessive names a show too ("Channel Nine’s “Sunrise”"); after
    # a preposition it is as often a slogan or a scare quote ("voted for “Change”")
    return (w[-2:] in ("’s", "'s") and len(w) > 2) or (len(words) >= 2 and w.lower() in _PREPOSITIONS)


# A year in parentheses right after a closing mark: "“Salt and Stone” (2014)", "(poster, 2003)"
_YEAR_AFTER = re.compile(r"\s?\([^()\n]{0,60}?\b(1[89]|20)\d\d\)")


def _dated(ctx: Context, raw: _Raw) -> bool:
    """A work, a slogan or a poster cited with its year: "“Salt and Stone” (2014)".
    A longer passage cited so is a quotation of the work ("“...” (Hale, 2014)")."""
    return _YEAR_AFTER.match(ctx.body, raw.close_at) is not None and len(_WORDS.findall(
        ctx.body[raw.start:min(raw.end, raw.start + 200)])) <= 10


def _bylined(ctx: Context, raw: _Raw) -> bool:
    """The quote opens its paragraph (after a label at most: "LAST CALL—") and a
    byline follows it: "“Title,” by Courier’s Ana Ruiz"; a quote inside a
    sentence followed by "by" names who is quoted ("a “witch hunt” by Democrats")."""
    body = ctx.body
    after = [t[0] for t in ctx.tokens(raw.close_at, raw.close_at + 60) if t[0] != ","][:6]
    if len(after) < 2 or after[0] != "by":
        return False
    if after[1].lower() in _ARTICLES:
        # an outlet's name with its article, then its writer: "by the Courier’s Ana Ruiz"
        # ("“...” by the United States, Ruiz said" goes on with the sentence)
        if not any(w.endswith(("’s", "'s")) and is_cap(w) for w in after[2:]):
            return False
    elif not is_cap(after[1]):
        return False
    para = ctx.para_of(raw.open_at)
    lead = body[ctx.paras[para][0]:raw.open_at] if para < len(ctx.paras) else ""
    return not any(ch.islower() for ch in lead)


def _double_style(ctx: Context) -> bool:
    """Whether most of the article's quotes open with a double mark (memoised)."""
    return ctx.doc.memo("quotes_double_style", lambda d: 2 * sum(
        d.body[o] in "'‘" for _, _, o, _ in ctx.spans) < len(ctx.spans))


def _two_apostrophe_style(ctx: Context) -> bool:
    """Whether the article writes its quotation marks as two apostrophes, as
    some archives do (''We will win,'' she said), at least twice (memoised)."""
    return ctx.doc.memo("quotes_two_apostrophes", lambda d: d.body.count("''") >= 2)


def _cue_before(ctx: Context, raw: _Raw) -> bool:
    """A verb of saying before the quote in its sentence: "he said the plan
    was “dead”" reports the words even when no speaker could be read."""
    body = ctx.body
    return any(not ctx.in_quote(m.start()) and cue_ok(body, m.start(), m.end())
               for m in ctx.cues(max(raw.sent_lo, 0), raw.open_at))


def _speaker_like(ctx: Context, np: NP) -> bool:
    return np.kind in ("pronoun", "org") or ctx.is_person(np)


# Small words left lower case inside a title ("Girls of the Sun").
_TITLE_SMALL = _lexicon("en").words("grammar.yaml", "title_small_words")
_PREPOSITIONS = _lexicon("en").words("grammar.yaml", "prepositions")
_WORK_NOUNS = _lexicon("en").words("speech.yaml", "work_nouns")
_LISTENER_VERBS = _lexicon("en").words("speech.yaml", "listener_verbs")
_WORDS = re.compile(r"[^\W_][\w’'-]*")


def _article_before(ctx: Context, raw: _Raw) -> str:
    """The word before the opening mark, lower case."""
    before = ctx.tokens(max(0, raw.open_at - 30), raw.open_at)[-1:]
    return before[0][0].lower() if before else ""


def _used_as_noun(ctx: Context, raw: _Raw) -> bool:
    """The quoted words modify a noun: "the “Doctor Who” star", "a “Trump-style” wall"."""
    before = ctx.tokens(max(0, raw.open_at - 30), raw.open_at)[-1:]
    return bool(before) and before[0][0].lower() in DETERMINERS - _CLAUSE_DETERMINERS and _noun_after(ctx, raw)


def _noun_after(ctx: Context, raw: _Raw) -> bool:
    """A lower-case word that may be a noun follows the closing mark: no function word, no verb in the past."""
    after = ctx.tokens(raw.close_at, raw.close_at + 30)[:1]
    if not after:
        return False
    w = after[0][0]
    return w.isalpha() and w.islower() and w not in FUNCTION_WORDS and w not in CUE_VERBS and not w.endswith("ed") and (
        w not in IRREGULAR_PAST)


# "that" and "this" open clauses as often as noun phrases: "the threat that “Islamic terrorism” poses"
_CLAUSE_DETERMINERS = frozenset(("that", "this"))


def _via(raw: _Raw) -> str:
    if raw.pronoun:
        return VIA_PRONOUN
    if raw.how == "cont":
        return VIA_CONTINUED
    if raw.how == "prev":
        return VIA_PREVIOUS
    if raw.how == "inherit":
        return VIA_INHERIT
    if raw.how == "subject":
        return VIA_SUBJECT
    cue = (raw.cue or "").lower()
    return VIA_ACCORDING if cue == "according to" else VIA_COLON if cue == ":" else VIA_DASH if cue in _DASHES \
        else VIA_CUE


def _joint(ctx: Context, np: NP) -> bool:
    """Whether the speaker is one of several joined by "and": "said Ruiz and
    Kim", "Ruiz and Kim said" (a joint statement, no one's own words)."""
    s, e = np.span
    after = ctx.tokens(e, e + 40)[:2]
    if len(after) == 2 and after[0][0].lower() in ("and", "&") and is_cap(after[1][0]):
        return True
    before = ctx.tokens(max(0, s - 40), s)[-2:]
    return len(before) == 2 and before[1][0].lower() in ("and", "&") and is_cap(before[0][0])


def _attribute(ctx: Context, raws: list[_Raw], i: int) -> None:
    raw = raws[i]
    body = ctx.body
    para = ctx.para_of(raw.open_at)
    pstart, pend = ctx.paras[para] if para < len(ctx.paras) else (0, len(body))
    close_para = ctx.para_of(raw.close_at - 1)
    cpend = ctx.paras[close_para][1]
    prev = raws[i - 1] if i else None
    prev_same_para = prev is not None and prev.close_at > pstart
    lo = prev.close_at if prev_same_para else pstart
    sent_lo = raw.sent_lo = ctx.sentence_start(lo, raw.open_at)
    pre = body[sent_lo:raw.open_at].strip(" \t-–—,")
    pre_empty = not pre or (pre[0].isupper() and pre.lower() in _CONNECTORS)
    nxt_open = raws[i + 1].open_at if i + 1 < len(raws) else len(body)
    post_hi = min(cpend, nxt_open)
    post_end = ctx.sentence_end(raw.close_at, post_hi)

    # 1. after the quote: "..., he said" / "..., said X" / "... - X"
    _attribute_after(ctx, raw, sent_lo, pre_empty, post_end, cpend)
    # 2. before the quote: "X said (that) ... “Q”" / "according to X, “Q”"
    if raw.np is None and not pre_empty:
        _attribute_before(ctx, raws, i, sent_lo, lo if prev_same_para else -1)
    # 3. a quote that is a whole sentence with no attribution of its own
    if raw.np is None and pre_empty:
        _attribute_sentence(ctx, raws, i, sent_lo, para)
    # 4. the sentence ends in its attribution: "“...” by the shooting, Nefzi said."
    # (which outranks the sentence's subject, the quote before and the
    # sentence before: "The vote signals “the end,” said Ruiz.")
    if raw.np is None or raw.how in ("subject", "cont", "prev"):
        found = _final_attribution(ctx, raw, ctx.sentence_end(raw.close_at, cpend))
        if found:
            raw.np, raw.cue, raw.how, raw.continues = found[0], found[1], "post", None
    if raw.np is not None and raw.np.kind == "pronoun":
        raw.pronoun = True
        pron = raw.np
        found = resolve(ctx, raws, i, pron)
        # a guess among several people is no speaker: "he" stays unresolved
        raw.np = _repeated_subject(ctx, pron, pron if _several_fit(ctx, found, pron) else found)


def _repeated_subject(ctx: Context, pron: NP, np: NP) -> NP:
    """The speaker as named in the sentence when the pronoun only repeats
    that person as the subject of a clause inside it: "Ruiz attacked what
    she calls the “river lobby”" credits Ruiz, named there, with the words;
    "..., she said" keeps its own mention, the pronoun."""
    before = ctx.tokens(max(0, pron.span[0] - 12), pron.span[0])
    if np.kind == "pronoun" or not before or before[-1][0].lower() not in _CLAUSE_PRONOUN_OPENERS:
        return np
    own = sole_person_before(ctx, pron, ctx.para_of(pron.span[0]))
    return NP(np.text, own.span, np.kind, np.gender, np.role) if own is not None and own.text == np.text else np


# What opens a clause whose subject pronoun may repeat the sentence's subject: "what he calls", "whom she called"
_CLAUSE_PRONOUN_OPENERS = _lexicon("en").words("grammar.yaml", "clause_pronoun_openers")


def _attribute_after(ctx: Context, raw: _Raw, sent_lo: int, pre_empty: bool, post_end: int, cpend: int) -> None:
    """The speaker after the quote, when the quote leaves room for one (a
    comma, a stop or nothing before it): "..., he said" / "..., said X"."""
    body = ctx.body
    quote_tail = body[raw.end:raw.close_at - 1]
    after = body[raw.close_at:post_end]
    if not (pre_empty or quote_tail[:1] in (",", "?", "!", ".", "…") or body[raw.end - 1:raw.end] in "?!.…"
            or after.lstrip()[:1] == ","):
        return
    found = _post_attribution(ctx, raw, post_end, ctx.sentence_end(raw.close_at, cpend))
    if found and (_bare(found[0]) or _in_opening_clause(ctx, raw, sent_lo)) and _cue_right_before(ctx, raw, sent_lo):
        # "Marchers chanted, “...,” witnesses reported": the witnesses report it;
        # "When a man shouted, “...,” Beck joked": the quote is the opening clause's
        found = None
    if found:
        raw.np, raw.cue, raw.how = found[0], found[1], "post"


# What may stand before a quote that is its sentence: nothing, or "But", "Then,"
_CONNECTORS = _lexicon("en").words("grammar.yaml", "sentence_connectors")


def _bare(np: NP) -> bool:
    """A plural noun of people with no determiner ("witnesses", "local officials")."""
    return np.kind == "desc" and np.text[:1].islower() and np.text.split()[0] not in DETERMINERS


def _in_opening_clause(ctx: Context, raw: _Raw, sent_lo: int) -> bool:
    """The quote closes a subordinate clause that opens the sentence, no
    comma in it before the one ahead of the quote: "When a man shouted,
    “...”" (its main clause follows the quote)."""
    toks = ctx.tokens(sent_lo, raw.open_at)
    return len(toks) > 2 and toks[0][0].lower() in _CLAUSE_OPENERS and not any(t[0] == "," for t in toks[:-1])


def _cue_right_before(ctx: Context, raw: _Raw, sent_lo: int) -> bool:
    """A verb of saying right before the opening mark, a comma or a colon
    between at most: "Marchers chanted, “...”"."""
    head = ctx.body[sent_lo:raw.open_at].rstrip(" ,:")
    last = None
    for last in CUE.finditer(head, max(0, len(head) - 40)):
        pass
    return last is not None and last.end() == len(head)


def _several_fit(ctx: Context, np: NP, pron: NP) -> bool:
    """Whether another named person in reach (the paragraphs from the pick's,
    at most the one before the pronoun's) fits "he"/"she" as well as the one picked: of the same known
    gender, or of any fitting gender when the pick's gender is unknown. The
    one person named in the pronoun's own sentence is no guess."""
    if pron.gender not in ("m", "f") or np.kind == "pronoun":
        return False
    para = ctx.para_of(pron.span[0])
    if sole_person_before(ctx, pron, para) is not None:
        return False
    picked = ctx.gender_of(NP(np.text, np.span, np.kind, "u"))  # as the article tells it, not as the pronoun made it
    fits = {pron.gender} if picked == pron.gender else {pron.gender, "u"}
    # in reach: from the paragraph the pick was named in (at most the one before) to the pronoun's
    named_at = ctx.body.rfind(np.text, 0, pron.span[0])  # the pick carries the pronoun's span
    first = max(para - 1, ctx.para_of(named_at) if named_at >= 0 else para - 1, 0)
    others = {other.text for p in range(first, para + 1) for _, other in ctx.subjects(p, pron.span[0])
              if other.kind == "name" and ctx.gender_of(other) in fits}
    return any(n != np.text and n not in np.text and np.text not in n for n in others)


def _attribute_before(ctx: Context, raws: list[_Raw], i: int, sent_lo: int, lo: int) -> None:
    """The speaker before the quote in its sentence, or (`lo` >= 0: the
    previous quote ends in this paragraph, at `lo`) the previous quote's
    when this one is a second fragment of the same sentence."""
    raw, prev = raws[i], raws[i - 1] if i else None
    found = _pre_attribution(ctx, raws, i, sent_lo) or _colon_speaker(ctx, sent_lo, raw.open_at)
    if found:
        raw.np, raw.cue, raw.how = found[0], found[1], "pre"
    elif lo >= 0 and prev.np and not ctx.body[lo:sent_lo].strip() and not _ends_sentence(
            ctx, prev, "." if prev.how == "post" else ".!?") and (
            prev.how in ("pre", "inherit") or (prev.how == "post" and lo <= prev.np.span[0] < raw.open_at)):
        # a second fragment of one sentence: "“A,” said X, “B.”" / "X said “A” and “B”"
        raw.np, raw.cue, raw.how = prev.np, prev.cue, "inherit"
    else:
        np = _sentence_subject(ctx, sent_lo, raw.open_at)
        if np is not None and (_common_word(ctx, np) or not _may_speak(ctx, np)):
            # a capitalised word opening the sentence, no one the article names
            # ("Beyond", "Appearing"), or a thing that says nothing ("The
            # discussion will focus on ... a “lifeboat”"): no speaker, though
            # the quote stays one
            raw.unnamed, np = True, None
        raw.np, raw.how = np, "subject"


def _may_speak(ctx: Context, np: NP) -> bool:
    """A sentence's subject that may say the quote without a verb of saying:
    a name, an institution, a person, or a text that speaks ("the ad",
    "a letter", "the report"); not "the discussion", "his willingness"."""
    if np.kind != "desc" or ctx.is_person(np):
        return True
    # any word, as the phrase may run on into its verb ("the ad targets"); a
    # capitalised word names who it is ("the GOP nominee", "the Daily News")
    words = np.text.split()
    return any(w[:1].isupper() for w in words[1:]) or any(
        w.lower() in _SPEAKING_THINGS or w.lower() in ORG_WORDS or titleish(w) for w in words)


_SPEAKING_THINGS = _lexicon("en").words("speech.yaml", "speaking_things")


def _common_word(ctx: Context, np: NP) -> bool:
    """A one-word "name" that is a common word capitalised by its place: a
    function word, a participle or a contraction ("Whatever", "Appearing",
    "That’s"), or a word the article also writes in lower case ("Beyond")."""
    w = np.text
    if np.kind != "name" or " " in w or w.isupper() or ctx.is_person(np) or w.lower() in GROUP_NOUNS:
        return False
    if w[-2:] in ("’s", "'s"):
        return w[:-2].lower() in FUNCTION_WORDS  # "That’s", not "Obama’s"
    low = w.lower()
    if low.endswith(("ing", "ed", "ly")) and _surname(ctx, w):
        return False
    return low in FUNCTION_WORDS or low in ADVERBS or low.endswith(("ing", "ed", "ly")) or (
        re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", ctx.body) is not None)


def _ends_sentence(ctx: Context, raw: _Raw, stops: str = ".") -> bool:
    """The quote closes its sentence: one of `stops` inside or right after
    the closing mark, and a capitalised word next (“... a failed candidate.”
    Romney fired back ...)."""
    body = ctx.body
    last = body[raw.start:raw.close_at - 1].rstrip()[-1:]  # what stands before the closing mark ("U.S.," is open)
    if last not in stops and body[raw.close_at:raw.close_at + 1] not in stops:
        return False  # "?" and "!" may leave room for the attribution: “Will you resign?” Dan Roe pressed.
    nxt = ctx.tokens(raw.close_at, raw.close_at + 40)
    nxt = [t for t in nxt if is_word(t[0])][:1]
    return bool(nxt) and nxt[0][0][:1].isupper()


def _place_like(text: str) -> bool:
    """A place, or a place's part ("Indonesia's Aceh", "the Pacific Basin"): never a speaker."""
    words = [w.rstrip("’'s") if w.endswith(("’s", "'s")) else w for w in text.split()]
    if _titled_name(text):
        return False  # a person from the place: "Former Ohio Gov. Ann Roe"
    return text in PLACE_NAMES or any(w in PLACE_NAMES for w in words) or (
        len(words) > 1 and any(w[:1].isupper() and w.lower() in _AREA_WORDS for w in words[1:]))


_AREA_WORDS = _lexicon("en").words("places.yaml", "area_heads")
# a capitalised word with a full stop before a first name and a surname: "Gov. Ann Roe", "Lt. Gov. Ed Bolt"
_ABBREVIATION_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)\.(?=\s+[A-Z][\w’'-]+\s+[A-Z])")


def _titled_name(text: str) -> bool:
    """Whether `text` holds an abbreviated title or an honorific (the lexicon's) before a name:
    "Former Ohio Gov. Ann Roe" names a person; "St. Louis County" names a place."""
    return any(m[1].lower() in TITLE_WORDS for m in _ABBREVIATION_BEFORE_NAME.finditer(text))


def _sentence_subject(ctx: Context, sent_lo: int, open_at: int) -> NP | None:
    """The subject of the sentence a quote sits in, when no cue names one:
    "Ruiz went after Vance, calling him “a lazy clerk”" is Ruiz's way of
    putting it. A weaker attribution than a cue's (VIA_SUBJECT); never a place."""
    body = ctx.body
    toks = ctx.tokens(sent_lo, open_at)
    if not toks:
        return None
    if toks[-1][0] == ":":
        return _colon_clause_subject(ctx, toks)
    if is_cap(toks[-1][0]) and toks[-1][0][-2:] in ("’s", "'s"):  # "Romney’s “47 percent” comment"
        name = np_backward(body, toks[:-1] + [(toks[-1][0][:-2], toks[-1][1], toks[-1][2] - 2)])
        if name is not None and name.kind in ("name", "org") and not _place_like(name.text):
            return name
    np = _subject_np(ctx, toks)
    if np is None or _place_like(np.text) or np.span[1] > open_at or np.text.lower() in DETERMINERS:
        return None
    if not body[np.span[1]:open_at].strip():
        return None  # the quote is the phrase's own name: "The film “Silent River” won"
    # a name, an institution, a personal pronoun or a description with its
    # determiner ("the email"): not "It", "there's", "Whatever"
    if np.kind in ("name", "org") or (np.kind == "pronoun" and np.gender != "org") or ctx.is_person(np):
        return np
    return np if np.kind == "desc" and np.text.split()[0].lower() in DETERMINERS - {"this", "that"} else None


def _colon_clause_subject(ctx: Context, toks: list) -> NP | None:
    """The subject of a clause that ends in a colon before the quote, when a
    person or institution: "Trump leaned in and boomed: “...”" is Trump's,
    "The message was clear:" names no one, and a noun phrase that is all the
    clause ("Update:") is `_colon_speaker`'s to judge."""
    np = _subject_np(ctx, toks)
    if np is None or _opening_word(ctx, np):
        np = _opening_subject(ctx, toks)  # past an opening phrase: "Asked about the vote, she shrugged:"
    if np is None or _place_like(np.text) or not any(is_word(t[0]) for t in toks if t[1] >= np.span[1]):
        return None
    person = np.kind in ("name", "org") or (np.kind == "pronoun" and np.gender in ("m", "f", "pl")) or ctx.is_person(np)
    return np if person else None


def _subject_np(ctx: Context, toks: list) -> NP | None:
    """The noun phrase opening a sentence, after a leading "In Iowa," or "A
    month later," if any, and after a dateline ("WASHINGTON (AP) — ")."""
    toks = toks[_dateline_end(ctx, toks):]
    if not toks:
        return None
    np = np_forward(ctx.body, toks, 0)
    opener = np is not None and np.text.split()[-1].lower() in TIME_NOUNS  # "A month later, he paid ..."
    if opener or (np is None and toks[0][0].lower() in FUNCTION_WORDS):  # "In Iowa, Trump called ..."
        np = None
        c = next((x for x, t in enumerate(toks) if t[0] == ","), None)
        if c is not None:
            np = np_forward(ctx.body, toks, c + 1)
    return np


def _dateline_end(ctx: Context, toks: list) -> int:
    """Where the sentence starts after a dateline, 0 when it opens with none:
    "WASHINGTON, Dec. 8 (UPI) — ", "Washington (AFP) – ".
    A dateline is a place (or a word in capitals) and at most a date and an
    agency before a dash."""
    dash = next((x for x, t in enumerate(toks[:12]) if t[0] in _DASHES), None)
    if dash is None or dash == 0:
        return 0
    first = toks[0][0]
    if not ((first.isupper() and len(first) > 1) or first in PLACE_NAMES):
        return 0
    return dash + 1 if not any(past_form(t[0]) or t[0].lower() in CUE_VERBS for t in toks[:dash]) else 0


def _opening_subject(ctx: Context, toks: list) -> NP | None:
    """The subject of the main clause that `toks` open, past a dateline and
    opening phrases ("Speaking in Salem, New Hampshire, Trump ...", "Hours
    later, Trump ..."): the first noun phrase after the start or a comma that
    is no place, no time and no capitalised common word."""
    toks = toks[_dateline_end(ctx, toks):]
    lead = 0
    while lead < len(toks) - 1 and toks[lead][0].lower() in _CONNECTORS:
        lead += 1  # "And then Roe turned on the council, saying ..."
    starts = [lead] + [x + 1 for x, t in enumerate(toks[:-1]) if t[0] == ","]
    for start in starts[:4]:
        np = np_forward(ctx.body, toks, start)
        if np is None or _opening_word(ctx, np) or np.text in PLACE_NAMES or (
                np.text.split()[-1].lower() in TIME_NOUNS or np.text.lower() in DETERMINERS - _ONE_OF):
            continue  # a determiner alone names no one ("a week later, ..."); "another" does
        after = next((t[0].lower() for t in toks if t[1] >= np.span[1]), "")
        if after in _TIME_AFTER:
            continue  # "Hours later, ..."
        return np
    return None


_TIME_AFTER = _lexicon("en").words("grammar.yaml", "time_after")


def _attribute_sentence(ctx: Context, raws: list[_Raw], i: int, sent_lo: int, para: int) -> None:
    """A whole-sentence quote: it continues the previous quote, or its speaker
    was introduced in the sentence before."""
    raw, prev = raws[i], raws[i - 1] if i else None
    if _unread_attribution(ctx, raw):
        return  # "“...,” a voice over says as ...": a speaker of its own, not the one before
    signed = _signature_line(ctx, raw, para)
    if signed is not None:
        raw.np, raw.cue, raw.how = signed, "—", "post"
        return
    if prev is not None and prev.np is not None and _continues(ctx, prev, raw, para):
        raw.np, raw.how, raw.continues = prev.np, "cont", i - 1
        return
    found = _previous_sentence(ctx, raw, sent_lo, para)
    if found:
        raw.np, raw.cue, raw.how = found[0], found[1], "prev"


def _signature_line(ctx: Context, raw: _Raw, para: int) -> NP | None:
    """The person named on the line after a quote that is its whole
    paragraph, after a dash: "“We will rebuild.”" then "- Ann Roe." or
    "— Ann Roe, mayor of Dayton" (the pull-quote convention)."""
    body = ctx.body
    if para + 1 >= len(ctx.paras) or body[ctx.paras[para][0]:raw.open_at].strip() or body[
            raw.close_at:ctx.paras[para][1]].strip(" .,\t\"”’"):
        return None
    s, e = ctx.paras[para + 1]
    toks = ctx.tokens(s, min(e, s + 120))
    if len(toks) < 2 or toks[0][0] not in _DASHES or toks[0][1] != s:
        return None
    np = np_forward(body, toks, 1)
    # Only a person signs a pull quote: a dash line naming an agency, an outlet or an office
    # ("— Reuters", "- Associated Press", "- The mayor's office") is a credit line, and taking it
    # as the speaker could misattribute.
    if np is None or not (np.kind == "name" and ctx.is_person(np)) or np.text.split()[-1].lower() in _OUTLET_WORDS:
        return None
    rest = [t for t in toks if t[1] >= np.span[1]]
    return np if not rest or rest[0][0] in ".,;" else None


_OUTLET_WORDS = _lexicon("en").words("people.yaml", "outlet_words")


def _unread_attribution(ctx: Context, raw: _Raw) -> bool:
    """The quote leaves its sentence open and a verb of saying follows within a
    dozen words: an attribution of its own, read or not."""
    body = ctx.body
    if body[raw.end - 1:raw.end] == "." or body[raw.close_at - 1:raw.close_at + 1].endswith("."):
        return False
    para_end = ctx.paras[ctx.para_of(raw.close_at - 1)][1]
    end = ctx.sentence_end(raw.close_at, para_end)
    toks = [t for t in ctx.tokens(raw.close_at, end) if t[0] not in _MARKS][:14]
    # (a cue before a colon gives its speaker the next quote: "“...!” Ed Bolt said: “...”")
    return any(CUE.fullmatch(t[0]) and cue_ok(body, t[1], t[2]) and not body[t[2]:t[2] + 2].lstrip().startswith(":")
               for t in toks)


def _post_attribution(ctx: Context, raw: _Raw, post_end: int, sentence_end: int):
    """(speaker, cue) after the quote, up to `post_end` (the next quote or the
    sentence end); `sentence_end` ignores later quotes, to tell "“...”
    Smith said." from a new sentence that reports more ("Smith said the
    government “lied” about ...")."""
    body = ctx.body
    toks = ctx.tokens(raw.close_at, post_end)
    k = 0
    while k < len(toks) and toks[k][0] in ",;:":
        k += 1
    if k >= len(toks):
        return None
    if toks[k][0] in _DASHES:
        before = body[:raw.open_at].rstrip()
        if before and before[-1] in _DASHES:
            return None  # the dash closes an aside the quote is: "When he wrapped up — “...” — the balloons fell"
        np = np_forward(body, toks, k + 1)
        if np and np.kind in ("name", "org", "desc"):
            return np, toks[k][0]
        return None
    m = CUE.match(body, toks[k][1], post_end)
    if m:  # "said X"
        return _post_inverted(body, toks, k, m)
    ended = body[raw.end - 1:raw.end] == "." or body[raw.close_at - 1:raw.close_at + 1].endswith(".")
    if ended and toks[k][0].lower() in _SENTENCE_CONJUNCTIONS:
        return None  # a new sentence: “... angry.” But Councilman Ruiz blasted outsiders ...
    found = _post_subject(ctx, toks[k:], post_end, sentence_end, ended)
    # (the next quote may open right after the sentence: "..., Bolton charged. “...”")
    if found is None and not ended and not body[min(post_end, sentence_end):max(post_end, sentence_end)].strip():
        found = _any_verb_attribution(body, toks[k:])
    return found


def _any_verb_attribution(body: str, rest: list):
    """(speaker, verb) for a quote that a short clause of its own closes,
    whatever its verb: "“...,” an angry Hollande retaliated.", "“...?” Beck
    questioned.", "“...,” retorted the mayor." After a quote that leaves its
    sentence open, a speaker and a past tense are all the clause there is."""
    words = [t for t in rest if is_word(t[0])]
    if not 2 <= len(words) <= 10:
        return None
    v = next((x for x, t in enumerate(rest) if t[0].islower() and past_form(t[0])), None)
    if v is None:
        return None
    if v == 0:  # "“...,” retorted the mayor"
        np = np_forward(body, rest, 1) if len(rest) > 1 and (is_cap(rest[1][0]) or rest[1][0] in DETERMINERS) else None
        end = np.span[1] if np else 0
    elif rest[v - 1][0].lower() in _AUXILIARIES:
        return None  # a passive or a perfect: "Her suggestions are redacted."
    else:
        np = _whole_subject(body, rest[:v])
        end = rest[v][2]
    if np is None or np.kind not in ("name", "pronoun", "desc", "org") or (
            np.text.lower() in DETERMINERS - _ONE_OF):
        return None  # "“...,” voted no": a determiner alone names no one ("read one" does: one of them)
    if not _clause_closed([t for t in rest if t[1] >= end and is_word(t[0])]):
        return None  # more than an adverbial follows: "the number needed to win", "seized upon by"
    return np, rest[v][0]


def _clause_closed(tail: list) -> bool:
    """What follows a speaker's verb leaves the clause an attribution: at most
    an adverbial ("later", "on Monday"), or a clause of its own after "and"
    or "but" ("“...,” Ruiz barked and a guard led Kim out")."""
    if len(tail) > 1 and tail[0][0].lower() in _PREDICATE_JOINERS and (is_cap(tail[1][0]) or tail[1][0] in DETERMINERS):
        return True
    return len(tail) <= 5 and (not tail or tail[0][0].lower() in _ADVERBIAL_STARTS)


_ONE_OF = _lexicon("en").words("grammar.yaml", "one_of")


def _final_attribution(ctx: Context, raw: _Raw, sentence_end: int):
    """(speaker, cue) from the clause that ends the quote's sentence after one
    of its last commas, when that clause is only an attribution: "“...” on
    minorities, the lawsuit says." / "..., said Ana Ruiz, its leader."."""
    body = ctx.body
    toks = ctx.tokens(raw.close_at, sentence_end)
    if any(t[0] in _MARKS for t in toks):
        return None  # another mark between: the quote sits inside a longer one, or another quote is nearer
    if _ends_sentence(ctx, raw):
        return None  # the quote ended its sentence: "... is “Football Life.” Christie has attended ..."
    commas = [k for k, t in enumerate(toks) if t[0] == ","]
    # the widest clause first; with no comma, the clause right after the
    # quote ("“... the wheel’” Sexton said in an interview.")
    for c in commas[-3:] or [-1]:
        rest = toks[c + 1:]
        if not rest or len(rest) > 16:
            continue
        m = CUE.match(body, rest[0][1], sentence_end)
        found = _post_inverted(body, rest, 0, m) if m else _post_subject(ctx, rest, sentence_end, sentence_end, True)
        if found:
            return found
    return None


def _post_inverted(body: str, toks: list, k: int, m: re.Match):
    """(speaker, cue) for "“...,” said X": X is what follows the cue."""
    cue = m.group()
    if cue.split()[0].lower() in NON_INVERTING or cue.lower().endswith("ing"):
        return None
    j = k
    while j < len(toks) and toks[j][1] < m.end():
        j += 1
    np = np_forward(body, toks, j)
    return (np, " ".join(cue.split())) if np else None


def _post_subject(ctx: Context, rest: list, post_end: int, sentence_end: int, ended: bool):
    """(speaker, cue) for "“...,” X said": the first cue after the quote whose
    subject is all that stands before it. A quote that `ended` a sentence
    takes only a short "Smith said." after it."""
    body = ctx.body
    for m in ctx.cues(rest[0][1], min(post_end, rest[0][1] + 200)):
        before = [t for t in rest if t[2] <= m.start()]
        if len(before) > (30 if any(t[0] == "," for t in before) else 12):
            break  # too far for a speaker phrase (appositions may be long)
        if not cue_ok(body, m.start(), m.end()):
            continue
        np = _post_cue_subject(ctx, before)
        if np is None:
            if any(t[0].lower() in _RELATIVE_WORDS for t in before):
                continue  # "Cruz, who has proposed repealing it, said": that cue is the relative clause's
            return None
        if _introduces_next(ctx, m.end(), ended):
            return None  # "“...!” Ben Stephenson said: “...”": the colon gives him the quote after
        if ended and len([t for t in ctx.tokens(m.end(), max(sentence_end, m.end())) if is_word(t[0])]) > 8:
            return None
        if ended and post_end < sentence_end and any(is_word(t[0]) for t in rest if t[1] >= m.end()):
            return None  # "Ruiz said the army “lied”": reported speech with a quote of its own
        cue = " ".join(m.group().split())
        if cue.lower() == "according to":
            after = next((x for x, t in enumerate(rest) if t[1] >= m.end()), len(rest))
            np2 = np_forward(body, rest, after)
            return (np2, cue) if np2 else None
        return np, cue
    return None


def _introduces_next(ctx: Context, cue_end: int, ended: bool) -> bool:
    """A colon right after the cue, or after its infinitive, gives its speaker
    the quote after it ("She said:", "She went on to say:"); not after a
    second verb of the same speaker ("Kim said before adding:"). After a
    quote that `ended` its sentence, so does a comma before a quote mark
    ("“... rival.” He adds, “...”")."""
    if ended and ctx.body[cue_end:cue_end + 4].lstrip(" ,")[:1] in OPENERS:
        return True
    toks = ctx.tokens(cue_end, cue_end + 40)
    colon = next((x for x, t in enumerate(toks[:4]) if t[0] == ":"), None)
    return colon == 0 or (colon is not None and toks[0][0].lower() == "to" and all(is_word(t[0]) for t in toks[:colon]))


def _object_position(prev: str, first: str) -> bool:
    """A noun phrase opening with `first` after the word `prev` is an object,
    not a subject: after a preposition or a verb ("who has in the past
    described", "who leads the union said"), not after "when" or a dash."""
    w = prev.lower()
    return prev.islower() and (w in _PREPOSITIONS or past_form(w) or w in _AUXILIARIES or (
        w.endswith("s") and first.lower() in DETERMINERS))


def _described_name(body: str, before: list) -> NP | None:
    """A name after a description of its own that is no title: "“...,”
    former presidential candidate Ann Roe said", "“...,” union organizing
    director Ed Bolt told ..." (not "a spokesman for Ed Bolt", "Ed Bolt’s",
    "voters who like Ed Bolt", "while Ed Bolt says")."""
    np = np_backward(body, before)
    if np is None or np.kind != "name":
        return None
    k = next((x for x, t in enumerate(before) if t[1] >= np.span[0]), 0)
    lead = before[:k]
    if not lead or len(lead) > 8:
        return None
    prev = lead[-1][0]
    if not is_word(prev) or prev.lower() in _PREPOSITIONS or prev.lower() in _LINKS or prev.endswith(("’s", "'s")):
        return None
    if any(t[0] in ",;:()" or past_form(t[0].lower()) or t[0].lower() in CUE_VERBS or (
            t[0].lower() in FUNCTION_WORDS and t[0].lower() not in _ARTICLES) for t in lead):
        return None  # a clause, not a description: "“...,” while Ed Bolt refers to ...", "and Ed Bolt says"
    return np


# Words that tie a name to another person: "a spokesman for Ed Bolt", "a letter to Ed Bolt"
_LINKS = _lexicon("en").words("grammar.yaml", "person_links")
_ARTICLES = _lexicon("en").words("grammar.yaml", "articles")


def _post_cue_subject(ctx: Context, before: list) -> NP | None:
    """The subject of a cue after a quote: the noun phrase that is all that
    stands before it, or the head of a relative clause left open up to it
    ("“...,” Ana Ruiz, who chairs the fund said"; not "Ruiz, who has
    proposed ...", where the cue is the relative clause's own verb)."""
    np = _whole_subject(ctx.body, before) or _described_name(ctx.body, before) or _bare_group(ctx, before)
    if np is not None:
        return np
    head = _relative_head(ctx, before, None)
    if head is None:
        return None
    rel_end = head.span[1]
    if all(t[0].lower() in _AUXILIARIES or t[0].lower() in ADVERBS for t in before if t[1] >= rel_end):
        return None
    first_word = next((t for t in before if is_word(t[0])), None)
    return head if _covers_from(before, head, first_word) else None


_RELATIVE_WORDS = frozenset(("who", "which", "whose"))
_SENTENCE_CONJUNCTIONS = _lexicon("en").words("grammar.yaml", "coordinators")
_PREDICATE_JOINERS = _lexicon("en").words("grammar.yaml", "predicate_joiners")


def _whole_subject(body: str, before: list) -> NP | None:
    """The noun phrase ending `before`, when it is all that stands there (the cue's subject)."""
    np = np_backward(body, before)
    first_word = next((t for t in before if is_word(t[0])), None)
    if np is None or first_word is None:
        return None
    if _covers_from(before, np, first_word):
        return np
    # a description with its place or medium after it: "a voice-over in the ad states"
    start = np.phrase_start if np.phrase_start >= 0 else np.span[0]
    k = next((x for x, t in enumerate(before) if t[1] >= start), 0)
    if k >= 2 and before[k - 1][0].lower() in _PREPOSITIONS:
        head = np_backward(body, before[:k - 1])
        if head is not None and head.kind == "desc" and _covers_from(before[:k - 1], head, first_word):
            return head
    return None


def _covers_from(before, np: NP, first_word) -> bool:
    """True when the words before the noun phrase are only determiners or
    adverbials, so the phrase really is the subject of the cue."""
    start = np.phrase_start if np.phrase_start >= 0 else np.span[0]
    for x, t in enumerate(before):
        if t[1] >= start:
            return True
        w = t[0].lower()
        if w == "and" and x and (titleish(before[x - 1][0]) or (
                is_cap(before[x - 1][0]) and x + 1 < len(before) and is_cap(before[x + 1][0]))):
            # two descriptions of one speaker ("the senator and presidential
            # candidate"), or two named speakers, a joint statement ("Ed Bolt
            # and Ann Roe wrote"), which the speaker's `joint` flag tells
            continue
        if is_word(t[0]) and w not in DETERMINERS and w not in ("one", "of") and not is_cap(t[0]) and not titleish(t[0]) and w not in HONORIFICS:
            if w not in ADVERBS:
                return False
    return True


def _pre_attribution(ctx: Context, raws, i: int, sent_lo: int):
    body = ctx.body
    raw = raws[i]
    opener_end = _opener_clause_end(ctx, sent_lo, raw.open_at)
    cues = [m for m in ctx.cues(opener_end, raw.open_at)
            if not ctx.in_quote(m.start()) and cue_ok(body, m.start(), m.end()) and not _elliptic(ctx, sent_lo, m)]
    if not cues:
        return None
    verbs = [m for m in cues if m.group().lower() != "according to"]
    m = verbs[-1] if verbs else cues[-1]
    outer = _outer_cue(ctx, sent_lo, raw.open_at, verbs)
    if outer is not None:
        return outer
    cue = " ".join(m.group().split())
    if cue.lower() == "according to":
        toks = ctx.tokens(m.end(), raw.open_at)
        np = np_forward(body, toks, 0)
        return (np, cue) if np else None
    if m.group().lower().endswith("ing") and m.group().lower() not in ("ruling",):
        np = _participle_subject(ctx, raws, i, sent_lo, m, verbs)
        return (np, cue) if np else None
    toks = ctx.tokens(sent_lo, m.start())
    if not any(is_word(t[0]) for t in toks):
        np = _opening_verb_speaker(ctx, m, raw.open_at)
        return (np, cue) if np else None
    np = _cue_subject(ctx, toks, sent_lo, verbs)
    return (np, cue) if np else None


def _main_clause(ctx: Context, lo: int, hi: int) -> list:
    """The tokens of the main clause of body[lo:hi], none when a second clause
    joins it ("Trump backed the idea, and NBC News has proof:")."""
    toks = ctx.tokens(_opener_clause_end(ctx, lo, hi), hi)
    if any(t[0].lower() in _SENTENCE_CONJUNCTIONS and toks[x - 1][0] == "," for x, t in enumerate(toks) if x):
        return []
    return toks


def _inverted(ctx: Context, v: re.Match) -> bool:
    """A cue that may invert with its subject after it ("says show boss Ed
    Moss"), not its object ("told The Post", "said that fact ...")."""
    after = ctx.tokens(v.end(), v.end() + 60)
    if v.group().split()[0].lower() in NON_INVERTING or not after or after[0][0].lower() in _CLAUSE_DETERMINERS:
        return False
    np = np_forward(ctx.body, after, 0)
    return np is not None and np.kind in ("name", "desc")


def _opener_clause_end(ctx: Context, sent_lo: int, hi: int) -> int:
    """Where a sentence's opening subordinate clause ends (after its comma),
    `sent_lo` when it opens with none: a cue there is the clause's, not the
    quote's ("When Kim suggested a deal, Roe fired back: “...”")."""
    toks = ctx.tokens(sent_lo, hi)
    if not toks or toks[0][0].lower() not in _CLAUSE_OPENERS:
        return sent_lo
    # (a comma right before `hi` closes no opening clause: the quote is the clause's own,
    # "When a man shouted, “...”")
    comma = next((t for t in toks[:-1] if t[0] == ","), None)
    return comma[2] if comma is not None else sent_lo


_CLAUSE_OPENERS = _lexicon("en").words("grammar.yaml", "clause_openers")


def _outer_cue(ctx: Context, sent_lo: int, open_at: int, verbs: list[re.Match]):
    """(speaker, cue) of the sentence's main verb of saying when the quote
    sits in what that speaker reports, past other cues: "Rubio said that
    over five days he has begun “to unmask” Trump, whom he called a “con
    artist.”" quotes Rubio, who says it all; "Sanders said that fact speaks
    volumes about who is “prepared”" too. The main cue is the first one
    whose subject opens the sentence; none when the last cue is that one,
    a participle ("..., asking them to “stay calm”") or takes the quote as
    its object after a speaker of its own ("Witnesses said one driver
    shouted “call an ambulance”")."""
    body = ctx.body
    if not verbs or verbs[-1].group().lower().endswith("ing") or _takes_quote(ctx, sent_lo, open_at, verbs[-1]):
        return None
    for v in verbs[:-1]:
        if v.group().lower().endswith("ing"):
            continue
        toks = ctx.tokens(sent_lo, v.start())
        if toks and toks[-1][0] == "," and _inverted(ctx, v):
            return None  # an inverted cue, its subject after it: "..., says show boss Steven Moffat"
        np = np_backward(body, toks)
        first_word = next((t for t in toks if is_word(t[0])), None)
        if np is None or first_word is None or not _covers_from(toks, np, first_word):
            continue
        between = ctx.tokens(v.end(), verbs[-1].start())
        if between[:1] and between[0][0] == ",":
            return None  # the first "cue" is a noun or an aside: "Cost estimates, he added, were"
        if any(t[0].lower() in _CLAUSE_JOINERS or t[0].lower() in _RELATIVE for t in between):
            return None  # the last cue opens a clause of its own: "Ryan said ..., though he said “...”"
        if np.kind == "org" or (np.kind == "pronoun" and np.gender in ("m", "f", "pl")) or ctx.is_person(np):
            return np, " ".join(v.group().split())
        return None
    return None


def _takes_quote(ctx: Context, sent_lo: int, open_at: int, cue: re.Match) -> bool:
    """The cue takes the quote as its object, after a subject of its own:
    "one driver shouted “call an ambulance”" (not "Bush called the use of
    executive orders “dangerous”", a phrase with "of" in it)."""
    if len([t for t in ctx.tokens(cue.end(), open_at) if is_word(t[0])]) > 1:
        return False
    inner = np_backward(ctx.body, ctx.tokens(sent_lo, cue.start()))
    return inner is not None and inner.kind in ("name", "pronoun", "desc") and " of " not in inner.text


# Words that join a clause of its own to a sentence, or open a relative one:
# a cue after them is not in what the first speaker reports.
_CLAUSE_JOINERS = _lexicon("en").words("grammar.yaml", "clause_joiners")
_RELATIVE = _lexicon("en").words("grammar.yaml", "relative")


def _cue_subject(ctx: Context, toks: list, sent_lo: int, verbs: list[re.Match]) -> NP | None:
    """The subject of the cue that `toks` (from `sent_lo`) lead up to; `verbs`
    are the sentence's cues up to it."""
    body = ctx.body
    np = np_backward(body, toks)
    np = _relative_head(ctx, toks, np) or np
    if np is not None and np.kind != "pronoun" and _passive_agent(toks, np):
        # the phrase is an agent ("a letter obtained by The Post warns"): the clause's subject speaks
        subject = _subject_np(ctx, toks)
        np = subject if subject is not None and subject.span[1] <= np.span[0] and _may_speak(ctx, subject) and (
            not _place_like(subject.text)) else None
        return np
    if np is None and len(verbs) >= 2 and toks and toks[-1][0].lower() in _PREDICATE_JOINERS:
        # a second verb of one subject: "Suu Kyi said it was too early but added, “...”"
        np = np_backward(body, ctx.tokens(sent_lo, verbs[-2].start()))
    return np or _coordinated_subject(ctx, toks) or _share_subject(ctx, toks) or _bare_group(ctx, toks)


def _passive_agent(toks: list, np: NP) -> bool:
    """The noun phrase is a participle's agent ("a letter obtained by The
    Post warns"): the object of "by" after a past form, no subject."""
    start = np.phrase_start if np.phrase_start >= 0 else np.span[0]
    k = next((x for x, t in enumerate(toks) if t[1] >= start), len(toks))
    return k > 1 and toks[k - 1][0].lower() == "by" and past_form(toks[k - 2][0].lower())


def _bare_group(ctx: Context, toks: list) -> NP | None:
    """A plural noun of people with no determiner, opening its clause, as the
    cue's subject: "police said", "federal prosecutors wrote", "..., and
    local officials say" (people.yaml group_nouns)."""
    if not toks or toks[-1][0].lower() not in GROUP_NOUNS or not toks[-1][0].isalpha():
        return None
    k = len(toks) - 1
    while k > 0 and len(toks) - k < 3 and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() and (
            toks[k - 1][0] not in FUNCTION_WORDS and toks[k - 1][0] not in CUE_VERBS and not past_form(toks[k - 1][0])):
        k -= 1
    if k > 0 and toks[k - 1][0] not in (",", ";", "—", "–") and toks[k - 1][0].lower() not in _GROUP_OPENERS:
        return None
    return NP(ctx.body[toks[k][1]:toks[-1][2]], (toks[k][1], toks[-1][2]), "desc", "pl")


# What may stand before a clause opened by a bare plural subject ("..., but police say")
_GROUP_OPENERS = _lexicon("en").words("grammar.yaml", "group_openers")


def _share_subject(ctx: Context, toks: list) -> NP | None:
    """A share of people as the cue's subject: "21 percent said", "About four
    in 10 said", "the share of Republicans saying" (a poll's respondents)."""
    if not toks:
        return None
    lo = toks[max(0, len(toks) - 8)][1]
    m = _SHARE.search(ctx.body, lo, toks[-1][2])
    if m is None or m.end() != toks[-1][2]:
        return None
    return NP(" ".join(m.group().split()), (m.start(), m.end()), "desc", "pl")


# "21 percent", "31% of Republicans", "About four in 10", "the share of Republicans"
_SHARE = re.compile(
    r"(?:\b(?:about|nearly|almost|just|only|some)\s+)?(?:\b\d+(?:\.\d+)?\s*(?:%|percent\b)|\b\w+\s+in\s+(?:10|ten)\b"
    r"|\b(?:the|a)\s+(?:share|majority|plurality|third|quarter|half)\b)(?:\s+of\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)?",
    re.IGNORECASE)


def _coordinated_subject(ctx: Context, toks: list) -> NP | None:
    """The sentence's subject when the cue is a second predicate of it: "Ed
    Bolt used to back Ruiz, but now said ..." (a person, an institution or
    a personal pronoun)."""
    k = len(toks)
    while k and toks[k - 1][0].lower() in (_CONNECTORS | ADVERBS) - _SENTENCE_CONJUNCTIONS:
        k -= 1
    if k < 2 or toks[k - 1][0].lower() not in _PREDICATE_JOINERS:
        return None
    head = toks[_dateline_end(ctx, toks):k - 1]
    np = np_forward(ctx.body, head, 0) if head else None
    if np is None or np.span[1] > toks[k - 1][1] or _place_like(np.text) or _opening_word(ctx, np):
        return None
    return np if np.kind in ("name", "org") or (np.kind == "pronoun" and np.gender in ("m", "f", "pl")) or (
        ctx.is_person(np)) else None


def _relative_head(ctx: Context, toks: list, np: NP | None) -> NP | None:
    """The head of a relative clause whose subject is "who" or "which", when
    the cue is that clause's or comes after it: "the State Department, which
    said", "Beck, who has in the past described ...", "the farmer who spoke
    to reporters said" (not "Cruz, whom Rubio called ...", whose cue has a
    subject of its own). Its span runs to the relative word, the cue's
    grammatical subject."""
    rel = next((x for x in range(len(toks) - 1, 0, -1) if toks[x][0].lower() in ("who", "which")), None)
    if rel is None or any(t[0] in "—–-;:" for t in toks[rel:]):
        return None  # the relative clause ended before the cue: "Bush, who ... — 25 percent say"
    if np is not None:
        k = next((x for x, t in enumerate(toks) if t[1] >= np.span[0]), len(toks))
        if k <= rel + 1 or np.kind == "pronoun" or not _object_position(toks[k - 1][0], toks[k][0]):
            return None  # the cue has a subject of its own ("whom Rubio called", "when he yelled")
    head = np_backward(ctx.body, toks[:rel - 1] if toks[rel - 1][0] == "," else toks[:rel])
    if head is None or head.kind == "pronoun" or _place_like(head.text) or not (
            head.kind in ("name", "org") or ctx.is_person(head)):
        return None
    return NP(head.text, (head.span[0], toks[rel][2]), head.kind, head.gender, head.role)


def _opening_verb_speaker(ctx: Context, m: re.Match, open_at: int) -> NP | None:
    """The speaker after a cue that opens the sentence: "Said Ana Ruiz, who
    ...: “...”" (not "Asked about it, ..." nor a noun, "Estimates of ...")."""
    after = ctx.tokens(m.end(), open_at)
    verb = m.group().lower()
    if (verb.endswith("ed") or verb in _SAYING) and verb not in NON_INVERTING and after and is_cap(after[0][0]):
        return np_forward(ctx.body, after, 0)
    return None


def _participle_subject(ctx: Context, raws, i: int, sent_lo: int, m: re.Match, verbs: list[re.Match]) -> NP | None:
    """The speaker of a participle cue ("..., adding that ..."): the subject of
    the main verb, the speaker of the quote just before, or the sentence's subject."""
    body = ctx.body
    own = _own_participle_subject(ctx, sent_lo, m)
    if own is not None:
        return own
    finite = [c for c in verbs if not c.group().lower().endswith("ing")]
    if finite:
        np = np_backward(body, ctx.tokens(sent_lo, finite[-1].start()))
        if np:
            return np
    own = _progressive_subject(ctx, sent_lo, m)
    if own is not None:
        return own
    prev = raws[i - 1] if i else None
    if prev is not None and prev.np and prev.close_at >= sent_lo - 2 and prev.close_at <= m.start() and not (
            body[prev.end - 1:prev.end] in ".!?" and body[prev.close_at:m.start()].lstrip()[:1].isupper()):
        return prev.np  # "“...,” she said, adding ..."; not when that quote ended the sentence before
    # an opening adverbial is no subject: "Early in his campaign, Trump
    # attacked Romney, calling him “a failed candidate”"
    return _opening_subject(ctx, ctx.tokens(sent_lo, m.start()))


def _progressive_subject(ctx: Context, sent_lo: int, m: re.Match) -> NP | None:
    """The subject of a cue in -ing after a form of "be": "..., but Ed Bolt’s
    campaign is already claiming ..." (a finite verb, its subject before it)."""
    toks = ctx.tokens(sent_lo, m.start())
    k = len(toks)
    while k and (toks[k - 1][0].lower() in ADVERBS or manner_adverb(toks[k - 1][0])):
        k -= 1
    if not k or toks[k - 1][0].lower() not in _BE_FORMS:
        return None
    np = np_backward(ctx.body, toks[:k - 1])
    return np if np is not None and not _place_like(np.text) else None


_BE_FORMS = _lexicon("en").words("grammar.yaml", "be")


def _opening_word(ctx: Context, np: NP) -> bool:
    """A common word capitalised by its place, or an adverb ("Shortly after ...")."""
    return _common_word(ctx, np) or (" " not in np.text and manner_adverb(np.text.lower()) and not _surname(ctx, np.text))


def _surname(ctx: Context, word: str) -> bool:
    """A capitalised word the article also gives after a first name: "Megyn
    Kelly" ... "Kelly, annoyed, walked off" (no adverb, no participle)."""
    return word[:1].isupper() and _after_capitalised(ctx, word)


def _after_capitalised(ctx: Context, word: str) -> bool:
    """The article writes `word` after a capitalised word ("Megyn Kelly"):
    looked up in the set of such words, read once per article, rather than
    a search of the whole body per word."""
    if not _NAME_WORD.fullmatch(word):  # what the set cannot hold: the search itself
        return re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(word)}\b", ctx.body) is not None
    return word in name_index(ctx.doc).after_capitalised


# a word the set may hold: name characters, a word character last
_NAME_WORD = re.compile(r"[\w’'-]*\w")


def _own_participle_subject(ctx: Context, sent_lo: int, m: re.Match) -> NP | None:
    """The noun phrase right before a participle cue, when a clause boundary
    or "with" comes before it: "– Ryan saying he was “...”", "with Senator
    Ann Roe telling reporters ...", "ends with a voice-over saying: “...”"."""
    toks = ctx.tokens(sent_lo, m.start())
    if not toks or not is_word(toks[-1][0]):
        return None  # "..., saying": the participle's subject is the clause's
    np = np_backward(ctx.body, toks)
    if np is None or np.kind not in ("name", "desc", "org"):
        return None
    start = np.phrase_start if np.phrase_start >= 0 else np.span[0]
    k = next((x for x, t in enumerate(toks) if t[1] >= start), len(toks))
    return np if k == 0 or toks[k - 1][0].lower() in _PARTICIPLE_BOUNDARY else None


# What may come right before the subject of a participle: "with X saying", "– X adding"
_PARTICIPLE_BOUNDARY = frozenset(("with", "–", "—", "-", ";", ":"))


def _colon_speaker(ctx: Context, sent_lo: int, open_at: int):
    """(speaker, ":") for "Dr Ama Owusu: “We were lucky.”", with no verb of saying.

    The clause before the colon must be the whole noun phrase, and a
    speaker: a name, an institution or a title ("the minister"). "The
    message was clear:" and "The answer:" name no one; a lone capitalised
    word ("Update:") is a label unless the article also names it in full,
    and a place is a topic.
    """
    body = ctx.body
    before = body[sent_lo:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = sent_lo + len(before) - 1
    lo = sent_lo
    for m in _CLAUSE_OPEN.finditer(body, sent_lo, colon):
        lo = m.end()
    lead = _LIST_LEAD.match(body, lo, colon)  # "experts such as Dr Lena Vos:"
    toks = ctx.tokens(lead.end() if lead else lo, colon)
    np = np_backward(body, toks)
    first_word = next((t for t in toks if is_word(t[0])), None)
    if np is None or first_word is None or not _covers_from(toks, np, first_word):
        return None
    words = np.text.split()
    if np.text in PLACE_NAMES:
        return None  # "South Sudan: “...”" heads a story about the place, not a statement by it
    if np.kind == "desc" and words[-1].lower() not in TITLES:
        return None
    if np.kind == "name" and len(words) == 1 and not _after_capitalised(ctx, words[0]):
        return None
    if np.kind not in ("name", "org", "desc"):
        return None
    return np, ":"


_LIST_LEAD = re.compile(r"(?:such\s+as|like|including|notably)\s+", re.IGNORECASE)
# Where the clause holding a colon speaker starts: "Asked whether he would resign, the minister:".
_CLAUSE_OPEN = re.compile(r"[,;(—–]\s*|\s-\s+")


def _continues(ctx: Context, prev: _Raw, raw: _Raw, para: int) -> bool:
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
    if len(gap) >= 250:
        return False
    ends = [m for m in SENT_END.finditer(gap + " X") if not (gap[m.start()] == "." and abbrev_before(gap, m.start()))]
    if gap.strip(" ,") and gap.strip(" ,").lower() not in _CONNECTORS and _ends_sentence(ctx, prev):
        return False  # a sentence of its own stands between: “... angry.” But Ruiz blasted outsiders. “...”
    return len(ends) <= 1


def _previous_sentence(ctx: Context, raw: _Raw, sent_lo: int, para: int):
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
    cues = [m for m in ctx.cues(_opener_clause_end(ctx, start, end), end)
            if not ctx.in_quote(m.start()) and cue_ok(body, m.start(), m.end()) and not _elliptic(ctx, start, m)]
    if not cues and colon:
        # "Mayor Ann Roe released the following statement:" / "Stated Roe:" before the quote
        colon_end = start + len(seg)
        found = _colon_speaker(ctx, start, colon_end)
        main = _main_clause(ctx, start, colon_end)
        np = found[0] if found else _colon_clause_subject(ctx, main) if main else None
        if np is None or not (np.kind in ("org", "pronoun") or ctx.is_person(np)) or _common_word(ctx, np):
            return None  # "Wait, it gets better:"
        return np, ":"
    if not cues:
        return None
    m = cues[-1]
    if not colon and any(ch in body[m.end():end] for ch in "“”\"«»"):
        return None  # the cue there introduced a quote of its own
    np = _cue_speaker(ctx, m, start, end)
    return (np, " ".join(m.group().split())) if np is not None else None


# The clause openers that are no adverbs: "once" is both ("X once said" has its subject).
_SUBJECTLESS_OPENERS = _CLAUSE_OPENERS - ADVERBS


def _elliptic(ctx: Context, start: int, m: re.Match) -> bool:
    """A passive cue in a clause with no subject of its own ("... if asked",
    "when asked about it"): no one's saying. (A participle there is the
    subject's, "while adding ...", and "once" is also an adverb: "X once said".)"""
    before = ctx.tokens(max(start, m.start() - 12), m.start())
    return bool(before) and before[-1][0].lower() in _SUBJECTLESS_OPENERS and (
        not m.group().lower().endswith("ing"))


def _cue_speaker(ctx: Context, m: re.Match, start: int, end: int) -> NP | None:
    """The speaker of the cue `m` in the sentence body[start:end]."""
    if " ".join(m.group().split()).lower() == "according to":
        return np_forward(ctx.body, ctx.tokens(m.end(), end), 0)
    toks = ctx.tokens(start, m.start())
    if not any(is_word(t[0]) for t in toks):
        return _opening_verb_speaker(ctx, m, end)  # "Stated Stone:" then the quote
    if m.group().lower().endswith("ing"):
        # a participle's speaker is the sentence's subject: "Ruiz distanced
        # herself from the union by saying she would help." then the quote
        np = _subject_np(ctx, toks)
        return np if np is not None and np.span[1] <= m.start() and (
            np.kind in ("name", "org") or ctx.is_person(np)) and not _place_like(np.text) else None
    return np_backward(ctx.body, toks)


# --------------------------------------------------------------------------
# Step 3: pronouns and name variants

def _unify_names(ctx: Context, raws: list[_Raw]) -> None:
    """Give every name its longest form in the article ("Putin" ->
    "Vladimir Putin"), with the role found next to that form."""
    best: dict[str, tuple[str, str | None]] = {}
    for raw in raws:
        np = raw.np
        if np is not None and np.kind == "name" and np.text not in best:
            best[np.text] = _longest_form(ctx, np)
    for raw in raws:
        np = raw.np
        if np is not None and np.kind == "name" and np.text in best:
            name, role = best[np.text]
            if name != np.text or (role and not np.role):
                raw.np = NP(name, np.span, np.kind, np.gender, np.role or role)


def _longest_form(ctx: Context, np: NP) -> tuple[str, str | None]:
    """The longest name in the article that ends in `np`'s name, with its role:
    none for a surname two people of the article have ("Sen. John Roe", "Gov.
    Mary Roe"), which may be either's (no speaker is better than a wrong one),
    and none whose added words are no given names ("Like Roe, ...")."""
    body = ctx.body
    name, role = np.text, np.role
    pos = body.find(np.text)
    while pos >= 0:
        end = pos + len(np.text)
        if (pos == 0 or not body[pos - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
            # a name never runs across a line: "... Plan For Schools\nAnn Roe said"
            lo = max(0, pos - 80, body.rfind("\n", 0, pos) + 1)
            toks = ctx.tokens(lo, end)
            while toks and toks[0][1] < lo + 1 and len(toks) > 1 and lo > 0 and body[lo - 1] != "\n":
                toks = toks[1:]  # a word cut by the window
            cand = np_backward(body, toks)
            if cand and cand.kind == "name" and cand.text.endswith(np.text) and len(cand.text) > len(name) and (
                    _name_prefix(cand.text[:-len(np.text)])) and given_names(ctx.doc, cand.text, cand.span[0]) and (
                    len(cand.text.split()) == len(np.text.split()) + 1 or not _title_case_line(ctx, pos)):
                # in a title-case line, a first name at most: "Salma Hayek Described ...",
                # not "14 Offensive Things Donald Trump Said"
                name, role = cand.text, cand.role or role
        pos = body.find(np.text, pos + 1)
    # read only where a longer form was found: the article's name index is then worth building
    if name != np.text and " " not in np.text and name_index(ctx.doc).shared(
            np.text, lambda at: _title_case_line(ctx, at)):
        return np.text, np.role
    return name, role


def _title_case_line(ctx: Context, pos: int) -> bool:
    """The paragraph at `pos` is a headline or a subhead in title case, with or
    without a full stop ("14 Offensive Things Donald Trump Said."): its
    capitalised words before a name are no first name."""
    para = ctx.para_of(pos)
    if ctx.headline(para):
        return True
    s, e = ctx.paras[para]
    if e - s > 200:  # tested first: a long paragraph (often a whole article) is never split into words
        return False
    words = [w for w in ctx.body[s:e].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _name_prefix(words: str) -> bool:
    """The words a longer form adds before a name are a first name, not a
    verb opening the sentence or a headline's ("Said Ana Ruiz", "Mayor Says
    Ana Ruiz"), a possessive ("It's CNN's Fault Ana Ruiz") or a place ("in
    New Hampshire Sanders won")."""
    return not any(w.lower() in CUE_VERBS or w.endswith(("’s", "'s")) for w in words.split()) and (
        words.strip() not in PLACE_NAMES)
