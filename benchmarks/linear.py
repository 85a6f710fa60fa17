"""Is extraction linear in article size? Times `mobicheck claims` on one growing article.

    python benchmarks/linear.py                          # 1, 2, 4 and 8 MB
    python benchmarks/linear.py --sizes 0.25 0.5 1 2     # MB; quicker
    python benchmarks/linear.py --limit-s 120            # give up on a run after 2 minutes

Three shapes of article, built to each size:

- single-line: the seeds' text on one line (no paragraph or sentence break
  from a newline: what a scraped page or a JSON record often is);
- many-line: the seeds as they are, paragraphs separated by blank lines;
- figures-line: one range phrase repeated on one line ("between 20 and 30
  cars between 20 and 30 cars ..."): a figure every 23 characters and no
  break, so every slot reader looks across a capped sentence for each
  figure (the hostile fuzz run of issue 17 found this shape slow: every
  figure read its whole sentence again).

Each size is one `mobicheck claims FILE --format json --output FILE --jobs 1`
process (load, extract, write: one process, one core), timed in CPU
seconds (user + system, as `wait4` reports them: on a shared machine the
wall clock also counts the other processes' turns), with its wall time and
its peak resident memory. The start-up of the command (timed on a
one-line article) is subtracted before fitting the growth exponent (log-log
least squares over the sizes; 1.0 is linear, 2.0 quadratic), printed per
shape with the exponent of each doubling. A run past --limit-s is stopped
and reported as such; the larger sizes of that shape are not tried.
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import fit_exponent  # noqa: E402


def seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))


FIGURES = "between 20 and 30 cars "


def article(size_mb: float, shape: str) -> str:
    """About `size_mb` MB of text in one article, in one of the shapes of the module docstring."""
    text = FIGURES if shape == "figures-line" else seed_text()
    if shape == "single-line":
        text = " ".join(text.split())
    unit = text if shape == "figures-line" else text + (" " if shape == "single-line" else "\n\n")
    target = int(size_mb * 1024 * 1024)
    body = (unit * (target // len(unit.encode("utf-8")) + 1))[:target]
    if shape != "many-line":
        return body
    return "Title of the story\n" + body


def run(path: Path, out: Path, limit_s: float) -> tuple[float | None, float, int, float]:
    """(CPU seconds, or None past the wall-clock limit; peak resident MB; exit status; wall
    seconds) of one `claims` process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mobicheck", "claims", str(path), "--format", "json",
                             "--output", str(out), "--jobs", "1", "--max-file-mb", "1024"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + limit_s
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return None, usage.ru_maxrss / 1024, -9, time.perf_counter() - started
        time.sleep(0.05)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 2):
        print(proc.stderr.read().decode(errors="replace")[-2000:], file=sys.stderr)
    proc.stderr.close()
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="MB (default 1 2 4 8)")
    parser.add_argument("--shapes", nargs="+", default=["single-line", "many-line", "figures-line"],
                        choices=["single-line", "many-line", "figures-line"])
    parser.add_argument("--limit-s", type=float, default=600, help="stop a run after this many seconds")
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float | None, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp, "tiny.txt")
        tiny.write_text("Police said 300 people were detained.\n", encoding="utf-8")
        startup = min(run(tiny, Path(tmp, "tiny.json"), 60)[0] or 0 for _ in range(3))
        print(f"start-up of `mobicheck claims` (subtracted): {startup:.2f} s CPU", flush=True)
        for shape in args.shapes:
            results[shape] = []
            for size in args.sizes:
                path = Path(tmp, f"{shape}-{size:g}MB.txt")
                path.write_text(article(size, shape), encoding="utf-8")
                seconds, peak_mb, status, wall = run(path, Path(tmp, "out.json"), args.limit_s)
                path.unlink()
                results[shape].append((size, seconds, peak_mb))
                shown = (f"{seconds:8.1f} s CPU ({wall:.1f} s wall)" if seconds is not None
                         else f"> {args.limit_s:g} s wall (stopped)")
                print(f"{shape:12} {size:6g} MB: {shown}, peak {peak_mb:6.0f} MB, status {status}", flush=True)
                if seconds is None:
                    break
    print()
    print(f"{'MB':>6} | " + " | ".join(f"{shape:>22}" for shape in args.shapes))
    for i, size in enumerate(args.sizes):
        cells = []
        for shape in args.shapes:
            rows = results[shape]
            if i >= len(rows):
                cells.append(f"{'not run':>22}")
            elif rows[i][1] is None:
                cells.append(f"{'> ' + format(args.limit_s, 'g') + ' s':>22}")
            else:
                cells.append(f"{rows[i][1]:9.1f} s {rows[i][1] / size:6.1f} s/MB")
        print(f"{size:6g} | " + " | ".join(cells))
    for shape in args.shapes:
        timed = [(size, s - startup) for size, s, _ in results[shape] if s is not None and s > startup]
        steps = [math.log(b[1] / a[1], b[0] / a[0]) for a, b in zip(timed, timed[1:])]
        exponent = fit_exponent([(int(size * 1024 * 1024), s) for size, s in timed])
        fitted = f"{exponent:.2f}" if exponent is not None else "n/a (fewer than two sizes finished)"
        print(f"{shape}: growth exponent {fitted}; per doubling: " + ", ".join(f"{x:.2f}" for x in steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
