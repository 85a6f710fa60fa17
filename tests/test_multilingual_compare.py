"""Articles in Russian, French and German about the event an English one reports (our own
articles): agreements on the shared figures, a contradiction where a figure really differs (the
German report, a day later, gives fewer reservists: a count of them only grows), no pair across
the traps (a daily rate against a total, a figure of another kind)."""
from __future__ import annotations

from pathlib import Path

import pytest

from mobicheck.pipeline import compare

ARTICLES = {
    "en.md": """---
source: Wire EN
published: 2022-09-21
---
Russian President Vladimir Putin ordered a partial mobilisation on Wednesday. Defence Minister Sergei Shoigu said about 300,000 reservists would be called up. More than 1,300 people were detained at protests, according to OVD-Info. Some 10,000 Russians a day are crossing into Georgia.
""",
    "ru.md": """---
source: Лента RU
published: 2022-09-21
---
Президент России Владимир Путин в среду объявил частичную мобилизацию. Министр обороны Сергей Шойгу заявил, что будут призваны около 300 тысяч резервистов. По данным ОВД-Инфо, на акциях протеста задержаны более 1300 человек. Всего с начала мобилизации в Грузию выехали около 50 тысяч россиян.
""",
    "fr.md": """---
source: Dépêche FR
published: 2022-09-21
---
Le président russe Vladimir Poutine a décrété mercredi une mobilisation partielle. Le ministre de la Défense, Sergueï Choïgou, a déclaré que 300 000 réservistes seraient appelés. Plus de 1 300 personnes ont été interpellées lors de manifestations, selon OVD-Info.
""",
    "de.md": """---
source: Agentur DE
published: 2022-09-22
---
Der russische Präsident Wladimir Putin hat am Mittwoch eine Teilmobilmachung angeordnet. Verteidigungsminister Sergej Schoigu sagte, es sollten rund 200.000 Reservisten eingezogen werden.
""",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("multilingual")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return compare([str(folder)], config_path=str(folder / "none.yaml"))


def _matches(report):
    """(verdict, claim a, claim b) of every match."""
    claims = {c.id: c for c in report.claims}
    return [(m.verdict, claims[m.a], claims[m.b]) for m in report.matches]


def _pairs(report, verdict):
    source = {a.id: a.source for a in report.articles}
    return {(frozenset((source[a.article], source[b.article])), a.value, b.value)
            for v, a, b in _matches(report) if v == verdict}


def test_the_shared_figures_agree_across_languages(report):
    agree = _pairs(report, "agree")
    for a, b in [("Wire EN", "Лента RU"), ("Wire EN", "Dépêche FR"), ("Лента RU", "Dépêche FR")]:
        assert (frozenset((a, b)), 300000.0, 300000.0) in agree
        assert (frozenset((a, b)), 1300.0, 1300.0) in agree


def test_a_figure_that_really_differs_is_a_contradiction(report):
    contradict = _pairs(report, "contradict")
    assert any(src == frozenset(("Agentur DE", other)) and {a, b} == {200000.0, 300000.0}
               for src, a, b in contradict for other in ("Wire EN", "Лента RU", "Dépêche FR"))


def test_no_pair_across_the_traps(report):
    # 10,000 a day (a rate) and 50 thousand in all (a total) are not the same figure
    found = _matches(report)
    assert frozenset((10000.0, 50000.0)) not in {frozenset((a.value, b.value)) for _, a, b in found}
    # every pair is between figures of one kind and one period
    assert all(a.quantity == b.quantity and a.per == b.per for _, a, b in found)


def test_the_claims_keep_their_own_words_and_language(report):
    texts = {c.text for c in report.claims}
    assert {"около 300 тысяч резервистов", "300 000 réservistes", "rund 200.000 Reservisten"} <= texts


FRAME_ROWS = [
    ("en", "More than 10,000 Russians a day are leaving the country."),
    ("ru", "Около 10 тысяч россиян в сутки выезжают из страны."),
    ("uk", "Близько 10 тисяч росіян на добу виїжджають з країни."),
    ("fr", "Plus de 10 000 Russes par jour ont quitté le pays."),
    ("de", "Mehr als 10.000 Russen pro Tag verlassen das Land."),
    ("es", "Más de 10.000 rusos al día abandonaron el país."),
    ("pt", "Mais de 10 mil russos por dia deixaram o país."),
]


@pytest.mark.parametrize("lang, text", FRAME_ROWS, ids=[r[0] for r in FRAME_ROWS])
def test_a_daily_rate_frames_alike_in_every_language(lang, text):
    from mobicheck.extract import extract_claims
    from mobicheck.model import Article

    [c] = extract_claims(Article(id="a", body=text, language=lang), kind="number")
    assert (c.value, c.subject, c.subject_class, c.per, c.measure) == (10000.0, "Russians", "people", "day", "leave")


def test_measures_are_the_english_concept_ids():
    from mobicheck.lexicon import load

    concepts = set(load("en").concepts)
    for lang in ("ru", "uk", "fr", "de", "es", "pt"):
        assert set(load(lang).word_map("framing.yaml", "measures")) <= concepts, lang
