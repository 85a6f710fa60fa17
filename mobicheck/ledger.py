"""The reference ledger of claims.yaml as articles and claims.

Each entry becomes a one-claim article named by its `source`, so ledger
figures are matched and judged like any other source. The entry's sentence
runs through the normal extractor for its frame; what the entry states
(value, bounds, subject, place...) overrides what was read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .config import LedgerEntry
from .extract import extract_claims
from .model import Article, Claim

PREFIX = "ledger-"
# Ledger article ids, reserved: the loader renames an article that would get
# one (load._unique), so a file named ledger-1.txt or ledger-notes.txt is
# never taken for an entry, nor shares claim ids with one.
_LEDGER_ID = re.compile(rf"{PREFIX}[1-9][0-9]*")


def is_ledger_id(article_id: str) -> bool:
    """True for ids of the form ledger entries get (`ledger-1`, `ledger-2`...)."""
    return _LEDGER_ID.fullmatch(article_id) is not None


def is_ledger(article: Article) -> bool:
    """True for the one-claim articles made from claims.yaml entries."""
    return is_ledger_id(article.id)


def ledger_claims(entries: tuple[LedgerEntry, ...], path: str = "claims.yaml") -> list[tuple[Article, list[Claim]]]:
    """One (article, claims) pair per ledger entry, ids `ledger-1`, `ledger-2`..."""
    out = []
    for i, entry in enumerate(entries, start=1):
        if entry.quote is not None:
            article = Article(id=f"{PREFIX}{i}", body=entry.quote, path=path, title=entry.claim,
                              source=entry.source, published=entry.date)
            claim = Claim(id=f"{article.id}:q1", article=article.id, kind="quote", text=entry.quote, start=0,
                          end=len(entry.quote), sentence=entry.claim, attribution=entry.source,
                          speaker=entry.speaker)
        else:
            article = Article(id=f"{PREFIX}{i}", body=entry.claim, path=path, title=entry.claim,
                              source=entry.source, published=entry.date)
            claim = _number_claim(article, entry)
        out.append((article, [claim]))
    return out


def _number_claim(article: Article, entry: LedgerEntry) -> Claim:
    found = extract_claims(article, kind="number")
    claim = next((c for c in found if c.value == entry.value), found[0] if found else None)
    if claim is None:
        claim = Claim(id=f"{article.id}:n1", article=article.id, kind="number", text=entry.claim, start=0,
                      end=len(entry.claim), sentence=entry.claim, quantity="count")
    low = entry.low if entry.low is not None else (entry.value if entry.high is None else None)
    high = entry.high if entry.high is not None else (entry.value if entry.low is None else None)
    stated = {
        "value": entry.value, "low": low, "high": high, "qualifier": None if low == high else "range",
        "unit": entry.unit, "per": entry.per, "subject": entry.subject, "measure": entry.measure,
        "place": entry.place or None, "time": entry.date, "attribution": entry.source,
    }
    overrides = {k: v for k, v in stated.items() if v is not None or k in ("value", "low", "high", "qualifier")}
    return replace(claim, id=f"{article.id}:n1", **overrides)
