"""Loading: every format, ids, bodies, and bad inputs as Skipped records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mobicheck.dates import date_in_text
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


# -- issue 17: one hostile input is one Skipped, never the end of the run ---------------------------

LONG = "1" * 5000  # Python refuses to read an integer of over 4,300 digits
LAUGHS = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9 if i else ["lol"] * 9) + "]\n" for i in range(9))

HOSTILE = [
    ("long number in json", "n.json", f'{{"text": "x", "n": {LONG}}}'.encode(), "a number longer than 4,300 digits"),
    ("long number in jsonl", "n.jsonl", f'{{"text": "x", "id": {LONG}}}\n'.encode(), "longer than 4,300 digits"),
    ("long number in front matter", "n.md", f"---\nid: {LONG}\n---\nText\n".encode(),
     "front matter is not valid YAML: an integer longer than 4,300 digits"),
    ("billion laughs", "l.md", f"---\n{LAUGHS}title: *l8\n---\nText\n".encode(),
     "front matter is not valid YAML: aliases (*l0) are not allowed"),
]


@pytest.mark.parametrize("name,data,reason", [b[1:] for b in HOSTILE], ids=[b[0] for b in HOSTILE])
def test_hostile_inputs_are_skipped_and_others_kept(tmp_path, name, data, reason):
    test_bad_inputs_are_skipped_and_others_kept(tmp_path, name, data, reason)


@pytest.mark.parametrize("name, data", [
    ("d.md", b"---\npublished: soon\n---\nText\n"),
    ("d.md", b"---\npublished: 2024-02-30\n---\nText\n"),
    ("m.md", b"---\npublished: 2024-13-01\n---\nText\n"),
    ("m.jsonl", b'{"text": "x", "published": "2024-13-01"}\n'),
])
def test_an_unreadable_date_costs_the_date_and_a_note_never_the_article(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (article,) = load(tmp_path / name)
    assert isinstance(article, Article) and article.published is None
    assert article.notes and "is not a date mobicheck can read" in article.notes[0]


@pytest.mark.parametrize("written, dayfirst, read", [
    ("2025-03-05", False, "2025-03-05"),
    ("2025-03-05T10:00:00+02:00", False, "2025-03-05"),
    ("Wed, 05 Mar 2025 10:00:00 GMT", False, "2025-03-05"),
    ("March 3, 2025", False, "2025-03-03"),
    ("3 March 2025", False, "2025-03-03"),
    ("Mar. 3, 2025", False, "2025-03-03"),
    ("04/03/2025", False, "2025-04-03"),
    ("04/03/2025", True, "2025-03-04"),
    ("2025/03/05", False, "2025-03-05"),
    ("5.3.2025", True, "2025-03-05"),
    ("March 3", False, None),  # no year: not a date anyone can place
    ("yesterday", False, None),
    ("2024-02-30", False, None),
    ("x" * 100, False, None),
])
def test_dates_written_every_common_way_are_read(tmp_path, written, dayfirst, read):
    from mobicheck.dates import read_date

    assert read_date(written, dayfirst=dayfirst) == read
    (tmp_path / "a.md").write_text(f"---\npublished: '{written}'\n---\nText\n", encoding="utf-8")
    (article,) = list(load_articles([str(tmp_path / "a.md")], dayfirst=dayfirst))
    assert article.published == read


def test_a_page_declaring_charset_undefined_is_read(tmp_path):
    page = b'<html><head><meta charset="undefined"></head><body><p>Caf\xe9: 300 people were detained.</p></body></html>'
    (tmp_path / "u.html").write_bytes(page)
    (article,) = load(tmp_path / "u.html")
    assert isinstance(article, Article) and "300 people" in article.body


def test_a_named_pipe_nobody_writes_to_is_skipped_not_waited_for(tmp_path):
    import os
    import threading
    import time

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def unblock():  # if the loader ever waits in open() again, free it so the test fails instead of hanging
        time.sleep(5)
        with open(fifo, "wb"):
            pass

    threading.Thread(target=unblock, daemon=True).start()
    started = time.monotonic()
    (skipped,) = load(fifo)
    assert time.monotonic() - started < 2
    assert skipped.reason == "a pipe with nothing to read (no process writes to it)"


def test_a_pipe_with_a_writer_is_read(tmp_path):
    import os

    read_end, write_end = os.pipe()
    os.write(write_end, b"Title\nPolice said 300 people were detained.\n")
    os.close(write_end)
    try:
        (article,) = load(f"/proc/self/fd/{read_end}")  # what bash's <(...) gives
    finally:
        os.close(read_end)
    assert "300 people" in article.body


def test_a_device_named_as_input_is_refused(tmp_path):
    import os
    import stat

    zero = tmp_path / "zero"
    try:
        os.mknod(zero, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # like /dev/zero, made here
    except OSError as e:
        pytest.skip(f"cannot make a device node here: {e}")
    (skipped,) = load(zero)
    assert skipped.reason == "not a regular file or a pipe (a device or a socket); not read"


@pytest.mark.parametrize("name", ["ledger-1.txt", "ledger-2.txt"])
def test_articles_never_get_a_ledger_id(tmp_path, name):
    from mobicheck.ledger import is_ledger

    (tmp_path / name).write_text("T\n300 reservists.", encoding="utf-8")
    (tmp_path / "ledger-notes.txt").write_text("T\n5 cars.", encoding="utf-8")
    arts = load(tmp_path)
    assert sorted(a.id for a in arts) == sorted([name[:-4] + "~2", "ledger-notes"])
    assert not any(is_ledger(a) for a in arts)


def test_a_pipe_inside_a_folder_is_skipped_not_opened(tmp_path):
    import os

    os.mkfifo(tmp_path / "feed.txt")
    (tmp_path / "good.txt").write_text("T\n5 cars.", encoding="utf-8")
    skipped, article = load(tmp_path)
    assert skipped.reason == "not a regular file (a pipe, socket or device)" and article.id == "good"


@pytest.mark.parametrize("body, url, expected", [
    ("Storm floods harbour town Published: April 16,2013 8: 41 AM Water rose overnight.", None, "2013-04-16"),
    ("Ferry strike ends May 03,2013 After two weeks, crews returned.", None, "2013-05-03"),
    ("Quake jolts coast Tue Jul 2,2013 3: 52PM GMT A strong quake shook the coast.", None, "2013-07-02"),
    ("19 September 2013 Last updated at 11: 07 GMT Bridge reopens", None, "2013-09-19"),
    ("Mayor resigns First Posted: 10 / 25 / 11 07: 18 PM ET Updated: 12 / 26 / 11", None, "2011-10-25"),
    ("Dam deal signed THURSDAY, DECEMBER 3,2009,8: 17 AM The deal was signed.", None, "2009-12-03"),
    # a date in a sentence is what the story tells, not when it was written
    ("The trial began on March 3, 2012, and ended in May.", None, None),
    ("Officials said in 2012 that the fund was empty.", None, None),
    # the address, when the text has none
    ("No date here.", "http://example.com/2013/may/03/local/story", "2013-05-03"),
    ("No date here.", "https://example.org/news/2014/06/29/shooting-story", "2014-06-29"),
    ("No date here.", "https://example.org/news/story-4417", None),
])
def test_date_in_text(body, url, expected):
    assert date_in_text(body, url) == expected


def test_a_report_without_a_date_in_its_metadata_is_dated_by_its_text(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "Ferry strike ends May 03,2013 After two weeks."}\n'
                                      '{"id": "b", "text": "Ferry strike ends May 03,2013 After two weeks.", '
                                      '"published": "2013-05-05"}\n', encoding="utf-8")
    assert [a.published for a in load_articles([str(tmp_path)])] == ["2013-05-03", "2013-05-05"]
