"""What a toll counts in local crime reporting: the words that say who died or was hurt.

Sentences written for these tests in the style of local news; each row: the
sentence, the figure, and the measure (and subject) its frame must carry.
"""
from __future__ import annotations

import pytest

from mobicheck.extract import extract_claims
from mobicheck.model import Article


def _frame(text: str, figure: str):
    claims = [c for c in extract_claims(Article(id="a", body=text)) if c.kind == "number"]
    return next(c for c in claims if c.text.startswith(figure))


@pytest.mark.parametrize("text, figure, measure", [
    # "leave" only says the state they were left in: the state is what happened
    ("The gunfire late Saturday left two patrons dead and three wounded.", "two", "kill"),
    ("The gunfire late Saturday left two patrons dead and three wounded.", "three", "injure"),
    ("A gunman opened fire outside the bar, leaving one dead and four injured.", "one", "kill"),
    ("A gunman opened fire outside the bar, leaving one dead and four injured.", "four", "injure"),
    ("The fire left 200 families homeless.", "200", "displace"),
    # ... and "leave" alone is still leaving
    ("About 300 residents left the town on Monday.", "About 300", "leave"),
    # "deceased", "slain", "shot dead", "gunned down", "fatally shot" are deaths
    ("Officers found two men deceased inside the apartment.", "two", "kill"),
    ("Three teenagers were slain in the parking lot.", "Three", "kill"),
    ("Two brothers were shot dead outside their home, police said.", "Two", "kill"),
    ("Two men were gunned down on the porch late Friday.", "Two", "kill"),
    ("Two men were fatally shot while a woman was wounded.", "Two", "kill"),
    # "shot" alone says neither
    ("Two men were shot near the corner store.", "Two", "shoot"),
    # "killed 10 and wounded 70": two counts, each with its own measure
    ("The gunman killed 10 people and wounded 70 others before he was arrested.", "10", "kill"),
    ("The gunman killed 10 people and wounded 70 others before he was arrested.", "70", "injure"),
    # "other" or "more" after the figure: the others' own verb, not the first count's
    ("A driver died and six other people were injured during the crash.", "six", "injure"),
    ("The ambush left one guard dead and three other bystanders wounded.", "three", "injure"),
    ("One woman died at the scene and two more were hurt.", "two", "injure"),
    ("A teenager is dead and two more injured after the party.", "two", "injure"),
    # a figure with only an adverb after it: "three fatally"
    ("Five people were shot, two fatally, near the park on Friday.", "two", "kill"),
    # "shot and killed", "shot and wounded": the second verb says what came of the first
    ("Three men were shot and killed behind the arcade.", "Three", "kill"),
    ("Two women were shot and wounded on the porch.", "Two", "injure"),
    ("One cyclist was pronounced dead in the clinic.", "One", "kill"),
    # a place's name between the figure and its noun: "two Dayton men"
    ("The shooting left two Dayton men dead and one wounded.", "two", "kill"),
    # "believed to be", "reported as": links to the state
    ("Six miners were believed to be trapped below the debris.", "Six", "trap"),
    # "found" them in a state, as "left": the state is what happened, past a relative clause
    ("Deputies found the two victims, who had been tied up, dead from gunshot wounds.", "two", "kill"),
    ("Officers found three men dead inside the garage.", "three", "kill"),
    ("The attack left more than 50 people with serious injuries.", "more than 50", "injure"),
    ("Paramedics pronounced two of them dead on the spot.", "two", "kill"),
    ("Reports said three had been left dead near the lake.", "three", "kill"),
    # "suffered injuries", "sustained gunshot wounds": the object says what happened
    ("Officers say the other three suffered minor injuries.", "three", "injure"),
    ("Two men sustained gunshot wounds to the legs.", "Two", "injure"),
    # "three of them fatally": the pronoun stands for the people shot
    ("Six youths were hit, three of them fatally, on Thursday.", "three", "kill"),
    # "managed to flee": the verb after "to" says what happened
    ("While two of them had managed to flee, the others were caught.", "two", "flee"),
    # a participle or state word before the noun says what happened when no verb does
    ("Police identified the two slain men on Tuesday.", "two", "kill"),
    ("The two wounded victims were rushed to a clinic.", "two", "injure"),
    ("Two dead teenagers were discovered near the memorial.", "Two", "kill"),
])
def test_toll_measures(text, figure, measure):
    assert _frame(text, figure).measure == measure


@pytest.mark.parametrize("text, figure, subject, subject_class", [
    ("A driver died and six other people were injured during the crash.", "six", "people", "people"),
    ("The shooting left two Dayton men dead and one wounded.", "two", "dead", "people"),
    # "others" that a thing done to people happened to are people, with no count before them
    ("She was convicted over the arson that killed a teacher and injured nine others.", "nine", "others", "people"),
    ("The examiner pronounced two females dead inside the motel.", "two", "females", "people"),
    # ... and "female" before a plural noun is its adjective
    ("The two female jurors spoke at a news conference.", "two", "jurors", None),
    ("Police said a bystander and three partygoers were wounded.", "three", "partygoers", "people"),
    # others hurt are people even when a sum of money was counted before them in the sentence
    ("He is held on $1 million bail over the stabbing that killed a man and wounded eight others.", "eight",
     "others", "people"),
])
def test_toll_subjects(text, figure, subject, subject_class):
    frame = _frame(text, figure)
    assert (frame.subject, frame.subject_class) == (subject, subject_class)
