"""Which articles tell different events (events.py), on articles written for these tests."""
from __future__ import annotations

from dataclasses import replace

import pytest

from mobicheck.events import assign_events, different_events, name_counts, names
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


# Two quakes in one country: the second's reports recall the first region's past disaster, so a
# pair may share a name or two; each report is far closer to its own event than to the other.
PAPUA = [("Quake hits Papua", "A strong quake hit Indonesia's Papua province near Manokwari on Sunday. In Manokwari "
          "buildings fell and one man died, said Budi Harsono of the Manokwari disaster agency. Papua "
          "was shaken again on Monday. The 2004 tsunami killed 170,000 people in Aceh."),
         ("Manokwari quake toll", "Rescuers in Manokwari searched collapsed shops. Papua officials said Manokwari "
          "had lost power; Budi Harsono said one man died in the Papua quake.")]
ACEH = [("Quake strikes Aceh", "A quake struck Aceh on Tuesday, killing one person in Bener Meriah. Aceh officials "
         "said the Bener Meriah district was worst hit; Agus Wira Santoso said rescuers had reached "
         "Takengon. Aceh was devastated by the 2004 tsunami, which killed 170,000 people."),
        ("Aceh quake kills one", "In Bener Meriah, rescuers dug through rubble. Agus Wira Santoso said one "
         "person had died in Aceh and dozens were hurt in Takengon and Bener Meriah.")]


@pytest.mark.parametrize("title, body, expected", [
    # how often each name is written: the article's city over a name met once
    ("Two shot in Lowell", "Police in Lowell said Lowell's Ann Costa was shot.", {"lowell": 3, "ann": 1, "costa": 1}),
    (None, "Shots rang out. Witnesses ran.", {}),
])
def test_name_counts(title, body, expected):
    assert name_counts(title, body) == expected


def _articles(*told):
    return [Article(id=f"{name}{i}", title=t, body=b) for name, items in told for i, (t, b) in enumerate(items)]


@pytest.mark.parametrize("told, together", [
    # two quakes of one country: a name in common (Aceh, in the background), two events
    ((("papua", PAPUA), ("aceh", ACEH)), [{"papua0", "papua1"}, {"aceh0", "aceh1"}]),
    # two shootings and a follow-up: the follow-up shares the town and a victim with the first
    ((("h", [HARBORVILLE, HARBORVILLE_FOLLOW_UP]), ("p", [PINE_BLUFFS])), [{"h0", "h1"}, {"p0"}]),
    # an article naming nothing has no event (no evidence either way)
    ((("h", [HARBORVILLE]), ("x", [("Shooting", "A man was shot. Police said he died.")])), [{"h0"}]),
])
def test_assign_events(told, together):
    events = assign_events(_articles(*told))
    grouped: dict[str, set[str]] = {}
    for article, event in events.items():
        grouped.setdefault(event, set()).add(article)
    assert sorted(map(sorted, grouped.values())) == sorted(map(sorted, together))


def test_the_judge_never_links_figures_or_quotations_of_events_grouped_apart():
    papua, aceh = _articles(("papua", PAPUA[:1]), ("aceh", ACEH[:1]))
    # the pair shares a name (Aceh): only the grouping tells the events apart
    assert not different_events(names(papua.title, papua.body), names(aceh.title, aceh.body))
    arts = {a.id: replace(a, event=e) for a, e in ((papua, "event-1"), (aceh, "event-2"))}
    apart = judge(Candidate(_claim("papua0"), _claim("aceh0"), 1.0), arts)
    assert apart.rule == RuleName.EVENTS_APART and apart.match.verdict == "related"
    assert "Manokwari" in apart.match.reason and "Aceh" in apart.match.reason
    said = [Claim(id=f"{a}:q1", article=a, kind="quote", text="The quake was very strong", start=0, end=25,
                  speaker="a witness") for a in ("papua0", "aceh0")]
    quoted = judge(Candidate(*said, 1.0), arts)
    assert quoted.rule == RuleName.QUOTED_IN_OTHER_EVENTS and quoted.match.verdict == "related"
    same = judge(Candidate(*said, 1.0), {k: replace(a, event="event-1") for k, a in arts.items()})
    assert same.match.verdict == "agree"
