"""Stage 2: the claims of one article, numbers with their frames, and quotes.

The readers live in their own modules (numbers.py, frames.py, quotes.py);
this stage drops what a fact-checker does not check (years, dates, ages,
boilerplate such as cookie notices) and builds Claim records whose `text`
is exactly `article.body[start:end]`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import quotes_multilingual
from .ages import age_owner
from .doc import Doc
from .frames import frame_numbers
from .frames import multilingual as multilingual_frames
from .language import DEFAULT as DEFAULT_LANGUAGE, article_language
from .lexicon import load as _lexicon
from .match import head
from .model import Article, Claim, Skipped
from .numbers import find_numbers, multilingual
from .quotes import find_quotes
from .text import enclosing

# Kinds of number mention that are claims. Years, dates, times, ages,
# ordinals and identifiers ("World War II", "G7") locate a claim; they are
# not one.
# Magnitudes are left out too: a story about one earthquake cites the
# magnitudes of others, and nothing in the sentence tells them apart.
CLAIM_KINDS = frozenset({"count", "percent", "money", "measure", "rate", "ratio", "change"})

# Paragraphs that belong to the page, not the story: consent notices,
# promotions, link lists. Claims found there are noise.
_BOILERPLATE = re.compile(
    r"""\b(?:cookies?|you\ cannot\ view\ this\ content|see\ also\b|read\ more\b|sign\ up\b|
    subscribe\b|newsletter|all\ rights\ reserved|click\ here|advertisement|
    enable\ javascript|privacy\ policy|terms\ of\ (?:use|service))""",
    re.I | re.X,
)
# Words that make several counts in one sentence parts of a whole.
_PARTITIVE = re.compile(r"\b(?:of which|of whom|of them|other|others|another|while|whereas|the rest|remaining|"
                        r"including|among them|each)\b", re.I)
# Who a quote was given to ("told AFP", "said in an interview with CNN"):
# two articles quoting the same interview are one source, not two.
_OUTLET = re.compile(r"\b(?:" + "|".join(map(re.escape, _lexicon("en").given_to))
                     + r")\s+((?:[A-Z][\w&.'’-]*\s?){1,4})")


@dataclass(frozen=True, slots=True)
class Extraction:
    """The claims of one article and the warnings met reading it (a paragraph split, ...)."""

    claims: list[Claim]
    warnings: list[str]


def extract_claims(article: Article, *, kind: str | None = None) -> list[Claim]:
    """Number and quote claims of `article`, in text order (numbers first).

    `kind` limits the result to "number" or "quote" claims.

    >>> from mobicheck.model import Article
    >>> [c.text for c in extract_claims(Article(id="a", body="Police said 300 people were detained."))]
    ['300 people']
    """
    return extract_article(article, kind=kind).claims


def extract_article(article: Article, *, kind: str | None = None) -> Extraction:
    """`extract_claims` with the warnings: one Doc is read and shared by every reader."""
    doc = Doc(article.body, article.published, article_language(article))
    body = doc.body
    noise = [p for p in doc.paragraphs if _is_boilerplate(body[p[0] : p[1]])]
    claims: list[Claim] = []
    if kind in (None, "number"):
        claims.extend(_number_claims(article, doc, noise))
    if kind in (None, "quote"):
        claims.extend(_quote_claims(article, doc, noise))
    doc.release()  # nothing reads this Doc after extraction: free its analyses now, not at a collection
    return Extraction(claims, doc.warnings)


def extract_or_skip(article: Article, *, kind: str | None = None) -> Extraction | Skipped:
    """`extract_article`, except that a bug met on one article skips that article, not the run."""
    try:
        return extract_article(article, kind=kind)
    except Exception as e:  # the readers never raise by design; if one does, the batch goes on
        return Skipped(article.path or article.id,
                       f"internal error while reading claims of {article.id} ({type(e).__name__}: {e}); "
                       f"please report it")


def _is_boilerplate(paragraph: str) -> bool:
    # Long paragraphs that merely mention cookies are story text.
    return len(paragraph) < 400 and bool(_BOILERPLATE.search(paragraph))


def _in_noise(noise: list[tuple[int, int]], offset: int) -> bool:
    return enclosing(noise, offset) is not None


# A sentence of more than CROWDED_FIGURES figures and CROWDED_CHARS characters is a table or a list
# run into one line, not prose; each of its figures carries CROWDED_CONTEXT characters on each side.
CROWDED_FIGURES, CROWDED_CHARS, CROWDED_CONTEXT = 20, 1000, 80


@dataclass(frozen=True)
class Readers:
    """The readers of one language. English keeps its own (numbers/, frames/, quotes.py); the other
    languages share the lexicon-driven ones (numbers/multilingual.py, frames/multilingual.py,
    quotes_multilingual.py), which take the language's words from its lexicon pack."""

    numbers: Callable[[str], list]  # body -> Quantity list
    frames: Callable[[Doc, list], list]  # (doc, [(start, end, per)]) -> Frame list
    quotes: Callable[[Doc, str | None], list]  # (doc, title) -> Quote list


_ENGLISH = Readers(numbers=find_numbers, frames=frame_numbers, quotes=find_quotes)


def readers(lang: str) -> Readers:
    """The readers of language `lang` (an ISO code mobicheck reads)."""
    if lang == DEFAULT_LANGUAGE:
        return _ENGLISH
    return Readers(numbers=lambda body: multilingual.find_numbers(body, lang),
                   frames=multilingual_frames.frame_numbers,
                   quotes=lambda doc, title: quotes_multilingual.find_quotes(doc))  # reads no title


def _number_claims(article: Article, doc: Doc, noise: list[tuple[int, int]]) -> list[Claim]:
    body = article.body
    read = readers(doc.lang)
    found = read.numbers(body)
    numbers = [q for q in found if q.kind in CLAIM_KINDS and not _in_noise(noise, q.start)]
    spans = [(q.start, q.end, q.per) for q in numbers]
    frames = read.frames(doc, spans)
    heads = Counter((f.sentence, head(f.subject)) for q, f in zip(numbers, frames)
                    if not _compound(body, q.end))
    claims = []
    # One string per sentence, shared by its claims: smaller to send back
    # from a worker process (pickle writes a shared object once) and to keep.
    sentence_text: dict[tuple[int, int], str] = {}
    crowded = {s for s, n in Counter(f.sentence for f in frames).items()
               if n > CROWDED_FIGURES and s[1] - s[0] > CROWDED_CHARS}
    for i, (q, f) in enumerate(zip(numbers, frames)):
        end = max(q.end, f.end)
        # A figure of a crowded sentence carries a window of it, not all of it: every format writes
        # each claim's sentence, and a thousand figures each with the whole line made the output a
        # thousand times the input.
        sentence = ((max(f.sentence[0], q.start - CROWDED_CONTEXT), min(f.sentence[1], end + CROWDED_CONTEXT))
                    if f.sentence in crowded else f.sentence)
        claims.append(
            Claim(
                id=f"{article.id}:n{i + 1}",
                article=article.id,
                kind="number",
                text=body[q.start : end],
                start=q.start,
                end=end,
                sentence=sentence_text.setdefault(sentence, body[sentence[0] : sentence[1]]),
                attribution=f.attribution,
                value=_float(q.value),
                low=_float(q.low),
                high=_float(q.high),
                qualifier=q.qualifier,
                unit=q.unit,
                quantity=q.kind,
                per=q.per or f.per,
                subject=f.subject,
                subject_class=f.subject_class,
                measure=f.measure,
                place=tuple(f.place),
                time=f.time,
                cumulative_since=f.cumulative_since,
                hedge=f.hedge,
                owners=f.owners,
                enumerated=_enumerated(body, f, heads),
                language=_language(doc),
            )
        )
    if doc.lang == DEFAULT_LANGUAGE:
        claims.extend(_age_claims(article, doc, [q for q in found if q.kind == "age" and not _in_noise(noise, q.start)],
                                  len(claims), sentence_text))
    return claims


def _age_claims(article: Article, doc: Doc, ages: list, first: int,
                sentence_text: dict[tuple[int, int], str]) -> list[Claim]:
    """An age is a claim of its own kind ("age"), never a count: its subject is the person it belongs to
    (ages.py), its measure "age". Numbered after the other figures, whose ids stay as they were; their
    frames are read apart, so that the ages change nothing of the counts' frames."""
    body = article.body
    owners = [age_owner(doc, q.start, q.end) for q in ages]
    frames = readers(doc.lang).frames(doc, [(q.start, q.end, None) for q in ages])
    claims = []
    for i, (q, (who, start, end), f) in enumerate(zip(ages, owners, frames)):
        claims.append(Claim(
            id=f"{article.id}:n{first + i + 1}", article=article.id, kind="number", text=body[start:end],
            start=start, end=end, sentence=sentence_text.setdefault(f.sentence, body[f.sentence[0]:f.sentence[1]]),
            attribution=f.attribution, value=_float(q.value), low=_float(q.low), high=_float(q.high),
            qualifier=q.qualifier, quantity="age", subject=who, measure="age", place=tuple(f.place), time=f.time,
            hedge=f.hedge))
    return claims


def _language(doc: Doc) -> str | None:
    # English, the reference, is written as no language: its claims' records stay as they were.
    return None if doc.lang == DEFAULT_LANGUAGE else doc.lang


def _float(x: float | None) -> float | None:
    # One JSON type for every bound: the reader gives ints for word ranges.
    return None if x is None else float(x)


def _compound(body: str, end: int) -> bool:
    """A number glued to a noun ("350-seat assembly") describes a thing, it counts nothing here."""
    return body[end : end + 1] == "-" and body[end + 1 : end + 2].isalpha()


def _enumerated(body: str, frame, heads: Counter) -> bool:
    # Several counts of one thing in one sentence are parts of a whole when
    # the sentence says so ("of which", "the other two", "while") or lists
    # three or more; "162 seats, short of the 176 needed" is not a list.
    if not frame.subject:
        return False
    # A bare figure beside a counted noun ("six boats were hit, of which
    # two sank") counts the same noun.
    n = heads[(frame.sentence, head(frame.subject))] + heads[(frame.sentence, None)]
    return n >= 3 or (n == 2 and bool(_PARTITIVE.search(body, *frame.sentence)))


def _quote_claims(article: Article, doc: Doc, noise: list[tuple[int, int]]) -> list[Claim]:
    body = article.body
    sentence_spans = doc.sentences
    quotes = readers(doc.lang).quotes(doc, article.title)
    ids = [f"{article.id}:q{i + 1}" for i in range(len(quotes))]
    claims = []
    for i, q in enumerate(quotes):
        if _in_noise(noise, q.start) or not q.text.strip():
            continue
        span = enclosing(sentence_spans, q.start) or (q.start, q.end)
        sentence = body[span[0] : max(span[1], q.end)]
        outlet = _OUTLET.search(sentence)
        claims.append(
            Claim(
                id=ids[i],
                article=article.id,
                kind="quote",
                text=q.text,
                start=q.start,
                end=q.end,
                sentence=sentence,
                attribution=outlet.group(1).strip() if outlet else None,
                speaker=q.speaker,
                speaker_span=q.speaker_span,
                role=q.role,
                cue=q.cue,
                continues=ids[q.continues] if q.continues is not None else None,
                speaker_via=q.via,
                speaker_kind=q.speaker_kind,
                joint=q.joint,
                language=_language(doc),
            )
        )
    return claims
