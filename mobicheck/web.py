"""Fetching http(s):// articles: concurrent, polite, cached, one Skipped per failure.

The loader calls `start_fetching` with every URL argument before it reads
any local file, so pages download while local files are read; it then asks
for each page in argument order, which keeps article ids stable.

Politeness: at most `workers` requests at once and one at a time per host
(each host's URLs are fetched in turn by one worker), with a timeout. With a
cache folder every page is saved as fetched, and a page already in the cache
is read from it without any network access, so a second run works offline
and gives the same articles.

Only the standard library is used (urllib, concurrent.futures): fetching
needs no extra dependency, and tests serve pages from a local http.server.

Whatever a URL or a server does, the page becomes a Skipped with the reason:
a URL that cannot be one (a space, an unclosed IPv6 bracket, a port that is
not a number) or carries a password is refused before any request; the
timeout bounds the whole page, not each read; a body shorter than its
Content-Length is refused and not cached; cache entries must be regular
files inside the cache folder, within the size limit.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import socket
import stat
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .model import Skipped
from .output import replace_file

_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class FetchOptions:
    """How pages are fetched: cache folder, timeout (seconds), concurrency."""

    cache: Path | None = None
    timeout: float = 20.0
    workers: int = 4
    user_agent: str = f"mobicheck/{__version__} (claim cross-checker)"


@dataclass(frozen=True)
class Fetched:
    """A downloaded (or cached) page: its raw bytes and what the server said about them."""

    url: str  # as asked for
    final_url: str  # after redirects
    content: bytes
    content_type: str = "text/html"
    charset: str | None = None
    from_cache: bool = False


def is_url(path: str) -> bool:
    """True for an http:// or https:// argument."""
    return bool(re.match(r"https?://", path, re.I))


def url_problem(url: str) -> str | None:
    """Why `url` cannot be fetched, or None when it can be tried.

    urllib and http.client raise on these deep inside a request
    (InvalidURL, ValueError), which ended the whole run.

    >>> url_problem("http://[::1/x"), url_problem("https://example.org/a b")
    ('not a valid URL: Invalid IPv6 URL', 'a URL cannot contain spaces or control characters (write a space as %20)')
    """
    if re.search(r"[\x00-\x20\x7f]", url):
        return "a URL cannot contain spaces or control characters (write a space as %20)"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError as e:
        return f"not a valid URL: {e}"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// URLs are fetched"
    if not parts.hostname:
        return "not a valid URL: no host name"
    if parts.username is not None or parts.password is not None:
        # urllib would take "user:pass@host" for a host name; sending a
        # password in the clear and keeping it in the cache is worse still.
        return ("a user name or password in the URL is not supported (save the page with your browser "
                "and give the file instead)")
    return None


def read_url_list(path: str | Path, max_file_mb: float = 20.0) -> list[str]:
    """The URLs of a list file: one per line; blank lines and # comments ignored.

    Raises OSError, UnicodeDecodeError or load.Refused (a device, a pipe with
    no writer, over `max_file_mb`), as an input file would be refused.
    """
    from .load import read_file

    urls = []
    for line in read_file(Path(path), max_file_mb).decode("utf-8-sig").splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            urls.append(line)
    return urls


def url_id(url: str) -> str:
    """A readable article id for a URL: host and the last path segment.

    >>> url_id("https://www.example.com/world/2022/09/21/putin-mobilisation.html?x=1")
    'example.com-putin-mobilisation'
    """
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1]) if segments else ""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{host}-{last}" if last else host).strip("-.")
    return slug[:80] or "page"


class Batch:
    """Pages being fetched in the background; `result(url)` waits for one.

    Use as a context manager so that unstarted downloads are cancelled when
    the reader stops early (an error, Ctrl-C).
    """

    def __init__(self, urls: Iterable[str], options: FetchOptions, max_file_mb: float):
        self.options = options
        self.max_file_mb = max_file_mb
        self.futures: dict[str, Future] = {}
        by_host: dict[str, list[str]] = {}
        for url in urls:
            if url in self.futures:
                continue
            self.futures[url] = Future()
            try:
                host = urllib.parse.urlsplit(url).netloc.lower()
            except ValueError:  # not a URL at all: fetch() says why, with no request
                host = ""
            by_host.setdefault(host, []).append(url)
        self.pool = ThreadPoolExecutor(max_workers=max(1, options.workers), thread_name_prefix="mobicheck-fetch")
        self.cancelled = False
        for host_urls in by_host.values():
            self.pool.submit(self._host_worker, host_urls)

    def _host_worker(self, urls: list[str]) -> None:
        for url in urls:
            future = self.futures[url]
            if self.cancelled or not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fetch(url, self.options, max_file_mb=self.max_file_mb))
            except BaseException as e:  # the future carries it to the reader
                future.set_exception(e)

    def result(self, url: str) -> Fetched | Skipped:
        """The page at `url` (fetched or from the cache), or a Skipped saying why not."""
        return self.futures[url].result()

    def close(self) -> None:
        """Cancel what has not started and wait for the downloads under way."""
        self.cancelled = True
        for future in self.futures.values():
            future.cancel()
        self.pool.shutdown(wait=True)

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_fetching(urls: Iterable[str], options: FetchOptions, *, max_file_mb: float = 20.0) -> Batch:
    """Start downloading `urls` in the background with `options`."""
    return Batch(urls, options, max_file_mb)


def fetch(url: str, options: FetchOptions | None = None, *, max_file_mb: float = 20.0) -> Fetched | Skipped:
    """One page, from the cache when it is there, else from the network; never raises for a bad page."""
    options = options or FetchOptions()
    problem = url_problem(url)
    if problem:
        return Skipped(url, problem)
    if options.cache is not None:
        cached = _read_cache(options.cache, url, max_file_mb)
        if cached is not None:
            return cached
    result = _Download(url, options, max_file_mb).run()
    if isinstance(result, Fetched) and options.cache is not None:
        try:
            _write_cache(options.cache, result)
        except OSError as e:
            # The page itself is fine; a cache that cannot be written only costs the offline rerun.
            return Skipped(url, f"fetched, but cannot write the cache folder {options.cache}: {e.strerror or e}")
    return result


class _Download:
    """One page, fetched within `options.timeout` seconds in all.

    A socket timeout bounds each read, so a server sending one byte a second
    never trips it: a 3 s timeout once took 46 s. So the request runs in a
    thread of its own that the caller waits for at most the timeout; then the
    page is given up and its connection shut down, which ends the thread's
    read at once (a TLS handshake still under way ends at its own socket
    timeout; the page is given up all the same).
    """

    def __init__(self, url: str, options: FetchOptions, max_file_mb: float):
        self.url, self.options, self.max_file_mb = url, options, max_file_mb
        self.connections: list[http.client.HTTPConnection] = []
        self.result: Fetched | Skipped | None = None

    def run(self) -> Fetched | Skipped:
        worker = threading.Thread(target=self._fetch, name="mobicheck-download", daemon=True)
        worker.start()
        worker.join(self.options.timeout)
        if worker.is_alive() or self.result is None:
            self._cut()
            return Skipped(self.url, f"timed out after {self.options.timeout:g} s")
        return self.result

    def _cut(self) -> None:
        for connection in list(self.connections):
            sock = connection.sock
            if sock is not None:
                try:  # socket.socket's own shutdown: SSLSocket's would tear down its state under the reader
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def _fetch(self) -> None:
        try:
            self.result = self._request()
        except BaseException as e:  # a bug: shown as the page's problem rather than lost in this thread
            self.result = Skipped(self.url, f"internal error while fetching ({type(e).__name__}: {e}); "
                                            "please report it")

    def _request(self) -> Fetched | Skipped:
        from .load import Refused, read_capped  # load imports this module

        url, timeout = self.url, self.options.timeout
        request = urllib.request.Request(url, headers={
            "User-Agent": self.options.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
            "Accept-Encoding": "identity",
        })
        opener = urllib.request.build_opener(_HTTPHandler(self), _HTTPSHandler(self))
        try:
            with opener.open(request, timeout=timeout) as response:
                content_type = response.headers.get_content_type()
                if content_type not in _ACCEPTED_TYPES:
                    return Skipped(url, f"not an HTML page (content type {content_type})")
                content = read_capped(response, self.max_file_mb, what="page")
                declared = response.headers.get("Content-Length", "")
                if declared.strip().isdigit() and len(content) < int(declared):
                    # The connection closed early: caching this would keep half a page for good.
                    return Skipped(url, f"page cut off: {len(content):,} of {int(declared):,} bytes arrived "
                                        "(not cached)")
                return Fetched(url=url, final_url=response.geturl() or url, content=content,
                               content_type=content_type, charset=response.headers.get_content_charset())
        except Refused as e:
            return Skipped(url, str(e))
        except urllib.error.HTTPError as e:
            return Skipped(url, f"HTTP error {e.code} {e.reason}".rstrip())
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                return Skipped(url, f"timed out after {timeout:g} s")
            return Skipped(url, f"cannot connect: {getattr(reason, 'strerror', None) or reason}")
        except (socket.timeout, TimeoutError):
            return Skipped(url, f"timed out after {timeout:g} s")
        except http.client.HTTPException as e:  # a malformed status line, over 100 headers, a broken body
            return Skipped(url, f"not a valid HTTP answer: {type(e).__name__} {e}".rstrip())
        except (OSError, ValueError) as e:  # reset connections, bad redirects
            return Skipped(url, f"cannot fetch: {e}")


class _Tracked:
    """An HTTP(S) connection its _Download can shut down from another thread."""

    def __init__(self, *args, download: _Download, **kwargs):
        super().__init__(*args, **kwargs)
        download.connections.append(self)


class _HTTPConnection(_Tracked, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Tracked, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, download: _Download):
        super().__init__()
        self.download = download

    def http_open(self, req):
        return self.do_open(_HTTPConnection, req, download=self.download)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, download: _Download):
        super().__init__()
        self.download = download

    def https_open(self, req):
        return self.do_open(_HTTPSConnection, req, context=self._context, download=self.download)


def _cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:32]


# What a cache entry's metadata holds: each field a string (or null, where allowed).
_META_FIELDS = {"url": False, "final_url": True, "content_type": True, "charset": True}


def _read_cache(folder: Path, url: str, max_file_mb: float) -> Fetched | Skipped | None:
    """The cached page, None when there is none, or a Skipped naming the broken entry.

    Whoever can write the cache folder must not make mobicheck read a local
    file (a link to /etc/passwd) or wait forever (a FIFO, a link to
    /dev/zero): entries are read only as regular files inside the folder,
    within the size limit.
    """
    from .load import Refused

    key = _cache_key(url)
    meta_path, body_path = folder / f"{key}.json", folder / f"{key}.body"
    if not os.path.lexists(meta_path):
        return None
    path = meta_path
    try:
        meta = json.loads(_read_entry(folder, meta_path, max_file_mb).decode("utf-8"))
        problem = _meta_problem(meta, url)
        if problem is None:
            path = body_path
            content = _read_entry(folder, body_path, max_file_mb)
    except Refused as e:
        problem = str(e)
    except (OSError, ValueError, RecursionError) as e:  # unreadable, not UTF-8, not JSON
        problem = f"cannot be read ({getattr(e, 'strerror', None) or e})"
    if problem:
        return Skipped(url, f"cache entry {path}: {problem}; delete it to fetch the page again")
    return Fetched(url=url, final_url=meta.get("final_url") or url, content=content,
                   content_type=meta.get("content_type") or "text/html", charset=meta.get("charset"),
                   from_cache=True)


def _meta_problem(meta, url: str) -> str | None:
    if not isinstance(meta, dict):
        return "not a JSON object"
    for key, optional in _META_FIELDS.items():
        value = meta.get(key)
        if not (isinstance(value, str) or (optional and value is None)):
            return f"no text `{key}`"
    if meta["url"] != url:
        return "for another URL"
    return None


def _read_entry(folder: Path, path: Path, max_file_mb: float) -> bytes:
    """A cache file's bytes; Refused unless it is a regular file whose real path is in `folder`."""
    from .load import Refused, read_capped

    real = os.path.realpath(path)
    if os.path.dirname(real) != os.path.realpath(folder):
        raise Refused("a link out of the cache folder (not read)")
    # O_NOFOLLOW: a link swapped in after the check above is refused, not followed;
    # O_NONBLOCK: a FIFO is not waited on before fstat says what it is.
    fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb", buffering=0) as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise Refused("not a regular file (not read)")
        os.set_blocking(fd, True)
        return read_capped(f, max_file_mb, what="cached page")


def _write_cache(folder: Path, page: Fetched) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    key = _cache_key(page.url)
    meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
            "charset": page.charset, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    # Body first, then the metadata that makes it visible: a run killed in
    # between leaves no half entry that a later run would trust.
    replace_file(folder / f"{key}.body", page.content)
    replace_file(folder / f"{key}.json", json.dumps(meta, indent=1).encode("utf-8"))


def decode_page(page: Fetched) -> tuple[str | None, str]:
    """The page's text and encoding: the server's charset, else the usual detection (see load.decode)."""
    from .load import decode, text_codec

    charset = text_codec(page.charset) if page.charset else None
    if charset:
        try:
            return page.content.decode(charset), charset
        except UnicodeError:
            pass  # a wrong header is common; fall back to detection
    return decode(page.content)


__all__ = ["FetchOptions", "Fetched", "Batch", "fetch", "start_fetching", "is_url",
           "read_url_list", "url_id", "decode_page"]
