"""The whole pipeline: the seeds' gold score, span invariants, and the Python API."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mobicheck
from mobicheck.extract import extract_claims
from mobicheck.model import Article
from mobicheck.render import render_json

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seeds_report(request):
    # As a user runs it: from the project root, with the shipped claims.yaml.
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.chdir(ROOT)
    settings_ = mobicheck.load_config()
    report = mobicheck.compare([str(ROOT / "seeds")], settings=settings_)
    monkeypatch.undo()
    return json.loads(render_json(report))


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
def test_seeds_gold_score(seeds_report):
    gold = yaml.safe_load((SHARED / "eval" / "seeds.gold.yaml").read_text(encoding="utf-8"))
    result = _scorer().score(seeds_report, gold)
    t, q = result["tally"], result["quotes"]
    print(f"\nseeds: agree {t['agree']['hit']}/{t['agree']['total']} trap-hits {result['trap_hits']} "
          f"false-alarms {result['false_alarms']} speakers {q['hit']}/{q['total']}")
    assert t["agree"]["hit"] == t["agree"]["total"] == 3
    assert result["trap_hits"] == 0 and result["false_alarms"] == 0
    assert q["hit"] >= 0.5 * q["total"]


def test_every_claim_is_its_span(seeds_report):
    bodies = {a.id: a.body for a in mobicheck.claims([str(ROOT / "seeds")]).articles}
    for c in seeds_report["claims"]:
        if c["article"] in bodies:
            assert bodies[c["article"]][c["start"]:c["end"]] == c["text"]


NEWSY = st.text(alphabet=st.sampled_from(list("abcdefghij ABC 0123456789,.%$-“”\"«»'’:;\n")), max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(st.text(max_size=300), NEWSY))
def test_claim_text_is_body_span_on_arbitrary_text(body):
    for claim in extract_claims(Article(id="x", body=body)):
        assert body[claim.start:claim.end] == claim.text
        if claim.speaker_span:
            assert 0 <= claim.speaker_span[0] <= claim.speaker_span[1] <= len(body)


def test_python_api_matches_cli_report():
    report = mobicheck.claims([str(ROOT / "seeds")], kind="number")
    assert report.claims and all(c.kind == "number" for c in report.claims)
    assert [a.id for a in report.articles] == ["000_d35523d20212b64d", "003_d0318f9e97ba566e"]


def test_explain_shows_every_pair_of_the_claim_and_only_those():
    """`explain` judges only the claim's blocks; the pairs must be those of the full candidate list."""
    from mobicheck.judge import judge
    from mobicheck.match import candidates

    report = mobicheck.compare([str(ROOT / "tests" / "data" / "dev")], settings=mobicheck.Settings(), stories=True)
    story_of = {a.id: a.story for a in report.articles if a.story}
    articles = {a.id: a for a in report.articles}
    pairs = candidates(report.claims, story_of)
    for claim in report.claims[::7]:
        expected = []
        for pair in pairs:
            if claim.id in (pair.a.id, pair.b.id):
                expected.extend(judge(pair, articles).working)
                expected.append("")
        assert mobicheck.explain(report, claim.id) == expected
