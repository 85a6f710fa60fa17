"""How much faster is extraction when the package is compiled? Pure Python against Cython and mypyc builds.

    python benchmarks/compiled.py                      # build in a temporary folder, check, time
    python benchmarks/compiled.py --build /tmp/mc-cc   # keep (and on later runs reuse) the builds
    python benchmarks/compiled.py --compilers mypyc --rounds 5 --corpora ecbplus_dev dev

Run it with an interpreter that has mobicheck's dependencies and the compilers (a scratch venv:
`python3 -m venv /tmp/v && /tmp/v/bin/pip install cython mypy -e .`); a compiler that is
missing, or a missing C compiler, is one line and no build.

The source is compiled as it is, with no change, into a copy of the package per compiler:
- Cython (pure-Python mode: no .pxd, no cython types): every module but __main__.py; about
  8 CPU minutes at -O3.
- mypyc: the modules extraction runs, but those in MYPYC_PURE (each fails at build or at run
  time, see there); the code does not type-check (about 170 mypy errors, most of them an
  Optional used without a test), so the build turns those error codes off. About 2 CPU minutes.
Each copy and the working tree are then imported in turn by the same interpreter (PYTHONPATH),
so the only difference is the compilation.

It prints, per build: the modules left pure; whether `mobicheck compare --format json --all`
writes byte-identical reports on a few ECB+ dev files; then extraction in one process, CPU
seconds (`extract_claims` per article, and `find_numbers` alone: the timer of
benchmarks/before_after.py), fastest of `--rounds` runs taken in turn, as MB/s for the tag
before-doc, the pure code and each build.
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
# Left as Python source by the Cython build, and why.
CYTHON_PURE = {
    # `python -m mobicheck` runs it through runpy, which needs a code object, not an extension module.
    "mobicheck/__main__.py": "run by runpy",
}
# What the mypyc build compiles: the modules extraction runs (globs under mobicheck/).
MYPYC = ("extract.py", "quotes.py", "mentions.py", "ages.py", "text.py", "words.py", "marks.py", "dates.py",
         "quantities.py", "gazetteer.py", "doc.py", "lexicon/__init__.py", "frames/*.py", "numbers/*.py")
# Of those, the ones left as Python source, and why (mypyc makes each class a native class with
# fixed attributes, and checks inferred types at run time).
MYPYC_PURE = {
    "mobicheck/doc.py": "Doc writes self.__dict__ (a native class has none) and uses cached_property",
    "mobicheck/numbers/quantity.py": "quantity() builds a Quantity by object.__new__ + __dict__ (TypeError: not safe)",
    "mobicheck/frames/places.py": "_place_names: dict inferred as tuple[str] values, then given 2-tuples (TypeError)",
    "mobicheck/numbers/phrase.py": "mypyc crashes (internal AssertionError) on `for t in reversed(group)`, list[tuple]",
    "mobicheck/gazetteer.py": "the build exits 1 with no message while this module is in it",
    "mobicheck/numbers/multilingual.py": "_Parse is given attributes it does not declare (dec_scale)",
    "mobicheck/frames/multilingual.py": "not on the English path timed here; Optional spans indexed without a test",
}
# The mypy error codes the code still raises (mypy 2.4 on the modules above); the build turns them off.
MYPY_OFF = ("arg-type", "assignment", "attr-defined", "call-arg", "dict-item", "index", "misc", "operator",
            "return-value", "type-var", "union-attr", "var-annotated")
# The reports checked byte for byte: a few ECB+ dev topics, small and large.
IDENTITY = ("1_ecb", "1_ecbplus", "3_ecbplus", "7_ecbplus")
# -g0: no debug info, quicker to build; the optimisation level stays the interpreter's (-O3).
CFLAGS = {"CFLAGS": (os.environ.get("CFLAGS", "") + " -g0").strip()}


def missing_tools(compiler: str) -> str | None:
    """Why this compiler's build cannot run here, or None."""
    module = {"cython": "Cython", "mypyc": "mypyc"}[compiler]
    if importlib.util.find_spec(module) is None:
        return f"{module} is not installed in this interpreter (pip install {'cython' if module == 'Cython' else 'mypy'})"
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}) on PATH"
    if not Path(sysconfig.get_paths()["include"], "Python.h").exists():
        return "no Python.h (the interpreter's development headers) to compile against"
    return None


def _modules(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in (folder / "mobicheck").rglob("*.py"))


def _copy(folder: Path) -> list[str]:
    """The package copied into `folder` (over an earlier copy, whose builds are kept); its module paths."""
    shutil.copytree(ROOT / "mobicheck", folder / "mobicheck", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    return _modules(folder)


def _compiled(folder: Path, sources: list[str]) -> list[str]:
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return [s for s in sources if (folder / s).with_suffix(suffix).exists()]


def build_cython(folder: Path, jobs: int) -> list[str]:
    """Compile the copy in `folder` in place with Cython; the modules it compiled. cythonize only
    recompiles what changed since an earlier build in the folder."""
    sources = [s for s in _copy(folder) if s not in CYTHON_PURE]
    # annotation_typing=False: annotations stay hints, as in Python; Cython's default enforces
    # annotated builtin types exactly (a defaultdict passed as `dict` raised TypeError in match.blocks).
    # -k: compile what compiles, the rest stays pure.
    got = subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-k", "-q", "-j", str(jobs),
                          "-X", "annotation_typing=False", *sources],
                         cwd=folder, env={**os.environ, **CFLAGS}, capture_output=True, text=True)
    (folder / "build.log").write_text(got.stdout + got.stderr, encoding="utf-8")
    return _compiled(folder, sources)


def build_mypyc(folder: Path, jobs: int) -> list[str]:
    """Compile MYPYC's modules of the copy in `folder` with mypyc (one build of them all); the
    modules it compiled (none when the build failed: see build.log)."""
    _copy(folder)
    sources = sorted({str(p.relative_to(folder)) for pattern in MYPYC for p in (folder / "mobicheck").glob(pattern)}
                     - MYPYC_PURE.keys())
    off = [arg for code in MYPY_OFF for arg in ("--disable-error-code", code)]
    got = subprocess.run([sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent",
                          *off, *sources], cwd=folder, capture_output=True, text=True,
                         env={**os.environ, **CFLAGS, "MYPYC_DEBUG_LEVEL": "0"})
    (folder / "build.log").write_text(got.stdout + got.stderr, encoding="utf-8")
    return _compiled(folder, sources) if got.returncode == 0 else []


BUILDS = {"cython": (build_cython, CYTHON_PURE), "mypyc": (build_mypyc, MYPYC_PURE)}


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
        lines.append(f"  {name}: {len(compiled['claims'])} claims, {len(compiled['matches'])} matches: "
                     + ("byte-identical" if same else f"DIFFERENT ({len(diff)} claims/matches)"))
        lines += diff[:10]
    return lines


def built(compilers: list[str], root: Path, jobs: int, work: Path) -> dict[str, Path]:
    """Build each compiler's copy under `root`, print what it left pure and the identity check;
    name -> folder of the builds that compiled anything."""
    folders = {}
    for compiler in compilers:
        why = missing_tools(compiler)
        if why:
            print(f"{compiler}: skipped: {why}")
            continue
        build, pure = BUILDS[compiler]
        folder = root / compiler
        folder.mkdir(parents=True, exist_ok=True)
        done = build(folder, jobs)
        if not done:
            print(f"{compiler}: the build failed, see {folder / 'build.log'}")
            continue
        left = set(_modules(folder)) - set(done)
        print(f"{compiler}: {len(done)} modules compiled into {folder}; "
              f"{len(left)} pure ({len(pure)} listed: {', '.join(sorted(pure))})")
        for line in identical(folder, work):
            print(line)
        folders[compiler] = folder
    return folders


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, help="folder to keep (and reuse) the builds in (default: a temporary one)")
    ap.add_argument("--compilers", nargs="+", choices=sorted(BUILDS), default=sorted(BUILDS))
    ap.add_argument("--jobs", type=int, default=1, help="parallel C compilations for Cython (a shared machine: 1)")
    ap.add_argument("--rounds", type=int, default=3, help="timed runs of each version, in turn; the fastest kept")
    ap.add_argument("--corpora", nargs="+", default=["ecbplus_dev"], help="timed texts (before_after.py's names)")
    ap.add_argument("--no-before", action="store_true", help="skip the tag before-doc (its venv is built once)")
    args = ap.parse_args()

    root = args.build or Path(tempfile.mkdtemp(prefix="mobicheck-compiled-"))
    work = Path(tempfile.mkdtemp(prefix="mobicheck-cmp-"))
    try:
        folders = built(args.compilers, root, args.jobs, work)
        if not folders:
            return
        texts = [p for paths in ba.corpora(args.corpora).values() for p in paths]
        versions: dict[str, Path | None] = {"pure": ROOT, **folders}
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
        print(f"\n## extraction, one process, CPU seconds, fastest of {args.rounds} runs in turn "
              f"({best['pure']['articles']} articles, {best['pure']['mb']:.2f} MB)\n")
        print("| code | extract_claims MB/s | vs pure | find_numbers MB/s | vs pure |\n|---|---:|---:|---:|---:|")
        rate = {name: (t["mb"] / t["claims_s"], t["mb"] / t["numbers_s"]) for name, t in best.items()}
        for name, (claims, numbers) in rate.items():
            print(f"| {name} | {claims:.2f} | {claims / rate['pure'][0]:.2f}x "
                  f"| {numbers:.2f} | {numbers / rate['pure'][1]:.2f}x |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.build is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
