"""Signals at random moments: exit status, no worker traceback, no file left behind.

    python benchmarks/signals.py --tries 20            # SIGINT and SIGTERM, 20 tries each

Each try starts `mobicheck claims CORPUS --format json --output OUT --jobs 2`
on a corpus of seed copies (extraction runs in the worker pool, and the
report, about 8 MB, takes a moment to write), sends the signal to the whole
process group (what Ctrl-C does) after a random delay between start-up and
the end of an uninterrupted run (timed first), and checks:

- the exit status is 130 for SIGINT and 143 for SIGTERM (0 only if the run
  had already finished; death by the signal itself, before the interpreter
  has started, is what the shell also shows as 128 + the signal);
- stderr holds no traceback and no "Process ForkProcess-N:" line;
- the output folder holds the whole report or nothing: no temporary file.

Prints one line per try and a summary; exits 1 on any failure. The test
suite runs a few fixed moments of the same check (tests/test_reliability.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(folder: Path, copies: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            (folder / f"{i:04}_{seed.name}").write_bytes(seed.read_bytes())
    return folder


def one_try(articles: Path, out_dir: Path, sig: int, delay: float | None) -> tuple[bool, str]:
    """One run, sent `sig` after `delay` seconds (never, with None): (ok, what happened)."""
    out = out_dir / "report.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "mobicheck", "claims", str(articles), "--format", "json",
                             "--output", str(out), "--jobs", "2"], cwd=out_dir, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    if delay is not None:
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=30 if delay is not None else 600)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        return False, "did not stop within 30 s"
    stderr = proc.stderr.read().decode(errors="replace")
    left = sorted(p.name for p in out_dir.iterdir())
    problems = []
    expected = {128 + sig, -sig}
    if proc.returncode == 0:
        try:
            json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            problems.append("status 0 without a whole report")
        expected.add(0)
    if proc.returncode not in expected:
        problems.append(f"status {proc.returncode}")
    if "Traceback" in stderr or "ForkProcess" in stderr or "SpawnProcess" in stderr:
        problems.append("traceback: " + stderr.strip().replace("\n", " | ")[:300])
    if [n for n in left if n != "report.json"]:
        problems.append(f"left behind: {left}")
    if proc.returncode != 0 and "report.json" in left:
        problems.append("a report although interrupted")
    for name in left:
        (out_dir / name).unlink()
    return not problems, f"status {proc.returncode}" + (f"; {'; '.join(problems)}" if problems else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=10, help="tries per signal (default 10)")
    parser.add_argument("--copies", type=int, default=300, help="copies of each seed in the corpus (default 300)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        articles = corpus(Path(tmp) / "corpus", args.copies)
        out_dir = Path(tmp) / "out"
        out_dir.mkdir()
        started = time.perf_counter()
        ok, what = one_try(articles, out_dir, signal.SIGINT, None)
        whole = time.perf_counter() - started
        print(f"uninterrupted run: {whole:.1f} s ({what})", flush=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            for i in range(args.tries):
                delay = rng.uniform(0.05, whole)
                ok, what = one_try(articles, out_dir, sig, delay)
                failures += not ok
                print(f"{signal.Signals(sig).name} after {delay:.2f} s: {'ok' if ok else 'FAILED'} ({what})",
                      flush=True)
    print(f"{2 * args.tries} tries: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
