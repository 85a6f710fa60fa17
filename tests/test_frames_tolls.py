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
])
def test_toll_measures(text, figure, measure):
    assert _frame(text, figure).measure == measure
