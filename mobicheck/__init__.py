"""mobicheck: cross-check numeric and quoted claims across news articles.

    >>> import mobicheck
    >>> report = mobicheck.compare(["seeds/"])   # doctest: +SKIP

The names below are imported on first use, so that `import mobicheck` (and
the command line's start, where a Ctrl-C must stop cleanly) stays quick.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "compare": "pipeline", "claims": "pipeline", "explain": "pipeline",
    "find_numbers": "numbers", "find_quotes": "quotes",
    "load_config": "config", "Settings": "config",
    "Article": "model", "Claim": "model", "Match": "model", "Report": "model",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
