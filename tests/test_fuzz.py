"""Fuzzing: any bytes or text, through load -> extract -> match -> judge -> render, never raises.

Every claim must satisfy `text == body[start:end]`, and every output format
must render. `benchmarks/fuzz_pipeline.py` runs the same checks on 100,000+
examples; here the example count stays small so the suite stays fast.

The hostile generators (issue 17) add what an attacker would try: very long
lines, YAML aliases nested deep ("billion laughs") and other YAML traps in
front matter and claims.yaml, file names with control characters, escape
sequences and bytes that are not UTF-8 (written to a real folder), and
numerals hundreds or thousands of digits long. On top of the checks above:
every message a user would see prints as one line without control
characters, and every report encodes as valid UTF-8.
"""
from __future__ import annotations

import io
import json
import os
import re
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from mobicheck.cli import _render, printable
from mobicheck.config import parse_config
from mobicheck.errors import ConfigError, MobicheckError
from mobicheck.load import decode, load_articles, load_bytes
from mobicheck.output import encode
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
                assert item.path == f"in{i}{suffix}"
            elif item.id in seen:
                continue
            add(report, item)
            seen.add(getattr(item, "id", None))
    return check_report(report)


def add(report: Report, item: Article | Skipped) -> None:
    """One loaded input into `report`: its claims extracted and checked, or the Skipped checked."""
    if isinstance(item, Skipped):
        assert item.reason
        # What the CLI prints: one line, no control character reaches the terminal.
        assert not _CONTROL.search(printable(item.message())), item
        report.skipped.append(item)
        return
    assert isinstance(item, Article)
    claims = extract_claims(item)
    for c in claims:
        assert c.text == item.body[c.start : c.end], (c, item.body)
        assert c.article == item.id
    report.articles.append(item)
    report.claims.extend(claims)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def check_report(report: Report) -> Report:
    """Match and judge `report`, then render every output format."""
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
                console = Console(file=io.StringIO(), width=120)
                print_table(report, console, matches=matches)
                text = console.file.getvalue()
            elif fmt is Format.json:
                json.loads(text)
            encode(text).decode("utf-8")  # what is written is valid UTF-8, whatever the names


# -- hostile generators (issue 17) ----------------------------------------------

def laughs(depth: int, width: int) -> str:
    """YAML aliases nested `depth` deep, `width` wide: width**depth nodes once expanded."""
    return "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width if i else ["lol"] * width) + "]\n"
                   for i in range(depth))


# Front-matter and claims.yaml lines that broke or stalled the loader.
YAML_TRAPS = [
    "published: 2024-02-30", "published: 2024-13-01", "published: 0000-00-00", "date: 99999-01-01",
    "id: " + "1" * 5000, "title: 1e999", "title: .inf", "published: .nan", "source: !!binary AAAA",
    "source: !!binary '%%%'", "title: !!python/object/apply:os.system ['true']", "a: &x {b: 1}\nc: *x",
    "<<: {title: merged}", "title: " + "[" * 300 + "]" * 300, "title: *undefined", "url: javascript:alert(3)",
    "published: 2024-02-29T25:61:00", "title: \"\\ud800\"", "settings:\n  max_file_mb: 1.0e+300",
    "settings:\n  story_threshold: " + "9" * 5000, "reference:\n  - {claim: a, source: b, value: 1, date: 2024-02-30}",
]
yaml_text = st.one_of(
    st.builds(lambda d, w, rest: laughs(d, w) + f"title: *l{d - 1}\n" + rest, st.integers(1, 12),
              st.integers(1, 12), st.sampled_from(YAML_TRAPS)),
    st.lists(st.sampled_from(YAML_TRAPS), min_size=1, max_size=4).map("\n".join),
)


def huge_numeral(digits: int, form: int) -> str:
    n = "9" * digits
    return [n, "1" + ",000" * (digits // 3), f"{n}.5", f"1e{digits}", f"{n} million", f"${n}bn",
            f"between {n} and {n}0", f"{n}%"][form % 8]


numerals = st.builds(huge_numeral, st.integers(300, 5000), st.integers(0, 7))


# What one long line is made of: the words the readers look around (places,
# periods, cue verbs, abbreviations, quote marks) with no sentence or
# paragraph end, where a superlinear reader shows; and a range phrase, a
# figure every few words, so that every slot reads the line once per figure.
# A claim repeated instead
# would only measure matching: k equal figures in each of two articles are
# k * k agreements.
FILLERS = ["x", "word ", "U.S. ", "Mr. ", "“", "”", "\"", "«", "<p>", "—", ", ", "Moscow ", "in June ",
           "since March ", "said ", "people ", "per cent ", "The ", "of the ", "9", "1,", "\t",
           "between 20 and 30 cars "]


def long_line(max_chars: int):
    """One line up to `max_chars` long, made of a few fillers repeated."""
    return st.builds(lambda fillers, n: ("".join(fillers) * n)[:max_chars],
                     st.lists(st.sampled_from(FILLERS), min_size=1, max_size=3), st.integers(1, max_chars))


def hostile_document(max_chars: int):
    """(bytes, suffix) of one hostile input."""
    text = st.one_of(
        st.builds(lambda line, num: f"Title\n{line} Police said {num} people were detained. {line}",
                  long_line(max_chars), numerals),
        st.builds(lambda y, body: (f"---\n{y}\n---\n{body}", ".md")[0], yaml_text, newsy_text),
        st.builds(lambda num, body: f'{{"text": "{body} {num} people", "id": {num.split()[0].strip("$%")}}}',
                  numerals, st.text(alphabet="abc 12,.", max_size=40)),
    )
    return st.tuples(text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))


# File names as a folder may hold them: control characters, escape sequences,
# bidirectional overrides, bytes that are not UTF-8, names of ledger entries.
name_bytes = st.one_of(
    st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")),
    st.sampled_from([b"ledger-1", b"ledger-2", b"e\x1b]0;owned\x07", b"\x1b[2J", b"caf\xe9", b"\xff\xfe",
                     "\u202eevil".encode(), b"-", b"..x", b"x" * 200]),
)


def hostile_inputs(max_chars: int):
    """Up to three hostile inputs, each with a hostile file name."""
    return st.lists(st.tuples(hostile_document(max_chars), name_bytes), min_size=1, max_size=3)


def run_files(inputs: list[tuple[tuple[bytes, str], bytes]]) -> Report:
    """The inputs written under their (hostile) names in a real folder, then
    load_articles on the folder, as the CLI reads it; then every check."""
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.fsencode(tmp)
        for i, ((raw, suffix), name) in enumerate(inputs):
            name = name.lstrip(b".") or b"x"  # hidden files are not read from folders
            with open(os.path.join(folder, b"%d-" % i + name[:150] + suffix.encode()), "wb") as f:
                f.write(raw)
        for item in load_articles([tmp]):
            add(report, item)
        return check_report(report)


def run_config(text: str) -> None:
    """claims.yaml text: Settings, or one ConfigError line; never another exception."""
    try:
        parse_config(text)
    except ConfigError as e:
        assert "\n" not in str(e), str(e)


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


# Fewer and shorter examples here: each renders every format, the rich
# table of long lines included; the long run takes them to 20,000 characters.
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(hostile_inputs(max_chars=1000))
def test_hostile_inputs_through_the_pipeline(inputs):
    run_files(inputs)


@FUZZ
@given(yaml_text)
def test_hostile_claims_yaml_is_one_config_error_at_most(text):
    run_config(text)
