"""claims.yaml: defaults, overrides, the ledger, and messages that name the line."""
from __future__ import annotations

from pathlib import Path

import pytest

from mobicheck.config import Settings, load_config, parse_config
from mobicheck.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_claims_yaml_is_valid():
    settings = load_config(ROOT / "claims.yaml")
    assert settings.ledger and all(e.source for e in settings.ledger)


def test_empty_file_gives_defaults():
    assert parse_config("") == Settings()


def test_overrides():
    s = parse_config("settings:\n  match_threshold: 0.7\n  story_threshold: 10\n")
    assert s.match_threshold == 0.7 and s.story_threshold == 10


BAD = [
    ("value not a number",
     "reference:\n  - claim: a\n    source: b\n    value: 1\n  - claim: c\n    source: d\n    value: three hundred\n",
     'claims.yaml:7: reference[1].value must be a number, got "three hundred"'),
    ("setting not a number", "settings:\n  match_threshold: high\n",
     'claims.yaml:2: settings.match_threshold must be a finite number, got "high"'),
    ("whole number", "settings:\n  story_threshold: 2.5\n",
     "claims.yaml:2: settings.story_threshold must be a whole number, got 2.5"),
    ("missing source", "reference:\n  - claim: a\n    value: 3\n", "claims.yaml:2: reference[0] needs a `source`"),
    ("no figure", "reference:\n  - claim: a\n    source: b\n",
     "claims.yaml:2: reference[0] needs a `value` (a figure) or a `quote`"),
    ("bad date", "reference:\n  - {claim: a, source: b, value: 1, date: yesterday}\n",
     'claims.yaml:2: reference[0].date must be a date as YYYY-MM-DD, got "yesterday"'),
    ("not yaml", "settings: [\n", "claims.yaml:2: not valid YAML"),
    ("not a mapping", "- 1\n- 2\n", "claims.yaml:1: the file must be a mapping"),
]


@pytest.mark.parametrize("text,message", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_errors_name_line_and_key(text, message):
    with pytest.raises(ConfigError) as e:
        parse_config(text)
    assert str(e.value).startswith(message)


def test_unknown_keys_warn():
    warnings = []
    parse_config("settings:\n  match_treshold: 0.5\nextra: 1\n", warn=warnings.append)
    assert warnings == [
        "claims.yaml:3: extra is not a known key; it is ignored",
        "claims.yaml:2: settings.match_treshold is not a known key; it is ignored",
    ]


def test_no_python_objects():
    # safe_load only: YAML tags that build Python objects are refused.
    with pytest.raises(ConfigError):
        parse_config("settings: !!python/object/apply:os.system ['true']\n")


@pytest.mark.parametrize("text,message", [
    ("settings:\n  rounding_cap: .nan\n", "claims.yaml:2: settings.rounding_cap must be a finite number"),
    ("settings: []\n", "claims.yaml:1: settings must be a mapping"),
    ("reference: {}\n", "claims.yaml:1: reference must be a list"),
    ("settings:\n  match_threshold: 0.5\n  match_threshold: 0.7\n", "claims.yaml:3: `match_threshold` is given twice"),
    ("a: " + "[" * 2000 + "]" * 2000 + "\n", "claims.yaml: nested too deeply"),
], ids=["nan", "settings list", "reference mapping", "duplicate key", "deep nesting"])
def test_more_schema_errors(text, message):
    with pytest.raises(ConfigError) as e:
        parse_config(text)
    assert str(e.value).startswith(message)


# -- issue 17: hostile YAML and out-of-range settings are one line, never a crash -------------------

LAUGHS = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9 if i else ["lol"] * 9) + "]\n" for i in range(9))


@pytest.mark.parametrize("text,message", [
    (f"settings:\n{LAUGHS}", "claims.yaml:3: not valid YAML: aliases (*l0) are not allowed"),
    ("settings:\n  story_threshold: " + "1" * 5000 + "\n",
     "claims.yaml:2: not valid YAML: an integer longer than 4,300 digits"),
    ("reference:\n  - {claim: a, source: b, value: 1, date: 2024-02-30}\n",
     'claims.yaml:2: reference[0].date must be a date as YYYY-MM-DD that exists (day is out of range for month), '
     'got "2024-02-30"'),
    ("reference:\n  - {claim: a, source: b, value: 1, date: 2024-13-01}\n",
     "claims.yaml:2: reference[0].date must be a date as YYYY-MM-DD that exists (month must be in 1..12)"),
    ("settings:\n  max_file_mb: 1.0e+12\n", "claims.yaml:2: settings.max_file_mb must be between 0 and 1,024, got 1000000000000.0"),
    ("settings:\n  max_file_mb: .inf\n", "claims.yaml:2: settings.max_file_mb must be a finite number, got inf"),
    ("settings:\n  max_file_mb: -1\n", "claims.yaml:2: settings.max_file_mb must be between 0 and 1,024, got -1"),
    ("settings:\n  match_threshold: 5\n", "claims.yaml:2: settings.match_threshold must be between 0 and 1, got 5"),
    ("settings:\n  max_claims_per_article: 1.0e+300\n",
     "claims.yaml:2: settings.max_claims_per_article must be between 0 and 1,000,000,000"),
], ids=["billion laughs", "long integer", "impossible date", "month 13", "1e12 MB", "inf MB", "negative",
        "threshold over 1", "1e300 claims"])
def test_hostile_settings(text, message):
    test_more_schema_errors(text, message)
