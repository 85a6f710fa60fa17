"""Long fuzz run: the checks of tests/test_fuzz.py on 100,000+ examples, over several processes.

    PYTHONPATH=. python benchmarks/fuzz_pipeline.py --examples 100000 --workers 2

Each worker runs a plain hypothesis search with its own seed: arbitrary
bytes (UTF-8, UTF-16, cp1252 or raw) under every input suffix, and
news-like text, through load -> extract -> match -> judge -> render (every
format), checking that nothing raises and that every claim's `text` is
`body[start:end]`. Prints one line per worker and a total; exits 1 on any
failure, with the shrunk failing example.
"""
from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_checks", ROOT / "tests" / "test_fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _work(job: tuple[str, int, int]) -> tuple[str, int, int, float, str | None]:
    kind, examples, seed = job
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as with_seed
    from hypothesis import strategies as st

    checks = _fuzz_module()
    count = 0
    if kind == "bytes":
        strategy = st.lists(st.tuples(checks.as_bytes, st.sampled_from(checks.SUFFIXES)), min_size=1, max_size=3)

        def body(inputs):
            nonlocal count
            count += 1
            checks.run_pipeline(inputs)
    else:
        strategy = st.lists(checks.newsy_text, min_size=2, max_size=3)

        def body(texts):
            nonlocal count
            count += 1
            checks.run_pipeline([(("Title\n" + t).encode("utf-8", "surrogatepass"), ".txt") for t in texts])

    test = with_seed(seed)(settings(max_examples=examples, deadline=None, database=None,
                                    suppress_health_check=list(HealthCheck))(given(strategy)(body)))
    started = time.perf_counter()
    failure = None
    try:
        test()
    except Exception:
        failure = traceback.format_exc()
    return kind, seed, count, time.perf_counter() - started, failure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="examples in all (default 100,000)")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--seed", type=int, default=8, help="first seed; worker i uses seed + i")
    args = parser.parse_args()
    per_worker = -(-args.examples // args.workers)
    # Alternate the two kinds of input so that each gets half of the workers.
    jobs = [("bytes" if i % 2 == 0 else "news", per_worker, args.seed + i) for i in range(args.workers)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
        results = pool.map(_work, jobs)
    wall = time.perf_counter() - started
    total = 0
    failed = False
    for kind, seed, count, seconds, failure in results:
        total += count
        status = "FAILED" if failure else "ok"
        print(f"worker {kind:5} seed {seed}: {count:,} examples in {seconds:.0f} s "
              f"({count / max(seconds, 1e-9):.0f}/s): {status}")
        if failure:
            failed = True
            print(failure)
    print(f"total: {total:,} examples in {wall:.0f} s wall on {args.workers} processes: "
          f"{'FAILURES' if failed else 'no exception, every claim text == body[start:end]'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
