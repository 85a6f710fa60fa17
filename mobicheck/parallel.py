"""Extraction (and judging) in a process pool (`--jobs N`), results in input order.

Articles are sent to worker processes in batches; at most a few batches per
worker are in flight, so a big run is streamed, never held twice in memory.
The output is the same, in the same order, as with one process: claim ids
come from article ids, which `load.py` fixes before anything is sent.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .extract import Extraction, extract_or_skip
from .config import Settings
from .judge import Judge
from .model import Article, Candidate, Match, Skipped

# Below this many articles a pool costs more than it saves.
MIN_POOL_ARTICLES = 8
# A batch holds this many articles or this much text, whichever comes first.
BATCH_ARTICLES = 32
BATCH_CHARS = 256_000
# Batches in flight per worker.
IN_FLIGHT = 3
# Below this many candidate pairs judging stays in this process.
MIN_POOL_PAIRS = 20_000
# Candidate pairs per judging task.
JUDGE_CHUNK = 5_000


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(jobs: int) -> int:
    """`jobs` capped at the cores this process may use: more workers than cores
    only add memory (each holds the readers), and `-j 100000` would exhaust it."""
    return max(1, min(jobs, default_jobs()))


def _pool(jobs: int, context, task: _JudgeTask | None = None) -> ProcessPoolExecutor:
    """A pool of at most `worker_count(jobs)` workers that die with this process
    (and, to judge, hold `task`)."""
    return ProcessPoolExecutor(worker_count(jobs), mp_context=context, initializer=_start_worker,
                               initargs=(os.getpid(), task))


def worker_signals() -> None:
    """Signals in a worker: Ctrl-C is the parent's to handle (it stops the
    workers), and SIGTERM, which the parent stops them with, ends a worker
    silently. A worker that raised KeyboardInterrupt printed a traceback and
    "Process ForkProcess-N:" lines under the parent's "Interrupted"."""
    with contextlib.suppress(ValueError, OSError):  # ValueError: not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_worker(parent: int, task: _JudgeTask | None) -> None:
    """Worker start-up: quiet signals (`worker_signals`); ask the kernel to kill
    this worker when its parent dies (SIGKILL, or a crash, runs no clean-up in
    the parent), and exit at once if it died before the request took effect.
    A judging worker keeps its task."""
    if task is not None:
        _worker_task.append(task)
    worker_signals()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # no libc or no prctl: the check below stays
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def extract_all(stream: Iterable[Article | Skipped], *, kind: str | None = None,
                jobs: int = 1) -> Iterator[tuple[Article | Skipped, Extraction | Skipped | None]]:
    """(article, its Extraction, or a Skipped for a reader bug) for every article of `stream`,
    (skipped, None) for a bad input, in order.

    `jobs` is capped at the number of cores (`worker_count`).
    """
    items = iter(stream)
    jobs = worker_count(jobs)
    if jobs <= 1:
        for item in items:
            yield item, (None if isinstance(item, Skipped) else extract_or_skip(item, kind=kind))
        return
    head = []
    for item in items:
        head.append(item)
        if sum(isinstance(x, Article) for x in head) >= MIN_POOL_ARTICLES:
            break
    else:  # a small run: not worth starting processes
        yield from extract_all(head, kind=kind, jobs=1)
        return
    pool = _pool(jobs, _context())
    try:
        pending: deque = deque()
        for batch in _batches(_chain(head, items)):
            articles = [x for x in batch if isinstance(x, Article)]
            pending.append((batch, pool.submit(_extract_batch, articles, kind) if articles else None))
            while len(pending) > IN_FLIGHT * jobs:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    except BaseException:
        # Ctrl-C, an error, or the caller stopped reading: do not wait for the
        # batches in flight, stop the workers now.
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    # Workers first (there is no public handle on them): the pool then sees
    # them gone and its shutdown returns at once instead of finishing batches.
    for worker in list((pool._processes or {}).values()):
        worker.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _context():
    # fork starts workers in milliseconds with mobicheck already imported;
    # where it is unavailable (Windows, macOS default) spawn works too.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _batches(items: Iterable[Article | Skipped]) -> Iterator[list[Article | Skipped]]:
    batch: list[Article | Skipped] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.body) if isinstance(item, Article) else 0
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _extract_batch(articles: list[Article], kind: str | None) -> list[Extraction | Skipped]:
    return [extract_or_skip(a, kind=kind) for a in articles]


def _results(batch: list, future) -> Iterator[tuple[Article | Skipped, Extraction | Skipped | None]]:
    found = iter(future.result() if future is not None else [])
    for item in batch:
        yield item, (None if isinstance(item, Skipped) else next(found))


def judge_all(pairs: list[Candidate], articles: Mapping[str, Article], *, settings: Settings = Settings(),
              related: bool = True, jobs: int = 1, names: Mapping[str, dict[str, int]] | None = None) -> list[Match]:
    """The matches of `pairs` (those judged the same claim), in the order of `pairs`;
    `related=False` leaves out those judged related. `names`: the names each article gives
    (events.article_name_counts) by article id, where already read.

    With `jobs` > 1, many pairs and the fork start method, the pairs are
    judged in chunks by `jobs` processes: this one, which takes every
    `jobs`-th chunk, and a pool of the others; workers send back only the
    Match records (the working is only needed for --explain). Same result,
    same order as judging them here one by one.
    """
    jobs = worker_count(jobs)
    judge = Judge(articles, settings, names)
    if jobs <= 1 or len(pairs) < MIN_POOL_PAIRS or "fork" not in multiprocessing.get_all_start_methods():
        return judge.matches(pairs, related=related)
    bounds = list(range(0, len(pairs), JUDGE_CHUNK))
    theirs = [b for k, b in enumerate(bounds) if k % jobs]  # the pool's: all but bounds[::jobs]
    # The workers are forked with the task as their initializer's argument:
    # they inherit it, nothing is pickled on the way in. This process judges its
    # own share meanwhile instead of waiting: a worker fewer to start (each reads
    # every claim it meets again), and nothing of its share to send back.
    pool = _pool(jobs - 1, multiprocessing.get_context("fork"), _JudgeTask(pairs, judge, related))
    try:
        parts = pool.map(_judge_range, theirs, [b + JUDGE_CHUNK for b in theirs])  # all sent now, read in order
        mine = {b: judge.matches(pairs[b:b + JUDGE_CHUNK], related=related) for b in bounds[::jobs]}
        found: list[Match] = []
        for b in bounds:
            found.extend(mine[b] if b in mine else next(parts))
    except BaseException:
        _stop(pool)  # Ctrl-C or an error: do not wait for the chunks in flight
        raise
    pool.shutdown(wait=True)
    return found


@dataclass(frozen=True)
class _JudgeTask:
    """What a judging worker reads: every pair, and the judge of their report."""

    pairs: list[Candidate]
    judge: Judge
    related: bool


def _judge_range(lo: int, hi: int) -> list[Match]:
    task = _worker_task[0]
    return task.judge.matches(task.pairs[lo:hi], related=task.related)


# In a judging worker, the task its initializer was given (a worker process's own state).
_worker_task: list[_JudgeTask] = []
