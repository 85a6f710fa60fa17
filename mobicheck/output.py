"""Atomic file output: a report is either wholly written or not at all."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError

# Temporary files being written now. A hard exit (the CLI's second Ctrl-C,
# or its watchdog when the main thread is stuck in C code) removes them,
# since no `finally` runs then.
PENDING: set[str] = set()


def write_output(path: str | Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`.

    An interrupted run leaves the old file (or none), never half a report.
    Raises OutputError, with the path and the problem, when it cannot be written.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.json"; write_output(p, "{}"); p.read_text()
    '{}'
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    PENDING.add(tmp)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            # Without fsync a crash soon after the rename can leave an empty
            # file under the final name on some file systems.
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); a report gets the mode any
        # new file would get, or keeps the mode of the one it replaces.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as e:
        _discard(tmp)
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    except BaseException:
        _discard(tmp)
        raise
    finally:
        PENDING.discard(tmp)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def discard_pending() -> None:
    """Remove every temporary file still being written (before a hard exit)."""
    for tmp in list(PENDING):
        _discard(tmp)
        PENDING.discard(tmp)
