"""Which articles tell different events (events.py), on articles written for these tests."""
from __future__ import annotations

import pytest

from mobicheck.events import different_events, names
from mobicheck.judge import judge
from mobicheck.model import Article, Candidate, Claim, RuleName

HARBORVILLE = ("Two killed in Harborville shooting",
               "HARBORVILLE - Two men were killed and three people wounded late Saturday on Quince Street, "
               "police said. The victims were identified as Darnell Whitcombe, 24, and Ray Osterhout, 31.")
HARBORVILLE_FOLLOW_UP = ("Arrest in Quince Street killings",
                         "Police in Harborville on Tuesday arrested a man in the weekend shooting that killed "
                         "Darnell Whitcombe and another man.")
PINE_BLUFFS = ("Man dead after Pine Bluffs gunfire",
               "One man was killed Friday night in Pine Bluffs, Sheriff Anna Kowalczyk said. The man, "
               "Tobias Lindqvist, 45, died at Mercy General.")


@pytest.mark.parametrize("title, body, expected", [
    # capitalised in mid-sentence, never lower case: a name
    (None, "The victim, Darnell Whitcombe, was shot in Harborville.", {"darnell", "whitcombe", "harborville"}),
    # sentence openers, quotation openers and dateline capitals are not evidence
    (None, "Shots rang out. Witnesses ran. “Everyone ran,” one said.", set()),
    (None, "HARBORVILLE - Shots were fired.", set()),
    # a word also written in lower case is a common word ("Police" / "police")
    (None, "The Police said police would stay.", set()),
    # generic capitals of institutions and addresses, calendar words
    (None, "He was taken to County General on Elm Street on Saturday in March by the Sheriff.", {"elm"}),
    # possessives are folded into the name
    (None, "The family of Whitcombe's cousin met at Whitcombe’s house.", {"whitcombe"}),
    # the title counts
    ("Shooting in Harborville", "Shots were fired.", {"harborville"}),
])
def test_names(title, body, expected):
    assert names(title, body) == frozenset(expected)


@pytest.mark.parametrize("a, b, different", [
    (HARBORVILLE, PINE_BLUFFS, True),            # two shootings, two towns, two sets of victims
    (HARBORVILLE, HARBORVILLE_FOLLOW_UP, False),  # one shooting: the town and the victim in common
    (HARBORVILLE, ("Shooting", "A man was shot."), False),  # names nothing: no evidence of another event
    (PINE_BLUFFS, ("Pine Bluffs toll", "The man killed in Pine Bluffs was a teacher."), False),
])
def test_different_events(a, b, different):
    assert different_events(names(*a), names(*b)) is different


ELEVEN = frozenset(f"name{i}" for i in range(11))


@pytest.mark.parametrize("a, b, different", [
    # eleven names each and one in common ("Michael", a state): chance, not one event
    (ELEVEN, frozenset({"name0"} | {f"other{i}" for i in range(10)}), True),
    # two in common out of eleven: not told apart
    (ELEVEN, frozenset({"name0", "name1"} | {f"other{i}" for i in range(9)}), False),
    # one in common out of ten: not told apart
    (frozenset(f"name{i}" for i in range(10)), frozenset({"name0"} | {f"other{i}" for i in range(9)}), False),
])
def test_a_name_shared_by_chance(a, b, different):
    assert different_events(a, b) is different


def _claim(article: str) -> Claim:
    return Claim(id=f"{article}:n1", article=article, kind="number", text="one man", start=0, end=1, value=1,
                 low=1, high=1, quantity="count", subject="man", subject_class="people", measure="kill")


def test_the_judge_never_links_figures_of_different_events():
    arts = {"A": Article(id="A", title=HARBORVILLE[0], body=HARBORVILLE[1]),
            "B": Article(id="B", title=PINE_BLUFFS[0], body=PINE_BLUFFS[1]),
            "C": Article(id="C", title=HARBORVILLE_FOLLOW_UP[0], body=HARBORVILLE_FOLLOW_UP[1])}
    apart = judge(Candidate(_claim("A"), _claim("B"), 1.0), arts)
    assert apart.rule == RuleName.DIFFERENT_EVENTS and apart.match.verdict == "related"
    assert "different events" in apart.match.reason and "Harborville" in apart.match.reason
    same = judge(Candidate(_claim("A"), _claim("C"), 1.0), arts)
    assert same.match.verdict == "agree"
