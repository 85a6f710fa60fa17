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
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: cannot read: not UTF-8 text (byte {e.start})") from None
    return parse_config(text, str(path), warn=warn)


def parse_config(text: str, name: str = DEFAULT_CONFIG, *, warn=None) -> Settings:
    """Validate the YAML text of a config file and build Settings from it."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
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
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            check.fail(("settings", key), "must be a finite number", value)
        if kind in ("int", int) and int(value) != value:
            check.fail(("settings", key), "must be a whole number", value)
        if value < 0:
            check.fail(("settings", key), "must not be negative", value)
        overrides[key] = int(value) if kind in ("int", int) else float(value)
    entries = data.get("reference")
    entries = [] if entries is None else entries
    if not isinstance(entries, list):
        check.fail(("reference",), "must be a list", entries)
    ledger = tuple(_ledger_entry(check, i, entry) for i, entry in enumerate(entries))
    return replace(Settings(), ledger=ledger, **overrides)


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
            except ValueError:
                self.fail(path, "must be a date as YYYY-MM-DD", value)
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
