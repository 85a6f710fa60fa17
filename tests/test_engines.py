"""Engines give the same report: one process, a process pool (--jobs), Dask."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mobicheck import match, parallel, pipeline
from mobicheck.cli import app
from mobicheck.model import Article, Skipped
from mobicheck.render import render_json

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "external" / "ecbplus_sample" / "articles"

STORY = ("Officials said {n} people were killed and {h} injured when the quake hit {p} on Monday. "
         "\u201cWe are still searching,\u201d said rescue chief Ana Ruiz. Damage reached ${m} million.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """40 small articles in 4 stories (so stories and the pool are both used), plus ECB+ when present."""
    root = tmp_path_factory.mktemp("corpus")
    places = ["Qeshm island", "Aceh province", "Lake County", "Unity state"]
    for i in range(40):
        s = i % 4
        body = STORY.format(n=10 + i % 3, h=50 + 5 * (i % 2), p=places[s], m=3 + s)
        (root / f"{i:03d}.md").write_text(f"---\ntitle: Quake in {places[s]}\nsource: outlet{i % 7}\n"
                                          f"published: 2013-07-0{1 + i % 5}\n---\n{body}\n", encoding="utf-8")
    (root / "bad.json").write_text("{not json", encoding="utf-8")
    paths = [str(root)]
    if ECB.is_dir():
        paths.append(str(ECB))
    return paths


@pytest.fixture(scope="module")
def local_json(corpus) -> str:
    return render_json(pipeline.compare(corpus, jobs=1))


def test_process_pool_gives_the_same_json(corpus, local_json):
    assert render_json(pipeline.compare(corpus, jobs=2)) == local_json
    report = json.loads(local_json)
    assert report["skipped"] and report["matches"] and all(a["story"] for a in report["articles"])


def test_pool_keeps_order_and_skipped_in_place(monkeypatch):
    monkeypatch.setattr(parallel, "BATCH_ARTICLES", 3)
    items = [Article(id=f"a{i}", body=f"Police said {i + 2} people were detained.") for i in range(20)]
    items.insert(5, Skipped("x.json", "bad"))
    one = list(parallel.extract_all(items, jobs=1))
    two = list(parallel.extract_all(items, jobs=2))
    assert one == two and two[5] == (items[5], None)
    assert [c.text for c in two[0][1].claims] == ["2 people"]


def test_chunked_scores_match_one_chunk(corpus, monkeypatch):
    report = pipeline.claims(corpus)
    whole = match.candidates(report.claims)
    monkeypatch.setattr(match, "CHUNK_ROWS", 5)
    assert match.candidates(report.claims) == whole


def test_dask_engine_gives_the_same_json(corpus, local_json):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from mobicheck.engine_dask import DaskEngine

    with DaskEngine(n_workers=2, processes=False) as engine:
        assert render_json(pipeline.compare(corpus, engine=engine)) == local_json


@pytest.mark.parametrize("inputs", ["dev", "benchmark-1000"])
def test_dask_engine_same_bytes_on_dev_set_and_benchmark_corpus(inputs, tmp_path):
    """The issue's bar: identical JSON on the development set and on 1,000 benchmark articles."""
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from mobicheck.engine_dask import DaskEngine

    if inputs == "dev":
        paths = [str(ROOT / "tests" / "data" / "dev")]
    else:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus as benchmark_corpus

        benchmark_corpus.write(1000, tmp_path)
        paths = [str(tmp_path)]
    local = render_json(pipeline.compare(paths, jobs=2))
    with DaskEngine(n_workers=2, processes=False) as engine:
        assert render_json(pipeline.compare(paths, engine=engine)) == local
    assert json.loads(local)["matches"]


def test_cli_engine_options(corpus):
    runner = CliRunner()
    bad = runner.invoke(app, ["compare", corpus[0], "--engine", "spark"])
    assert bad.exit_code == 2 and "--engine" in bad.output
    bad = runner.invoke(app, ["compare", corpus[0], "--scheduler", "tcp://localhost:1"])
    assert bad.exit_code == 2 and "--scheduler" in bad.output
    one = runner.invoke(app, ["compare", corpus[0], "-f", "json", "--jobs", "1", "--skip-bad"])
    two = runner.invoke(app, ["compare", corpus[0], "-f", "json", "--jobs", "2", "--skip-bad"])
    assert one.exit_code == two.exit_code == 0
    assert json.loads(one.stdout) == json.loads(two.stdout)
