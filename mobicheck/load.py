"""Stage 1: turn paths into Articles, streaming, one Skipped record per bad input.

Formats: .txt (first non-empty line is the title), .md (optional YAML front
matter), .html/.htm (title and main text), .json (a record or a list of
records) and .jsonl (a record per line) with `text` and optional `id`,
`title`, `source`, `published`, `url`. Anything else named explicitly is read
as text; inside folders only those suffixes are read.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import yaml

from . import web
from .html import extract_page
from .model import Article, Skipped

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_RECORD_FIELDS = ("id", "title", "source", "published", "url")


def load_articles(paths: Iterable[str], *, max_file_mb: float = 20.0) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable article under `paths`, else a Skipped.

    `paths` are files, folders (read recursively, sorted), "-" for stdin or
    http(s):// URLs (fetched concurrently with web.py's current options).
    Nothing raises for a bad input: the problem comes back as a Skipped.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Title\\nBody 5 cars.")
    >>> [a.body for a in load_articles([str(d)])]
    ['Body 5 cars.']
    """
    paths = list(paths)
    seen_ids: dict[str, int] = {}
    # Every URL starts downloading now, so the network works while local files are read.
    with web.start_fetching([p for p in paths if web.is_url(p)], max_file_mb=max_file_mb) as batch:
        for item in _walk(paths):
            if isinstance(item, Skipped):
                yield item
                continue
            loaded = [_remote(batch.result(item))] if isinstance(item, str) else _load_one(item, max_file_mb)
            for result in loaded:
                if isinstance(result, Article):
                    result = _unique(result, seen_ids)
                yield result


def _walk(paths: Iterable[str]) -> Iterator[Path | str | Skipped]:
    # A URL comes back as the str itself; files and folders as Paths.
    for raw in paths:
        if web.is_url(raw):
            yield raw
            continue
        if raw == "-":
            yield Path("-")
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk_dir(path)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Skipped(raw, "broken symbolic link")
        else:
            yield Skipped(raw, "no such file or folder")


def _walk_dir(root: Path) -> Iterator[Path | Skipped]:
    # Follow links, but remember real paths so that a link back up the tree
    # is reported once instead of looping forever.
    visited: set[str] = set()

    def onerror(err: OSError) -> None:
        errors.append(Skipped(str(err.filename or root), f"cannot read folder: {err.strerror}"))

    errors: list[Skipped] = []
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=onerror):
        yield from errors
        errors.clear()
        real = os.path.realpath(folder)
        if real in visited:
            yield Skipped(folder, "symbolic link loop; folder already read")
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(folder, name)
            yield path if path.exists() else Skipped(str(path), "broken symbolic link")
    yield from errors


def _load_one(path: Path, max_file_mb: float) -> Iterator[Article | Skipped]:
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        raw = sys.stdin.buffer.read() if name == "<stdin>" else _read_limited(path, max_file_mb)
    except _TooBig as e:
        yield Skipped(name, str(e))
        return
    except OSError as e:
        yield Skipped(name, f"cannot read: {e.strerror or e}")
        return
    text, encoding = decode(raw)
    if text is None:
        yield Skipped(name, encoding)  # `encoding` carries the reason here
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    suffix = path.suffix.lower()
    stem = "stdin" if name == "<stdin>" else path.stem
    if suffix == ".jsonl":
        yield from _jsonl(text, name, stem, encoding)
    elif suffix == ".json":
        yield from _json(text, name, stem, encoding)
    elif suffix in (".md", ".markdown"):
        yield _markdown(text, name, stem, encoding)
    elif suffix in (".html", ".htm"):
        yield _html(text, name, stem, encoding)
    else:
        yield _plain(text, name, stem, encoding)


class _TooBig(Exception):
    pass


def _read_limited(path: Path, max_file_mb: float) -> bytes:
    size = path.stat().st_size
    limit = int(max_file_mb * 1024 * 1024)
    if size > limit:
        raise _TooBig(f"file is {size / 1048576:.1f} MB, over the {max_file_mb:g} MB limit (settings.max_file_mb)")
    return path.read_bytes()


def decode(raw: bytes) -> tuple[str | None, str]:
    """Decode bytes to text; returns (text, encoding) or (None, reason).

    BOMs first (UTF-8, UTF-16), then strict UTF-8, then a detected legacy
    encoding. NUL bytes without a UTF-16 BOM mean a binary file.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8-sig")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16")
    if b"\x00" in raw[:8192]:
        return None, "binary file (not text)"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Imported here: detection is slow to import and rarely needed.
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None, "cannot tell the text encoding (binary file?)"
    return str(best), best.encoding


def _strict(raw: bytes, encoding: str) -> tuple[str | None, str]:
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError as e:
        return None, f"not valid {encoding} at byte {e.start}"


def _plain(text: str, name: str, stem: str, encoding: str) -> Article | Skipped:
    m = re.search(r"\S[^\n]*", text)
    if not m:
        return Skipped(name, "empty file")
    title = m.group().strip()
    newline = text.find("\n", m.end())
    body = "" if newline < 0 else text[newline + 1 :]
    return Article(id=stem, body=body, path=name, title=title, encoding=encoding)


def _markdown(text: str, name: str, stem: str, encoding: str) -> Article | Skipped:
    m = _FRONT_MATTER.match(text)
    meta: dict = {}
    body = text
    if m:
        try:
            meta = yaml.safe_load(m.group(1) or "") or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = mark.line + 2 if mark else None  # +1 for 1-based, +1 for the opening ---
            return Skipped(name, f"front matter is not valid YAML: {getattr(e, 'problem', e)}", line)
        if not isinstance(meta, dict):
            return Skipped(name, "front matter must be a mapping of keys such as title, source, published", 2)
        body = text[m.end() :]
    if not body.strip():
        return Skipped(name, "empty article (no text after the front matter)")
    title = meta.get("title") or _first_heading(body)
    return _record_article(meta, body, name, stem, encoding, title)


def _first_heading(body: str) -> str | None:
    m = re.search(r"^\s*#+\s*(.+)$|\S[^\n]*", body, re.M)
    return (m.group(1) or m.group()).strip() if m else None


def _html(text: str, name: str, stem: str, encoding: str, url: str | None = None) -> Article | Skipped:
    page = extract_page(text, url)
    if not page.text.strip():
        return Skipped(name, "no article text found in the HTML page")
    # A page's own date may be in any format; an unreadable one is dropped rather than the article.
    published = normalise_date(page.published) if page.published else None
    meta = {"title": page.title, "source": page.site, "published": published, "url": page.url or url}
    return _record_article(meta, page.text, name, stem, encoding, page.title)


def _remote(fetched: web.Fetched | Skipped) -> Article | Skipped:
    if isinstance(fetched, Skipped):
        return fetched
    text, encoding = web.decode_page(fetched)
    if text is None:
        return Skipped(fetched.url, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    stem = web.url_id(fetched.final_url)
    if fetched.content_type == "text/plain":
        article = _plain(text, fetched.url, stem, encoding)
        return replace(article, url=fetched.final_url) if isinstance(article, Article) else article
    return _html(text, fetched.url, stem, encoding, fetched.final_url)


def _json(text: str, name: str, stem: str, encoding: str) -> Iterator[Article | Skipped]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Skipped(name, f"not valid JSON: {e.msg}", e.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        yield _json_record(record, name, f"{stem}-{i + 1}" if len(records) > 1 else stem, encoding, None)


def _jsonl(text: str, name: str, stem: str, encoding: str) -> Iterator[Article | Skipped]:
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(name, f"not valid JSON: {e.msg} (column {e.colno})", lineno)
            continue
        yield _json_record(record, name, f"{stem}-{lineno}", encoding, lineno)
    if not found:
        yield Skipped(name, "empty file")


def _json_record(record, name: str, fallback_id: str, encoding: str, line: int | None) -> Article | Skipped:
    if not isinstance(record, dict):
        return Skipped(name, "a record must be a JSON object with a `text` field", line)
    body = record.get("text")
    if not isinstance(body, str):
        return Skipped(name, "record has no `text` string", line)
    return _record_article(record, body, name, str(record.get("id") or fallback_id), encoding, record.get("title"))


def _record_article(meta: dict, body: str, name: str, stem: str, encoding: str, title) -> Article | Skipped:
    published = meta.get("published") or meta.get("date")
    if published is not None:
        published = normalise_date(published)
        if published is None:
            return Skipped(name, f"`published` must be a date as YYYY-MM-DD, got {meta.get('published')!r}")
    return Article(
        id=str(meta.get("id") or stem),
        body=body,
        path=name,
        title=str(title) if title else None,
        source=_text_or_none(meta.get("source")),
        published=published,
        url=_text_or_none(meta.get("url")),
        encoding=encoding,
    )


def normalise_date(value) -> str | None:
    """YYYY-MM-DD from a date, a datetime or an ISO string (time part dropped)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def _text_or_none(value) -> str | None:
    return str(value) if value not in (None, "") else None


def _unique(article: Article, seen: dict[str, int]) -> Article:
    # Claim ids are built from article ids, so two files named alike in
    # different folders must not collide.
    n = seen.get(article.id, 0)
    seen[article.id] = n + 1
    if n == 0:
        return article
    return replace(article, id=f"{article.id}~{n + 1}")
