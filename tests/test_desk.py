"""Issue 16, the desk's view: one row per quantity, filters, short ids, CLI conventions."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mobicheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
DEV = str(ROOT / "tests" / "data" / "dev")


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    assert "Traceback" not in result.output
    return result


@pytest.fixture(autouse=True)
def _project_folder(monkeypatch):
    monkeypatch.chdir(ROOT)  # the shipped claims.yaml and its ledger


def test_seeds_print_their_quantities_in_under_30_lines_at_80_columns():
    narrow = run("compare", SEEDS, env={"COLUMNS": "80"})
    wide = run("compare", SEEDS, env={"COLUMNS": "1000"})
    lines = narrow.stdout.splitlines()
    assert narrow.exit_code == 0 and len(lines) < 30 and max(map(len, lines)) <= 80
    assert "reservists" in lines[0] and "300,000" in lines[0]
    assert "fratricidal war" in narrow.stdout
    # Wrapping at 80 columns never breaks a word: every word is one of the wide output's.
    words = set(wide.stdout.split())
    assert [w for w in narrow.stdout.split() if w not in words] == []


def test_quantities_in_the_json_name_every_source():
    report = json.loads(run("compare", SEEDS, "-f", "json").stdout)
    reservists = next(q for q in report["quantities"] if "reservists" in q["label"])
    assert reservists["status"] == "consistent" and reservists["low"] == reservists["high"] == 300000
    assert len(reservists["sources"]) == 4 and any(s["ledger"] for s in reservists["sources"])
    assert {s["short"] for s in reservists["sources"]} >= {"a1:n1", "a2:n1", "L1:n1"}


def test_a_running_toll_is_one_quantity_with_a_timeline():
    report = json.loads(run("compare", DEV, "-f", "json").stdout)
    updated = [q for q in report["quantities"] if q["status"] == "updated"]
    toll = max(updated, key=lambda q: len(q["timeline"]))
    assert len(toll["timeline"]) >= 4
    assert [t["published"] for t in toll["timeline"]] == sorted(t["published"] for t in toll["timeline"])
    assert len(report["quantities"]) < len(report["matches"]) / 2


def test_filters_and_the_pairwise_view():
    report = json.loads(run("compare", DEV, "-f", "json", "--verdict", "contradict").stdout)
    assert report["matches"] and {m["verdict"] for m in report["matches"]} == {"contradict"}
    assert all(q["status"] == "disputed" for q in report["quantities"])
    limited = json.loads(run("compare", DEV, "-f", "json", "--limit", "3", "--min-score", "0.9").stdout)
    assert len(limited["matches"]) <= 3 and all(m["score"] >= 0.9 for m in limited["matches"])
    pairs = run("compare", DEV, "--pairs", "--verdict", "update", "--limit", "2", env={"COLUMNS": "100"})
    assert pairs.stdout.count("UPDATE") == 2


def test_explain_takes_the_short_id_the_table_shows_and_json():
    text = run("compare", SEEDS, "--explain", "a2:n1")
    assert text.exit_code == 0 and "003_d0318f9e97ba566e:n1" in text.stdout
    data = json.loads(run("compare", SEEDS, "--explain", "a2:n1", "-f", "json").stdout)
    assert data["claim"] == "003_d0318f9e97ba566e:n1" and data["working"]
    missing = run("compare", SEEDS, "--explain", "a9:n9")
    assert missing.exit_code == 2 and "no claim with id 'a9:n9'" in missing.stderr


def test_the_ledger_stays_out_of_another_story_and_no_config_drops_it():
    dev = run("compare", DEV, "-f", "json")
    assert "is not about these articles" in dev.stderr
    assert not any(a["id"].startswith("ledger") for a in json.loads(dev.stdout)["articles"])
    seeds = json.loads(run("compare", SEEDS, "-f", "json", "--no-config").stdout)
    assert not any(a["path"] == "claims.yaml" for a in seeds["articles"])


@pytest.mark.parametrize("args, code, text", [
    (["-V"], 0, "mobicheck 0.1.0"),
    (["--version"], 0, "mobicheck 0.1.0"),
    ([], 2, "Cross-check numeric and quoted claims"),  # the help, with the usage-error status (click)
    (["claims", SEEDS, "--kind", "people"], 2, "'people' is not one of"),
    (["compare", SEEDS, "--format", "yaml"], 2, "'yaml' is not one of"),
    (["claims", SEEDS, "--format", "html"], 2, "'html' is not one of"),
    (["compare", SEEDS, "--fail-on", "maybe"], 2, "'maybe' is not one of"),
])
def test_cli_conventions(args, code, text):
    result = run(*args)
    assert result.exit_code == code and text in result.output


def test_fail_on_update_trips_on_the_development_set():
    assert run("compare", DEV, "--fail-on", "update", "-f", "json").exit_code == 1
    assert run("compare", SEEDS, "--fail-on", "update", "-f", "json").exit_code == 0


def test_compare_jsonl_writes_every_record_with_its_type():
    lines = [json.loads(line) for line in run("compare", SEEDS, "-f", "jsonl").stdout.splitlines()]
    assert {"article", "claim", "match", "quantity"} <= {r["type"] for r in lines}


def test_version_does_not_load_the_pipeline():
    code = ("import sys; sys.argv = ['mobicheck', '--version']; import mobicheck.__main__ as m; m.main(); "
            "print('typer' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout
    assert out.splitlines() == ["mobicheck 0.1.0", "False False"]


@pytest.mark.parametrize("value, written", [(27500000.000000004, 27500000), (0.1 + 0.2, 0.3), (1.5, 1.5),
                                             (300000.0, 300000), (float("inf"), None)])
def test_ledger_yaml_has_no_float_artefacts(value, written):
    from mobicheck.render import _plain_number

    assert _plain_number(value) == written


def test_a_ledger_entry_checks_only_the_articles_of_its_own_story():
    from mobicheck import pipeline
    from mobicheck.config import load_config

    settings = load_config(str(ROOT / "claims.yaml"))
    report = pipeline.compare([SEEDS, DEV], settings=settings, stories=True, config_path=str(ROOT / "claims.yaml"))
    story = {a.id: a.story for a in report.articles}
    ledger = [a.id for a in report.articles if a.path.endswith("claims.yaml")]
    assert ledger and all(story[x] == story["000_d35523d20212b64d"] for x in ledger)
    claims = {c.id: c for c in report.claims}
    for m in report.matches:
        if claims[m.a].article in ledger or claims[m.b].article in ledger:
            assert story[claims[m.a].article] == story[claims[m.b].article]


def test_progress_knows_how_many_articles_to_expect(tmp_path):
    from mobicheck.cli import expected_articles

    (tmp_path / "a.txt").write_text("T\nx", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n{"text": "3"}\n', encoding="utf-8")
    assert expected_articles([str(tmp_path)]) == 4
    assert expected_articles([str(tmp_path), "-"]) is None


def test_each_source_line_names_outlet_date_and_link(tmp_path):
    for name, outlet, day in (("a", "Alpha Wire", "2025-03-03"), ("b", "Beta Post", "2025-03-04")):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Quake\nsource: {outlet}\npublished: {day}\nurl: https://{name}.example/q\n---\n"
            "Officials said 12 people were killed in the quake in Peru.\n", encoding="utf-8")
    out = run("compare", str(tmp_path), "--no-config", env={"COLUMNS": "200"}).stdout
    assert "Alpha Wire, 2025-03-03: 12 people" in out and "https://b.example/q" in out
