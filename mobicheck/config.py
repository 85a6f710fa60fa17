"""Settings (defaults in code, overridden by claims.yaml) and the reference ledger.

claims.yaml has two top-level keys, both optional:

    settings:    overrides of the Settings fields below
    reference:   the ledger, a list of claims a newsroom has already established

Validation names the file, the line and the key, e.g.
``claims.yaml:14: reference[2].value must be a number, got "three hundred"``.
Unknown keys are reported as warnings, never silently dropped.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

DEFAULT_CONFIG = "claims.yaml"


@dataclass(frozen=True)
class LedgerEntry:
    """One established claim: a figure (`value`) or a quotation (`quote`)."""

    claim: str
    source: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    per: str | None = None
    subject: str | None = None
    measure: str | None = None
    place: tuple[str, ...] = ()
    date: str | None = None
    quote: str | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class Settings:
    """Every tunable of the pipeline. One object serves the library and the CLI."""

    # Number pairs whose frames are less similar than this are not the same quantity.
    match_threshold: float = 0.6
    # Quote pairs whose normalised words are less similar than this (0..1) are different quotes.
    quote_threshold: float = 0.86
    # Quotations of two languages whose meaning (translation.py, numbers masked) is less alike than
    # this (cosine, 0..1) are different quotes; calibrated in benchmarks/translated_quotes.py.
    translation_threshold: float = 0.55
    # A round figure is read as +/- half a unit of its last significant digit
    # ("53,000" covers 52,500..53,500), but never more than this share of it,
    # so "300,000" does not swallow "250,000".
    rounding_cap: float = 0.05
    # Above this many articles, claims are only matched within a story.
    story_threshold: int = 30
    # Inputs larger than this are skipped with a message.
    max_file_mb: float = 20.0
    # An article with more claims than this is cut there, with a message.
    max_claims_per_article: int = 5000
    ledger: tuple[LedgerEntry, ...] = field(default_factory=tuple)


_SETTING_TYPES = {f.name: f.type for f in fields(Settings) if f.name != "ledger"}
# The range of every setting. A value past it is refused where it is given
# (claims.yaml or the command line) with one line, instead of a MemoryError or
# an OverflowError later in the run: `max_file_mb: 1e12` made every read
# allocate a terabyte. Past 1 GB an article would take the readers an hour.
LIMITS: dict[str, tuple[float, float]] = {
    "match_threshold": (0, 1),
    "quote_threshold": (0, 1),
    "translation_threshold": (0, 1),
    "rounding_cap": (0, 1),
    "story_threshold": (0, 10**9),
    "max_file_mb": (0, 1024),
    "max_claims_per_article": (0, 10**9),
}
# --timeout, seconds per page: an hour is already far past any useful wait.
TIMEOUT_LIMITS = (0.1, 3600)
_LEDGER_FIELDS = {
    "claim": "text",
    "source": "text",
    "value": "number",
    "low": "number",
    "high": "number",
    "unit": "text",
    "per": "text",
    "subject": "text",
    "measure": "text",
    "place": "places",
    "date": "date",
    "quote": "text",
    "speaker": "text",
}


def load_config(path: str | Path | None = None, *, warn=None) -> Settings:
    """Read Settings from `path`, or from ./claims.yaml when it exists, or defaults.

    `warn` is called with one line per unknown key. Raises ConfigError.
    """
    if path is None:
        if not Path(DEFAULT_CONFIG).is_file():
            return Settings()
        path = DEFAULT_CONFIG
    from .load import Refused, read_file  # load reads YAML with this module's loader

    path = Path(path)
    try:
        # As inputs are read: a FIFO with no writer or /dev/zero as --config would wait or fill memory.
        text = read_file(path, Settings.max_file_mb).decode("utf-8-sig")
    except Refused as e:
        raise ConfigError(f"{path}: {e}") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: cannot read: not UTF-8 text (byte {e.start})") from None
    return parse_config(text, str(path), warn=warn)


def parse_config(text: str, name: str = DEFAULT_CONFIG, *, warn=None) -> Settings:
    """Validate the YAML text of a config file and build Settings from it."""
    try:
        root, data = load_yaml(text)
    except RecursionError:
        raise ConfigError(f"{name}: nested too deeply to be a settings file") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(e, "problem", None) or str(e)
        raise ConfigError(f"{where}: not valid YAML: {problem}") from None
    if data is None:
        return Settings()
    try:
        lines = _line_index(root)
    except ConfigError as e:
        raise ConfigError(f"{name}:{str(e)[5:]}") from None
    check = _Checker(name, lines, warn)
    if not isinstance(data, dict):
        check.fail((), "must be a mapping with `settings` and/or `reference`", data)
    for key in data:
        if key not in ("settings", "reference"):
            check.unknown((key,))
    overrides = {}
    settings = data.get("settings")
    settings = {} if settings is None else settings
    if not isinstance(settings, dict):
        check.fail(("settings",), "must be a mapping", settings)
    for key, value in settings.items():
        if key not in _SETTING_TYPES:
            check.unknown(("settings", key))
            continue
        kind = _SETTING_TYPES[key]
        problem = out_of_range(value, *LIMITS[key])
        if problem:
            check.fail(("settings", key), problem, value)
        if kind in ("int", int) and int(value) != value:
            check.fail(("settings", key), "must be a whole number", value)
        overrides[key] = int(value) if kind in ("int", int) else float(value)
    entries = data.get("reference")
    entries = [] if entries is None else entries
    if not isinstance(entries, list):
        check.fail(("reference",), "must be a list", entries)
    ledger = tuple(_ledger_entry(check, i, entry) for i, entry in enumerate(entries))
    return replace(Settings(), ledger=ledger, **overrides)


def out_of_range(value: Any, low: float, high: float) -> str | None:
    """What is wrong with `value` as a number between `low` and `high`, or None.

    >>> out_of_range(float("inf"), 0, 1024), out_of_range(2, 0, 1)
    ('must be a finite number', 'must be between 0 and 1')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return "must be a finite number"
    if not low <= value <= high:
        return f"must be between {low:,} and {high:,}"
    return None


class SafeLoader(yaml.SafeLoader):
    """yaml.SafeLoader for text from outside (claims.yaml, front matter): no
    aliases, and nothing but a YAMLError for a bad value.

    Aliases are refused: nine nested aliases of nine items each ("billion
    laughs") make a few hundred bytes that expand to billions of nodes for
    whatever walks the result (30-50 s, then a MemoryError). Neither file
    needs them. A value that YAML's syntax admits but Python cannot build
    (an integer of over 4,300 digits, 2024-02-30) is a YAMLError with its
    line, where it used to be a ValueError that ended the run; an impossible
    date stays its text, for the caller to judge.
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise yaml.composer.ComposerError(None, None, f"aliases (*{event.anchor}) are not allowed",
                                              event.start_mark)
        return super().compose_node(parent, index)

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except ValueError as e:
            problem = "an integer longer than 4,300 digits" if "digits" in str(e) else f"cannot read this value: {e}"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeLoader.construct_yaml_timestamp)


def load_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data of one YAML document, with SafeLoader.

    Raises yaml.YAMLError (with a problem_mark) or RecursionError.

    >>> load_yaml("published: 2024-02-30")[1]
    {'published': '2024-02-30'}
    """
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        return node, (None if node is None else loader.construct_document(node))
    finally:
        loader.dispose()


def _ledger_entry(check: _Checker, i: int, entry: Any) -> LedgerEntry:
    where = ("reference", i)
    if not isinstance(entry, dict):
        check.fail(where, "must be a mapping", entry)
    values: dict[str, Any] = {}
    for key, value in entry.items():
        kind = _LEDGER_FIELDS.get(key)
        if kind is None:
            check.unknown((*where, key))
            continue
        values[key] = check.coerce((*where, key), kind, value)
    for required in ("claim", "source"):
        if not values.get(required):
            check.fail(where, f"needs a `{required}`", None)
    if values.get("value") is None and values.get("quote") is None:
        check.fail(where, "needs a `value` (a figure) or a `quote`", None)
    return LedgerEntry(**values)


class _Checker:
    """Turns a key path into `file:line: key.path ...` messages."""

    def __init__(self, name: str, lines: dict[tuple, int], warn):
        self.name, self.lines, self.warn = name, lines, warn

    def where(self, path: tuple) -> str:
        line = self.lines.get(path) or self.lines.get(path[:-1]) or self.lines.get(())
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        return f"{self.name}:{line}: {dotted or 'the file'}"

    def fail(self, path: tuple, problem: str, value: Any) -> None:
        got = "" if value is None else f", got {_show(value)}"
        raise ConfigError(f"{self.where(path)} {problem}{got}")

    def unknown(self, path: tuple) -> None:
        if self.warn:
            self.warn(f"{self.where(path)} is not a known key; it is ignored")

    def coerce(self, path: tuple, kind: str, value: Any) -> Any:
        if value is None:
            return None
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                self.fail(path, "must be a number", value)
            return float(value)
        if kind == "date":
            if isinstance(value, dt.date):
                return value.isoformat()
            try:
                return dt.date.fromisoformat(str(value)).isoformat()
            except ValueError as e:
                # 2024-02-30 has the form; say what is wrong with it.
                exists = f" that exists ({e})" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)) else ""
                self.fail(path, f"must be a date as YYYY-MM-DD{exists}", value)
        if kind == "places":
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(p, str) for p in items):
                self.fail(path, "must be a place name or a list of them", value)
            return tuple(items)
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.fail(path, "must be text", value)
        return str(value)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return repr(value)


def _line_index(node: yaml.Node | None, path: tuple = ()) -> dict[tuple, int]:
    """Map each key path of the YAML document to its 1-based line."""
    index: dict[tuple, int] = {}
    if node is None:
        return index
    index[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            sub = (*path, key.value)
            if key.value in seen:
                # safe_load would silently keep the last one.
                raise ConfigError(f"line {key.start_mark.line + 1}: `{key.value}` is given twice")
            seen.add(key.value)
            index.update(_line_index(value, sub))
            index[sub] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            index.update(_line_index(item, (*path, i)))
    return index
