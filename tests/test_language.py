"""The language of an article (mobicheck/language.py): given, or told from its words."""
from __future__ import annotations

import json

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck import language
from mobicheck.extract import extract_claims
from mobicheck.language import article_language, detect, normalise, packs
from mobicheck.load import load_bytes
from mobicheck.model import Article

ROWS = [
    ("en", "Police said 300 people were detained on Sunday in the capital, according to officials."),
    ("en", "The minister told reporters that « c'est la guerre » was not his phrase, and left."),
    ("ru", "Около 300 тысяч резервистов будут призваны, заявил министр обороны Сергей Шойгу."),
    ("uk", "Росія оголосила мобілізацію 300 тисяч резервістів, повідомив Генштаб ЗСУ у четвер."),
    ("fr", "Le ministre a déclaré que 300 000 réservistes seraient appelés dans les prochains jours."),
    ("de", "Der Minister sagte, dass rund 300.000 Reservisten eingezogen werden sollen, auch aus Moskau."),
    ("es", "El ministro dijo que unos 300.000 reservistas serán llamados a filas en los próximos días."),
    ("pt", "O ministro disse que cerca de 300 mil reservistas serão convocados nos próximos dias."),
    ("en", ""),
    ("en", "300 000"),
    # Samples of ASCII alone take the faster word pattern: the same words, the same answer.
    ("de", "Die Polizei sagte, dass mindestens 40 Menschen bei dem Unfall auf der Autobahn verletzt wurden."),
    ("es", "La policia dijo que al menos 40 personas murieron en el incendio de la fabrica."),
    ("en", "Die Hard, the film, ran for 40 weeks in the city, the studio said on Monday."),
]


@pytest.mark.parametrize("lang, text", ROWS, ids=[f"{r[0]}:{r[1][:25]}" for r in ROWS])
def test_detect(lang, text):
    assert detect(text) == lang


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcxyz _019-'é", max_size=40))
def test_the_ascii_word_pattern_reads_the_words_of_the_full_one(text):
    sample = text.lower()
    if sample.isascii():
        assert language._ASCII_WORD.findall(sample) == language._WORD.findall(sample)


def test_every_pack_is_a_language_with_stop_words():
    assert set(packs()) == {"en", "fr", "de", "es", "pt", "ru", "uk"}


@pytest.mark.parametrize("given, expected", [("ru", "ru"), ("RU", "ru"), ("pt-BR", "pt"), ("pt_BR", "pt"),
                                             ("", None), (None, None), (3, None)])
def test_normalise(given, expected):
    assert normalise(given) == expected


def test_a_given_language_wins_over_the_text():
    a = Article(id="a", body="Police said 300 people were detained.", language="de")
    assert article_language(a) == "de"
    # a language without a pack: told from the text
    assert article_language(Article(id="b", body="Police said 300 people were detained.", language="it")) == "en"


def test_front_matter_and_jsonl_carry_the_language():
    md = "---\ntitle: t\nlanguage: fr\n---\nThe text is short, 300 people.\n".encode()
    [article] = load_bytes(md, "a.md")
    assert article.language == "fr"
    line = json.dumps({"text": "300 people", "language": "uk"}).encode()
    [record] = load_bytes(line, "b.jsonl")
    assert record.language == "uk"


def test_claims_of_a_russian_article_are_read_in_russian():
    a = Article(id="ru", body="Министр обороны заявил, что будут призваны около 300 тысяч резервистов.",
                published="2022-09-21")
    [claim] = extract_claims(a, kind="number")
    assert (claim.text, claim.value, claim.low, claim.high, claim.qualifier) == (
        "около 300 тысяч резервистов", 300000.0, 270000.0, 330000.0, "about")


def test_an_english_article_is_read_by_the_english_reader():
    a = Article(id="en", body="Defence Minister Sergei Shoigu said about 300,000 reservists would be called up.")
    assert [c.text for c in extract_claims(a, kind="number")] == ["about 300,000 reservists"]



_PIECES = ["«", "»", "„", "“", " — ", ", ", "заявил Путин", "a déclaré", "sagte Scholz", "300 000", "1,5 млн",
           "около", "plus de", "rund", "тысяч", "резервистов", "par jour", "в сутки", ". ", "\n\n", "-", "%"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["ru", "uk", "fr", "de", "es", "pt"]), st.lists(st.sampled_from(_PIECES), max_size=25))
def test_claims_in_any_language_never_raise_and_spans_hold(lang, pieces):
    body = "".join(pieces) or "x"
    for c in extract_claims(Article(id="a", body=body, language=lang)):
        assert body[c.start:c.end] == c.text
