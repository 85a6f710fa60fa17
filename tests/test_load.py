"""Loading: every format, ids, bodies, and bad inputs as Skipped records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mobicheck.load import decode, load_articles
from mobicheck.model import Article, Skipped

ROOT = Path(__file__).resolve().parents[1]


def load(*paths) -> list:
    return list(load_articles([str(p) for p in paths]))


def test_seeds_load_with_title_and_body():
    arts = load(ROOT / "seeds")
    assert [a.id for a in arts] == ["000_d35523d20212b64d", "003_d0318f9e97ba566e"]
    raw = (ROOT / "seeds" / "000_d35523d20212b64d.txt").read_text(encoding="utf-8")
    assert arts[0].title == raw.splitlines()[0].strip()
    assert raw.endswith(arts[0].body) and not arts[0].body.startswith(arts[0].title)


def test_markdown_front_matter(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Quake\nsource: Herald\npublished: 2025-03-04\nurl: http://x\n---\n"
                                   "At least 12 people died.\n", encoding="utf-8")
    (a,) = load(tmp_path / "a.md")
    assert (a.title, a.source, a.published, a.url, a.body) == ("Quake", "Herald", "2025-03-04", "http://x",
                                                               "At least 12 people died.\n")


def test_markdown_without_front_matter(tmp_path):
    (tmp_path / "b.md").write_text("# Head\n\nText 5.\n", encoding="utf-8")
    (a,) = load(tmp_path / "b.md")
    assert a.title == "Head" and a.body == "# Head\n\nText 5.\n"


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps({"id": "x1", "text": "Body", "source": "S"}), encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{"text": "one"}\n\n{"id": "k", "text": "two", "published": "2024-01-02"}\n',
                                      encoding="utf-8")
    arts = load(tmp_path / "r.json", tmp_path / "r.jsonl")
    assert [(a.id, a.body) for a in arts] == [("x1", "Body"), ("r-1", "one"), ("k", "two")]
    assert arts[2].published == "2024-01-02"


def test_html_page(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>T</title><meta property='og:site_name' content='Daily'></head><body>"
        "<nav>Home News</nav><div class='cookie-banner'>We use cookies</div><h1>Flood</h1>"
        "<p>Nearly 2,000 people fled.</p><footer>(c) 2025</footer></body></html>", encoding="utf-8")
    (a,) = load(tmp_path / "p.html")
    assert (a.title, a.source, a.body) == ("Flood", "Daily", "Nearly 2,000 people fled.")


def test_duplicate_stems_get_unique_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("T\nbody", encoding="utf-8")
    assert [a.id for a in load(tmp_path)] == ["same", "same~2"]


BAD = [
    ("empty", "e.txt", b"", "empty file"),
    ("binary", "b.txt", b"\x00\x01\x02PNG\x00", "binary file"),
    ("bad json line", "j.jsonl", b'{"text": "ok"}\n{"text": \n', "not valid JSON"),
    ("no text", "n.json", b'{"title": "x"}', "no `text`"),
    ("bad date", "d.md", b"---\npublished: soon\n---\nText\n", "`published` must be a date"),
    ("bad front matter", "f.md", b"---\ntitle: [\n---\nText\n", "front matter is not valid YAML"),
]


@pytest.mark.parametrize("name,data,reason", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_inputs_are_skipped_and_others_kept(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text("Title\nGood body.", encoding="utf-8")
    items = load(tmp_path)
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(skipped) == 1 and reason in skipped[0].reason and skipped[0].path.endswith(name)
    assert any(isinstance(i, Article) and i.id == "zz_good" for i in items)


def test_missing_path():
    (s,) = load("/no/such/place")
    assert isinstance(s, Skipped) and s.reason == "no such file or folder"


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"T\n" + b"x" * 2000)
    (s,) = list(load_articles([str(tmp_path / "big.txt")], max_file_mb=0.001))
    assert "over the 0.001 MB limit" in s.reason


@pytest.mark.parametrize("raw,text,encoding", [
    ("Cafe\u0301 “ok”".encode("utf-8"), "Cafe\u0301 “ok”", "utf-8"),
    ("\ufeffhello".encode("utf-8"), "hello", "utf-8-sig"),
    ("héllo wörld".encode("utf-16"), "héllo wörld", "utf-16"),
])
def test_decode(raw, text, encoding):
    assert decode(raw) == (text, encoding)


def test_decode_legacy_single_byte():
    text, encoding = decode("Le président a dit « non » à la réforme des retraites. " .encode("cp1252") * 3)
    assert "président" in text and encoding.startswith(("cp", "windows", "iso", "latin"))
