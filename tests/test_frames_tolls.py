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
    ("The shooting early Sunday left two people dead and three wounded.", "two", "kill"),
    ("The shooting early Sunday left two people dead and three wounded.", "three", "injure"),
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
    ("Two men were fatally shot and a woman was wounded.", "Two", "kill"),
    # "shot" alone says neither
    ("Two men were shot near the corner store.", "Two", "shoot"),
    # "killed 10 and wounded 70": two counts, each with its own measure
    ("The gunman killed 10 people and wounded 70 others before he was arrested.", "10", "kill"),
    ("The gunman killed 10 people and wounded 70 others before he was arrested.", "70", "injure"),
    # "other" or "more" after the figure: the others' own verb, not the first count's
    ("A man was killed and four other people were injured in the shooting.", "four", "injure"),
    ("The shooting left one man dead and three other people wounded.", "three", "injure"),
    ("One woman died at the scene and two more were hurt.", "two", "injure"),
    ("A teenager is dead and two more injured after the party.", "two", "injure"),
    # a figure with only an adverb after it: "three fatally"
    ("Five people were shot, two fatally, near the park on Friday.", "two", "kill"),
    # "shot and killed", "shot and wounded": the second verb says what came of the first
    ("Three men were shot and killed outside the club.", "Three", "kill"),
    ("Two women were shot and wounded on the porch.", "Two", "injure"),
    ("One man was pronounced dead at the hospital.", "One", "kill"),
    # a place's name between the figure and its noun: "two Dayton men"
    ("The shooting left two Dayton men dead and one wounded.", "two", "kill"),
    # "believed to be", "reported as": links to the state
    ("Six people were believed to be trapped under the rubble.", "Six", "trap"),
    # "found" them in a state, as "left": the state is what happened, past a relative clause
    ("Deputies found the two victims, who had been tied up, dead from gunshot wounds.", "two", "kill"),
    ("Officers found three men dead inside the garage.", "three", "kill"),
    ("The attack left more than 50 people with serious injuries.", "more than 50", "injure"),
    ("Medics pronounced two of them dead at the scene.", "two", "kill"),
    ("News broke that three had been left dead at the party.", "three", "kill"),
    # "suffered injuries", "sustained gunshot wounds": the object says what happened
    ("Police say the other three suffered non-life threatening injuries.", "three", "injure"),
    ("Two men sustained gunshot wounds to the legs.", "Two", "injure"),
    # "three of them fatally": the pronoun stands for the people shot
    ("Five men were shot, three of them fatally, on Wednesday.", "three", "kill"),
    # "managed to flee": the verb after "to" says what happened
    ("While two of them managed to flee, the others were caught.", "two", "flee"),
])
def test_toll_measures(text, figure, measure):
    assert _frame(text, figure).measure == measure


@pytest.mark.parametrize("text, figure, subject, subject_class", [
    ("A man was killed and four other people were injured in the shooting.", "four", "people", "people"),
    ("The shooting left two Dayton men dead and one wounded.", "two", "dead", "people"),
    # "others" that a thing done to people happened to are people, with no count before them
    ("He was convicted in the shooting that killed a woman and injured nine others.", "nine", "others", "people"),
    ("The coroner pronounced two females dead at the apartments.", "two", "females", "people"),
    ("Police said a bystander and three partygoers were wounded.", "three", "partygoers", "people"),
])
def test_toll_subjects(text, figure, subject, subject_class):
    frame = _frame(text, figure)
    assert (frame.subject, frame.subject_class) == (subject, subject_class)
