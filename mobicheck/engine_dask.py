"""The Dask engine (`mobicheck compare --engine dask [--scheduler tcp://HOST:PORT]`).

Same report as the local engine, computed on a Dask cluster:

- extraction is a Dask bag over partitions of articles (`extract_claims` on
  the workers; articles are read here and sent with the tasks, so workers need
  no access to the input files);
- matching is a group-by on the blocking keys (`match.block_keys`): every
  claim goes to the blocks it belongs to, each block's candidate pairs are
  scored with rapidfuzz and judged on a worker, and the blocks come back in
  the local engine's order, so the JSON is identical.

Stories (numpy, a few seconds for 50,000 articles) and the final
reconciliation run here. Needs the `dask` extra: `pip install 'mobicheck[dask]'`
here and on every worker (same mobicheck version).

    >>> from mobicheck import pipeline
    >>> with DaskEngine() as engine:                          # doctest: +SKIP
    ...     report = pipeline.compare(["articles/"], engine=engine)
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .errors import MobicheckError
from .extract import Extraction, extract_or_skip
from .config import Settings
from .events import article_name_counts
from .judge import Judge, Judgement
from .match import block_candidates, block_keys
from .model import Article, Claim, Report, Skipped
from .translation import Translation, option as translation_option

# Articles per partition of the extraction bag, claims per partition of the matching bag.
ARTICLES_PER_PARTITION = 64
CLAIMS_PER_PARTITION = 4096


class DaskEngine:
    """A started Dask client; use as a context manager and pass as `engine=` to pipeline.compare.

    `scheduler` is the address of a running scheduler (tcp://HOST:PORT);
    without it a LocalCluster of `n_workers` single-threaded workers (processes,
    or threads with `processes=False`) is started and closed with the engine.
    An existing `client` may be given instead.
    """

    def __init__(self, scheduler: str | None = None, *, n_workers: int | None = None, processes: bool = True,
                 client=None) -> None:
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.processes = processes
        self.client = client
        self._owned: list = []

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise MobicheckError("--engine dask needs Dask: pip install 'mobicheck[dask]'") from None
        if self.client is None:
            if self.scheduler:
                try:
                    self.client = Client(self.scheduler, timeout="20s")
                except OSError as e:
                    raise MobicheckError(f"cannot reach the Dask scheduler {self.scheduler}: {e}") from None
            else:
                from .parallel import default_jobs

                cluster = LocalCluster(n_workers=self.n_workers or default_jobs(), threads_per_worker=1,
                                       processes=self.processes, dashboard_address=None,
                                       silence_logs=logging.ERROR)
                self.client = Client(cluster)
                self._owned.append(cluster)
            self._owned.insert(0, self.client)
        return self

    def __exit__(self, *exc) -> None:
        for thing in self._owned:
            thing.close()
        self._owned.clear()

    def _compute(self, collection):
        return collection.compute(scheduler=self.client)

    def extract(self, stream: Iterable[Article | Skipped], *, kind: str | None = None
                ) -> Iterator[tuple[Article | Skipped, Extraction | Skipped | None]]:
        """(article, its Extraction) in input order, like parallel.extract_all; (skipped, None) for a bad input."""
        import dask.bag as db

        items = list(stream)
        articles = [x for x in items if isinstance(x, Article)]
        found = iter([])
        if articles:
            bag = db.from_sequence(articles, partition_size=ARTICLES_PER_PARTITION)
            found = iter(self._compute(bag.map_partitions(_extract_partition, kind)))
        for item in items:
            yield item, (None if isinstance(item, Skipped) else next(found))

    def judgements(self, report: Report, settings: Settings, story_of: dict[str, str]) -> Iterator[Judgement]:
        """Every candidate pair judged, in the order of the local engine's `match.candidates`."""
        import dask
        import dask.bag as db

        if not report.claims:
            return
        stories = sorted(set(story_of.values())) or [""]
        rank = {s: i for i, s in enumerate(stories)}
        # The judge reads dates, sources and the names each article gives (events.py), never
        # bodies: the names are read here and the bodies not shipped.
        meta = dask.delayed({a.id: replace(a, body="") for a in report.articles}, traverse=False)
        names = dask.delayed({a.id: article_name_counts(a) for a in report.articles}, traverse=False)
        where = dask.delayed(story_of, traverse=False)
        claims = db.from_sequence(list(enumerate(report.claims)), partition_size=CLAIMS_PER_PARTITION)
        keyed = claims.map(_keyed, where, stories).flatten()
        blocks = keyed.foldby(_first, _append, list, _concat, list)
        translation = translation_option(report.claims, settings.translation_threshold)
        judged = blocks.map(_judge_block, meta, names, rank, settings, translation)
        for _, found in sorted(self._compute(judged), key=lambda r: r[0]):
            yield from found


def _extract_partition(articles: list[Article], kind: str | None) -> list[Extraction | Skipped]:
    return [extract_or_skip(a, kind=kind) for a in articles]


def _keyed(indexed: tuple[int, Claim], story_of: dict[str, str], stories: list[str]) -> list[tuple]:
    return [(key, indexed) for key in block_keys(indexed[1], story_of, stories)]


def _first(pair: tuple):
    return pair[0]


def _append(acc: list, pair: tuple) -> list:
    acc.append(pair[1])  # acc is a fresh list per key (foldby calls `list`)
    return acc


def _concat(a: list, b: list) -> list:
    a.extend(b)
    return a


def _judge_block(group: tuple, articles: dict[str, Article], names: dict[str, dict[str, int]],
                 rank: dict[str, int], settings: Settings,
                 translation: Translation | None = None) -> tuple[tuple, list[Judgement]]:
    key, members = group
    members = sorted(members, key=lambda m: m[0])
    block = [claim for _, claim in members]
    judge = Judge(articles, settings, names)
    found = [judge.judge(c, explain=False)
             for c in block_candidates(key[0], block, settings=settings, translation=translation)]
    # The local engine's block order: number blocks first, then by first claim, then by story.
    return (key[0] != "number", members[0][0], rank[key[1]]), found
