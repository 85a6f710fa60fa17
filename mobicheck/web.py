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
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import tempfile
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


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a list file: one per line; blank lines and # comments ignored."""
    urls = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
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

    def __init__(self, urls: Iterable[str], options: FetchOptions, max_bytes: int):
        self.options = options
        self.max_bytes = max_bytes
        self.futures: dict[str, Future] = {}
        by_host: dict[str, list[str]] = {}
        for url in urls:
            if url not in self.futures:
                self.futures[url] = Future()
                by_host.setdefault(urllib.parse.urlsplit(url).netloc.lower(), []).append(url)
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
                future.set_result(fetch(url, self.options, max_bytes=self.max_bytes))
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
    return Batch(urls, options, int(max_file_mb * 1024 * 1024))


def fetch(url: str, options: FetchOptions | None = None, *, max_bytes: int = 20 * 1024 * 1024) -> Fetched | Skipped:
    """One page, from the cache when it is there, else from the network; never raises for a bad page."""
    options = options or FetchOptions()
    if options.cache is not None:
        cached = _read_cache(options.cache, url)
        if cached is not None:
            return cached
    result = _download(url, options, max_bytes)
    if isinstance(result, Fetched) and options.cache is not None:
        try:
            _write_cache(options.cache, result)
        except OSError as e:
            # The page itself is fine; a cache that cannot be written only costs the offline rerun.
            return Skipped(url, f"fetched, but cannot write the cache folder {options.cache}: {e.strerror or e}")
    return result


def _download(url: str, options: FetchOptions, max_bytes: int) -> Fetched | Skipped:
    request = urllib.request.Request(url, headers={
        "User-Agent": options.user_agent,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        "Accept-Encoding": "identity",
    })
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in _ACCEPTED_TYPES:
                return Skipped(url, f"not an HTML page (content type {content_type})")
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                return Skipped(url, f"page is over the {max_bytes / 1048576:g} MB limit (settings.max_file_mb)")
            return Fetched(url=url, final_url=response.geturl() or url, content=content, content_type=content_type,
                           charset=response.headers.get_content_charset())
    except urllib.error.HTTPError as e:
        return Skipped(url, f"HTTP error {e.code} {e.reason}".rstrip())
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return Skipped(url, f"timed out after {options.timeout:g} s")
        return Skipped(url, f"cannot connect: {getattr(reason, 'strerror', None) or reason}")
    except (socket.timeout, TimeoutError):
        return Skipped(url, f"timed out after {options.timeout:g} s")
    except (OSError, ValueError) as e:  # reset connections, bad URLs, broken chunked bodies
        return Skipped(url, f"cannot fetch: {e}")


def _cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def _read_cache(folder: Path, url: str) -> Fetched | None:
    key = _cache_key(url)
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        content = (folder / f"{key}.body").read_bytes()
    except (OSError, ValueError):
        return None
    if meta.get("url") != url:
        return None
    return Fetched(url=url, final_url=meta.get("final_url") or url, content=content,
                   content_type=meta.get("content_type") or "text/html", charset=meta.get("charset"),
                   from_cache=True)


def _write_cache(folder: Path, page: Fetched) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    key = _cache_key(page.url)
    meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
            "charset": page.charset, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    # Body first, then the metadata that makes it visible: a run killed in
    # between leaves no half entry that a later run would trust.
    _atomic_write(folder / f"{key}.body", page.content)
    _atomic_write(folder / f"{key}.json", json.dumps(meta, indent=1).encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def decode_page(page: Fetched) -> tuple[str | None, str]:
    """The page's text and encoding: the server's charset, else the usual detection (see load.decode)."""
    if page.charset:
        try:
            return page.content.decode(page.charset), page.charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; fall back to detection
    from .load import decode

    return decode(page.content)


__all__ = ["FetchOptions", "Fetched", "Batch", "fetch", "start_fetching", "is_url",
           "read_url_list", "url_id", "decode_page"]
