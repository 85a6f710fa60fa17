"""Extraction cost as a count of CPU instructions, the code before a change against the code now.

    python benchmarks/instructions.py                   # against the tag before-doc
    python benchmarks/instructions.py --ref main --every 10

Timings on a shared machine swing by 20-30% from one run to the next (two
cores, several engineers), which hides the gain of any one step. Valgrind's
callgrind counts the instructions a run executes: the same count every run,
whatever else the machine is doing. Each version (the earlier one installed
by before_after.py from a git ref) extracts every `--every`-th article of
the ECB+ dev, ECB+ sample and development texts, and the instructions of
loading alone are subtracted. Slow (about 50x native: a minute or two per
version with the default subset); needs valgrind.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import before_after  # noqa: E402

# Run inside each version's interpreter: load the texts, and extract them when asked.
RUN = r"""
import sys
from mobicheck.extract import extract_claims
from mobicheck.load import load_articles
every, extract, paths = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3:]
articles = [a for a in load_articles(paths) if hasattr(a, "body")][::every]
if extract:
    for a in articles:
        extract_claims(a)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(python: Path, every: int, extract: bool, paths: list[Path]) -> int:
    got = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", str(python), "-c", RUN,
                          str(every), "1" if extract else "0", *map(str, paths)],
                         capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return int(_REFS.search(got.stderr).group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=before_after.DEFAULT_REF, help="the earlier version (git tag, branch or commit)")
    ap.add_argument("--every", type=int, default=10, help="extract every n-th article (all: 1)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    paths = [p for ps in before_after.corpora(["ecbplus_dev", "ecbplus_sample", "dev"]).values() for p in ps]
    counts = {}
    for label, python in (("before", before_after.before_python(args.ref)), ("now", Path(sys.executable))):
        counts[label] = (instructions(python, args.every, True, paths)
                         - instructions(python, args.every, False, paths))
    before, now = counts["before"], counts["now"]
    print(f"extraction, millions of instructions (every {args.every}th article)\n")
    print(f"| {args.ref} | now | change |\n|---:|---:|---:|\n| {before / 1e6:,.0f} | {now / 1e6:,.0f} | "
          f"{now / before - 1:+.1%} |")


if __name__ == "__main__":
    main()
