"""The desk's view: claims judged to be the same quantity (or quotation), one group each.

A match is one pair of claims; a death toll reported by eight sources is 28
pairs. A fact-checker reads it as one row: what is counted, every source's
figure with its outlet, date and link, where they agree, who is the outlier,
and how a running count moved. Groups are the connected claims of the
agree / update / contradict matches (`related` pairs do not join them).

    >>> from mobicheck.model import Claim, Match, Report, Article
    >>> a = Claim(id="x:n1", article="x", kind="number", text="300,000", start=0, end=7, value=3e5, subject="reservists")
    >>> b = Claim(id="y:n1", article="y", kind="number", text="300,000", start=0, end=7, value=3e5, subject="reservists")
    >>> r = Report(articles=[Article("x", ""), Article("y", "")], claims=[a, b],
    ...            matches=[Match("x:n1", "y:n1", "agree", 0.9, "same")])
    >>> [(g.status, g.claims, g.low, g.high) for g in group_claims(r)]
    [('consistent', ('x:n1', 'y:n1'), 300000.0, 300000.0)]
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .ledger import is_ledger
from .model import Article, Claim, ClaimGroup, Match, Report

# Contradictions first: they are what a fact-checker acts on.
VERDICT_ORDER = {"contradict": 0, "update": 1, "agree": 2, "related": 3}
# Pairs that say two claims are one quantity; `related` only says they may be.
JOINING = frozenset({"agree", "update", "contradict"})
# Disputed first: what a fact-checker acts on; then what moved; then what holds.
STATUS_ORDER = {"disputed": 0, "updated": 1, "consistent": 2}


def group_claims(report: Report) -> list[ClaimGroup]:
    """The claim groups of `report`'s matches, disputed first, then by size."""
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    members = _components(m for m in report.matches if m.verdict in JOINING)
    by_root: dict[str, list[Match]] = defaultdict(list)
    for m in report.matches:
        if m.verdict in JOINING:
            by_root[members[m.a]].append(m)
    groups = [_group(matches, claims, articles) for matches in by_root.values()]
    groups.sort(key=lambda g: (STATUS_ORDER[g.status], -len(g.claims), g.claims[0]))
    return [_numbered(g, i + 1) for i, g in enumerate(groups)]


def sorted_matches(matches: list[Match]) -> list[Match]:
    """Contradictions first, then updates, agreements, related; best scores first."""
    return sorted(matches, key=lambda m: (VERDICT_ORDER.get(m.verdict, 9), -m.score, m.a, m.b))


def _components(matches: Iterable[Match]) -> dict[str, str]:
    """claim id -> the root of its connected component (union-find)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in matches:
        ra, rb = root(m.a), root(m.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}


def _group(matches: list[Match], claims: dict[str, Claim], articles: dict[str, Article]) -> ClaimGroup:
    ids = {x for m in matches for x in (m.a, m.b)}
    # By publication date, undated reports last.
    ordered = sorted((claims[x] for x in ids),
                     key=lambda c: (not _date(c, articles), _date(c, articles), c.article, c.start))
    verdicts = Counter(m.verdict for m in matches)
    status = "disputed" if verdicts["contradict"] else "updated" if verdicts["update"] else "consistent"
    # With two claims a contradiction is a dispute, not one source against the rest.
    outliers = _outliers(matches) if len(ids) > 2 else set()
    kept = [c for c in ordered if c.id not in outliers and c.value is not None]
    timeline = tuple((_date(c, articles), c.id) for c in ordered if _date(c, articles)) if verdicts["update"] else ()
    disputes = tuple(m.reason for m in matches if m.verdict == "contradict")
    return ClaimGroup(
        id="", kind=ordered[0].kind, label=_label(ordered), status=status,
        claims=tuple(c.id for c in ordered),
        low=min((c.value for c in kept), default=None), high=max((c.value for c in kept), default=None),
        outliers=tuple(c.id for c in ordered if c.id in outliers), timeline=timeline,
        verdicts=tuple(sorted(verdicts.items())), disputes=disputes)


def _outliers(matches: list[Match]) -> set[str]:
    """Claims contradicted by more of the group than agree with them."""
    against, along = Counter(), Counter()
    for m in matches:
        tally = against if m.verdict == "contradict" else along if m.verdict == "agree" else None
        if tally is not None:
            tally[m.a] += 1
            tally[m.b] += 1
    return {x for x, n in against.items() if n > along[x]}


def _label(claims: list[Claim]) -> str:
    """What the group counts or who said it, in a few words, from its claims' frames."""
    if claims[0].kind == "quote":
        # A quotation told in several languages is labelled in English, the table's, when it can be.
        claims = [c for c in claims if c.language is None] or claims
        short = min(claims, key=lambda c: len(c.text))
        speakers = Counter(c.speaker for c in claims if c.speaker)
        who = f" ({speakers.most_common(1)[0][0]})" if speakers else ""
        return f"“{short.text}”{who}"
    subject = _most_common(c.subject for c in claims)
    measure = _most_common(c.measure for c in claims)
    place = _most_common(p for c in claims for p in c.place)
    per = _most_common(c.per for c in claims)
    parts = [subject or "figure", f"({measure})" if measure else "", f"in {place}" if place else "",
             f"per {per}" if per else ""]
    return " ".join(p for p in parts if p)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _date(claim: Claim, articles: dict[str, Article]) -> str:
    article = articles.get(claim.article)
    return (article.published if article else None) or ""


def _numbered(group: ClaimGroup, n: int) -> ClaimGroup:
    return replace(group, id=f"g{n}")


def short_ids(report: Report) -> dict[str, str]:
    """claim id -> a short id to read and type: the article's place in the run
    ("a3"; ledger entries "L1") and the claim's own number ("a3:n2")."""
    codes: dict[str, str] = {}
    counts = Counter()
    for a in report.articles:
        kind = "L" if is_ledger(a) else "a"
        counts[kind] += 1
        codes[a.id] = f"{kind}{counts[kind]}"
    return {c.id: f"{codes.get(c.article, c.article)}:{c.id.rsplit(':', 1)[-1]}" for c in report.claims}


def select(report: Report, *, verdicts: Iterable[str] = (), min_score: float | None = None,
           limit: int | None = None) -> Report:
    """A copy of `report` keeping the matches of `verdicts` (all when empty) scoring at least
    `min_score`, the groups holding such a match, and at most `limit` of each."""
    wanted = set(verdicts)
    matches = [m for m in sorted_matches(report.matches)
               if (not wanted or m.verdict in wanted) and (min_score is None or m.score >= min_score)]
    # A group holds a kept match when one of its claims opens one: each group
    # is checked against this set, not against every match of the run (which
    # made selecting quadratic: a fifth of `compare` on 3,000 articles).
    kept = {m.a for m in matches}
    groups = [g for g in report.groups if any(c in kept for c in g.claims)]
    if limit is not None:
        matches, groups = matches[:limit], groups[:limit]
    return replace(report, matches=matches, groups=groups)

