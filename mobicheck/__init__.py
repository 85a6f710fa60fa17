"""mobicheck: cross-check numeric and quoted claims across news articles.

    >>> import mobicheck
    >>> report = mobicheck.compare(["seeds/"])   # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings, load_config
from .model import Article, Claim, Match, Report
from .numbers import find_numbers
from .pipeline import claims, compare, explain
from .quotes import find_quotes

__all__ = ["compare", "claims", "explain", "find_numbers", "find_quotes", "load_config", "Settings",
           "Article", "Claim", "Match", "Report"]
