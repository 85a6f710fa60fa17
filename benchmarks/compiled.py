"""How much faster is extraction when the package is compiled? Pure Python against a Cython build.

    python benchmarks/compiled.py                      # build in a temporary folder, check, time
    python benchmarks/compiled.py --build /tmp/mc-cy   # keep (and on later runs reuse) the build
    python benchmarks/compiled.py --rounds 5 --corpora ecbplus_dev dev

Run it with an interpreter that has mobicheck's dependencies and Cython (a scratch venv:
`python3 -m venv /tmp/v && /tmp/v/bin/pip install cython -e .`); without Cython or a C compiler
it prints one line and exits. The build takes about 8 CPU minutes (62 modules at -O3). The source is compiled as it is (Cython's pure-Python mode: no .pxd, no
cython types), every module but the ones in PURE, into a copy of the package; the copy and the
working tree are then imported in turn by the same interpreter (PYTHONPATH), so the only
difference is the compilation.

It prints, for the compiled copy: the modules that failed to compile; whether
`mobicheck compare --format json --all` writes byte-identical reports on a few ECB+ dev files;
then extraction in one process, CPU seconds (`extract_claims` per article, and `find_numbers`
alone, the timer of benchmarks/before_after.py), fastest of `--rounds` runs taken in turn,
as MB/s for the tag before-doc, the pure code and the compiled copy.
"""
from __future__ import annotations

import argparse
import contextlib
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import before_after as ba  # noqa: E402

ROOT = ba.ROOT
# Modules left as Python source, and why.
PURE = {
    # `python -m mobicheck` runs it through runpy, which needs a code object, not an extension module.
    "mobicheck/__main__.py",
}
# The reports checked byte for byte: a few ECB+ dev topics, small and large.
IDENTITY = ("1_ecb", "1_ecbplus", "3_ecbplus", "7_ecbplus")


def missing_tools() -> str | None:
    """Why no build can run here, or None."""
    if importlib.util.find_spec("Cython") is None:
        return "Cython is not installed in this interpreter (pip install cython)"
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}) on PATH"
    if not Path(sysconfig.get_paths()["include"], "Python.h").exists():
        return "no Python.h (the interpreter's development headers) to compile against"
    return None


def build(folder: Path, jobs: int) -> tuple[list[str], list[str]]:
    """Copy the package into `folder` and compile it in place; (compiled, failed) module paths.
    An earlier build in the folder is reused (cythonize only recompiles what changed)."""
    target = folder / "mobicheck"
    shutil.copytree(ROOT / "mobicheck", target, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    sources = sorted(str(p.relative_to(folder)) for p in target.rglob("*.py")
                     if str(p.relative_to(folder)) not in PURE)
    # annotation_typing=False: annotations stay hints, as in Python; Cython's default enforces
    # annotated builtin types exactly (a defaultdict passed as `dict` raised TypeError in match.blocks).
    # -k: compile what compiles and report the rest; -g0: no debug info, quicker to build.
    env = {**os.environ, "CFLAGS": (os.environ.get("CFLAGS", "") + " -g0").strip()}
    got = subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-k", "-q", "-j", str(jobs),
                          "-X", "annotation_typing=False", *sources],
                         cwd=folder, env=env, capture_output=True, text=True)
    (folder / "build.log").write_text(got.stdout + got.stderr, encoding="utf-8")
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    compiled = [s for s in sources if (folder / s).with_suffix(suffix).exists()]
    return compiled, sorted(set(sources) - set(compiled))


@contextlib.contextmanager
def importing_from(folder: Path | None):
    """Subprocesses import mobicheck from `folder` first (None: from their own site-packages)."""
    saved = os.environ.get("PYTHONPATH")
    if folder is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = str(folder)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def identical(folder: Path, work: Path) -> list[str]:
    """One line per ECB+ dev file checked: the compiled copy's report against the pure code's."""
    lines = []
    found = ba.corpora(["ecbplus_dev"])
    for name in IDENTITY:
        paths = found.get(f"ecbplus_dev/{name}")
        if not paths:
            continue
        reports = []
        for source in (ROOT, folder):
            out = work / f"{name}-{len(reports)}.json"
            with importing_from(source):
                reports.append((ba.compare_json(Path(sys.executable), paths, out), out))
        (pure, a), (compiled, b) = reports
        same = filecmp.cmp(a, b, shallow=False)
        diff = [] if same else ba.differences(pure, compiled)
        lines.append(f"{name}: {len(compiled['claims'])} claims, {len(compiled['matches'])} matches: "
                     + ("byte-identical" if same else f"DIFFERENT ({len(diff)} claims/matches)"))
        lines += diff[:10]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, help="build folder to keep and reuse (default: a temporary one)")
    ap.add_argument("--jobs", type=int, default=1, help="parallel C compilations (a shared machine: 1)")
    ap.add_argument("--rounds", type=int, default=3, help="timed runs of each version, in turn; the fastest kept")
    ap.add_argument("--corpora", nargs="+", default=["ecbplus_dev"], help="timed texts (before_after.py's names)")
    ap.add_argument("--no-before", action="store_true", help="skip the tag before-doc (its venv is built once)")
    args = ap.parse_args()

    why = missing_tools()
    if why:
        print(f"skipped: {why}")
        return
    folder = args.build or Path(tempfile.mkdtemp(prefix="mobicheck-compiled-"))
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="mobicheck-cmp-"))
    try:
        compiled, failed = build(folder, args.jobs)
        print(f"compiled {len(compiled)} modules with Cython into {folder}; pure: "
              f"{', '.join(sorted(PURE | set(failed)))}" + (f" (failed: see {folder / 'build.log'})" if failed else ""))
        for line in identical(folder, work):
            print(line)

        texts = [p for paths in ba.corpora(args.corpora).values() for p in paths]
        versions = {"pure": ROOT, "compiled": folder}
        python = {name: Path(sys.executable) for name in versions}
        if not args.no_before:
            versions = {"before-doc": None, **versions}
            python["before-doc"] = ba.before_python(ba.DEFAULT_REF)

        def timed(name: str) -> dict:
            with importing_from(versions[name]):
                return ba.timings(python[name], texts)

        # Each round runs every version once, in turn, so that a burst of load falls on all of them.
        runs = [{name: timed(name) for name in versions} for _ in range(max(1, args.rounds))]
        best = {name: min((r[name] for r in runs), key=lambda t: t["claims_s"] + t["numbers_s"]) for name in versions}
        mb = best["pure"]["mb"]
        print(f"\n## extraction, one process, CPU seconds, fastest of {args.rounds} runs in turn "
              f"({best['pure']['articles']} articles, {mb:.2f} MB)\n")
        print("| MB/s | " + " | ".join(versions) + " | compiled / pure |")
        print("|---|" + "---:|" * (len(versions) + 1))
        for key, label in (("claims_s", "extract_claims"), ("numbers_s", "find_numbers alone")):
            rates = {name: best[name]["mb"] / best[name][key] for name in versions}
            print(f"| {label} | " + " | ".join(f"{rates[n]:.2f}" for n in versions)
                  + f" | {rates['compiled'] / rates['pure']:.2f}x |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.build is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
