"""Stage 1: turn paths into Articles, streaming, one Skipped record per bad input.

Formats: .txt (first non-empty line is the title), .md (optional YAML front
matter), .html/.htm (title and main text), .json (a record or a list of
records) and .jsonl (a record per line) with `text` and optional `id`,
`title`, `source`, `published`, `url`. Anything else named explicitly is read
as text; inside folders only those suffixes are read.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import json
import math
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import yaml

from . import web
from .config import load_yaml
from .html import extract_page
from .ledger import is_ledger_id
from .dates import date_in_text, read_date
from .model import Article, Skipped

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_RECORD_FIELDS = ("id", "title", "source", "published", "url")
# Formats that are never text, by their first bytes; some (PDF) have no NUL
# byte early on, and a detector would happily "decode" them into noise.
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or Office document"),
          (b"\x1f\x8b", "a gzip archive"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"),
          (b"7z\xbc\xaf", "a 7z archive"), (b"\x7fELF", "a program"), (b"{\\rtf", "an RTF document"),
          (b"\xd0\xcf\x11\xe0", "an old Office document"))
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Control characters that do not occur in text; a decoded "text" made of
# many of them is a binary file that happened to decode.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Bytes that are not UTF-8, as "surrogateescape" decoding leaves them.
_STRAY = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Python codecs that are no web charset: "undefined" fails on every byte, the
# others read escapes or domain names, not text a page could be in.
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"})
# Inputs are read this much at a time, so that a limit of 1 GB allocates
# nothing before there is something to read.
_CHUNK = 1 << 20


def load_articles(paths: Iterable[str], *, max_file_mb: float = 20.0,
                  fetch: web.FetchOptions | None = None, dayfirst: bool = False) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable article under `paths`, else a Skipped.

    `paths` are files, folders (read recursively, sorted), "-" for stdin or
    http(s):// URLs (fetched concurrently, with `fetch`'s cache and timeout).
    Nothing raises for a bad input: the problem comes back as a Skipped.
    Publication dates are read in any common form (`dates.read_date`);
    `dayfirst` reads 04/03/2025 as 4 March.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Title\\nBody 5 cars.")
    >>> [a.body for a in load_articles([str(d)])]
    ['Body 5 cars.']
    """
    paths = list(paths)
    seen_ids: set[str] = set()
    # Every URL starts downloading now, so the network works while local files are read.
    urls = [p for p in paths if web.is_url(p)]
    with web.start_fetching(urls, fetch or web.FetchOptions(), max_file_mb=max_file_mb) as batch:
        for item in _walk(paths):
            if isinstance(item, Skipped):
                yield item
                continue
            loaded = [_remote(batch.result(item))] if isinstance(item, str) else _load_one(item, max_file_mb)
            for result in loaded:
                if isinstance(result, Article):
                    result = _unique(_dated(result, dayfirst), seen_ids)
                yield result


def _walk(paths: Iterable[str]) -> Iterator[Path | str | Skipped]:
    # A URL comes back as the str itself; files and folders as Paths.
    # Real paths already read: a file or folder reached twice (named twice,
    # or through a link) is read once, or its claims would agree with themselves.
    seen: set[str] = set()
    for raw in paths:
        if web.is_url(raw):
            yield raw
            continue
        if raw == "-":
            yield Path("-")
            continue
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as e:
            yield Skipped(raw, _stat_problem(path, e))
            continue
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        if stat.S_ISDIR(mode):
            yield from _walk_dir(path, seen)
        else:
            # A pipe named explicitly is read (`<(zcat x.gz)` is one);
            # read_file refuses devices and a pipe nobody writes to.
            yield path


def _stat_problem(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself)"
    if e.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "no such file or folder"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    return f"cannot read: {e.strerror or e}"


def _walk_dir(root: Path, seen: set[str]) -> Iterator[Path | Skipped]:
    # Links are followed; `seen` holds real paths so a link back up the tree
    # is reported once instead of looping forever.
    errors: list[Skipped] = []

    def onerror(err: OSError) -> None:
        errors.append(Skipped(str(err.filename or root), f"cannot read folder: {err.strerror or err}"))

    first = True
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=onerror):
        yield from errors
        errors.clear()
        real = os.path.realpath(folder)
        if not first:
            if real in seen:
                if _is_ancestor(real, os.path.realpath(os.path.dirname(folder))):
                    yield Skipped(folder, f"symbolic link loop: it leads back to {real}; not followed")
                dirs[:] = []
                continue
            seen.add(real)
        first = False
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(folder, name)
            try:
                mode = path.stat().st_mode
            except OSError as e:
                yield Skipped(str(path), _stat_problem(path, e))
                continue
            if not stat.S_ISREG(mode):
                # Opening a named pipe found in a folder would wait forever.
                yield Skipped(str(path), "not a regular file (a pipe, socket or device)")
                continue
            real_file = os.path.realpath(path)
            if real_file not in seen:
                seen.add(real_file)
                yield path
    yield from errors


def _is_ancestor(folder: str, of: str) -> bool:
    return of == folder or of.startswith(folder.rstrip(os.sep) + os.sep)


def _load_one(path: Path, max_file_mb: float) -> Iterator[Article | Skipped]:
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        raw = read_file(path, max_file_mb)
    except Refused as e:
        yield Skipped(name, str(e))
        return
    except OSError as e:
        yield Skipped(name, _stat_problem(path, e) if e.errno else f"cannot read: {e}")
        return
    yield from load_bytes(raw, name, stem="stdin" if name == "<stdin>" else path.stem)


def load_bytes(raw: bytes, name: str, *, stem: str | None = None) -> Iterator[Article | Skipped]:
    """The articles in the bytes of one input; `name`'s suffix says the format.

    Article ids are not yet made unique across inputs (load_articles does that).

    >>> [a.body for a in load_bytes(b'{"text": "5 cars"}', "x.jsonl")]
    ['5 cars']
    """
    suffix = Path(name).suffix.lower()
    stem = Path(name).stem if stem is None else stem
    hint = _declared_charset(raw) if suffix in (".html", ".htm") else None
    text, encoding = decode(raw, declared=hint)
    if text is None:
        yield Skipped(name, encoding)  # `encoding` carries the reason here
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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


class Refused(Exception):
    """A file that is not read, with the reason: too big, not a regular file or pipe."""


def read_file(path: Path, max_file_mb: float) -> bytes:
    """The bytes of the file at `path` ("-": stdin), or Refused; never reads
    more than the limit plus one byte. Raises OSError when it cannot be opened.

    The file is opened without waiting (O_NONBLOCK) and judged by what was
    opened (fstat), not by an earlier look at the path: opening a named pipe
    that no process writes to would otherwise wait forever. A regular file
    or a pipe is read; a device (/dev/zero, a terminal) is refused. The size
    is checked while reading, not only from stat: stdin, pipes and /proc
    files report no size, and a file may grow after it was looked at.
    """
    if str(path) == "-":
        return read_capped(sys.stdin.buffer, max_file_mb)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb", buffering=0) as f:
        return read_capped(f, max_file_mb, first=_first_bytes(fd))


def _first_bytes(fd: int) -> bytes:
    """What a regular file or a pipe holds at once (b"" for a regular file); Refused otherwise."""
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        os.set_blocking(fd, True)
        return b""
    if not stat.S_ISFIFO(mode):
        raise Refused("not a regular file or a pipe (a device or a socket); not read")
    try:
        first = os.read(fd, _CHUNK)
    except BlockingIOError:  # a writer is there and has not written yet: wait for it
        first = b""
    else:
        if not first:
            raise Refused("a pipe with nothing to read (no process writes to it)")
    os.set_blocking(fd, True)
    return first


def read_capped(f, max_file_mb: float, *, first: bytes = b"", what: str = "file") -> bytes:
    """All of binary stream `f` (after `first`, already read from it), or Refused
    past `max_file_mb`; at most the limit plus one byte is read."""
    limit = None if not math.isfinite(max_file_mb) else max(0, int(max_file_mb * 1024 * 1024))
    try:
        info = os.fstat(f.fileno())
    except (OSError, AttributeError, ValueError):  # a stream with no file behind it
        info = None
    if limit is not None and info is not None and stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise Refused(_too_big(info.st_size, max_file_mb, what=what))
    parts, got = [first], len(first)
    while limit is None or got <= limit:
        chunk = f.read(_CHUNK if limit is None else min(_CHUNK, limit + 1 - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    if limit is not None and got > limit:
        raise Refused(_too_big(got, max_file_mb, more=True, what=what))
    return b"".join(parts)


def _too_big(size: int, max_file_mb: float, *, more: bool = False, what: str = "file") -> str:
    shown = f"{size / 1048576:.1f} MB" if size >= 104858 else f"{size / 1024:.1f} KB"
    return (f"{what} is {'over ' if more else ''}{shown}, over the {max_file_mb:g} MB limit "
            "(raise it with --max-file-mb or settings.max_file_mb)")


def decode(raw: bytes, *, declared: str | None = None) -> tuple[str | None, str]:
    """Decode bytes to text; returns (text, encoding) or (None, reason).

    BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the charset a
    page declares (`declared`), then UTF-8 with a few stray legacy bytes,
    then a detected legacy encoding. Known binary formats and NUL bytes
    without a BOM mean a binary file.

    >>> decode("Le café est fermé.".encode("cp1252"))
    ('Le café est fermé.', 'cp1252')
    """
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(raw, "utf-32")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8-sig")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _strict(raw, "utf-16")
        if text is not None and _looks_binary(text):
            return None, "binary file (not text)"
        return text, encoding
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return None, f"binary file ({what}), not text"
    if b"\x00" in raw[:8192]:
        return None, "binary file (not text)"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return (None, "binary file (not text)") if _looks_binary(text) else (text, "utf-8")
    declared = text_codec(declared) if declared else None
    if declared:
        try:
            text = raw.decode(declared)
        except UnicodeError:
            pass
        else:
            if not _looks_binary(text):
                return text, declared
    mixed = _mostly_utf8(raw)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    text, encoding = _detect(raw)
    if text is None or _looks_binary(text):
        return None, "binary file, or text in an encoding that cannot be told (save it as UTF-8)"
    return text, encoding


def _strict(raw: bytes, encoding: str) -> tuple[str | None, str]:
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError as e:
        return None, f"not valid {encoding} at byte {e.start}"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.05


def text_codec(label: str) -> str | None:
    """Python's name for the text encoding a page or a server names, or None
    for a label that names none ("undefined", "base64", "no-such-thing").

    >>> text_codec("Latin-1"), text_codec("undefined"), text_codec("rot13")
    ('iso8859-1', None, None)
    """
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    return info.name if info._is_text_encoding and info.name not in _NOT_CHARSETS else None


def _declared_charset(raw: bytes) -> str | None:
    """The charset a page names in its <meta>, as browsers read it."""
    m = _CHARSET.search(raw[:4096])
    name = text_codec(m.group(1).decode("ascii", "replace")) if m else None
    if name is None:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # an ASCII-compatible page cannot be UTF-16; browsers ignore this
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 text with a few stray Windows-1252 bytes (a pasted “smart quote”), repaired.

    Detection fails on such files or picks an encoding that garbles every
    correct UTF-8 character; reading the stray bytes as cp1252 keeps both.
    """
    text = raw.decode("utf-8", "surrogateescape")
    stray = len(_STRAY.findall(text))
    good = len(_NON_ASCII.findall(text)) - stray
    if not good or stray * 10 > good:
        return None
    return _STRAY.sub(_stray_byte, text)


def _stray_byte(m: re.Match) -> str:
    byte = ord(m.group()) - 0xDC00
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        return chr(byte)


def _detect(raw: bytes) -> tuple[str | None, str]:
    # Imported here: detection is slow to import and rarely needed.
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None, ""
    text = str(best)
    # On short texts charset-normalizer cannot tell close code pages apart
    # and may name an exotic one ("café" as cp1006 "cafﻠ"). Windows-1252,
    # the commonest legacy encoding of news text, wins when it reads the
    # bytes at least as cleanly.
    if best.encoding != "cp1252":
        try:
            western = raw.decode("cp1252")
        except UnicodeDecodeError:
            return text, best.encoding
        try:
            from charset_normalizer.md import mess_ratio
        except ImportError:  # an internal module; do without the tie-break
            return text, best.encoding
        if mess_ratio(western, 1.0) <= best.chaos:
            return western, "cp1252"
    return text, best.encoding


def _plain(text: str, name: str, stem: str, encoding: str) -> Article | Skipped:
    m = re.search(r"\S[^\n]*", text)
    if not m:
        return Skipped(name, "empty file")
    title = m.group().strip()
    newline = text.find("\n", m.end())
    body = "" if newline < 0 else text[newline + 1 :]
    if not body.strip():
        # A one-line text ("echo '300 people died' | mobicheck claims -") is
        # all article: its line is the title and also the body, so no claim
        # in it is lost.
        body = text[m.start() :]
    return Article(id=stem, body=body, path=name, title=title, encoding=encoding)


def _markdown(text: str, name: str, stem: str, encoding: str) -> Article | Skipped:
    m = _FRONT_MATTER.match(text)
    meta: dict = {}
    body = text
    if m:
        try:
            meta = load_yaml(m.group(1) or "")[1] or {}
        except yaml.YAMLError as e:
            problem = getattr(e, "problem", None) or str(e)
            mark = getattr(e, "problem_mark", None)
            if "<stream end>" in problem and getattr(e, "context_mark", None):
                # An unclosed bracket or quote is found at the end; where it opened is the line to fix.
                mark = e.context_mark
            line = mark.line + 2 if mark else None  # +1 for 1-based, +1 for the opening ---
            return Skipped(name, f"front matter is not valid YAML: {problem}", line)
        except RecursionError:
            return Skipped(name, "front matter is nested too deeply", 2)
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
    # A page's own date may be in any format ("March 3, 2025"); an unreadable
    # one is dropped rather than dropping the article.
    meta = {"title": page.title, "source": page.site, "published": page.published, "url": page.url or url,
            "author": page.author}
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
    except ValueError:
        yield Skipped(name, _LONG_NUMBER)
        return
    except RecursionError:
        yield Skipped(name, "not usable JSON: nested too deeply")
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield Skipped(name, "no records (an empty JSON list)")
    for i, record in enumerate(records):
        several = len(records) > 1
        result = _json_record(record, name, f"{stem}-{i + 1}" if several else stem, encoding, None)
        if isinstance(result, Skipped) and several:
            result = replace(result, reason=f"record {i + 1}: {result.reason}")
        yield result


# The only other ValueError json.loads raises: Python refuses to read an
# integer of over 4,300 digits (a guard against quadratic conversion).
_LONG_NUMBER = "not usable JSON: a number longer than 4,300 digits"


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
        except ValueError:
            yield Skipped(name, _LONG_NUMBER, lineno)
            continue
        except RecursionError:
            yield Skipped(name, "not usable JSON: nested too deeply", lineno)
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
    if not body.strip():
        return Skipped(name, "record has an empty `text`", line)
    result = _record_article(record, body, name, str(record.get("id") or fallback_id), encoding,
                             record.get("title"))
    return replace(result, line=line) if isinstance(result, Skipped) else result


def _record_article(meta: dict, body: str, name: str, stem: str, encoding: str, title) -> Article | Skipped:
    given = meta.get("published") or meta.get("date")
    # Kept as written; load_articles reads it once (dates.read_date), with --dayfirst.
    published = given.isoformat()[:10] if isinstance(given, (dt.date, dt.datetime)) else _text_or_none(given)
    return Article(
        id=str(meta.get("id") or stem),
        body=body,
        path=name,
        title=str(title) if title else None,
        source=_text_or_none(meta.get("source")),
        published=published,
        url=_text_or_none(meta.get("url")),
        encoding=encoding,
        author=_text_or_none(meta.get("author")),
        language=_text_or_none(meta.get("language")),
    )


def _dated(article: Article, dayfirst: bool) -> Article:
    """The article with its publication date as YYYY-MM-DD; a date that cannot be
    read costs the date and a note (a warning of the run), never the article.
    Without a date in the metadata, the date the report carries in its text or
    address (a "Published:" line, a timestamp under the headline) dates it."""
    if article.published is None:
        stamped = date_in_text(article.body, article.url)
        return replace(article, published=stamped) if stamped else article
    published = read_date(article.published, dayfirst=dayfirst)
    if published == article.published:
        return article
    notes = article.notes
    if published is None:
        notes += (f"`published` is not a date mobicheck can read ({_short(article.published)!r}); "
                  "the article is read without one",)
    return replace(article, published=published, notes=notes)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _text_or_none(value) -> str | None:
    return str(value) if value not in (None, "") else None


def _unique(article: Article, seen: set[str]) -> Article:
    # Claim ids are built from article ids, so two files named alike in
    # different folders must not collide (nor with a record whose own id
    # happens to read "same~2"). Ledger ids are reserved: a file named
    # ledger-1.txt would be taken for a ledger entry, and its claims would
    # replace those of claims.yaml's first entry.
    new_id, n = article.id, 1
    while new_id in seen or is_ledger_id(new_id):
        n += 1
        new_id = f"{article.id}~{n}"
    seen.add(new_id)
    return article if new_id == article.id else replace(article, id=new_id)
