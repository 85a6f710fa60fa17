"""The pipeline, in order, as the Python API behind every CLI command.

1. load     paths -> Article | Skipped          (load.py)
2. extract  Article -> [Claim]                  (extract.py: numbers.py, frames.py, quotes.py)
3. match    [Claim] -> [Candidate]              (match.py, within stories.py's groups)
4. judge    Candidate -> Match | None           (judge.py)
5. render   Report -> text                      (render.py)

    >>> import mobicheck
    >>> report = mobicheck.compare(["seeds/"])          # doctest: +SKIP
    >>> [m.verdict for m in report.matches][:1]         # doctest: +SKIP
    ['agree']
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from .config import Settings
from .events import article_name_counts, assign_events
from .judge import Judge, reconcile
from .ledger import is_ledger, ledger_claims
from .load import load_articles
from .match import block_keys, candidates
from .model import Article, Claim, Match, Report, Skipped
from .parallel import extract_all, judge_all
from .quantities import group_claims, select, short_ids

__all__ = ["claims", "compare", "judge_report", "explain", "add_ledger", "resolve_claim_id", "select"]
from .stories import assign_stories, features
from .translation import missing_note, option as translation_option
from .web import FetchOptions

def claims(paths: Iterable[str], *, settings: Settings | None = None, kind: str | None = None,
           on_skip: Callable[[Skipped], None] | None = None, jobs: int = 1,
           progress: Callable[[Article | None], None] | None = None, engine=None,
           fetch: FetchOptions | None = None, dayfirst: bool = False) -> Report:
    """Load the articles under `paths` and extract their claims.

    `kind` keeps only "number" or "quote" claims. `on_skip` is told about each
    bad input as soon as it is met (the CLI prints it); the Report lists them too.
    `jobs` > 1 extracts in that many processes (same result, same order);
    `progress` is called with each article once its claims are read, then
    with None. `engine` (engine_dask.DaskEngine) runs extraction elsewhere.
    `fetch` sets the cache folder and timeout for http(s):// paths;
    `dayfirst` reads a publication date such as 04/03/2025 as 4 March.
    """
    settings = settings or Settings()
    report = Report()
    stream = load_articles(paths, max_file_mb=settings.max_file_mb, fetch=fetch, dayfirst=dayfirst)
    for article, found in _extract_stream(stream, report, settings, kind, on_skip, jobs, progress, engine):
        report.articles.append(article)
        report.claims.extend(found)
    if progress:
        progress(None)
    return report


def compare(paths: Iterable[str], *, settings: Settings | None = None, show_related: bool = False,
            stories: bool | None = None, config_path: str = "claims.yaml",
            on_skip: Callable[[Skipped], None] | None = None, jobs: int = 1,
            progress: Callable[[Article | None], None] | None = None, engine=None,
            fetch: FetchOptions | None = None, on_stage: Callable[[str], None] | None = None,
            dayfirst: bool = False, pause_cycle_collector: bool = False) -> Report:
    """Claims of the articles under `paths` (and the ledger), matched and judged.

    `show_related` keeps pairs judged `related` (compatible, not the same
    figure). `stories` forces (True) or disables (False) grouping articles
    into stories; by default it is on above `settings.story_threshold` articles.
    `on_stage` is told the name of each stage after reading, as it starts.
    `pause_cycle_collector`: as `judge_report`'s.
    """
    settings = settings or Settings()
    report = claims(paths, settings=settings, on_skip=on_skip, jobs=jobs, progress=progress, engine=engine,
                    fetch=fetch, dayfirst=dayfirst)
    add_ledger(report, ledger_claims(settings.ledger, config_path))
    return judge_report(report, settings=settings, show_related=show_related, stories=stories, engine=engine,
                        jobs=jobs, on_stage=on_stage, pause_cycle_collector=pause_cycle_collector)


def add_ledger(report: Report, entries: list[tuple[Article, list[Claim]]]) -> None:
    """Add the ledger entries that belong to the run's story to `report`.

    A desk's claims.yaml holds the facts of its story: an entry shares words
    with the articles it can check. One whose words (figures aside) are not
    among the articles' at least half is about another story, and left out
    with a warning, so a mobilisation ledger does not join an earthquake run.
    """
    if not entries:
        return  # reading every article's words costs seconds on a large run
    vocabulary = set()
    for article in report.articles:
        vocabulary.update(_stems(article))
    for article, found in entries:
        words = _stems(article)
        if words and len(words & vocabulary) * 2 < len(words):
            report.warnings.append(f"{article.path}: ledger entry “{_short(article.title)}” is not about these "
                                   f"articles (too few of its words appear in them); left out")
            continue
        report.articles.append(article)
        report.claims.extend(found)


def _ledger_stories(articles: list[Article], story_of: dict[str, str]) -> dict[str, str]:
    """Each ledger entry's story: the one whose articles share most of its words.
    A ledger entry checks the articles of its own story only."""
    if not any(is_ledger(a) for a in articles):
        return {}
    vocab: dict[str, set[str]] = {}
    for a in articles:
        if a.id in story_of:
            vocab.setdefault(story_of[a.id], set()).update(_stems(a))
    found = {}
    for a in articles:
        if is_ledger(a) and vocab:
            words = _stems(a)
            found[a.id] = max(sorted(vocab), key=lambda story: len(words & vocab[story]))
    return found


def _stems(article: Article) -> set[str]:
    # A word's first five letters: "mobilisation" meets "mobilise", "Russia's" "Russia".
    return {w[:5] for w in features(article) if not w[0].isdigit()}


def _short(text: str | None, n: int = 60) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def judge_report(report: Report, *, settings: Settings | None = None, show_related: bool = False,
                 stories: bool | None = None, engine=None, jobs: int = 1,
                 on_stage: Callable[[str], None] | None = None, pause_cycle_collector: bool = False) -> Report:
    """Match and judge the claims already in `report` (in place); returns it.

    `jobs` > 1 judges the candidate pairs in that many processes (same result).
    `pause_cycle_collector` turns Python's cycle collector off while matching and judging
    (`_no_cycle_collection`), and back as it was: faster on a large report, but the
    collector is the whole process's, so only a caller that owns the process asks (the CLI).
    """
    paused = _no_cycle_collection() if pause_cycle_collector else contextlib.nullcontext()
    with paused:
        return _judge_report(report, settings or Settings(), show_related, stories, engine, jobs, on_stage)


@contextlib.contextmanager
def _no_cycle_collection():
    """Python's cycle collector off while a report is matched and judged. Matching and judging make
    objects by the million (pairs, their fields, matches) and no cycles, and each full collection
    walks every claim and article of the report again: an eighth of judging 10,000 articles.
    What is made and dropped is still freed at once (reference counting); judging workers,
    forked meanwhile, inherit the setting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _judge_report(report: Report, settings: Settings, show_related: bool, stories: bool | None, engine, jobs: int,
                  on_stage: Callable[[str], None] | None) -> Report:
    stage = on_stage or (lambda name: None)
    real = [a for a in report.articles if not is_ledger(a)]
    grouped = stories if stories is not None else len(real) > settings.story_threshold
    if grouped:
        stage(f"grouping {len(real):,} articles into stories")
    story_of = assign_stories(real) if grouped else {}
    if story_of:
        story_of.update(_ledger_stories(report.articles, story_of))
    # Events at any size: a folder of two shootings is two events below the story threshold too.
    # The names each article gives are read once, for the events and for the judge (events.py):
    # read twice they were a fifth of matching and judging 10,000 articles.
    names = {a.id: article_name_counts(a) for a in real}
    event_of = assign_events(real, names)
    report.articles[:] = [_grouped(a, story_of, event_of) for a in report.articles]
    stage(f"matching and judging {len(report.claims):,} claims")
    # Related pairs play no part in reconciling: unless shown, they are not even written.
    found = _matches(report, settings, story_of, engine, jobs, related=show_related, names=names)
    found = reconcile(found, {c.id: c for c in report.claims})
    report.matches = [m for m in found if show_related or m.verdict != "related"]
    stage(f"grouping {len(report.matches):,} matches into quantities")
    report.groups = group_claims(report)
    return report


def explain(report: Report, claim_id: str, *, settings: Settings | None = None) -> list[str]:
    """Every candidate of one claim, judged step by step (`--explain CLAIM_ID`)."""
    settings = settings or Settings()
    lines = []
    story_of = {a.id: a.story for a in report.articles if a.story}
    claim_id = resolve_claim_id(report, claim_id) or claim_id
    target = next((c for c in report.claims if c.id == claim_id), None)
    if target is None:
        return lines
    # Only the blocks the claim is in can pair it: judging every pair of a
    # large report to show one claim's took as long as the whole run.
    stories = sorted(set(story_of.values())) or [""]
    keys = set(block_keys(target, story_of, stories))
    near = [c for c in report.claims if keys.intersection(block_keys(c, story_of, stories))]
    articles = {a.id: a for a in report.articles}
    judge = Judge(articles, settings)
    if target.kind == "quote" and (note := missing_note(near)):
        lines.extend([note, ""])
    translation = translation_option(near, settings.translation_threshold)
    for candidate in candidates(near, story_of, settings=settings, translation=translation):
        if claim_id in (candidate.a.id, candidate.b.id):
            lines.extend(judge.judge(candidate).working)
            lines.append("")
    return lines


def resolve_claim_id(report: Report, given: str) -> str | None:
    """The claim id `given` names: a claim id, or a short id as the table shows it ("a2:n1")."""
    if any(c.id == given for c in report.claims):
        return given
    return next((cid for cid, short in short_ids(report).items() if short == given), None)


def _matches(report: Report, settings: Settings, story_of: dict[str, str], engine=None,
             jobs: int = 1, related: bool = True, names: dict[str, dict[str, int]] | None = None) -> list[Match]:
    """The matches of every candidate pair, in candidate order, without the working."""
    if engine is not None:
        return [j.match for j in engine.judgements(report, settings, story_of) if j.match is not None]
    articles = {a.id: a for a in report.articles}
    translation = translation_option(report.claims, settings.translation_threshold)
    return judge_all(candidates(report.claims, story_of, settings=settings, translation=translation), articles,
                     settings=settings, related=related, jobs=jobs, names=names)


def _grouped(article: Article, story_of: dict[str, str], event_of: dict[str, str]) -> Article:
    return replace(article, story=story_of.get(article.id), event=event_of.get(article.id))


def _extract_stream(stream: Iterable[Article | Skipped], report: Report, settings: Settings, kind: str | None,
                    on_skip, jobs: int = 1, progress=None, engine=None) -> Iterator[tuple[Article, list[Claim]]]:
    extracted = engine.extract(stream, kind=kind) if engine is not None else extract_all(stream, kind=kind, jobs=jobs)
    for item, found in extracted:
        skipped = item if isinstance(item, Skipped) else (found if isinstance(found, Skipped) else None)
        if skipped:
            report.skipped.append(skipped)
            if on_skip:
                on_skip(skipped)
            continue
        if progress:
            progress(item)
        report.warnings.extend(f"{item.path or item.id}: {line}" for line in (*item.notes, *found.warnings))
        found = found.claims
        if len(found) > settings.max_claims_per_article:
            report.warnings.append(
                f"{item.path}: {item.id} has {len(found)} claims; only the first "
                f"{settings.max_claims_per_article} are kept (settings.max_claims_per_article)")
            found = found[: settings.max_claims_per_article]
        yield item, found
