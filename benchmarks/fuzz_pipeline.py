"""Long fuzz run: the checks of tests/test_fuzz.py on 100,000+ examples, over several processes.

    PYTHONPATH=. python benchmarks/fuzz_pipeline.py --examples 100000 --workers 2

The examples are shared equally among four kinds of input, each a plain
hypothesis search with its own seed (job i uses seed + i; no example
database), run in a pool of --workers processes:

- bytes: arbitrary bytes (UTF-8, UTF-16, cp1252 or raw) under every input suffix;
- news: news-like text;
- hostile: long lines (up to --max-chars), YAML aliases nested deep and
  other YAML traps in front matter, numerals of 300 to 5,000 digits, in
  files with hostile names (control characters, escape sequences, bytes
  that are not UTF-8, ledger ids) in a real folder;
- config: claims.yaml texts built from the same YAML traps.

Each goes through load -> extract -> match -> judge -> render (every
format), checking that nothing raises, that every claim's `text` is
`body[start:end]`, that every message prints as one line without control
characters and every report is valid UTF-8. Each example must also finish
within a time linear in its size: --bound-s plus --bound-s-per-mb per MB of
input (generous: the machine is shared and its speed drifts), counted in
CPU seconds of the worker process (ITIMER_PROF), not wall-clock: on a shared
machine the wall clock also counts the other processes' turns. A slower one
is stopped there (SIGPROF), counted and printed with its size and start;
the search goes on (shrinking a slow example takes longer than finding it).

Prints one line per job and a total; exits 1 on any exception, with the
shrunk failing example, or on any example over the time bound. Each example
over its bound is pickled under --slow-dir; `--replay FILE` runs one again
and prints its CPU time (profile it with `python -m cProfile`).
"""
from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import pickle
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("bytes", "news", "hostile", "config")


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_checks", ROOT / "tests" / "test_fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _size(example) -> int:
    """Bytes of input in one example, whatever its kind."""
    if isinstance(example, (bytes, str)):
        return len(example)
    return sum(_size(x) for x in example) if isinstance(example, (list, tuple)) else 0


class _OverBound(BaseException):
    """Raised by SIGPROF in the example that ran past its bound (a BaseException:
    the readers' own `except Exception` guards must not swallow it)."""


def _over_bound(signum, frame):
    # Raised in a garbage-collector callback (hypothesis times the collector)
    # it would only be printed and ignored: try again a moment later.
    if frame is not None and frame.f_code.co_name == "gc_callback":
        signal.setitimer(signal.ITIMER_PROF, 0.05)
        return
    raise _OverBound


def _kinds(checks, max_chars: int) -> dict:
    """kind -> (hypothesis strategy, check of one example)."""
    from hypothesis import strategies as st

    return {
        "bytes": (st.lists(st.tuples(checks.as_bytes, st.sampled_from(checks.SUFFIXES)), min_size=1, max_size=3),
                  checks.run_pipeline),
        "news": (st.lists(checks.newsy_text, min_size=2, max_size=3),
                 lambda texts: checks.run_pipeline([(("Title\n" + t).encode("utf-8", "surrogatepass"), ".txt")
                                                    for t in texts])),
        "hostile": (checks.hostile_inputs(max_chars=max_chars), checks.run_files),
        "config": (checks.yaml_text, checks.run_config),
    }


def replay(path: str, max_chars: int) -> int:
    """Run the checks on one saved example (`--replay fuzz-slow/KIND-SEED-N.pickle`) and print its CPU time."""
    kind = Path(path).name.split("-")[0]
    example = pickle.loads(Path(path).read_bytes())
    started = time.process_time()
    _kinds(_fuzz_module(), max_chars)[kind][1](example)
    print(f"{path}: {_size(example):,} bytes of {kind} input, {time.process_time() - started:.2f} s CPU")
    return 0


def _work(job: tuple[str, int, int, dict]) -> tuple[str, int, int, float, str | None, list[str]]:
    kind, examples, seed, opts = job
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as with_seed

    checks = _fuzz_module()
    signal.signal(signal.SIGPROF, _over_bound)
    strategy, check = _kinds(checks, opts["max_chars"])[kind]
    count = 0
    too_slow: list[str] = []

    def body(example):
        nonlocal count
        count += 1
        size = _size(example)
        bound = opts["bound_s"] + opts["bound_s_per_mb"] * size / 1e6
        signal.setitimer(signal.ITIMER_PROF, bound)
        try:
            check(example)
        except _OverBound:
            saved = Path(opts["slow_dir"], f"{kind}-{seed}-{count}.pickle")
            saved.parent.mkdir(parents=True, exist_ok=True)
            saved.write_bytes(pickle.dumps(example))
            too_slow.append(f"stopped at {bound:.1f} s for {size:,} bytes (example saved: {saved}): "
                            f"{repr(example)[:200]}")
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)

    test = with_seed(seed)(settings(max_examples=examples, deadline=None, database=None,
                                    suppress_health_check=list(HealthCheck))(given(strategy)(body)))
    started = time.perf_counter()
    failure = None
    try:
        test()
    except Exception:
        failure = traceback.format_exc()
    return kind, seed, count, time.perf_counter() - started, failure, too_slow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="examples in all (default 100,000)")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--seed", type=int, default=8, help="first seed; job i uses seed + i")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--max-chars", type=int, default=20_000, help="longest hostile line (default 20,000)")
    parser.add_argument("--bound-s", type=float, default=5.0, help="time bound per example: this many seconds...")
    parser.add_argument("--bound-s-per-mb", type=float, default=200.0, help="...plus this many per MB of input")
    parser.add_argument("--slow-dir", default="fuzz-slow", help="where each example over its bound is pickled, "
                        "to be replayed (default ./fuzz-slow)")
    parser.add_argument("--replay", metavar="PICKLE", help="run one saved example again and print its CPU time")
    args = parser.parse_args()
    if args.replay:
        return replay(args.replay, args.max_chars)
    opts = {"max_chars": args.max_chars, "bound_s": args.bound_s, "bound_s_per_mb": args.bound_s_per_mb,
            "slow_dir": os.path.abspath(args.slow_dir)}
    # At least one job per worker, each kind its share of the examples.
    per_kind = -(-args.examples // len(args.kinds))
    splits = max(1, -(-args.workers // len(args.kinds)))
    jobs = [(kind, -(-per_kind // splits), 0, opts) for kind in args.kinds for _ in range(splits)]
    jobs = [(kind, n, args.seed + i, o) for i, (kind, n, _, o) in enumerate(jobs)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
        results = pool.map(_work, jobs, chunksize=1)
    wall = time.perf_counter() - started
    total = 0
    failed = False
    slow = 0
    for kind, seed, count, seconds, failure, too_slow in results:
        total += count
        slow += len(too_slow)
        status = "FAILED" if failure else "ok"
        print(f"job {kind:7} seed {seed}: {count:,} examples in {seconds:.0f} s "
              f"({count / max(seconds, 1e-9):.0f}/s): {status}, {len(too_slow)} over the time bound")
        for line in too_slow[:5]:
            print(f"  slow: {line}")
        if failure:
            failed = True
            print(failure)
    verdict = "FAILURES" if failed else "no exception, every claim text == body[start:end]"
    print(f"total: {total:,} examples in {wall:.0f} s wall on {args.workers} processes: {verdict}; "
          f"{slow} over the time bound")
    return 1 if failed or slow else 0


if __name__ == "__main__":
    sys.exit(main())
