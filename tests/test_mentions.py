"""The token view the speaker reader reads (Doc.tokens_in), the chunker and the pronoun resolver."""
from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck.doc import Doc, tokenise
from mobicheck.mentions import _FOLDS_APART, CUE, Context, PronounResolver, context, make_np


def _slice_tokens(doc: Doc, lo: int, hi: int):
    """What tokenising the window on its own gives: the reference for tokens_in."""
    out: list = []
    tokenise(doc.body, max(lo, 0), max(hi, 0), doc._abbreviations, out)
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab A.B’'-,“” 1\n", max_size=60), st.integers(-2, 62), st.integers(-2, 62))
def test_a_window_of_the_shared_tokens_is_the_window_tokenised(text, lo, hi):
    doc = Doc(text)
    assert doc.tokens_in(lo, hi) == _slice_tokens(doc, lo, hi)


@pytest.mark.parametrize("body, lo, hi, tokens", [
    ("Mr. Smith said", 0, 14, ["Mr.", "Smith", "said"]),
    ("Dmitri A. Medvedev, 54, said", 0, 28, ["Dmitri", "A.", "Medvedev", ",", "54", ",", "said"]),
    ("the well-known man", 9, 18, ["known", "man"]),  # a word cut by the window is read inside it
    ("It ended. Then", 3, 9, ["ended", "."]),
    ("U.S. officials", 0, 14, ["U.", "S.", "officials"]),  # initials
    # A full stop after a word or a figure: on the word only for an abbreviation or an initial.
    ("Gen. Ruiz left on Jan. 4. No. 5 was next.", 0, 41,
     ["Gen.", "Ruiz", "left", "on", "Jan.", "4", ".", "No", ".", "5", "was", "next", "."]),
    ("Gen. Ruiz", 0, 3, ["Gen"]),  # the window cuts the full stop off
    ("it cost 3.5 bn. The end..", 8, 25, ["3", ".", "5", "bn", ".", "The", "end", ".", "."]),
    ("rock’n’roll. e.g. x", 0, 19, ["rock’n’roll", ".", "e", ".", "g", ".", "x"]),
])
def test_tokens_in(body, lo, hi, tokens):
    assert [t for t, _, _ in Doc(body).tokens_in(lo, hi)] == tokens


@pytest.mark.parametrize("phrase, kind, text, role, gender", [
    ("Defence Minister Sergei Shoigu", "name", "Sergei Shoigu", "Defence Minister", "u"),
    ("Ms Rita Vance", "name", "Rita Vance", None, "f"),
    ("a man named Dmitri", "name", "Dmitri", None, "m"),
    ("the Kremlin", "org", "the Kremlin", None, "org"),
    ("Russia's Defense Ministry", "org", "Russia's Defense Ministry", None, "org"),
    ("one of the women", "desc", "one of the women", None, "f"),
    ("the firefighter", "desc", "the firefighter", None, "u"),
    ("she", "pronoun", "she", None, "f"),
])
def test_noun_phrases(phrase, kind, text, role, gender):
    doc = Doc(phrase)
    np = make_np(phrase, doc.tokens_in(0, len(phrase)))
    assert (np.kind, np.text, np.role, np.gender) == (kind, text, role, gender)


@pytest.mark.parametrize("body, pronoun, expected", [
    ("Mayor Ana Lopez visited the site. She said 40 people had died.", "She", "Mayor Ana Lopez"),
    ("Dr Paul Kerr met Ms Rita Vance. She said 40 people had died.", "She", "Rita Vance"),
    ("The storm hit at night. It said nothing.", "It", None),
])
def test_pronoun_resolver_reads_a_string_or_a_doc(body, pronoun, expected):
    at = body.index(pronoun, 1)
    for source in (body, Doc(body)):
        assert PronounResolver(source).resolve(at, at + len(pronoun)) == expected


# Pieces of text near the cue words: their cases, the words around them, the characters that
# lower differently from how IGNORECASE matches them, hyphens, apostrophes and line ends.
_CUE_PIECES = st.sampled_from([
    "said", "SAID", "Said", "sAId", "says", "told", "according to", "According  to", "described as",
    "Describes\nas", "brandished as", "pointed out", "so-called", "called-up", "said’s", "told2",
    "ſaid", "ıs", "İ", "K", "a", " ", ", ", ".", "-", "’", "'", "\n", "x", "“", "noted",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=14).map("".join), st.integers(-1, 90), st.integers(-1, 90))
def test_the_cue_scan_finds_what_the_cue_pattern_finds(text, lo, hi):
    """Context.cues reads the lower-cased body: the same matches as CUE over the body, any window."""
    found = [(m.span(), m.group()) for m in context(Doc(text)).cues(lo, hi)]
    assert found == [(m.span(), m.group()) for m in CUE.finditer(text, lo, hi)]


def test_only_the_listed_characters_lower_otherwise_than_ignorecase_matches():
    """Where `_CUE_LOWER` in the lower-cased body reads as CUE in the body: every character lowers to
    one character in the same classes (word, space, CUE's word edges) that is the ASCII letter it
    matches under IGNORECASE, if any, but the characters listed in `_FOLDS_APART`."""
    edges = [re.compile(c) for c in (r"\w", r"\s", r"[\w\-’']", r"[\w\-]")]
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert CUE.pattern == CUE.pattern.lower()  # its words: `_CUE_LOWER` matches them in lower case only
    apart = set()
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        low = c.lower()
        if c == low and not letter.match(c):
            continue  # unchanged, and matches no letter of the pattern
        if (len(low) != 1 or any(bool(e.match(c)) != bool(e.match(low)) for e in edges)
                or bool(letter.match(c)) != (low in string.ascii_lowercase)
                or letter.match(c) and not re.fullmatch(low, c, re.IGNORECASE)):
            apart.add(c)
    assert apart == set(_FOLDS_APART)


# Sentences with speakers, names and pronouns, for the paragraph readers of a Context.
_SENTENCE_PIECES = st.sampled_from([
    "Mayor Ana Lopez said the plan would work. ", "“We will rebuild,” she said. ", "He added: “Soon.” ",
    "Dr. Paul Kerr met Ms Rita Vance in Lima. ", "The officials, who declined to be named, told reporters. ",
    "Residents said they were afraid. ", "Asked about the vote, Tom Hale said nothing. ",
    "It rained, said the officer in charge. ", "\n\n", "Jon Ruiz of Fort Coffee was furious. ",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE_PIECES, min_size=1, max_size=12).map("".join), st.lists(st.floats(0, 1), max_size=6))
def test_a_paragraph_read_up_to_a_place_is_the_whole_paragraph_cut_there(text, cuts):
    """What the Context reads of a paragraph only up to where a pronoun asks, in any order of asking,
    is what reading it all gives, cut at that place."""
    doc = Doc(text)
    lazy, whole = context(doc), Context(doc)
    for cut in cuts + [1.0]:
        before = int(cut * len(text))
        for para in range(len(doc.paragraphs)):
            for read in ("mentions", "people", "subjects"):
                assert getattr(lazy, read)(para, before) == [
                    (q, np) for q, np in getattr(whole, read)(para) if q < before], (read, para, before)
