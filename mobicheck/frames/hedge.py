"""Hedge slot: words that mark a figure as projected, planned or unconfirmed.
"""
from __future__ import annotations

import re

from .lexical import _SPACES, _may_hold, _triggers


# Words that mark a figure as projected, planned or unconfirmed. "may" is
# matched lower-case only, so the month never counts.
_HEDGE = re.compile(
    r"""\b(?:may|(?i:would|could|might|(?:plans?|planned|planning|aims?|intends?|hopes?
    |(?:is|are|was|were)\s+expected|expected|expects?|set|likely)\s+to
    |an\s+estimated|estimated|estimates?|expects?|projected|projects|forecasts?|likely|possibly|potentially
    |reportedly|allegedly|proposed))\b""",
    re.VERBOSE,
)
_HEDGE_NEEDLES = _triggers("hedge")


def _hedge(body, c0, c1) -> str | None:
    """Every hedge in the number's clause, in text order ("an estimated, may")."""
    found: list[str] = []
    if not _may_hold(body[c0:c1], _HEDGE_NEEDLES):
        return None
    for m in _HEDGE.finditer(body, c0, c1):
        word = _SPACES.sub(" ", m.group().lower())
        if word not in found:
            found.append(word)
    return ", ".join(found) or None
