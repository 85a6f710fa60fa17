"""The project keeps no text of the shared corpora (../shared/eval, ../shared/external): they are
held out or licensed for evaluation only, so the code, its examples, tests and docs say things in
their own words. No run of eight words of a corpus article may appear in a file of the project;
the seeds, which the project was created from, are its own. Skipped where ../shared is not beside
the project (CI has it there).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RUN = 8
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
CORPORA = ("eval/ecbplus_dev/articles", "eval/longtail_dev/bundles", "eval/polnear_train/articles.jsonl",
           "external/ecbplus_sample/articles")
PROJECT = ("mobicheck", "tests", "docs", "benchmarks", "README.md")
TEXT_FILES = {".py", ".yaml", ".md", ".txt", ".html", ".json", ".jsonl", ".csv"}

pytestmark = pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared is not beside the project")


def _runs(text: str) -> set[int]:
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    return {hash(tuple(words[i:i + RUN])) for i in range(len(words) - RUN + 1)}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for v in value for s in _strings(v)] if isinstance(value, list) else []


def _corpus_runs() -> set[int]:
    runs: set[int] = set()
    for name in CORPORA:
        top = SHARED / name
        for path in sorted([top] if top.is_file() else top.rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip():
                    runs |= _runs("\n".join(_strings(json.loads(line))))
    return runs


def _project_files() -> list[Path]:
    files = []
    for name in PROJECT:
        top = ROOT / name
        files += [top] if top.is_file() else [p for p in sorted(top.rglob("*")) if p.suffix in TEXT_FILES]
    return files


def test_no_run_of_eight_words_of_a_corpus_article_is_in_the_project():
    corpus = _corpus_runs()
    seeds = set().union(*(_runs(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").iterdir() if p.is_file()))
    found = []
    for path in _project_files():
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if (_runs(line) & corpus) - seeds:
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert not found, "text copied from the shared corpora:\n" + "\n".join(found)
