"""File output: a report is either wholly written or not at all, and only a
regular file is ever replaced.

Atomic replacement (a temporary file renamed over the path) is right for a
regular file or a new path. It is wrong for anything else: renaming over
/dev/null would turn the machine's /dev/null into a regular file, and over a
FIFO or a symbolic link it would cut whoever reads the pipe or shares the link.
So a link is followed and its target written; a character device (/dev/null,
a terminal) or a FIFO is written directly; a block device, a socket or a
folder is refused with a message.

Temporary files are named `.NAME.XXXXXXXX.mobicheck-PID@HOST.tmp`. Ctrl-C,
SIGTERM and write errors remove them at once; SIGKILL (or a power cut)
cannot be handled, so the next write into the same folder removes the
temporary files of this host whose process is gone (see docs/reliability.md).
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import stat
import tempfile
from pathlib import Path

from .errors import OutputError

# Temporary files being written now. A hard exit (the CLI's second Ctrl-C,
# or its watchdog when the main thread is stuck in C code) removes them,
# since no `finally` runs then.
PENDING: set[str] = set()
# Which process wrote a temporary file: a later run removes those of dead ones.
_HOST = re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname())[:64] or "host"
_TMP_SUFFIX = re.compile(r"\.mobicheck-(\d+)@([A-Za-z0-9._]+)\.tmp$")
# Folders already swept for stale temporary files by this process: a cache
# folder of 100,000 pages is listed once, not once per page written.
_SWEPT: set[str] = set()


def write_output(path: str | Path, text: str) -> None:
    """Write `text` to `path`: atomically for a regular file or a new path,
    directly for a character device or a FIFO, through a symbolic link.

    An interrupted run leaves the old file (or none), never half a report.
    Raises OutputError, with the path and the problem, when it cannot be
    written (a full disk included: the data is flushed and synced first).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.json"; write_output(p, "{}"); p.read_text()
    '{}'
    """
    shown = os.fspath(path)
    if shown.endswith(os.sep) and not os.path.isdir(shown):
        # pathlib drops a trailing slash: "missing/" would become a file "missing".
        raise OutputError(f"cannot write {shown}: no such folder")
    # A link is written through: its target is what gets replaced, the link stays.
    target = os.path.realpath(shown)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise OutputError(f"cannot write {shown}: {e.strerror or e}") from None
    if mode is None or stat.S_ISREG(mode):
        _replace(Path(target), text, shown)
    elif stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {shown}: it is a folder")
    elif stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        _write_through(target, text, shown)
    else:
        raise OutputError(f"cannot write {shown}: not a regular file, a character device or a pipe")


def encode(text: str) -> bytes:
    r"""A report's bytes: UTF-8, always valid. A byte of a file name that was
    not UTF-8 (kept by Python as a lone surrogate) is written as the escape
    \udcXX: JSON readers turn it back into the same name, where the raw byte
    made the whole report invalid UTF-8.

    >>> encode("caf\udce9")
    b'caf\\udce9'
    """
    return text.encode("utf-8", "backslashreplace")


def _replace(path: Path, text: str, shown: str) -> None:
    try:
        replace_file(path, encode(text))
    except OSError as e:
        raise OutputError(f"cannot write {shown}: {e.strerror or e}") from None


def replace_file(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, sync it, rename it over
    `path`: readers see the old file or the new one, never part of it.

    Raises OSError; the temporary file is gone whatever happens, SIGKILL
    aside (the next call in the folder sweeps those up).
    """
    _sweep_stale(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=f".mobicheck-{os.getpid()}@{_HOST}.tmp",
                               dir=path.parent)
    PENDING.add(tmp)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            # Without fsync a crash soon after the rename can leave an empty
            # file under the final name on some file systems; and a full
            # disk (ENOSPC) or EIO is reported here rather than lost.
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); a report gets the mode any
        # new file would get, or keeps the mode of the one it replaces.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise
    finally:
        PENDING.discard(tmp)


def _sweep_stale(folder: Path) -> None:
    """Remove the temporary files that processes of this host killed before
    their rename left in `folder` (a live process's, or another host's on a
    shared drive, are left alone)."""
    key = os.path.realpath(folder)
    if key in _SWEPT:
        return
    _SWEPT.add(key)
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            m = _TMP_SUFFIX.search(entry.name)
            if m and entry.name.startswith(".") and m.group(2) == _HOST and not _alive(int(m.group(1))):
                _discard(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's live process
        return True
    return True


def _write_through(target: str, text: str, shown: str) -> None:
    """Write to a device or FIFO in place; never create, rename or truncate it."""
    data = encode(text)
    try:
        # O_NONBLOCK: opening a FIFO nobody reads would otherwise wait forever.
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        reason = "no process is reading this pipe" if e.errno == errno.ENXIO else (e.strerror or str(e))
        raise OutputError(f"cannot write {shown}: {reason}") from None
    try:
        os.set_blocking(fd, True)
        write_all(fd, data)
    except OSError as e:
        raise OutputError(f"cannot write {shown}: {e.strerror or e}") from None
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write all of `data` to `fd`, then sync it where that means anything.
    Raises OSError (BrokenPipeError when the reader of a pipe went away).

    os.write, not a buffered file: a BufferedWriter whose pipe closes midway
    returns the bytes it managed and drops the error, and the run exited 0
    with its report cut short.
    """
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    # A full disk takes the bytes into the page cache and fails only here;
    # devices, pipes and terminals cannot be synced, which is fine.
    with contextlib.suppress(OSError):
        os.fsync(fd)


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
