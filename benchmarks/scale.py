"""Throughput of `claims` and scaling of `compare` (figures for the README's Performance section).

    python benchmarks/scale.py                       # sizes 100 1000 10000 50000, --jobs = cores
    python benchmarks/scale.py --sizes 100 1000 --quantulum /tmp/bench/bin/python

1. claims: MB/s of article text and articles/s, in one process (the extractor
   alone, timed in this process) and through `mobicheck claims --jobs N`;
   the same texts through quantulum3 (when --quantulum names a Python that
   has it), and the ratio.
2. compare: wall time and peak memory (resident set of the whole process tree,
   and its proportional set, which counts pages forked workers share with
   the parent once; sampled every 50 ms) of `mobicheck compare DIR -f json -o FILE --jobs N`
   on corpora of benchmarks/corpus.py, and the growth exponent fitted
   (log-log least squares) from 1,000 articles up.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

QUANTULUM = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
parser.parse(texts[0])
t = time.perf_counter(); n = sum(len(parser.parse(x)) for x in texts); dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "found": n}))
"""


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(resident set, proportional set) of a process and its descendants, in KB.

    The resident sets of forked workers count the pages they share with their
    parent once per process; the proportional set size (PSS) shares them out.
    """
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                rss += next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
            try:
                with open(f"/proc/{p}/smaps_rollup") as f:
                    pss += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            except (OSError, StopIteration):
                pass
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, StopIteration):
            pass
    return rss, pss


def _tree_rss_kb(pid: int) -> int:
    return _tree_memory_kb(pid)[0]


def run_measured(cmd: list[str], pss: bool = False) -> tuple[float, float] | tuple[float, float, float]:
    """(wall seconds, peak MB of the process tree) of a command; raises if it fails.

    With `pss`, also the peak proportional set size of the tree in MB (shared
    pages of forked workers counted once).
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = peak_pss = 0
    while proc.poll() is None:
        rss, p = _tree_memory_kb(proc.pid)
        peak, peak_pss = max(peak, rss), max(peak_pss, p)
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err[-2000:]}")
    return (wall, peak / 1024, peak_pss / 1024) if pss else (wall, peak / 1024)


def claims_throughput(folder: Path, jobs: int, quantulum: str | None) -> list[dict]:
    from mobicheck.extract import extract_claims
    from mobicheck.load import load_articles
    from mobicheck.numbers import find_numbers

    articles = [a for a in load_articles([str(folder)]) if hasattr(a, "body")]
    mb = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
    rows = []
    extract_claims(articles[0])
    t = time.perf_counter()
    for a in articles:
        extract_claims(a)
    dt = time.perf_counter() - t
    rows.append({"what": "mobicheck extract_claims, 1 process (in-process)", "s": dt, "mb": mb, "n": len(articles)})
    t = time.perf_counter()
    for a in articles:
        find_numbers(a.body)
    numbers_s = time.perf_counter() - t
    rows.append({"what": "mobicheck find_numbers only, 1 process", "s": numbers_s, "mb": mb, "n": len(articles)})
    for j in sorted({1, jobs}):
        out = Path(tempfile.mkdtemp()) / "claims.json"
        wall, peak = run_measured([sys.executable, "-m", "mobicheck", "claims", str(folder), "-f", "json",
                                   "-o", str(out), "--jobs", str(j)])
        rows.append({"what": f"mobicheck claims --jobs {j} (CLI, wall incl. start-up)", "s": wall, "mb": mb,
                     "n": len(articles), "peak": peak})
    if quantulum:
        merged = Path(tempfile.mkdtemp()) / "all.jsonl"
        with open(merged, "w", encoding="utf-8") as out:
            for part in sorted(folder.glob("part-*.jsonl")):
                out.write(part.read_text(encoding="utf-8"))
        script = Path(tempfile.mkdtemp()) / "q.py"
        script.write_text(QUANTULUM)
        got = subprocess.run([quantulum, str(script), str(merged)], capture_output=True, text=True)
        if got.returncode == 0:
            q = json.loads(got.stdout.strip().splitlines()[-1])
            rows.append({"what": "quantulum3 parser.parse, 1 process", "s": q["seconds"], "mb": mb,
                         "n": len(articles), "ratio_numbers": q["seconds"] / numbers_s,
                         "ratio_claims": q["seconds"] / dt})
        else:
            print(f"quantulum3 failed: {got.stderr[-500:]}", file=sys.stderr)
    return rows


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    pts = [(math.log(n), math.log(t)) for n, t in points if n >= 1000 and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000, 50000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--claims-size", type=int, default=2000, help="articles for the claims throughput")
    ap.add_argument("--quantulum", default="/tmp/bench/bin/python",
                    help="a Python with quantulum3 installed (skipped when absent)")
    ap.add_argument("--work", default=tempfile.gettempdir() + "/mobicheck-bench")
    args = ap.parse_args()
    work = Path(args.work)
    quantulum = args.quantulum if Path(args.quantulum).exists() else None

    work.mkdir(parents=True, exist_ok=True)
    (work / "none.yaml").write_text("settings: {}\n", encoding="utf-8")  # no ledger, default settings
    folder = work / f"corpus-{args.claims_size}"
    n, size = corpus.write(args.claims_size, folder)
    print(f"## claims throughput ({n} articles, {size / 1e6:.2f} MB of text, {args.jobs} jobs)\n")
    print("| run | seconds | MB/s | articles/s | note |\n|---|---:|---:|---:|---|")
    for r in claims_throughput(folder, args.jobs, quantulum):
        note = f"peak {r['peak']:.0f} MB" if "peak" in r else ""
        if "ratio_numbers" in r:
            note = (f"mobicheck is {r['ratio_numbers']:.1f}x as fast (numbers only), "
                    f"{r['ratio_claims']:.1f}x with frames and quotes")
        print(f"| {r['what']} | {r['s']:.2f} | {r['mb'] / r['s']:.2f} | {r['n'] / r['s']:.0f} | {note} |", flush=True)

    print(f"\n## compare (--jobs {args.jobs})\n")
    print("| articles | MB of text | wall s | peak MB (RSS) | peak MB (PSS) | stories | claims | matches |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|")
    points = []
    for n in args.sizes:
        folder = work / f"corpus-{n}"
        n, size = corpus.write(n, folder)
        out = work / f"report-{n}.json"
        wall, peak, peak_pss = run_measured([sys.executable, "-m", "mobicheck", "compare", str(folder), "-f", "json",
                                             "-o", str(out), "--jobs", str(args.jobs),
                                             "--config", str(work / "none.yaml")], pss=True)
        report = json.loads(out.read_text(encoding="utf-8"))
        stories = len({a["story"] for a in report["articles"]})
        points.append((n, wall))
        print(f"| {n:,} | {size / 1e6:.1f} | {wall:.1f} | {peak:.0f} | {peak_pss:.0f} | {stories:,} | {len(report['claims']):,} "
              f"| {len(report['matches']):,} |", flush=True)
        out.unlink()
    exponent = fit_exponent(points)
    if exponent is not None:
        print(f"\ngrowth exponent of wall time from 1,000 articles up: {exponent:.2f}")


if __name__ == "__main__":
    main()
