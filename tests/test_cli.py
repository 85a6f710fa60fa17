"""The CLI end to end with typer's CliRunner: formats, exit codes, help."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mobicheck import __version__
from mobicheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    # `compare` reads ./claims.yaml; run from the project root as a user would.
    monkeypatch.chdir(ROOT)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"mobicheck {__version__}"


@pytest.mark.parametrize("command", ["claims", "compare"])
def test_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_compare_table_lists_matches_and_summary():
    result = run("compare", SEEDS)
    assert result.exit_code == 0, result.output
    assert "agree" in result.output
    assert re.search(r"\d+ articles.*, \d+ claims, \d+ agreements, \d+ contradictions", result.output)


def test_compare_json_contract():
    result = run("compare", SEEDS, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"articles", "claims", "matches"} <= data.keys()
    ids = {c["id"] for c in data["claims"]}
    for m in data["matches"]:
        assert m["a"] in ids and m["b"] in ids and m["verdict"] in {"agree", "contradict", "update", "related"}
        assert 0 <= m["score"] <= 1 and m["reason"]
    bodies = {a.stem: a.read_text(encoding="utf-8") for a in (ROOT / "seeds").iterdir()}
    for c in data["claims"]:
        if c["article"] in bodies:
            assert c["text"] in bodies[c["article"]]
            assert c["kind"] in ("number", "quote")


def test_claims_json_has_no_matches_and_kind_filter():
    result = run("claims", SEEDS, "--format", "json", "--kind", "quote")
    data = json.loads(result.output)
    assert "matches" not in data and data["claims"]
    assert {c["kind"] for c in data["claims"]} == {"quote"}


def test_claims_jsonl_is_one_claim_per_line():
    result = run("claims", SEEDS, "--format", "jsonl")
    lines = result.output.strip().split("\n")
    assert all(json.loads(line)["id"] for line in lines) and len(lines) > 10


def test_compare_csv_one_row_per_match():
    out = json.loads(run("compare", SEEDS, "--format", "json").output)
    rows = list(csv.DictReader(io.StringIO(run("compare", SEEDS, "--format", "csv").output)))
    assert len(rows) == len(out["matches"]) and rows[0].keys() >= {"verdict", "text_a", "text_b", "reason"}


def test_compare_markdown():
    result = run("compare", SEEDS, "--format", "markdown")
    assert result.output.startswith("| Verdict |") and "agreements" in result.output


def test_claims_from_stdin():
    result = run("claims", "-", "--format", "json", input="Title\nPolice detained 300 protesters on Sunday.\n")
    (claim,) = json.loads(result.output)["claims"]
    assert claim["value"] == 300 and claim["text"].startswith("300")


def test_claims_with_no_path_reads_a_pipe():
    """`cat story.txt | mobicheck claims --format json`, as the design card writes it; nothing piped is an error."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "mobicheck", "claims", "--format", "json"]
    piped = subprocess.run(cmd, input=b"Title\nPolice detained 300 protesters on Sunday.\n", capture_output=True,
                           env=env, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert [c["text"] for c in json.loads(piped.stdout)["claims"]] == ["300 protesters"]
    empty = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=60)
    assert empty.returncode == 2 and b"give at least one file" in empty.stderr


def test_fail_on_contradiction(tmp_path):
    (tmp_path / "a.md").write_text("---\nsource: A\npublished: 2025-01-01\n---\n"
                                   "The ruling party won 180 seats in parliament, the election commission said.\n")
    (tmp_path / "b.md").write_text("---\nsource: B\npublished: 2025-01-01\n---\n"
                                   "The ruling party won 162 seats in parliament, the election commission said.\n")
    result = run("compare", str(tmp_path), "--fail-on", "contradiction", "--config", str(tmp_path / "none.yaml"))
    assert result.exit_code == 2  # the missing --config file is an input error
    (tmp_path / "empty.yaml").write_text("")
    result = run("compare", str(tmp_path), "--fail-on", "contradiction", "--config", str(tmp_path / "empty.yaml"))
    assert result.exit_code == 1, result.output
    assert "contradict" in result.output


def test_usage_errors_exit_2():
    assert run("compare", SEEDS, "--fail-on", "agreement").exit_code == 2
    assert run("claims", SEEDS, "--kind", "person").exit_code == 2
    assert run("compare").exit_code == 2


def test_explain_prints_the_working():
    data = json.loads(run("compare", SEEDS, "--format", "json").output)
    agree = next(m for m in data["matches"] if m["verdict"] == "agree")
    result = run("compare", SEEDS, "--explain", agree["a"])
    assert result.exit_code == 0 and "rule:" in result.output
    assert run("compare", SEEDS, "--explain", "nope:n1").exit_code == 2


def test_output_file(tmp_path):
    out = tmp_path / "r.json"
    result = run("compare", SEEDS, "--format", "json", "--output", str(out))
    assert result.exit_code == 0 and json.loads(out.read_text())["matches"]
