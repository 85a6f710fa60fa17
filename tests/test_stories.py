"""Stories: which articles tell one story (stories.py)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mobicheck import stories
from mobicheck.load import load_articles
from mobicheck.model import Article
from mobicheck.stories import assign_stories, cluster, features, postings, purity, sorted_rows

ECB = Path(__file__).resolve().parents[2] / "shared" / "external" / "ecbplus_sample" / "articles"

QUAKE = ("A magnitude {m} earthquake struck Qeshm island off southern Iran on {d}, killing {k} people "
         "in the villages around Dargahan, the Red Crescent said.")
PIRATES = ("The Indian navy frigate Sukanya foiled an attack by {k} Somali pirates on merchant ships "
           "in the Gulf of Aden late on {d}, a navy spokesman said.")


def _arts(*bodies: str) -> list[Article]:
    return [Article(id=f"a{i}", body=b) for i, b in enumerate(bodies)]


def test_two_events_are_two_stories():
    arts = _arts(QUAKE.format(m="5.9", d="Sunday", k=10), QUAKE.format(m="5.9", d="Sunday", k=13),
                 PIRATES.format(k=23, d="Saturday"), PIRATES.format(k=23, d="Saturday morning"))
    got = assign_stories(arts)
    assert got == {"a0": "story-1", "a1": "story-1", "a2": "story-2", "a3": "story-2"}


def test_numbering_follows_first_article_and_is_deterministic():
    arts = _arts(PIRATES.format(k=23, d="Saturday"), QUAKE.format(m="5.9", d="Sunday", k=10),
                 PIRATES.format(k=22, d="Saturday"), QUAKE.format(m="5.9", d="Sunday", k=12))
    assert assign_stories(arts) == {"a0": "story-1", "a1": "story-2", "a2": "story-1", "a3": "story-2"}
    assert assign_stories(list(reversed(arts)))["a3"] == "story-1"


def test_unrelated_articles_stay_apart_and_empty_input_works():
    arts = _arts("Cats sleep sixteen hours.", "Parliament passed the budget.", "", "Rain in Lima tomorrow.")
    assert len(set(assign_stories(arts).values())) == 4
    assert assign_stories([]) == {}
    assert assign_stories(_arts("only one")) == {"a0": "story-1"}


def test_same_kind_same_place_different_dates_and_figures_split():
    # The ECB+ trap in small: two quakes on one island, years and magnitudes differ.
    a = [QUAKE.format(m="5.6", d="Sunday 10 September 2008", k=0) + " Five were hurt in 2008.",
         QUAKE.format(m="5.6", d="10 September 2008", k=0) + " The 2008 tremor hurt five."]
    b = [QUAKE.format(m="6.1", d="27 November 2005", k=10) + " About 50 hurt in 2005.",
         QUAKE.format(m="5.9", d="November 27, 2005", k=10) + " The 2005 quake hurt about 50."]
    filler = [f"Council meeting {i} approved road repairs on street number {i}." for i in range(8)]
    got = assign_stories(_arts(*a, *b, *filler))
    assert got["a0"] == got["a1"] and got["a2"] == got["a3"] and got["a0"] != got["a2"]


def test_features_counts_words_and_figures_not_stopwords():
    counts = features(Article(id="x", title="Quake", body="The quake hit 5.6 and the quake hit 1,200."))
    assert counts == {"quake": 3, "hit": 2, "5.6": 1, "1,200": 1}


def test_budget_keeps_big_runs_linear(monkeypatch):
    # With a tiny budget, the commonest words are dropped but distinct stories survive.
    monkeypatch.setattr(stories, "MIN_PAIRS", 0)
    monkeypatch.setattr(stories, "PAIR_BUDGET", 3)
    arts = []
    for s in range(20):
        for k in range(3):
            arts.append(Article(id=f"s{s}k{k}", body=f"Common words everywhere and more filler text. "
                                f"Zorblax{s} and Quintor{s} met Vellamy{s} about plan {s}0{s}."))
    got = assign_stories(arts)
    assert len(set(got.values())) == 20
    assert all(got[f"s{s}k0"] == got[f"s{s}k1"] == got[f"s{s}k2"] for s in range(20))


def test_big_group_is_split_on_stronger_links(monkeypatch):
    monkeypatch.setattr(stories, "MAX_GROUP", 4)
    arts = _arts(*(QUAKE.format(m="5.9", d="Sunday", k=k) for k in range(6)))
    got = assign_stories(arts)
    assert len(set(got.values())) >= 1 and set(got) == {f"a{i}" for i in range(6)}


@pytest.mark.skipif(not ECB.is_dir(), reason="the ECB+ sample (../shared) is not here")
def test_ecbplus_purity_and_inversepurity():
    arts = [a for a in load_articles([str(ECB)]) if isinstance(a, Article)]
    gold = {a.id: Path(a.path).stem for a in arts}  # a subtopic file is one event
    got = assign_stories(arts)
    assert len(arts) == 102
    assert purity(got, gold) >= 0.9
    assert purity(gold, got) >= 0.9


def _rows(docs: list[dict[str, float]]):
    term, doc, weight, _ = postings(docs)
    return sorted_rows(term, doc, weight, np.sqrt(np.bincount(doc, weights=weight * weight, minlength=len(docs))))


# Two tight groups of three (cosine 0.94 within) that share one common term (0.12 across).
TWO_GROUPS = [{"common": 1.0, "a": 2.6, f"a{i}": 0.7} for i in range(3)] + \
             [{"common": 1.0, "b": 2.6, f"b{i}": 0.7} for i in range(3)]


@pytest.mark.parametrize("apart, expected", [
    (None, [0, 0, 0, 0, 0, 0]),             # the mean across (0.12) is above the threshold: one cluster
    ((0.6, 3), [0, 0, 0, 3, 3, 3]),         # each far closer-knit than the pair: two clusters
    ((0.6, 4), [0, 0, 0, 0, 0, 0]),         # groups below the size asked: merged as before
])
def test_clusters_far_closer_within_than_across_stay_apart(apart, expected):
    assert cluster(_rows(TWO_GROUPS), len(TWO_GROUPS), 0.1, apart) == expected
