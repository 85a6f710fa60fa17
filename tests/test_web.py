"""HTML pages and URLs: extraction against text twins, fetching, the cache, errors.

No test touches the network: saved pages are served from a local
http.server on 127.0.0.1 in a thread.
"""
from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mobicheck.html
from mobicheck import web
from mobicheck.cli import app
from mobicheck.extract import extract_claims
from mobicheck.load import load_articles
from mobicheck.model import Article, Skipped

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
# What each page's metadata says; the dates come from three different places
# (Open Graph, JSON-LD, a plain <meta name=pubdate>).
EXPECTED = {
    "tbilisi-border": ("Caucasus Daily", "2022-09-23"),
    "shoigu-reservists": ("The Northern Courier", "2022-09-21"),
    "lima-quake": ("Lima Ledger", "2025-03-04"),
}
# Figures that only occur in page furniture (captions, related links, share
# counts, banners, footers, comments): none of them may become a claim.
FURNITURE_FIGURES = ("3,500", "1,204", "8 airlines", "12 partners", "200 officers", "1,000 Russians", "1 million",
                     "40 homes", "10 strongest", "97 comments", "£1", "5 points", "4 regions")

ENGINES = ["plain"] + (["trafilatura"] if mobicheck.html.have_trafilatura() else [])


def claim_keys(article: Article) -> list[tuple]:
    return [(c.kind, c.text, c.value, c.low, c.high, c.unit, c.per, c.subject, c.measure, c.place, c.speaker)
            for c in extract_claims(article)]


@pytest.fixture(params=ENGINES)
def engine(request, monkeypatch):
    if request.param == "plain":
        monkeypatch.setattr(mobicheck.html, "have_trafilatura", lambda: False)
    return request.param


def test_there_are_saved_pages_with_twins():
    assert len(NAMES) >= 3
    for name in NAMES:
        assert (PAGES / f"{name}.txt").is_file(), f"{name}.html has no text twin"


@pytest.mark.parametrize("name", NAMES)
def test_page_gives_the_claims_of_its_text_twin(name, engine):
    (page,) = load_articles([str(PAGES / f"{name}.html")])
    (twin,) = load_articles([str(PAGES / f"{name}.txt")])
    assert isinstance(page, Article), page
    assert page.title == twin.title
    assert (page.source, page.published) == EXPECTED[name]
    assert claim_keys(page) == claim_keys(twin)
    assert claim_keys(page), "the page has claims to compare"
    texts = " | ".join(c.text for c in extract_claims(page))
    for figure in FURNITURE_FIGURES:
        assert figure not in texts
    assert "cookie" not in page.body.lower() and "See also" not in page.body


def test_extract_page_reads_author_and_json_ld():
    page = mobicheck.html.extract_page((PAGES / "shoigu-reservists.html").read_text(encoding="utf-8"),
                                       engine="plain")
    assert (page.author, page.site, page.published[:10]) == ("Tom Hale", "The Northern Courier", "2022-09-21")


def test_broken_markup_never_raises(engine):
    for markup in ("", "<", "<html><p>unclosed <b>7 people", "\x00\x01<p>", "<script>", "<!-- 5 -->"):
        page = mobicheck.html.extract_page(markup)
        assert isinstance(page.text, str)


# -- a local server -------------------------------------------------------------

class _Handler(http.server.SimpleHTTPRequestHandler):
    """Saved pages, plus /slow, /pdf and /missing; counts concurrent requests per Host."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(PAGES), **kwargs)

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        server = self.server
        host = self.headers.get("Host", "").split(":")[0]
        # Requests count as active only while no byte of the answer is sent:
        # a client cannot have started its next request by then.
        with server.lock:
            server.hits.append(self.path)
            server.active[host] = server.active.get(host, 0) + 1
            server.active_total += 1
            server.max_per_host[host] = max(server.max_per_host.get(host, 0), server.active[host])
            server.max_total = max(server.max_total, server.active_total)
        time.sleep(server.delay)
        with server.lock:
            server.active[host] -= 1
            server.active_total -= 1
        if self.path == "/slow":
            time.sleep(3)
            self._send(b"<p>Too late: 5 people.</p>", "text/html")
        elif self.path == "/pdf":
            self._send(b"%PDF-1.4 ...", "application/pdf")
        elif self.path == "/plain.txt":
            self._send("Plain title\n\nMore than 40 people were hurt.\n".encode(), "text/plain; charset=utf-8")
        else:
            super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout test)
            pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.lock = threading.Lock()
    httpd.hits, httpd.active, httpd.max_per_host = [], {}, {}
    httpd.active_total = httpd.max_total = 0
    httpd.delay = 0.0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_url_arguments_load_like_saved_pages(server):
    urls = [f"{server.base}/{name}.html" for name in NAMES]
    loaded = list(load_articles(urls))
    assert all(isinstance(a, Article) for a in loaded), loaded
    for name, article in zip(NAMES, loaded):
        (twin,) = load_articles([str(PAGES / f"{name}.txt")])
        assert claim_keys(article) == claim_keys(twin)
        assert (article.source, article.published) == EXPECTED[name]
        assert article.path == f"{server.base}/{name}.html"
        assert article.url  # the canonical URL, else the address fetched
    assert loaded[0].id == f"127.0.0.1-{NAMES[0]}"


def test_each_failure_is_one_skipped_record_and_the_batch_goes_on(server):
    dead = f"http://127.0.0.1:{closed_port()}/gone.html"
    urls = [f"{server.base}/missing.html", f"{server.base}/{NAMES[0]}.html", dead, f"{server.base}/pdf",
            f"{server.base}/plain.txt"]
    out = list(load_articles(urls, fetch=web.FetchOptions(timeout=5)))
    assert isinstance(out[0], Skipped) and out[0].path == urls[0] and "HTTP error 404" in out[0].reason
    assert isinstance(out[1], Article)
    assert isinstance(out[2], Skipped) and out[2].path == dead and "cannot connect" in out[2].reason
    assert isinstance(out[3], Skipped) and "not an HTML page (content type application/pdf)" in out[3].reason
    assert isinstance(out[4], Article) and out[4].title == "Plain title"


def test_timeout_is_reported_not_waited_out(server):
    start = time.monotonic()
    (out,) = load_articles([f"{server.base}/slow"], fetch=web.FetchOptions(timeout=0.5))
    assert isinstance(out, Skipped) and out.reason == "timed out after 0.5 s"
    assert time.monotonic() - start < 2.5


def test_polite_concurrency_one_per_host_four_in_all(server):
    server.delay = 0.15
    port = server.server_address[1]
    # Two host names for one server: to the fetcher they are two hosts.
    hosts = ["127.0.0.1", "localhost"]
    urls = [f"http://{h}:{port}/{name}.html?n={i}" for h in hosts for name in NAMES for i in range(2)]
    out = list(load_articles(urls))
    assert all(isinstance(a, Article) for a in out)
    assert server.max_per_host == {h: 1 for h in hosts}
    assert server.max_total == 2  # both hosts at once, each one request at a time


def test_cli_urls_file_cache_and_offline_second_run(server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no claims.yaml ledger here
    dead = f"http://127.0.0.1:{closed_port()}/x.html"
    (tmp_path / "urls.txt").write_text(
        "# the story, three ways\n" + "".join(f"{server.base}/{n}.html\n" for n in NAMES) + f"\n{dead}\n",
        encoding="utf-8")
    args = ["claims", "--urls", "urls.txt", "--cache", "cache", "--format", "json", "--timeout", "5"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 2  # one input skipped
    assert f"Error: {dead}: cannot connect" in first.stderr
    assert len(first.stderr.strip().splitlines()) == 2  # the URL's line and the count line
    data = json.loads(first.stdout)
    assert [a["source"] for a in data["articles"]] == [EXPECTED[n][0] for n in NAMES]
    hits = len(server.hits)

    # Second run: every page comes from the cache; no request reaches the server.
    second = CliRunner().invoke(app, args[:-2] + ["--skip-bad"])
    assert second.exit_code == 0, second.output
    assert len(server.hits) == hits
    again = json.loads(second.stdout)
    assert again["articles"] == data["articles"] and again["claims"] == data["claims"]
    assert len(list((tmp_path / "cache").glob("*.body"))) == len(NAMES)


def test_cli_needs_some_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["claims"])
    assert result.exit_code == 2 and "give at least one file, folder, URL or --urls FILE" in result.stderr
    result = CliRunner().invoke(app, ["compare", "--urls", "nope.txt"])
    assert result.exit_code == 2 and "--urls nope.txt: cannot read" in result.stderr


def test_read_url_list_skips_comments_and_blanks(tmp_path):
    (tmp_path / "u").write_text("\ufeff# list\nhttp://a.example/1\n\n  https://b.example/2  \n", encoding="utf-8")
    assert web.read_url_list(tmp_path / "u") == ["http://a.example/1", "https://b.example/2"]


# -- issue 17: whatever a URL, a server or the cache holds, one Skipped and the batch goes on --------

@pytest.mark.parametrize("url,reason", [
    ("http://exa mple.com/", "a URL cannot contain spaces or control characters (write a space as %20)"),
    ("http://a\tb.example/", "a URL cannot contain spaces or control characters"),
    ("http://[::1/page", "not a valid URL: Invalid IPv6 URL"),
    ("http://example.com:\\80/", "not a valid URL: Port could not be cast to integer value"),
    ("http://example.com:99999/", "not a valid URL: Port out of range"),
    ("http:///path-only", "not a valid URL: no host name"),
    ("http://user:pass@127.0.0.1:9/", "a user name or password in the URL is not supported"),
])
def test_urls_that_cannot_be_fetched_are_refused_before_any_request(url, reason):
    good = PAGES / f"{NAMES[0]}.html"
    bad, article = load_articles([url, str(good)], fetch=web.FetchOptions(timeout=5))
    assert isinstance(bad, Skipped) and bad.path == url and bad.reason.startswith(reason), bad
    assert isinstance(article, Article)


class _RawServer:
    """A TCP server that answers every connection with `answer(conn)`: malformed and hostile HTTP."""

    def __init__(self, answer):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.answer = answer
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/page.html"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        with conn:
            conn.recv(65536)
            try:
                self.answer(conn)
            except OSError:  # the client gave up
                pass

    def close(self):
        self.sock.close()


def _serve(answer) -> _RawServer:
    return _RawServer(answer)


PAGE = b"<html><body><p>Police said 300 people were detained.</p></body></html>"


def _dribble(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(100):
        conn.sendall(b"x")
        time.sleep(0.2)


@pytest.mark.parametrize("answer,reason", [
    (lambda c: c.sendall(b"HTTP/1.1 OK-ish\r\n\r\n" + PAGE), "not a valid HTTP answer: BadStatusLine"),
    (lambda c: c.sendall(b"HTTP/1.1 200 OK\r\n" + b"X-A: 1\r\n" * 101 + b"\r\n" + PAGE),
     "not a valid HTTP answer: HTTPException got more than 100 headers"),
    (lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n" + PAGE),
     f"page cut off: {len(PAGE)} of 100,000 bytes arrived (not cached)"),
    (_dribble, "timed out after 0.6 s"),
], ids=["malformed status line", "101 headers", "cut off mid-body", "one byte at a time"])
def test_hostile_servers_are_one_skipped_line(tmp_path, answer, reason):
    raw = _serve(answer)
    try:
        started = time.monotonic()
        (out,) = load_articles([raw.url], fetch=web.FetchOptions(timeout=0.6, cache=tmp_path / "cache"))
        took = time.monotonic() - started
    finally:
        raw.close()
    assert isinstance(out, Skipped) and out.reason.startswith(reason), out
    assert took < 1.5, f"took {took:.1f} s: the timeout must bound the whole page"
    assert not list((tmp_path / "cache").glob("*.body")) if (tmp_path / "cache").exists() else True


def test_a_response_declaring_charset_undefined_is_read():
    raw = _serve(lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=undefined\r\n"
                                     b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE))
    try:
        (out,) = load_articles([raw.url], fetch=web.FetchOptions(timeout=5))
    finally:
        raw.close()
    assert isinstance(out, Article) and "300 people" in out.body


def _cached(tmp_path) -> tuple[str, Path, Path]:
    """A page in a cache folder, as a first run leaves it: its URL (at a port where
    nothing listens, so a refetch would fail) and its two cache files."""
    url = f"http://127.0.0.1:{closed_port()}/page.html"
    web._write_cache(tmp_path / "cache", web.Fetched(url=url, final_url=url, content=PAGE))
    (first,) = load_articles([url], fetch=web.FetchOptions(cache=tmp_path / "cache"))
    assert isinstance(first, Article)
    key = web._cache_key(url)
    return url, tmp_path / "cache" / f"{key}.json", tmp_path / "cache" / f"{key}.body"


def _make_zero(path: Path) -> None:
    import os
    import stat

    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # like /dev/zero, made by the test
    except OSError as e:
        pytest.skip(f"cannot make a device node here: {e}")


@pytest.mark.parametrize("spoil,reason", [
    (lambda meta, body, tmp: meta.write_text("[1, 2]"), ".json: not a JSON object"),
    (lambda meta, body, tmp: meta.write_text('"a string"'), ".json: not a JSON object"),
    (lambda meta, body, tmp: meta.write_text("42"), ".json: not a JSON object"),
    (lambda meta, body, tmp: meta.write_text('{"url": ["x"]}'), ".json: no text `url`"),
    (lambda meta, body, tmp: meta.write_text(meta.read_text().replace('"charset": null', '"charset": 5')),
     ".json: no text `charset`"),
    (lambda meta, body, tmp: meta.write_text("{not json"), ".json: cannot be read"),
    (lambda meta, body, tmp: (body.unlink(), __import__("os").mkfifo(body)), ".body: not a regular file (not read)"),
    (lambda meta, body, tmp: (body.unlink(), _make_zero(tmp / "zero"), body.symlink_to(tmp / "zero")),
     ".body: a link out of the cache folder (not read)"),
    (lambda meta, body, tmp: ((tmp / "passwd").write_text("root:x:0:0"), body.unlink(),
                              body.symlink_to(tmp / "passwd")), ".body: a link out of the cache folder"),
    (lambda meta, body, tmp: body.write_bytes(b"<p>" + b"x" * 3000 + b"</p>"),
     ".body: cached page is 2.9 KB, over the 0.002 MB limit"),
], ids=["meta list", "meta string", "meta number", "url list", "charset number", "meta not json", "body fifo",
        "body link to a device", "body link to a local file", "body too big"])
def test_a_broken_or_hostile_cache_entry_is_skipped_never_read(tmp_path, spoil, reason):
    url, meta, body = _cached(tmp_path)
    spoil(meta, body, tmp_path)
    started = time.monotonic()
    (out,) = load_articles([url], fetch=web.FetchOptions(cache=tmp_path / "cache"), max_file_mb=0.002)
    assert time.monotonic() - started < 2
    # Named, not refetched over (a refetch would say "cannot connect").
    assert isinstance(out, Skipped) and reason in out.reason and out.reason.endswith(
        "; delete it to fetch the page again"), out


def test_cache_writes_leave_no_temporary_file(tmp_path):
    _cached(tmp_path)
    assert sorted(p.suffix for p in (tmp_path / "cache").iterdir()) == [".body", ".json"]
