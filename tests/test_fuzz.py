"""Fuzzing: any bytes or text, through load -> extract -> match -> judge -> render, never raises.

Every claim must satisfy `text == body[start:end]`, and every output format
must render. `benchmarks/fuzz_pipeline.py` runs the same checks on 100,000+
examples; here the example count stays small so the suite stays fast.
"""
from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from mobicheck.cli import _render
from mobicheck.errors import MobicheckError
from mobicheck.load import decode, load_bytes
from mobicheck.model import Article, Report, Skipped
from mobicheck.pipeline import judge_report
from mobicheck.render import Format, print_table
from mobicheck.extract import extract_claims

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ""]
# Pieces of news text, so that random examples reach the number, frame and
# quote readers instead of stopping at the first non-word.
FRAGMENTS = [
    "Police said 300 people were detained in Moscow on Monday.", "up to 300,000 reservists",
    "nearly 10,000 a day", "tens of thousands", "90%", "“We will not go,” she said.", "$4.5bn", "3 crore",
    "between 20 and 30 cars", "at least 1,200 homes", "The minister told AFP: “", "”", "\"", "'", "«", "»",
    "1.5 million", "—", "\n\n", "\n", " ", "Mr. ", "U.S. ", "since March 1, ", "2022", "per cent", "km²",
    "<p>", "</p>", "<script>", "---\n", "title: x\n", "{\"text\": \"", "\"}", "\r\n", "\ufeff", "\u2028",
]

newsy_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=400), newsy_text)
as_bytes = st.one_of(
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    any_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
    any_text.map(lambda t: t.encode("cp1252", "replace")),
    st.binary(max_size=400),
)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run_pipeline(inputs: list[tuple[bytes, str]]) -> Report:
    """What `mobicheck compare` does with these inputs, minus the file system, and every output."""
    report = Report()
    seen = set()
    for i, (raw, suffix) in enumerate(inputs):
        for item in load_bytes(raw, f"in{i}{suffix}"):
            if isinstance(item, Skipped):
                assert item.reason and item.path == f"in{i}{suffix}"
                report.skipped.append(item)
                continue
            assert isinstance(item, Article)
            if item.id in seen:
                continue
            seen.add(item.id)
            claims = extract_claims(item)
            for c in claims:
                assert c.text == item.body[c.start : c.end], (c, item.body)
                assert c.article == item.id
            report.articles.append(item)
            report.claims.extend(claims)
    judge_report(report, show_related=True)
    ids = {c.id for c in report.claims}
    assert all(m.a in ids and m.b in ids for m in report.matches)
    render_all(report)
    return report


def render_all(report: Report) -> None:
    for matches in (True, False):
        for fmt in Format:
            try:
                text = _render(report, fmt, matches=matches)
            except MobicheckError:
                continue  # that format is not offered for this command
            if text is None:
                print_table(report, Console(file=io.StringIO(), width=120), matches=matches)
            elif fmt is Format.json:
                json.loads(text)


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_never_raises(raw):
    text, what = decode(raw)
    assert isinstance(what, str) and what
    assert text is None or isinstance(text, str)


@FUZZ
@given(st.lists(st.tuples(as_bytes, st.sampled_from(SUFFIXES)), min_size=1, max_size=3))
def test_any_bytes_through_the_pipeline(inputs):
    run_pipeline(inputs)


@FUZZ
@given(st.lists(newsy_text, min_size=2, max_size=3))
def test_news_like_text_through_the_pipeline(texts):
    # Plain text files of news-like words: most examples get claims and candidate pairs.
    report = run_pipeline([(("Title\n" + t).encode("utf-8", "surrogatepass"), ".txt") for t in texts])
    assert len(report.articles) + len(report.skipped) >= 2
