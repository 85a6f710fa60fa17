"""The code before a change against the code now: the same output, and how much faster.

    python benchmarks/before_after.py                   # output diff on every corpus, against the tag
    python benchmarks/before_after.py --speed           # and extraction / compare timings, side by side
    python benchmarks/before_after.py --ref v0 --corpora seeds dev

The earlier version is installed from a git ref (default: the tag `before-doc`,
the code before "One reading of each article"; its commit is the fallback when
a clone has no tags) into a cached virtual environment, and both versions run
in one go on the same machine, so the figures are comparable however noisy the
machine is.

Output: for each corpus, `mobicheck compare --format json --all` from both
versions (run in an empty folder, so no claims.yaml is read), then every claim
and match that differs, by id and field. Corpora: the seeds, the development
set, the ECB+ sample and ECB+ dev (../shared; reports are written to a
temporary folder, never into the project, since they quote the articles).

Speed (`--speed`): CPU seconds of extraction in one process (`extract_claims`
per article, and `find_numbers` alone) over the same texts, and the wall time
of `mobicheck compare` on a benchmark corpus of `--compare-size` articles
(benchmarks/corpus.py), each version in its own interpreter, with the CPU seconds of that
run (user + system, worker processes included: the figure to compare on a loaded machine).
Each timing is the fastest of `--rounds` runs of each version, taken in turn, since load on a
shared machine only ever slows a run (single runs varied by 10-40% under load).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_REF = "before-doc"
# The commit the tag points at, for clones that did not fetch tags.
FALLBACK_COMMIT = "fb4ba3f"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mobicheck-before"

# Run inside each version's interpreter: CPU seconds to extract every article given.
TIMER = r"""
import json, sys, time
from mobicheck.extract import extract_claims
from mobicheck.load import load_articles
from mobicheck.numbers import find_numbers
articles = [a for a in load_articles(sys.argv[1:]) if hasattr(a, "body")]
mb = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
extract_claims(articles[0])
t = time.process_time()
n = sum(len(extract_claims(a)) for a in articles)
claims_s = time.process_time() - t
t = time.process_time()
for a in articles:
    find_numbers(a.body)
numbers_s = time.process_time() - t
print(json.dumps({"mb": mb, "articles": len(articles), "claims": n, "claims_s": claims_s, "numbers_s": numbers_s}))
"""


def corpora(names: list[str]) -> dict[str, list[Path]]:
    """name -> input paths, one compare run each."""
    found: dict[str, list[Path]] = {}
    if "seeds" in names:
        found["seeds"] = [ROOT / "seeds"]
    if "dev" in names:
        found["dev"] = [ROOT / "tests" / "data" / "dev"]
    for name, folder in (("ecbplus_sample", SHARED / "external" / "ecbplus_sample" / "articles"),
                         ("ecbplus_dev", SHARED / "eval" / "ecbplus_dev" / "articles")):
        if name in names and folder.is_dir():
            for path in sorted(folder.glob("*.jsonl")):
                found[f"{name}/{path.stem}"] = [path]
    return found


def before_python(ref: str) -> Path:
    """The interpreter of a venv holding mobicheck at `ref`, built once and cached."""
    sha = _resolve(ref)
    venv = CACHE / sha
    python = venv / "bin" / "python"
    if python.exists():
        return python
    src = Path(tempfile.mkdtemp(prefix="mobicheck-src-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(src)], check=True)
    shutil.rmtree(src, ignore_errors=True)
    return python


def _resolve(ref: str) -> str:
    for candidate in (ref, FALLBACK_COMMIT if ref == DEFAULT_REF else None):
        if candidate is None:
            continue
        got = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}"],
                             capture_output=True, text=True)
        if got.returncode == 0:
            return got.stdout.strip()
    raise SystemExit(f"no such git ref: {ref}")


def compare_json(python: Path, paths: list[Path], out: Path) -> dict:
    with tempfile.TemporaryDirectory() as cwd:  # no ./claims.yaml
        got = subprocess.run([str(python), "-m", "mobicheck", "compare", *map(str, paths), "--format", "json",
                              "--all", "--jobs", "1", "--output", str(out)], cwd=cwd, capture_output=True, text=True)
    if got.returncode not in (0, 1):
        raise RuntimeError(f"{python} compare {paths}: exit {got.returncode}: {got.stderr[-1000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def differences(before: dict, after: dict) -> list[str]:
    """One line per claim or match that differs: added, removed, or the changed fields."""
    lines = []
    for key, ident in (("claims", lambda r: r["id"]), ("matches", lambda r: (r["a"], r["b"]))):
        old = {ident(r): r for r in before.get(key, [])}
        new = {ident(r): r for r in after.get(key, [])}
        for k in sorted(old.keys() | new.keys(), key=str):
            a, b = old.get(k), new.get(k)
            if a == b:
                continue
            if a is None or b is None:
                r = a or b
                what = r.get("text") or r.get("verdict")
                lines.append(f"  {key[:-1]} {k} {'removed' if b is None else 'added'}: {what!r}")
                continue
            # A field the earlier version did not write is new, not a difference.
            changed = [f"{f}: {a.get(f)!r} -> {b.get(f)!r}" for f in sorted(a.keys()) if a.get(f) != b.get(f)]
            if not changed:
                continue
            lines.append(f"  {key[:-1]} {k}: " + "; ".join(changed))
    return lines


def timings(python: Path, paths: list[Path]) -> dict:
    # Run outside the project folder: `python -c` puts the working directory first on sys.path,
    # and the earlier version's interpreter would import the current code from there.
    got = subprocess.run([str(python), "-c", TIMER, *map(str, paths)], capture_output=True, text=True, check=True,
                         cwd=tempfile.gettempdir())
    return json.loads(got.stdout.strip().splitlines()[-1])


def best_of(rounds: int, before, after, key) -> tuple:
    """The fastest of `rounds` runs of each version, run in turn (before, after, before, ...), so that
    a burst of load on a shared machine falls on both; load only ever slows a run, so the minimum is
    the figure that measures the code."""
    runs = [(before(), after()) for _ in range(max(1, rounds))]
    return min((r[0] for r in runs), key=key), min((r[1] for r in runs), key=key)


def compare_time(python: Path, folder: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `mobicheck compare`; the CPU seconds (user + system, worker
    processes included) hardly move with the load of a shared machine, the wall time does."""
    out = Path(tempfile.mkdtemp()) / "r.json"
    none = out.parent / "none.yaml"
    none.write_text("settings: {}\n", encoding="utf-8")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(python), "-m", "mobicheck", "compare", str(folder), "-f", "json", "-o", str(out),
                    "--jobs", str(jobs), "--config", str(none)], check=True, capture_output=True, cwd=out.parent)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(out.parent, ignore_errors=True)
    return wall, (after.ru_utime + after.ru_stime) - (used.ru_utime + used.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=DEFAULT_REF, help="the earlier version (git tag, branch or commit)")
    ap.add_argument("--corpora", nargs="+", default=["seeds", "dev", "ecbplus_sample", "ecbplus_dev"])
    ap.add_argument("--speed", action="store_true", help="also time extraction and compare, side by side")
    ap.add_argument("--compare-size", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3,
                    help="speed: runs of each version, alternated, the fastest kept (a shared machine's load only slows)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--max-lines", type=int, default=40, help="differences shown per corpus")
    args = ap.parse_args()

    old, new = before_python(args.ref), Path(sys.executable)
    work = Path(tempfile.mkdtemp(prefix="mobicheck-ba-"))
    total = 0
    for name, paths in corpora(args.corpora).items():
        a = compare_json(old, paths, work / "before.json")
        b = compare_json(new, paths, work / "after.json")
        lines = differences(a, b)
        total += len(lines)
        status = "same" if not lines else f"{len(lines)} differences"
        print(f"{name}: {len(b['claims'])} claims, {len(b['matches'])} matches: {status}", flush=True)
        for line in lines[: args.max_lines]:
            print(line)
        if len(lines) > args.max_lines:
            print(f"  ... {len(lines) - args.max_lines} more")
    print(f"\ntotal differences: {total}")

    if args.speed:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus

        texts = [p for paths in corpora(["ecbplus_dev", "ecbplus_sample", "dev"]).values() for p in paths]
        t_old, t_new = best_of(args.rounds, lambda: timings(old, texts), lambda: timings(new, texts),
                               key=lambda t: t["claims_s"] + t["numbers_s"])
        print(f"\n## extraction, one process, CPU seconds, fastest of {args.rounds} alternated runs "
              f"({t_new['articles']} real articles, {t_new['mb']:.2f} MB)\n")
        print("| | before | now | speed-up |\n|---|---:|---:|---:|")
        for key, label in (("claims_s", "extract_claims (MB/s)"), ("numbers_s", "find_numbers alone (MB/s)")):
            mb_old, mb_new = t_old["mb"] / t_old[key], t_new["mb"] / t_new[key]
            print(f"| {label} | {mb_old:.2f} | {mb_new:.2f} | {mb_new / mb_old:.2f}x |")
        folder = work / f"corpus-{args.compare_size}"
        n, size = corpus.write(args.compare_size, folder)
        (w_old, c_old), (w_new, c_new) = best_of(args.rounds, lambda: compare_time(old, folder, args.jobs),
                                                 lambda: compare_time(new, folder, args.jobs), key=lambda t: t[1])
        print(f"\n## compare, {n:,} benchmark articles ({size / 1e6:.1f} MB), --jobs {args.jobs}, "
              f"fastest of {args.rounds} alternated runs\n")
        print("| seconds | before | now | speed-up |\n|---|---:|---:|---:|")
        print(f"| CPU (user + system, all processes) | {c_old:.1f} | {c_new:.1f} | {c_old / c_new:.2f}x |")
        print(f"| wall | {w_old:.1f} | {w_new:.1f} | {w_old / w_new:.2f}x |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
