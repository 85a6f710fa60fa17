"""The words of a language, kept as data.

Every reader (numbers, frames, quotes) and the judge read their words from
here, so that a word is added once and the readers cannot drift apart (the
judge once listed `die` as a running count while frames wrote `kill`).
Each language is a folder of YAML files (`en/` is the reference); the shape
of each file is `schema/<file>`, checked when a language is loaded and by
tests/test_lexicon.py.

    >>> lex = load("en")
    >>> lex.months["sept"], "said" in lex.cue_verbs, lex.concept_of["fatality"]
    (9, True, 'kill')
    >>> sorted(lex.words("calendar.yaml", "weekdays"))[:2]
    ['friday', 'monday']

A new word goes into the YAML file of its kind. A new kind of word gets a key
in its schema file; a reader reads it with the typed accessors (`words`,
`phrases`, `map`, `word_map`), and a view several readers share (the running
concepts, the month pattern) is a property below.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = tuple(sorted(p.name for p in HERE.iterdir() if p.is_dir() and p.name not in ("schema", "__pycache__")))


class LexiconError(ValueError):
    """A lexicon file that does not fit its schema (schema/<file>)."""


@dataclass(frozen=True)
class Concept:
    """What happened to counted things: `forms` name it, the flags say how its counts behave."""

    id: str
    forms: frozenset[str]
    people: bool = False
    running: bool = False
    stock: bool = False


class Lexicon:
    """One language's words, read from its folder; see the module docstring."""

    def __init__(self, lang: str, data: Mapping[str, Mapping]):
        self.lang = lang
        self._data = data

    def section(self, file: str) -> Mapping:
        """The raw content of one file (an empty mapping when the language lacks it)."""
        return self._data.get(file, {})

    def words(self, file: str, key: str) -> frozenset[str]:
        """A `words` entry as a set (empty when absent)."""
        return frozenset(self.section(file).get(key, "").split())

    def word_list(self, file: str, key: str) -> tuple[str, ...]:
        """A `words` entry in its written order."""
        return tuple(self.section(file).get(key, "").split())

    def phrases(self, file: str, key: str) -> tuple[str, ...]:
        """A `phrases` entry in its written order."""
        return tuple(self.section(file).get(key, ()))

    def map(self, file: str, key: str) -> dict:
        """A `map` entry (a copy)."""
        return dict(self.section(file).get(key, {}))

    def word_map(self, file: str, key: str) -> dict[str, frozenset[str]]:
        """A `word_map` entry: key -> set of words."""
        return {k: frozenset(v.split()) for k, v in self.section(file).get(key, {}).items()}

    # -- calendar -----------------------------------------------------------------------------
    @cached_property
    def months(self) -> dict[str, int]:
        """Month names and abbreviations, lower case -> month number."""
        return self.map("calendar.yaml", "months")

    @cached_property
    def month_names(self) -> tuple[str, ...]:
        """Capitalised full month names, index 1-12 (index 0 empty): the longest name of each month."""
        names = [""] * 13
        for name, number in self.months.items():
            if len(name) > len(names[number]):
                names[number] = name
        return tuple(n.capitalize() for n in names)

    @cached_property
    def weekdays(self) -> tuple[str, ...]:
        """Weekday names, Monday first, lower case."""
        return self.word_list("calendar.yaml", "weekdays")

    @cached_property
    def month_pattern(self) -> str:
        """A regex alternation of month names as written in running text ("March", "Mar.", "Sept"):
        a capital first letter, abbreviations with an optional full stop, longest first."""
        full = set(self.month_names)
        names = sorted((n.capitalize() for n in self.months), key=len, reverse=True)
        return "(?:" + "|".join(n if n in full else re.escape(n) + r"\.?" for n in names) + ")"

    @cached_property
    def weekday_pattern(self) -> str:
        """A regex alternation of weekday names with a capital first letter."""
        return "(?:" + "|".join(d.capitalize() for d in self.weekdays) + ")"

    # -- speech -------------------------------------------------------------------------------
    @cached_property
    def cue_verbs(self) -> frozenset[str]:
        return self.words("speech.yaml", "cue_verbs")

    @cached_property
    def cue_phrases(self) -> tuple[str, ...]:
        return self.phrases("speech.yaml", "cue_phrases")

    @cached_property
    def non_inverting(self) -> frozenset[str]:
        return self.words("speech.yaml", "non_inverting")

    @cached_property
    def as_cue_stems(self) -> tuple[str, ...]:
        return self.word_list("speech.yaml", "as_cue_stems")

    @cached_property
    def saying(self) -> frozenset[str]:
        return self.words("speech.yaml", "saying")

    @cached_property
    def source_phrases(self) -> tuple[str, ...]:
        return self.phrases("speech.yaml", "source_phrases")

    @cached_property
    def source_verbs(self) -> frozenset[str]:
        return self.words("speech.yaml", "source_verbs")

    @cached_property
    def source_verbs_clause_end(self) -> frozenset[str]:
        return self.words("speech.yaml", "source_verbs_clause_end")

    @cached_property
    def given_to(self) -> tuple[str, ...]:
        return self.phrases("speech.yaml", "given_to")

    # -- morphology ---------------------------------------------------------------------------
    @cached_property
    def irregular(self) -> dict[str, str]:
        """Irregular verb forms and plurals -> lemma."""
        return self.map("morphology.yaml", "irregular")

    # -- concepts -----------------------------------------------------------------------------
    @cached_property
    def concepts(self) -> dict[str, Concept]:
        found = {}
        for cid, entry in self.section("concepts.yaml").get("concepts", {}).items():
            found[cid] = Concept(cid, frozenset(f.rstrip("*") for f in entry["forms"].split()),
                                 bool(entry.get("people")), bool(entry.get("running")), bool(entry.get("stock")))
        return found

    @cached_property
    def concept_of(self) -> dict[str, str]:
        """Every form of every concept -> the concept id."""
        return {form: c.id for c in self.concepts.values() for form in c.forms}

    @cached_property
    def verb_only_forms(self) -> frozenset[str]:
        """Forms that name their concept only as an inflected verb (marked * in the file)."""
        entries = self.section("concepts.yaml").get("concepts", {}).values()
        return frozenset(f.rstrip("*") for e in entries for f in e["forms"].split() if f.endswith("*"))

    @cached_property
    def people_concepts(self) -> frozenset[str]:
        return frozenset(c.id for c in self.concepts.values() if c.people)

    @cached_property
    def running_measures(self) -> frozenset[str]:
        """Measures whose counts grow while a story unfolds: concepts and plain lemmas."""
        return frozenset(c.id for c in self.concepts.values() if c.running) | self.words("concepts.yaml",
                                                                                        "running_lemmas")

    @cached_property
    def stock_measures(self) -> frozenset[str]:
        """Running measures that count people in a state, which may also fall."""
        return frozenset(c.id for c in self.concepts.values() if c.stock) | self.words("concepts.yaml", "stock_lemmas")

    @cached_property
    def change_verbs(self) -> dict[str, str]:
        """Lemmas of change verbs -> rise | fall | reach."""
        return {w: kind for kind, ws in self.word_map("concepts.yaml", "change").items() for w in ws}

    @cached_property
    def phrasal(self) -> dict[str, str]:
        """"lemma particle" -> concept."""
        return self.map("concepts.yaml", "phrasal")

    @cached_property
    def class_concepts(self) -> dict[str, dict[str, str]]:
        """subject class -> (verb lemma -> concept) for verbs whose concept depends on what they take."""
        return {cls: {w: concept for concept, ws in table.items() for w in ws.split()}
                for cls, table in self.section("concepts.yaml").get("class_concepts", {}).items()}


@lru_cache(maxsize=None)
def load(lang: str = "en") -> Lexicon:
    """The lexicon of `lang`, read and checked once per process."""
    if lang not in LANGUAGES:
        raise LexiconError(f"no lexicon for language {lang!r} (have: {', '.join(LANGUAGES)})")
    schema = schemas()
    data = {}
    for path in sorted((HERE / lang).glob("*.yaml")):
        content = _read(path) or {}
        check(path.name, content, schema, where=f"{lang}/{path.name}")
        data[path.name] = content
    return Lexicon(lang, data)


def schemas() -> dict[str, dict[str, str]]:
    """Lexicon file name -> (key -> type), from schema/."""
    return {path.name: _read(path) or {} for path in sorted((HERE / "schema").glob("*.yaml"))}


def _read(path: Path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def check(file: str, content, schema: Mapping, *, where: str) -> None:
    """Raise LexiconError unless `content` (one file) fits `schema` (file -> key -> type)."""
    if file not in schema:
        raise LexiconError(f"{where}: not a lexicon file (schema/ has {', '.join(sorted(schema))})")
    if not isinstance(content, dict):
        raise LexiconError(f"{where}: must be a mapping of keys")
    for key, value in content.items():
        kind = schema[file].get(key) if isinstance(key, str) else None
        if kind is None:
            raise LexiconError(f"{where}: unknown key {key!r}")
        problem = _TYPES[kind](value)
        if problem:
            raise LexiconError(f"{where}: {key}: {problem}")


def _words(value) -> str | None:
    if not isinstance(value, str):
        return f"must be a string of words, got {type(value).__name__}"
    bad = [w for w in value.split() if w != w.lower()]
    return f"words must be lower case: {', '.join(bad[:5])}" if bad else None


def _phrases(value) -> str | None:
    if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
        return "must be a list of non-empty strings"
    return None


def _map(value) -> str | None:
    if not isinstance(value, dict):
        return "must be a mapping"
    for k, v in value.items():
        # YAML reads a bare `no`, `on` or `yes` as a boolean: quote such words.
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, (str, int)):
            return f"entry {k!r}: {v!r} must map a string to a string or a whole number (quote yes/no/on/off)"
    return None


def _word_map(value) -> str | None:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return "must be a mapping of strings"
    return next((f"{k}: {p}" for k, v in value.items() if (p := _words(v))), None)


def _nested_word_map(value) -> str | None:
    if not isinstance(value, dict):
        return "must be a mapping"
    return next((f"{k}: {p}" for k, v in value.items() if (p := _word_map(v))), None)


def _concepts(value) -> str | None:
    if not isinstance(value, dict):
        return "must be a mapping of concept ids"
    for cid, entry in value.items():
        if not isinstance(entry, dict) or "forms" not in entry:
            return f"{cid}: needs forms"
        extra = set(entry) - {"forms", "people", "running", "stock"}
        if extra:
            return f"{cid}: unknown fields {', '.join(sorted(extra))}"
        if any(not isinstance(entry.get(flag, False), bool) for flag in ("people", "running", "stock")):
            return f"{cid}: people, running and stock are true or false"
        problem = _words(entry["forms"])
        if problem:
            return f"{cid}: forms: {problem}"
    return None


_TYPES = {"words": _words, "phrases": _phrases, "map": _map, "word_map": _word_map,
          "nested_word_map": _nested_word_map, "concepts": _concepts}
