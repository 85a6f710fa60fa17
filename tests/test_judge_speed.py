"""What the judge does to be fast changes no verdict: the age rows are asked of two ages only,
the frame similarity is compared to the threshold without its costly part where that cannot change
the answer, and matching runs without the cycle collector. Claims written for these tests."""
from __future__ import annotations

import gc

import numpy as np
import pytest
from hypothesis import given, settings as hyp_settings, strategies as st
from rapidfuzz import fuzz, process

from mobicheck import judge as judge_module, match
from mobicheck.config import Settings
from mobicheck.judge import AGE_RULES, COUNT_RULES, NUMBER_RULES, Judge, _first_rule, _NO_WORKING
from mobicheck.model import Article, Candidate, Claim, RuleName


def number(article: str, text: str, value: float, sentence: str, **fields) -> Claim:
    fields.setdefault("quantity", "count")
    return Claim(id=f"{article}:{text}", article=article, kind="number", text=text, start=0, end=len(text),
                 sentence=sentence, value=value, low=value, high=value, **fields)


ARTICLES = {
    "A": Article(id="A", body="", published="2024-03-02", event="event-1"),
    "B": Article(id="B", body="", published="2024-03-03", event="event-1"),
    "C": Article(id="C", body="", published="2024-03-03", event="event-2"),
}

# (name, claim a, claim b, word score of the candidate)
PAIRS = [
    ("two ages of one name", number("A", "Dana Welk, 41", 41, "Dana Welk, 41, was hurt.", quantity="age",
                                     subject="Dana Welk"),
     number("B", "Dana Welk, 42", 42, "Dana Welk, 42, was hurt.", quantity="age", subject="Dana Welk"), 0.9),
    ("two ages of two nouns", number("A", "a 16-year-old boy", 16, "A 16-year-old boy ran.", quantity="age",
                                     subject="boy"),
     number("B", "a 19-year-old driver", 19, "A 19-year-old driver fled.", quantity="age", subject="driver"), 0.4),
    ("an age against a count", number("A", "a 30-year-old man", 30, "A 30-year-old man was held.", quantity="age",
                                       subject="man"),
     number("B", "30 people", 30, "Police held 30 people.", subject="people", subject_class="people"), 0.7),
    ("one toll", number("A", "12 people", 12, "A fire in Norbury killed 12 people.", subject="people",
                        subject_class="people", measure="kill", place=("Norbury",)),
     number("B", "12 people", 12, "Twelve died in Norbury, the fire service said.", subject="people",
            subject_class="people", measure="kill", place=("Norbury",)), 1.0),
    ("a distinctive sum, few words alike", number("A", "$418 million", 4.18e8, "Velloc will pay $418 million "
                                                  "for Brightra.", quantity="money", unit="USD", measure="pay"),
     number("B", "$418 million", 4.18e8, "Brightra was sold to Velloc for $418 million.", quantity="money",
            unit="USD", subject="deal"), 0.2),
    ("one measure of one event", number("A", "14 miles", 22530.8, "The storm made landfall 14 miles from "
                                        "Harlow Bay.", quantity="measure", unit="m"),
     number("B", "22 kilometres", 22000.0, "It came ashore 22 kilometres from Harlow Bay.", quantity="measure",
            unit="m"), 0.0),
    ("counts of one class in two events", number("A", "five guards", 5, "Five guards at Orrin prison were hurt.",
                                                 subject="guards", subject_class="people"),
     number("C", "five officers", 5, "Five officers at Orrin prison were hurt.", subject="officers",
            subject_class="people"), 0.3),
]


def _pair(a: Claim, b: Claim, words: float):
    return Judge(ARTICLES)._pair(Candidate(a, b, words))


@pytest.mark.parametrize("name,a,b,words", PAIRS, ids=[p[0] for p in PAIRS])
def test_the_age_rows_decide_two_ages_and_no_other_pair(name, a, b, words):
    pair, table, _ = _pair(a, b, words)
    both_ages = a.quantity == b.quantity == "age"
    assert table is (AGE_RULES if both_ages else COUNT_RULES)
    # The whole table decides as the section the judge asks.
    assert _first_rule(NUMBER_RULES, _pair(a, b, words)[0], _NO_WORKING) is _first_rule(table, pair, _NO_WORKING)
    if not both_ages:
        assert not any(rule.test(_pair(a, b, words)[0]) for rule in AGE_RULES)
    else:
        assert AGE_RULES[-1].name == RuleName.AGES_DIFFER and AGE_RULES[-1].test(pair)


@pytest.mark.parametrize("threshold", [0.2, 0.45, 0.6, 0.75, 0.95])
@pytest.mark.parametrize("name,a,b,words", PAIRS, ids=[p[0] for p in PAIRS])
def test_below_the_threshold_is_the_score_below_it(name, a, b, words, threshold):
    judge = Judge(ARTICLES, Settings(match_threshold=threshold))
    quick = judge._pair(Candidate(a, b, words))[0].below
    full = judge._pair(Candidate(a, b, words))[0]
    assert quick == (full.score < threshold)


def test_same_figure_evidence_is_read_where_it_decides():
    # Few words alike, one distinctive sum: only the figure's weight lifts the pair over the threshold.
    _, a, b, words = next(p for p in PAIRS if p[0] == "a distinctive sum, few words alike")
    pair = _pair(a, b, words)[0]
    assert pair.words < Settings().match_threshold <= pair.score and not pair.below


def test_articles_share_their_names_once_for_every_pair_of_their_claims():
    names = {"A": {"norbury": 3, "welk": 1}, "B": {"norbury": 1, "harlow": 2}, "C": {"orrin": 1, "bay": 1}}
    judge = Judge(ARTICLES, names=names)
    a, b = judge.side(PAIRS[3][1]), judge.side(PAIRS[3][2])
    assert judge.articles_apart(a, b) == (1, False)
    assert judge.articles_apart(a, judge.side(PAIRS[6][2])) == (0, True)
    assert judge.articles_apart(a, b) is judge.articles_apart(judge.side(PAIRS[0][1]), judge.side(PAIRS[0][2]))
    # One entry for either order: what two articles share, and whether it parts them, is symmetric.
    assert judge.articles_apart(b, a) is judge.articles_apart(a, b)


@pytest.mark.parametrize("pause", [True, False])
@pytest.mark.parametrize("enabled", [True, False])
def test_judging_leaves_the_cycle_collector_as_it_found_it(enabled, pause):
    from mobicheck.model import Report
    from mobicheck.pipeline import judge_report

    report = Report(articles=list(ARTICLES.values()), claims=[PAIRS[3][1], PAIRS[3][2]])
    while_judging = []
    (gc.enable if enabled else gc.disable)()
    try:
        judge_report(report, on_stage=lambda _: while_judging.append(gc.isenabled()), pause_cycle_collector=pause)
        assert gc.isenabled() is enabled
        # A library call changes the process's collector only when asked to (the CLI asks).
        assert set(while_judging) == {enabled and not pause}
        assert [m.verdict for m in report.matches] == ["agree"]
    finally:
        gc.enable()


def test_the_judge_module_keeps_one_number_table():
    assert judge_module.NUMBER_RULES == AGE_RULES + COUNT_RULES


# --- candidates: bounded in numpy, each distinct frame scored once ------------------------------



def _among_the_best(pairs: list[tuple[int, int, float]], articles: list[str], limits: list[int]) -> list[bool]:
    """Whether each pair (i, j, score) is among the limits[k] best pairs of its claim k (i or j) with the
    other claim's article, best: a higher score, then earlier; the rule of `match.bounded_mask`, pair by pair."""
    def rank(n: int, k: int, other: str) -> int:
        _, _, score = pairs[n]
        return sum(1 for m, (x, y, s) in enumerate(pairs) if k in (x, y)
                   and articles[y if x == k else x] == other and (s > score or (s == score and m < n)))

    return [rank(n, i, articles[j]) < limits[i] or rank(n, j, articles[i]) < limits[j]
            for n, (i, j, _) in enumerate(pairs)]


@hyp_settings(max_examples=200, deadline=None)
@given(st.integers(2, 9), st.data())
def test_bounding_keeps_each_claims_best_pairs_with_each_article(n_claims, data):
    """The one bound of a block's pairs, of numbers (by index, before any Candidate is made) and of
    quotations (made pairs), keeps a pair while it is among the best of either of its claims with the
    other's article; ties and a claim met on both sides of its pairs included."""
    articles = data.draw(st.lists(st.sampled_from("ABC"), min_size=n_claims, max_size=n_claims))
    block = [number(a, f"{k} boats", k, "Boats.") for k, a in enumerate(articles)]
    cross = [(i, j) for i in range(n_claims) for j in range(i + 1, n_claims) if articles[i] != articles[j]]
    chosen = data.draw(st.lists(st.sampled_from(cross), unique=True) if cross else st.just([]))
    scores = data.draw(st.lists(st.sampled_from([0.5, 0.75, 1.0]), min_size=len(chosen), max_size=len(chosen)))
    limits = np.array(data.draw(st.lists(st.integers(1, 3), min_size=n_claims, max_size=n_claims)))
    expected = _among_the_best([(i, j, s) for (i, j), s in zip(chosen, scores)], articles, limits.tolist())
    i = np.array([p[0] for p in chosen], dtype=np.intp)
    j = np.array([p[1] for p in chosen], dtype=np.intp)
    mask = match.bounded_mask(i, j, np.array(scores, dtype=np.float64), match.article_codes(block), limits)
    assert mask.tolist() == expected
    pairs = [Candidate(block[i], block[j], s) for (i, j), s in zip(chosen, scores)]
    assert match.bounded(pairs, block, limits) == [p for p, keep in zip(pairs, expected) if keep]


FRAMES = ["people kill", "people injure", "people kill", "homes destroy", "people", "people kill",
          "ships seize", "people injure", "boats", "people kill"]


def test_each_distinct_frame_is_scored_once_with_the_same_scores():
    block = [number("ABCD"[k % 4], f"{k} x", k, "x") for k in range(len(FRAMES))]
    i, j, score = match._scored_indices(block, FRAMES, [fuzz.token_set_ratio], 50.0, 1)
    full = process.cdist(FRAMES, FRAMES, scorer=fuzz.token_set_ratio, dtype=np.uint8)
    expected = [(a, b, int(full[a, b])) for a in range(len(FRAMES)) for b in range(a + 1, len(FRAMES))
                if block[a].article != block[b].article and full[a, b] >= 50]
    assert list(zip(i.tolist(), j.tolist(), score.tolist())) == expected


def test_judging_shared_with_a_pool_keeps_every_match_in_order(monkeypatch):
    """This process judges every other chunk and a forked worker the rest: the matches of a run are
    those of judging every pair here, in the same order."""
    from pathlib import Path

    from mobicheck import parallel
    from mobicheck.pipeline import compare

    dev = str(Path(__file__).resolve().parent / "data" / "dev")
    alone = compare([dev], show_related=True, jobs=1).matches
    monkeypatch.setattr(parallel, "MIN_POOL_PAIRS", 0)
    monkeypatch.setattr(parallel, "JUDGE_CHUNK", 7)
    assert compare([dev], show_related=True, jobs=2).matches == alone and len(alone) > 20


def test_claims_and_matches_cross_processes_unchanged():
    """Claims and matches pickle as their field values (model._pickled_by_values): what a worker
    sends back is the record it made, every field and its type."""
    import pickle

    from mobicheck.model import Match, Verdict

    quote = Claim(id="Q:1", article="Q", kind="quote", text="We will rebuild", start=3, end=18,
                  sentence="“We will rebuild,” Mayor Tovin said.", speaker="Mayor Tovin", speaker_span=(20, 31),
                  cue="said", speaker_via="cue", speaker_kind="name", joint=True, language="de")
    match = Match(a="A:1", b="B:1", verdict=Verdict.AGREE, score=0.5, reason="the same toll.", same_origin=True,
                  rule=RuleName.SAME_QUOTATION)
    for record in (PAIRS[3][1], PAIRS[4][1], quote, match):
        back = pickle.loads(pickle.dumps(record))
        assert back == record and type(back) is type(record)
    assert type(pickle.loads(pickle.dumps(match)).verdict) is Verdict
