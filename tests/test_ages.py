"""Ages: claims of their own kind whose subject is the person, judged by whose they are (mobicheck/ages.py,
the age rows of judge.NUMBER_RULES). Sentences written for these tests."""
from __future__ import annotations

import json

import pytest

from mobicheck.ages import told_then, who
from mobicheck.extract import extract_claims
from mobicheck.model import Article
from mobicheck.pipeline import compare

# sentence -> the age claims it holds: (text, value, subject)
AGES = [
    # the person after "N-year-old": a noun, a noun phrase, a name, a role before a name
    ("A 16-year-old cyclist was hurt on Elm Street.", [("16-year-old cyclist", 16, "cyclist")]),
    ("Police arrested the 23-year-old gunman near the mall.", [("23-year-old gunman", 23, "gunman")]),
    ("The 41-year-old Dutch cyclist won the stage.", [("41-year-old Dutch cyclist", 41, "Dutch cyclist")]),
    ("A 70-year-old retired teacher from Leeds was among them.",
     [("70-year-old retired teacher", 70, "retired teacher")]),
    ("The crash killed 19-year-old Priya Natarajan of Dover.", [("19-year-old Priya Natarajan", 19, "Priya Natarajan")]),
    ("Witnesses saw 52-year-old Ludwig van Berkel leave.", [("52-year-old Ludwig van Berkel", 52, "Ludwig van Berkel")]),
    ("The 29-year-old striker Tomas Berg scored twice.", [("29-year-old striker Tomas Berg", 29, "Tomas Berg")]),
    ("a 33-year-old reporter Ana Ruiz said she heard shots", [("33-year-old reporter Ana Ruiz", 33, "Ana Ruiz")]),
    ("An 8-year-old son inside the car was unhurt.", [("8-year-old son", 8, "son")]),
    ("The 12-year-old daughter outside the shop ran.", [("12-year-old daughter", 12, "daughter")]),
    ("The 14-year-old girl Saturday night was found safe.", [("14-year-old girl", 14, "girl")]),
    # the person before the age: a name or a noun before a comma, a bracket or "aged"
    ("Marcus Webb, 44, was charged with assault.", [("Marcus Webb, 44", 44, "Marcus Webb")]),
    ("Police said Okafor, 37, had fled.", [("Okafor, 37", 37, "Okafor")]),
    ("The suspect, aged 23, was held overnight.", [("suspect, aged 23", 23, "suspect")]),
    ("A man aged 61 died at the scene.", [("man aged 61", 61, "man")]),
    ("Officer Dana Reyes, 35, was treated for cuts.", [("Dana Reyes, 35", 35, "Dana Reyes")]),
    ("Elena Petrova, 58 years old, said she saw the car.", [("Elena Petrova, 58 years old", 58, "Elena Petrova")]),
    # a name's suffix is no part of its surname
    ("Police named 12-year-old Darnell Hayes Jr. as the victim.", [("12-year-old Darnell Hayes", 12, "Darnell Hayes")]),
    ("Witnesses saw 30-year-old Owen Pratt III leave.", [("30-year-old Owen Pratt", 30, "Owen Pratt")]),
    # a day after a name is no part of it
    ("Police arrested 19-year-old Kyle Ross Thursday in Dover.", [("19-year-old Kyle Ross", 19, "Kyle Ross")]),
    ("On Monday Nadia Ferris, 28, was released.", [("Nadia Ferris, 28", 28, "Nadia Ferris")]),
    # a surname alone is written in full when the article names one person of that surname
    ("Grace Holloway testified first. Holloway, 27, said she ran.", [("Holloway, 27", 27, "Grace Holloway")]),
    ("Ben Carter and Amy Carter were there. Carter, 40, said it was dark.", [("Carter, 40", 40, "Carter")]),
    ("Lena Ortiz testified first. Ortiz, 27, said she ran. Her brother Pablo Ortiz waited outside.",
     [("Ortiz, 27", 27, "Ortiz")]),
    # no person: a verb or nothing follows
    ("The 26-year-old was unveiled on Saturday.", [("26-year-old", 26, None)]),
    ("The 17-year-old shot by police was unarmed.", [("17-year-old", 17, None)]),
    ("The 30-year-old fathered two children.", [("30-year-old", 30, None)]),
    # an age told as it was: the claim holds "then"
    ("In court, then- 15-year-old Rivera was shown on video.", [("then- 15-year-old Rivera", 15, "Rivera")]),
    # the age of a thing is an age too, never a count
    ("They scrapped the 35-year-old rules on Thursday.", [("35-year-old rules", 35, "rules")]),
    # two ages in one sentence, each its own person
    ("A 16-year-old victim and a 17-year-old suspect were named.",
     [("16-year-old victim", 16, "victim"), ("17-year-old suspect", 17, "suspect")]),
    ("Jana Novak, 31, and Petr Novak, 33, were hurt.",
     [("Jana Novak, 31", 31, "Jana Novak"), ("Petr Novak, 33", 33, "Petr Novak")]),
]


@pytest.mark.parametrize("sentence, expected", AGES, ids=[s[:40] for s, _ in AGES])
def test_an_age_is_a_claim_of_its_person(sentence, expected):
    claims = extract_claims(Article(id="a", body=sentence))
    found = [(c.text, c.value, c.subject) for c in claims if c.quantity == "age"]
    assert found == [(t, float(v), s) for t, v, s in expected]
    assert all(c.measure == "age" and c.text == sentence[c.start:c.end] for c in claims if c.quantity == "age")
    # an age is never a count ("16-year-old" is not 16 people)
    ages = {float(v) for _, v, _ in expected}
    assert not [c.text for c in claims if c.quantity != "age" and c.value in ages]


@pytest.mark.parametrize("a, b, expected", [
    ("Roseann Tilden", "RoseAnn Marie Tilden", "same name"),
    ("Alex Farrow", "Alexander Brandt Farrow", "same name"),
    ("Okafor", "Daniel Okafor", "same name"),
    ("Mary Smith", "John Smith", "other"),
    ("Mary Smith", "Mary Jones", "other"),
    ("girl", "girl", "same noun"),
    ("Greek boy", "boy", "same noun"),
    ("victims", "victim", "same noun"),
    ("boy", "teenager", "other"),
    ("victim", "suspect", "other"),
    ("woman", "Roseann Tilden", "unknown"),
    (None, "girl", "unknown"),
    (None, None, "unknown"),
])
def test_who_two_ages_describe(a, b, expected):
    assert who(a, b) == expected
    assert who(b, a) == expected


@pytest.mark.parametrize("text, then", [
    ("then- 15-year-old Rivera", True), ("then-15-year-old Rivera", True), ("Rivera, then 15", True),
    ("15-year-old Rivera", False), ("Rivera, 15", False), ("Thenardier, 15", False),
])
def test_an_age_told_then(text, then):
    assert told_then(text) is then


# Two reports of one shooting (names shared, so that they make one event), each with one age sentence.
SCENE = "The shooting happened on Maple Avenue in Brockton near Lincoln Park, Brockton police said. "
AGE_PAIRS = [
    # equal ages of one named person, or of one noun in one event: agree
    ("same name", "Marcus Webb, 44, was charged.", "44-year-old Marcus Webb was charged.", "agree"),
    ("surname and full name", "Marcus Webb was charged. Webb, 44, denied it.", "Marcus Webb, 44, was charged.",
     "agree"),
    ("same noun, a name shared", "A 16-year-old cyclist was hurt on Maple Avenue.",
     "Officers said a 16-year-old cyclist was hurt on Maple Avenue.", "agree"),
    # a noun alone is weak evidence of one person: without a name in both sentences, related
    ("same noun, no name shared", "A 16-year-old cyclist was hurt.", "Officers said a 16-year-old cyclist was hurt.",
     "related"),
    # equal ages, people described differently or not at all: related, never agree
    ("name and noun", "A 66-year-old woman was struck.", "Roseann Tilden, 66, was struck.", "related"),
    ("two nouns, one age", "A 15-year-old boy got shot.", "A 15-year-old teenager got shot.", "related"),
    ("no person", "The 26-year-old was named.", "26-year-old Tom Ellery was named.", "related"),
    # different ages of people not named alike: no pair, never a contradiction
    ("victim and suspect", "A 16-year-old victim was shot.", "A 17-year-old suspect was held.", None),
    ("name and noun differ", "A 30-year-old cook was held.", "Marcus Webb, 44, was held.", None),
    ("two people of one surname", "Jana Novak, 31, was hurt.", "Petr Novak, 33, was hurt.", None),
    ("two names, one age", "Jana Novak, 31, was hurt.", "Eva Kral, 31, was hurt.", None),
    # different ages of one description: related with the reason
    ("one noun, two ages", "A 16-year-old cyclist was hurt.", "A 17-year-old cyclist was hurt.", "related"),
    ("surname only, two ages", "Webb, 44, was charged.", "Webb, 47, was charged.", "related"),
    ("a past age", "In court, then- 15-year-old Rivera was shown.", "Jose Rivera, 16, was shown on video. "
     "Jose Rivera was tried.", "related"),
    # an age told as it was against an age now, no younger: maybe one person, years apart
    ("a past age and one now", "In court, then- 15-year-old Rivera was shown.",
     "The 16-year-old charged with the stabbing was tried.", "related"),
    ("a past age older than one now", "In court, then- 17-year-old Rivera was shown.",
     "The 16-year-old charged with the stabbing was tried.", None),
]


def _two_reports(tmp_path, a: str, b: str, published: tuple[str, str] = ("2016-05-02", "2016-05-03")):
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": "Shooting in Brockton", "text": SCENE + s,
                                        "published": p}) + "\n"
                            for i, s, p in (("a", a, published[0]), ("b", b, published[1]))), encoding="utf-8")
    return compare([str(path)], show_related=True)


@pytest.mark.parametrize("a, b, expected", [c[1:] for c in AGE_PAIRS], ids=[c[0] for c in AGE_PAIRS])
def test_two_ages_are_judged_by_whose_they_are(tmp_path, a, b, expected):
    report = _two_reports(tmp_path, a, b)
    ages = {c.id for c in report.claims if c.quantity == "age"}
    verdicts = {m.verdict for m in report.matches if m.a in ages}
    assert verdicts == ({expected} if expected else set()), [m.reason for m in report.matches]
    assert all(m.b in ages for m in report.matches if m.a in ages)


@pytest.mark.parametrize("a, b, published, expected", [
    # one person named in full, reports days apart: a real contradiction
    ("Marcus Webb, 44, was charged.", "Marcus Webb, 47, was charged.", ("2016-05-02", "2016-05-03"), "contradict"),
    # one year apart, or reports years apart: a birthday, or an age told later
    ("Marcus Webb, 44, was charged.", "Marcus Webb, 45, was charged.", ("2016-05-02", "2016-05-03"), "related"),
    ("Marcus Webb, 44, was charged.", "Marcus Webb, 47, was charged.", ("2013-05-02", "2016-05-03"), "related"),
    # one name, ages too far apart for a slip: a father and a son, or a misread figure
    ("Omar Said Lindgren, 49, was arrested.", "Police named the boy as 5-year-old Omar Lindgren.",
     ("2016-05-02", "2016-05-03"), "related"),
    ("Dale Moss, 21, was charged.", "Tewnty-one-year-old Dale Moss was charged.", ("2016-05-02", "2016-05-03"),
     "related"),
    # no publication dates: told when, no one can say
    ("Marcus Webb, 44, was charged.", "Marcus Webb, 47, was charged.", ("", ""), "related"),
])
def test_an_age_contradicts_only_for_one_named_person_at_one_time(tmp_path, a, b, published, expected):
    report = _two_reports(tmp_path, a, b, published)
    ages = {c.id for c in report.claims if c.quantity == "age"}
    assert {m.verdict for m in report.matches if m.a in ages} == {expected}, [m.reason for m in report.matches]
