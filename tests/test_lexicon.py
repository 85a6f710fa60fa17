"""The lexicon: every language's files fit schema.yaml, and the words hold together (schemas in mobicheck/lexicon/schema/)."""
from __future__ import annotations

import collections

import pytest
import yaml

from mobicheck import lexicon
from mobicheck.lexicon import LexiconError, check


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_every_language_loads_and_fits_the_schema(lang):
    lexicon.load(lang)  # load() checks each file against its schema


def test_every_schema_file_has_an_english_file():
    assert set(lexicon.schemas()) == {p.name for p in (lexicon.HERE / "en").glob("*.yaml")}


def test_english_is_the_reference_and_holds_every_key():
    schema = lexicon.schemas()
    en = lexicon.load("en")
    for file, keys in schema.items():
        assert set(en.section(file)) == set(keys), file


@pytest.mark.parametrize("file, content, message", [
    ("calendar.yaml", {"monthz": {}}, "unknown key 'monthz'"),
    ("nowhere.yaml", {}, "not a lexicon file"),
    ("calendar.yaml", ["months"], "must be a mapping of keys"),
    ("calendar.yaml", {"weekdays": "Monday tuesday"}, "words must be lower case: Monday"),
    ("calendar.yaml", {"weekdays": ["monday"]}, "must be a string of words"),
    ("calendar.yaml", {"months": {"january": True}}, "quote yes/no/on/off"),
    ("speech.yaml", {"cue_phrases": ["according to", ""]}, "non-empty strings"),
    ("concepts.yaml", {"concepts": {"kill": {"people": True}}}, "kill: needs forms"),
    ("concepts.yaml", {"concepts": {"kill": {"forms": "kill", "people": "yes"}}}, "true or false"),
    ("concepts.yaml", {"concepts": {"kill": {"forms": "kill", "grows": True}}}, "unknown fields grows"),
    ("concepts.yaml", {"change": {"rise": "Rise"}}, "rise: words must be lower case"),
])
def test_a_file_that_does_not_fit_is_refused_with_the_key(file, content, message):
    schema = lexicon.schemas()
    with pytest.raises(LexiconError, match=message):
        check(file, content, schema, where=f"en/{file}")


def test_yaml_booleans_are_caught_not_read_as_words():
    # `no: 1` is a boolean key in YAML 1.1: the schema check must say so.
    content = yaml.safe_load("months:\n  no: 1\n")
    schema = lexicon.schemas()
    with pytest.raises(LexiconError):
        check("calendar.yaml", content, schema, where="en/calendar.yaml")


def test_a_form_names_one_concept_only():
    en = lexicon.load("en")
    seen = collections.Counter(form for c in en.concepts.values() for form in c.forms)
    assert [form for form, n in seen.items() if n > 1] == []


def test_calendar_is_complete():
    en = lexicon.load("en")
    assert sorted(set(en.months.values())) == list(range(1, 13))
    assert len(en.weekdays) == 7 and en.month_names[9] == "September"


def test_stocks_are_running_counts():
    en = lexicon.load("en")
    assert en.stock_measures <= en.running_measures


def test_readers_and_judge_read_the_same_words():
    from mobicheck import judge, quotes, words

    en = lexicon.load("en")
    assert quotes.CUE_VERBS is en.cue_verbs
    assert judge.ACCUMULATING is en.running_measures and words._CONCEPTS is en.concept_of
    # every running concept is a measure frames can write
    assert {c for c in en.running_measures if c in en.concepts} <= set(en.concept_of.values())
