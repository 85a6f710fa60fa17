"""The one exception family the library raises; the CLI turns it into one line."""
from __future__ import annotations


class MobicheckError(Exception):
    """An expected problem with the user's input or settings (exit status 2)."""


class ConfigError(MobicheckError):
    """claims.yaml (or --config) is unreadable or does not follow the schema."""


class InputError(MobicheckError):
    """An input path cannot be used at all (missing, unreadable)."""


class OutputError(MobicheckError):
    """The report cannot be written where --output says (no such folder, no permission, disk full)."""
