"""The multilingual number reader (mobicheck/numbers/multilingual.py) on news sentences of our own.

Each row: language, sentence, and the figures read as (text, value, low, high, qualifier, kind).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from mobicheck.numbers.multilingual import find_numbers

M, B, K = 1_000_000.0, 1_000_000_000.0, 1000.0

# Our own news sentences per language: the table tests below and the speed benchmark
# (benchmarks/multilingual_numbers.py) read them.
NEWS = {
    "ru": [
        "Путин объявил частичную мобилизацию: призовут около 300 тысяч резервистов, заявил Шойгу.",
        "По данным «Новой газеты», в указе засекречен пункт о мобилизации до одного миллиона человек.",
        "Свыше 200 тыс. человек покинули Россию за две недели, сообщили власти Казахстана.",
        "С 21 сентября в Грузию въехали более 53 000 граждан России, около 10 тысяч в сутки.",
        "Министр обороны назвал цифру в 5937 погибших военнослужащих.",
        "Бюджет на 2023 год предусматривает расходы в 1,5 млн рублей на каждого, или 4,98 трлн в целом.",
        "Задержаны не менее 1300 человек в 38 городах, по данным ОВД-Инфо.",
        "Повестки получили от 10 до 15 тысяч жителей Дагестана; трое погибли, двести тридцать пять ранены.",
    ],
    "uk": [
        "Росія оголосила мобілізацію 300 тисяч резервістів, повідомив Генштаб ЗСУ.",
        "За добу втрати ворога склали близько 500 осіб, понад 1,5 млн людей виїхали.",
        "З 24 лютого загинули щонайменше п'ятсот дев'яносто шість мирних жителів.",
        "У 2022 році Україна отримала 18 млрд доларів допомоги, що на 25% більше.",
    ],
    "fr": [
        "Vladimir Poutine a décrété la mobilisation de 300 000 réservistes, a déclaré le ministre de la Défense.",
        "Près de 200 000 Russes ont fui vers le Kazakhstan, selon les autorités, soit plus de 10 000 par jour.",
        "Plus de 1 300 personnes ont été interpellées dans 38 villes, selon OVD-Info.",
        "Le budget prévoit 1,5 milliard d'euros, en hausse de 12,5 % sur un an.",
        "Entre 20 et 30 avions ont quitté Moscou le 21 septembre 2022.",
        "Quatre-vingt-dix-neuf soldats et deux cent trente civils ont été blessés.",
    ],
    "de": [
        "Putin ordnete die Mobilisierung von 300.000 Reservisten an, sagte Verteidigungsminister Schoigu.",
        "Rund 200.000 Russen sind nach Kasachstan geflohen, mehr als 10.000 pro Tag.",
        "Mehr als 1.300 Menschen wurden in 38 Städten festgenommen.",
        "Der Haushalt sieht 1,5 Mrd. Euro vor, ein Plus von 12,5 Prozent.",
        "Zwischen 20 und 30 Flugzeuge verließen Moskau am 21.09.2022.",
        "Dreihundertneunundneunzig Soldaten und zweitausend Zivilisten wurden verletzt.",
    ],
    "es": [
        "Putin ordenó la movilización de 300.000 reservistas, según el ministro de Defensa.",
        "Unos 200.000 rusos huyeron a Kazajistán, más de 10.000 al día.",
        "Más de 1.300 personas fueron detenidas en 38 ciudades, según OVD-Info.",
        "El presupuesto prevé 1,5 millones de euros, un 12,5% más que en 2021.",
        "Entre 20 y 30 aviones salieron de Moscú; dos mil millones de dólares en juego.",
        "Murieron doscientos treinta y cinco soldados y mil quinientos civiles.",
    ],
    "pt": [
        "Putin ordenou a mobilização de 300 mil reservistas, segundo o ministro da Defesa.",
        "Cerca de 200.000 russos fugiram para o Cazaquistão, mais de 10 mil por dia.",
        "Mais de 1.300 pessoas foram presas em 38 cidades.",
        "O orçamento prevê 1,5 bilhão de reais, alta de 12,5% em 2022.",
        "Entre 20 e 30 aviões deixaram Moscou; trezentos e quarenta e sete feridos.",
    ],
}

ROWS = [
    # Russian: cases, abbreviations, separators, qualifiers
    ("ru", "около 300 тысяч резервистов", [("около 300 тысяч", 300 * K, 270 * K, 330 * K, "about", "count")]),
    ("ru", "трёхсот тысяч резервистов", [("трёхсот тысяч", 300 * K, 300 * K, 300 * K, None, "count")]),
    ("ru", "с двумястами пятьюдесятью шестью солдатами", [("двумястами пятьюдесятью шестью", 256, 256, 256, None, "count")]),
    ("ru", "свыше 200 тыс. человек", [("свыше 200 тыс.", 200 * K, 200 * K, None, "more than", "count")]),
    ("ru", "1,5 млн рублей", [("1,5 млн", 1.5 * M, 1.5 * M, 1.5 * M, None, "count")]),
    ("ru", "не менее 1300 человек", [("не менее 1300", 1300, 1300, None, "at least", "count")]),
    ("ru", "300\u00a0000 человек", [("300\u00a0000", 300 * K, 300 * K, 300 * K, None, "count")]),
    ("ru", "300\u202f000 человек", [("300\u202f000", 300 * K, 300 * K, 300 * K, None, "count")]),
    ("ru", "от 10 до 15 тысяч жителей", [("от 10 до 15 тысяч", 12.5 * K, 10 * K, 15 * K, "range", "count")]),
    ("ru", "более 25% опрошенных", [("более 25%", 25, 25, None, "more than", "percent")]),
    ("ru", "в 2022 году", [("2022", 2022, 2022, 2022, None, "year")]),
    ("ru", "трое погибли", [("трое", 3, 3, 3, None, "count")]),
    ("ru", "полтора миллиона беженцев", [("полтора миллиона", 1.5 * M, 1.5 * M, 1.5 * M, None, "count")]),
    ("ru", "указ от 21.09.2022", [("21.09.2022", None, None, None, None, "date")]),
    ("ru", "300 с лишним человек", [("300 с лишним", 300, 300, None, "more than", "count")]),
    # Ukrainian: apostrophes, cases
    ("uk", "п’ятсот дев’яносто шість", [("п’ятсот дев’яносто шість", 596, 596, 596, None, "count")]),
    ("uk", "понад 1,5 млн людей", [("понад 1,5 млн", 1.5 * M, 1.5 * M, None, "more than", "count")]),
    ("uk", "близько 300 тисяч резервістів", [("близько 300 тисяч", 300 * K, 270 * K, 330 * K, "about", "count")]),
    ("uk", "щонайменше двохсот осіб", [("щонайменше двохсот", 200, 200, None, "at least", "count")]),
    # French
    ("fr", "près de 300 000 réservistes", [("près de 300 000", 300 * K, 270 * K, 300 * K, "nearly", "count")]),
    ("fr", "plus d'un million de personnes", [("plus d'un million", M, M, None, "more than", "count")]),
    ("fr", "quatre-vingt-dix-neuf soldats", [("quatre-vingt-dix-neuf", 99, 99, 99, None, "count")]),
    ("fr", "soixante et onze blessés", [("soixante et onze", 71, 71, 71, None, "count")]),
    ("fr", "12,5 % de hausse", [("12,5 %", 12.5, 12.5, 12.5, None, "percent")]),
    ("fr", "1,5 milliard d'euros", [("1,5 milliard", 1.5 * B, 1.5 * B, 1.5 * B, None, "count")]),
    ("fr", "entre 20 et 30 avions", [("entre 20 et 30", 25, 20, 30, "range", "count")]),
    ("fr", "un soldat", [("un", 1, 1, 1, None, "article")]),
    ("fr", "trois millions et demi", [("trois millions et demi", 3.5 * M, 3.5 * M, 3.5 * M, None, "count")]),
    # German
    ("de", "rund 300.000 Reservisten", [("rund 300.000", 300 * K, 270 * K, 330 * K, "about", "count")]),
    ("de", "mehr als 20 Prozent", [("mehr als 20 Prozent", 20, 20, None, "more than", "percent")]),
    ("de", "1,5 Mio. Euro", [("1,5 Mio.", 1.5 * M, 1.5 * M, 1.5 * M, None, "count")]),
    ("de", "dreihundertneunundneunzig Soldaten", [("dreihundertneunundneunzig", 399, 399, 399, None, "count")]),
    ("de", "zweieinhalb Millionen", [("zweieinhalb Millionen", 2.5 * M, 2.5 * M, 2.5 * M, None, "count")]),
    ("de", "zwischen 20 und 30 Flugzeuge", [("zwischen 20 und 30", 25, 20, 30, "range", "count")]),
    ("de", "am 21.09.2022", [("21.09.2022", None, None, None, None, "date")]),
    ("de", "2.000,352", [("2.000,352", 2000.352, 2000.352, 2000.352, None, "count")]),
    # Spanish
    ("es", "más de 300.000 reservistas", [("más de 300.000", 300 * K, 300 * K, None, "more than", "count")]),
    ("es", "unos 200.000 rusos", [("unos 200.000", 200 * K, 180 * K, 220 * K, "about", "count")]),
    ("es", "dos mil millones de dólares", [("dos mil millones", 2 * B, 2 * B, 2 * B, None, "count")]),
    ("es", "doscientos treinta y cinco soldados", [("doscientos treinta y cinco", 235, 235, 235, None, "count")]),
    ("es", "un 12,5% más", [("12,5%", 12.5, 12.5, 12.5, None, "percent")]),
    ("es", "mayor que 10 y menor que 20", [("mayor que 10 y menor que 20", 15, 10, 20, "range", "count")]),
    ("es", "veintiún muertos", [("veintiún", 21, 21, 21, None, "count")]),
    # Portuguese
    ("pt", "300 mil reservistas", [("300 mil", 300 * K, 300 * K, 300 * K, None, "count")]),
    ("pt", "cerca de 200.000 russos", [("cerca de 200.000", 200 * K, 180 * K, 220 * K, "about", "count")]),
    ("pt", "1,5 bilhão de reais", [("1,5 bilhão", 1.5 * B, 1.5 * B, 1.5 * B, None, "count")]),
    ("pt", "trezentos e quarenta e sete feridos", [("trezentos e quarenta e sete", 347, 347, 347, None, "count")]),
    ("pt", "duas mil pessoas", [("duas mil", 2 * K, 2 * K, 2 * K, None, "count")]),
    ("pt", "mais de 10 mil por dia", [("mais de 10 mil", 10 * K, 10 * K, None, "more than", "count")]),
    # traps: what is no figure, or not the figure it looks like
    ("ru", "с 21 сентября 2022 года", [("21 сентября 2022", None, None, None, None, "date")]),
    ("fr", "le 21 septembre, 300 000 réservistes", [("21 septembre", None, None, None, None, "date"),
                                                  ("300 000", 300 * K, 300 * K, 300 * K, None, "count")]),
    ("de", "am 21. September 2022", [("21. September 2022", None, None, None, None, "date")]),
    ("es", "el 21 de septiembre", [("21 de septiembre", None, None, None, None, "date")]),
    ("uk", "24 лютого", [("24 лютого", None, None, None, None, "date")]),
    ("pt", "em setembro de 2022", [("2022", 2022, 2022, 2022, None, "year")]),
    ("ru", "в 10:00 по Москве", [("10:00", 10, 10, 10, None, "time")]),
    ("ru", "3-й батальон", [("3", 3, 3, 3, None, "other")]),
    ("ru", "самолёт Су-25", [("25", 25, 25, 25, None, "other")]),
    ("ru", "указ № 647", [("647", 647, 647, 647, None, "other")]),
    ("es", "subió al cuarto piso", []),  # a fraction word alone ("cuarto") is no figure
    ("fr", "le tiers des Français", []),
    ("es", "al menos 20 heridos", [("al menos 20", 20, 20, None, "at least", "count")]),  # not -20
    ("es", "menos diez grados", [("menos diez", -10, -10, -10, None, "count")]),
    ("de", "Kyjiw - drei Tote", [("drei", 3, 3, 3, None, "count")]),  # a dash before words is no minus
    ("fr", "+1-222-2222", [("1", 1, 1, 1, None, "count"), ("222", 222, 222, 222, None, "count"),
                           ("2222", 2222, 2222, 2222, None, "count")]),  # a telephone number, no range
    ("es", "son 180ml", [("180", 180, 180, 180, None, "other")]),  # a unit glued on
    ("fr", "1000 sur 3 ans", [("1000", 1000, 1000, 1000, None, "count"), ("3", 3, 3, 3, None, "count")]),
    ("fr", "un sur trois", [("un sur trois", round(1 / 3, 9), round(1 / 3, 9), round(1 / 3, 9), None, "ratio")]),
    ("es", "mayor que 5000 o igual a 6000", [("mayor que 5000", 5000, 5000, None, "more than", "count"),
                                             ("igual a 6000", 6000, 6000, 6000, None, "count")]),
]


def _read(lang, text):
    return [(q.text, q.value, q.low, q.high, q.qualifier, q.kind) for q in find_numbers(text, lang)]


@pytest.mark.parametrize("lang, text, expected", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_figures(lang, text, expected):
    assert _read(lang, text) == [(t, None if v is None else float(v), None if lo is None else float(lo),
                                  None if hi is None else float(hi), q, k) for t, v, lo, hi, q, k in expected]


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_news_sentences_give_their_figures_in_order_without_overlap(lang):
    for text in NEWS[lang]:
        qs = find_numbers(text, lang)
        assert qs, text
        assert all(q.text == text[q.start:q.end] for q in qs)
        assert all(a.end <= b.start for a, b in zip(qs, qs[1:]))


def test_english_through_the_same_grammar():
    # the English numerals.yaml read by the multilingual reader: a cross-check of its grammar
    assert _read("en", "three hundred and twelve") == [("three hundred and twelve", 312.0, 312.0, 312.0, None, "count")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(NEWS)), st.text(alphabet="0123456789 ,.-–%тысячmlnöéunoytres'’\u00a0\u202f", max_size=60))
def test_never_raises_and_spans_hold(lang, text):
    qs = find_numbers(text, lang)
    assert all(q.text == text[q.start:q.end] for q in qs)
    assert all(a.end <= b.start for a, b in zip(qs, qs[1:]))
