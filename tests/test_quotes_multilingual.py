"""Quotations and their speakers in other languages (mobicheck/quotes_multilingual.py), on
sentences of our own: (language, text, [(quotation, speaker, cue)])."""
from __future__ import annotations

import pytest

from mobicheck.extract import extract_claims
from mobicheck.model import Article

ROWS = [
    ("ru", "«Это не блеф», — заявил Путин в обращении к нации.", [("Это не блеф", "Путин", "заявил")]),
    ("ru", "Песков сказал: «Мобилизация будет частичной».", [("Мобилизация будет частичной", "Песков", "сказал")]),
    # a speaker in the genitive ("по словам Пескова") brought back to the nominative
    ("ru", "По словам Дмитрия Пескова, «решение окончательное».",
     [("решение окончательное", "Дмитрий Песков", "по словам")]),
    ("ru", "По словам Марии Захаровой, «это провокация».", [("это провокация", "Мария Захарова", "по словам")]),
    ("ru", "По словам Сергея Шойгу, «задачи выполнены».", [("задачи выполнены", "Сергей Шойгу", "по словам")]),
    ("uk", "За словами Володимира Зеленського, «ми вистоїмо».", [("ми вистоїмо", "Володимир Зеленський", "за словами")]),
    # -енко surnames decline in Ukrainian; a first name in -о (Петро) reads as one in a consonant: a known limit
    ("uk", "За словами Петра Порошенка, «це помилка».", [("це помилка", "Петр Порошенко", "за словами")]),
    # a source phrase before a word that is no name names no one
    ("ru", "По словам министра, «всё идёт по плану».", [("всё идёт по плану", None, None)]),
    ("fr", "Selon le ministre, « la mobilisation sera partielle ».", [("la mobilisation sera partielle", None, None)]),
    ("uk", "«Це не блеф», — заявив Путін.", [("Це не блеф", "Путін", "заявив")]),
    ("fr", "« Ce n'est pas du bluff », a déclaré Vladimir Poutine mercredi.",
     [("Ce n'est pas du bluff", "Vladimir Poutine", "a déclaré")]),
    ("fr", "Selon Dmitri Peskov, « la mobilisation sera partielle ».",
     [("la mobilisation sera partielle", "Dmitri Peskov", "selon")]),
    ("fr", "« Nous défendrons notre terre », a-t-il ajouté.", [("Nous défendrons notre terre", None, None)]),
    ("de", "„Das ist kein Bluff“, sagte Putin am Mittwoch.", [("Das ist kein Bluff", "Putin", "sagte")]),
    ("es", "«No es un farol», dijo Putin el miércoles.", [("No es un farol", "Putin", "dijo")]),
    ("es", "El portavoz Peskov afirmó: «La movilización será parcial».",
     [("La movilización será parcial", "Peskov", "afirmó")]),
    ("pt", "«Não é um blefe», disse Putin na quarta-feira.", [("Não é um blefe", "Putin", "disse")]),
    # German »…« (and Swiss «…»), nested ›…‹ and ‚…‘; French nested ‹…›, and ‹…› alone
    ("de", "»Das ist kein Bluff«, sagte Putin am Mittwoch. »Wir werden siegen«, fügte er hinzu.",
     [("Das ist kein Bluff", "Putin", "sagte"), ("Wir werden siegen", None, None)]),
    ("de", "Scholz sagte: »Wir erleben eine ›Zeitenwende‹.« Dann ging er.",
     [("Wir erleben eine ›Zeitenwende‹.", "Scholz", "sagte")]),
    ("de", "Scholz sagte: „Wir erleben eine ‚Zeitenwende‘.“", [("Wir erleben eine ‚Zeitenwende‘.", "Scholz", "sagte")]),
    ("de", "«Das ist kein Bluff», sagte Putin.", [("Das ist kein Bluff", "Putin", "sagte")]),
    ("fr", "« Il a dit ‹ jamais › et il le pensait », a déclaré Emmanuel Macron.",
     [("Il a dit ‹ jamais › et il le pensait", "Emmanuel Macron", "a déclaré")]),
    ("fr", "‹ Ce n’est pas du bluff ›, a déclaré Vladimir Poutine.",
     [("Ce n’est pas du bluff", "Vladimir Poutine", "a déclaré")]),
    # no cue, no name: no speaker guessed
    ("de", "Auf den Plakaten stand „Nein zum Krieg“.", [("Nein zum Krieg", None, None)]),
]


@pytest.mark.parametrize("lang, text, expected", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_quotes_and_speakers(lang, text, expected):
    claims = extract_claims(Article(id="a", body=text, language=lang), kind="quote")
    assert [(c.text, c.speaker, c.cue) for c in claims] == expected
