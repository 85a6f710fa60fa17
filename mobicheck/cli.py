"""The command line: a few lines per command over pipeline.py.

Exit status: 0 ok, 1 when --fail-on trips, 2 for usage or input errors,
130 when interrupted (SIGINT, Ctrl-C), 143 when terminated (SIGTERM), 141
when the reader of stdout went away (`| head`), whatever the format.
"""
from __future__ import annotations

import atexit
import contextlib
import gc
import io
import json
import os
import re
import select
import signal
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import fields, replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__, pipeline, web
from .config import LIMITS, TIMEOUT_LIMITS, Settings, load_config, out_of_range
from .errors import MobicheckError
from .load import Refused
from .model import Report, Skipped
from .output import discard_pending, encode, write_all, write_output
from .parallel import default_jobs, worker_signals
from .render import Format, print_table, render_csv, render_json, render_jsonl, render_markdown, render_yaml

app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Cross-check numeric and quoted claims across news articles.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

Paths = Annotated[Optional[list[str]], typer.Argument(metavar="PATH...", help="Files, folders (read recursively), http(s):// URLs "
                                                      "or - for stdin.", show_default=False)]
Urls = Annotated[Optional[Path], typer.Option("--urls", metavar="FILE", help="A file of URLs to fetch, one per line (# comments).")]
Cache = Annotated[Optional[Path], typer.Option("--cache", metavar="DIR", help="Keep fetched pages in this folder; pages already "
                                               "there are read from it, offline.")]
Timeout = Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Seconds to wait for each page, "
                                         "all of it (0.1 to 3600).")]
Output = Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write here instead of "
                                               "stdout (a regular file atomically; - is stdout).")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", metavar="FILE", help="Settings and ledger file "
                                                   "(default: ./claims.yaml when present).")]
NoConfig = Annotated[bool, typer.Option("--no-config", metavar="", help="Read no claims.yaml: default settings, no ledger.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress on stderr.")]
DayFirst = Annotated[bool, typer.Option("--dayfirst", metavar="", help="Read publication dates such as 04/03/2025 "
                                        "as 4 March (default: April 3).")]


# Each command offers only the formats it writes: html is a report of matches,
# yaml a ledger of claims.
ClaimsFormat = Enum("ClaimsFormat", {f.name: f.value for f in Format if f is not Format.html}, type=str)
CompareFormat = Enum("CompareFormat", {f.name: f.value for f in Format if f is not Format.yaml}, type=str)


class Kind(str, Enum):
    number = "number"
    quote = "quote"


class Verdict(str, Enum):
    agree = "agree"
    contradict = "contradict"
    update = "update"
    related = "related"


class FailOn(str, Enum):
    contradiction = "contradiction"
    update = "update"
    any = "any"


# Which verdicts make --fail-on trip.
_FAIL_VERDICTS = {FailOn.contradiction: {"contradict"}, FailOn.update: {"update"},
                  FailOn.any: {"contradict", "update"}}
SkipBad = Annotated[bool, typer.Option("--skip-bad", metavar="", help="Exit 0 even when some inputs were skipped.")]
Debug = Annotated[bool, typer.Option("--debug", metavar="", help="Show the full traceback of an internal error.")]
MaxFileMb = Annotated[Optional[float], typer.Option("--max-file-mb", metavar="MB", help="Skip input files "
                                                    "larger than this, 0 to 1024 (default: settings.max_file_mb, "
                                                    "20).")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1, help="Extract in this many processes "
                                             "(default and most: the number of cores); same output as --jobs 1.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mobicheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", "-V", metavar="", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Cross-check numeric and quoted claims across news articles.

    Example: [bold]mobicheck compare seeds/[/bold]
    """
    # A run keeps every claim until the report is written: millions of live
    # objects that the default collector rescans every 700 allocations. Young
    # collections every 100,000 cut a 10,000-article compare by about 15%.
    gc.set_threshold(100_000, 50, 50)


@app.command("claims")
def claims_cmd(
    paths: Paths = None,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimsFormat.table,
    kind: Annotated[Optional[Kind], typer.Option(help="Only number or only quote claims.")] = None,
    config: ConfigOpt = None,
    no_config: NoConfig = False,
    quiet: Quiet = False,
    dayfirst: DayFirst = False,
    output: Output = None,
    urls: Urls = None,
    cache: Cache = None,
    timeout: Timeout = 20.0,
    jobs: Jobs = None,
    max_file_mb: MaxFileMb = None,
    skip_bad: SkipBad = False,
    debug: Debug = False,
) -> None:
    """List every numeric and quoted claim found in the articles.

    Example: [bold]mobicheck claims seeds/ --format json --kind number[/bold]
    """
    _check_limits(timeout, max_file_mb)
    paths = _inputs(paths, urls)
    fetch = web.FetchOptions(cache=cache, timeout=timeout)
    _run(lambda settings: pipeline.claims(paths, settings=settings, kind=kind.value if kind else None,
                                          on_skip=_print_skip, jobs=_jobs(jobs),
                                          progress=None if quiet else _progress(paths), fetch=fetch,
                                          dayfirst=dayfirst),
         Format(format.value), output, _config(config, no_config), skip_bad, debug, matches=False,
         max_file_mb=max_file_mb)


@app.command("compare")
def compare_cmd(
    paths: Paths = None,
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.table,
    config: ConfigOpt = None,
    no_config: NoConfig = False,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when such a verdict is found "
                                                      "(any: a contradiction or an update).")] = None,
    all_pairs: Annotated[bool, typer.Option("--all", metavar="", help="Also show `related` pairs (compatible, not equal).")]
    = False,
    pairs: Annotated[bool, typer.Option("--pairs", metavar="", help="One row per matched pair instead of per quantity.")]
    = False,
    verdict: Annotated[Optional[list[Verdict]], typer.Option("--verdict", help="Only these verdicts "
                                                             "(repeat the option for several).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", metavar="N", min=1, help="At most this many rows.")] = None,
    min_score: Annotated[Optional[float], typer.Option("--min-score", metavar="SCORE", min=0.0, max=1.0,
                                                       help="Only pairs scoring at least this (0..1).")] = None,
    explain: Annotated[Optional[str], typer.Option("--explain", metavar="CLAIM_ID",
                                                   help="Print the full working for one claim (its id or "
                                                   "the short id the table shows, e.g. a2:n1).")] = None,
    quiet: Quiet = False,
    dayfirst: DayFirst = False,
    stories: Annotated[Optional[bool], typer.Option("--stories/--no-stories", metavar="", help="Group articles into stories "
                                                    "before matching (default: above 30 articles).")] = None,
    output: Output = None,
    urls: Urls = None,
    cache: Cache = None,
    timeout: Timeout = 20.0,
    jobs: Jobs = None,
    engine: Annotated[str, typer.Option("--engine", metavar="local|dask", help="`local` (a process pool) or `dask` (a Dask cluster, "
                                        "pip install '.\\[dask]').")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: "
                                                     "the scheduler, e.g. tcp://10.0.0.5:8786 (default: a "
                                                     "local cluster of --jobs workers).")] = None,
    max_file_mb: MaxFileMb = None,
    skip_bad: SkipBad = False,
    debug: Debug = False,
) -> None:
    """Match claims across articles and say where they agree, contradict or update.

    Example: [bold]mobicheck compare seeds/ --fail-on contradiction[/bold]
    """
    _check_limits(timeout, max_file_mb)
    paths = _inputs(paths, urls)

    if engine not in ("local", "dask"):
        _usage("--engine takes `local` or `dask`")
    if scheduler and engine != "dask":
        _usage("--scheduler needs --engine dask")

    def job(settings):
        # The command owns its process: the cycle collector pauses while judging, as the young
        # generation's threshold is set for the whole run (`_main`).
        with _engine(engine, scheduler, _jobs(jobs)) as runner:
            report = pipeline.compare(paths, settings=settings, show_related=all_pairs or Verdict.related in
                                      (verdict or ()), stories=stories,
                                      config_path=str(config or "claims.yaml"), on_skip=_print_skip,
                                      jobs=_jobs(jobs), progress=None if quiet else _progress(paths), engine=runner,
                                      fetch=web.FetchOptions(cache=cache, timeout=timeout),
                                      on_stage=None if quiet else _stage, dayfirst=dayfirst,
                                      pause_cycle_collector=True)
        if explain:
            _explain(report, explain, settings, format)
        return pipeline.select(report, verdicts=[v.value for v in verdict or ()], min_score=min_score, limit=limit)

    report = _run(job, Format(format.value), output, _config(config, no_config), skip_bad, debug, matches=True,
                  max_file_mb=max_file_mb, pairs=pairs)
    if fail_on and any(m.verdict in _FAIL_VERDICTS[fail_on] for m in report.matches):
        raise typer.Exit(1)


def _explain(report: Report, given: str, settings, format: CompareFormat) -> None:
    claim_id = pipeline.resolve_claim_id(report, given)
    if claim_id is None:
        raise MobicheckError(f"no claim with id {given!r} (the table shows short ids such as a2:n1; "
                             "`mobicheck claims ... --format json` lists every id)")
    lines = pipeline.explain(report, claim_id, settings=settings)
    if format is CompareFormat.json:
        _write_stdout(json.dumps({"claim": claim_id, "working": lines}, ensure_ascii=False, indent=2) + "\n")
    else:
        shown = "\n".join(lines) if lines else f"{given}: no candidate pair in any other article"
        _write_stdout(printable(shown, newlines=True) + "\n")
    raise typer.Exit()


def _config(config: Path | None, no_config: bool) -> Path | None | bool:
    """The settings file to read: the one given, none at all (--no-config: False), or the default (None)."""
    if config is not None and no_config:
        _usage("--config and --no-config exclude each other")
    return False if no_config else config


def _run(job, format: Format, output: str | None, config: Path | None | bool, skip_bad: bool, debug: bool, *,
         matches: bool, max_file_mb: float | None = None, pairs: bool = False) -> Report:
    """Load settings (none when `config` is False), run `job`, write the report; every failure becomes one line."""
    try:
        settings = Settings() if config is False else load_config(config, warn=lambda line: _say("Warning", line))
        if max_file_mb is not None:
            settings = replace(settings, max_file_mb=max_file_mb)
        report = job(settings)
        to_stdout = output in (None, "-")
        text = _render(report, format, matches=matches)
        if text is None:
            text = _table(report, matches=matches, pairs=pairs, terminal=_stdout_console() if to_stdout else None)
        if to_stdout:
            _write_stdout(text)
        else:
            write_output(output, text)
    except MobicheckError as e:
        _say("Error", str(e))
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err.print("Interrupted; no output written.")
        raise typer.Exit(_interrupt_status()) from None
    except (typer.Exit, SystemExit):
        raise
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): not an error worth a
        # traceback. 141 is what the shell shows for a program SIGPIPE ended,
        # whichever format was being written and however far it got.
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except Exception:
        if debug:
            raise
        log = _save_traceback()
        _say("Error", f"internal error: {sys.exc_info()[1]!r}; traceback saved in {log} (run with --debug to show it)")
        raise typer.Exit(2) from None
    for line in report.warnings:
        _say("Warning", line)
    if report.skipped and not skip_bad:
        err.print(f"{len(report.skipped)} input(s) skipped; use --skip-bad to exit 0 anyway", markup=False)
        raise typer.Exit(2)
    return report


EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


def _check_limits(timeout: float, max_file_mb: float | None) -> None:
    """--timeout and --max-file-mb within their ranges, or one usage line: `inf`,
    `nan`, `1e300` and negative values parse as floats and ended runs later."""
    for option, value, (low, high) in (("--timeout", timeout, TIMEOUT_LIMITS),
                                       ("--max-file-mb", max_file_mb, LIMITS["max_file_mb"])):
        problem = None if value is None else out_of_range(value, low, high)
        if problem:
            _usage(f"{option} {problem}, got {value:g}")


def _table(report: Report, *, matches: bool, pairs: bool = False, terminal: Console | None) -> str:
    """The rich table as text: for `terminal` (stdout's console: its width and
    colours) or, with None, for a file. Rendered to a string first, so that
    the table is written like every other format (`> /dev/full` is one
    "cannot write" line, not an internal error), and with every text shown
    printable: an escape sequence in a file name or a title must not reach
    the terminal raw."""
    if terminal is None:
        console = Console(file=io.StringIO(), width=_table_width())
    else:
        console = Console(file=io.StringIO(), width=terminal.width, force_terminal=terminal.is_terminal,
                          color_system=terminal.color_system)
    print_table(_printable_report(report), console, matches=matches, pairs=pairs)
    # rich pads wrapped lines to the width: trailing blanks only get in the way of a pipe or a diff
    return "\n".join(line.rstrip() for line in console.file.getvalue().split("\n"))


def _render(report: Report, format: Format, *, matches: bool) -> str | None:
    if format is Format.table:
        return None
    if format is Format.json:
        return render_json(report, with_matches=matches)
    if format is Format.jsonl:
        return render_jsonl(report, matches=matches)
    if format is Format.csv:
        return render_csv(report, matches=matches)
    if format is Format.markdown:
        return render_markdown(report, matches=matches)
    if format is Format.yaml and not matches:
        return render_yaml(report)
    if format is Format.html and matches:
        from .report_html import render_html  # only this format needs it

        return render_html(report)
    raise MobicheckError(f"--format {format.value} is not available for this command")


def _jobs(asked: int | None) -> int:
    """Worker processes: as asked, but never more than the cores this process may use
    (each worker holds a copy of the readers; thousands of them exhaust memory)."""
    cores = default_jobs()
    if asked is not None and asked > cores:
        err.print(f"Warning: --jobs {asked} is more than the {cores} core(s) available; using {cores}",
                  markup=False)
    return min(asked or cores, cores)


def _write_stdout(text: str) -> None:
    """`text` on stdout, encoded as --output does (output.encode), every byte
    of it or an error: a full disk is one "cannot write" line."""
    data = encode(text)
    try:
        sys.stdout.flush()
        try:
            fd = sys.stdout.fileno()
        except (OSError, ValueError, AttributeError):  # captured output (tests, an embedding application)
            fd = None
        if fd is not None:
            write_all(fd, data)
        elif getattr(sys.stdout, "buffer", None) is not None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
    except BrokenPipeError:
        raise
    except OSError as e:  # `> /dev/full`, a disk error
        _silence_stdout()
        raise MobicheckError(f"cannot write to standard output: {e.strerror or e}") from None


def _inputs(paths: list[str] | None, urls: Path | None) -> list[str]:
    """The PATH arguments followed by the URLs of the --urls file."""
    found = list(paths or [])
    if urls is not None:
        try:
            found += web.read_url_list(urls)
        except (OSError, UnicodeDecodeError, Refused) as e:
            _usage(f"--urls {urls}: cannot read: {getattr(e, 'strerror', None) or e}")
    if not found and _stdin_has_data():
        found = ["-"]  # `cat story.txt | mobicheck claims --format json`
    if not found:
        _usage("give at least one file, folder, URL or --urls FILE")
    return found


def _stdin_has_data() -> bool:
    """Whether stdin is a pipe or file with text waiting (checked without
    consuming it, and without waiting on a pipe nobody writes to)."""
    try:
        if sys.stdin is None or sys.stdin.isatty():
            return False
        ready, _, _ = select.select([sys.stdin], [], [], 0.2)
        peek = getattr(sys.stdin.buffer, "peek", None)
        return bool(ready and peek and peek(1))
    except (OSError, ValueError, AttributeError, TypeError):
        return False  # no selectable stdin (Windows pipes, test runners): a PATH is needed


def _engine(name: str, scheduler: str | None, jobs: int | None):
    """A context giving the engine for pipeline.compare: None (local) or a started Dask engine."""
    if name == "local":
        return contextlib.nullcontext()
    from .engine_dask import DaskEngine

    return DaskEngine(scheduler=scheduler, n_workers=jobs)


def _progress(paths: list[str], min_articles: int = 20):
    """A per-article callback drawing a progress bar on stderr, from the 20th article on, with the
    number of articles expected and an estimate of the time left; None when stderr is not a terminal."""
    if not err.is_terminal:
        return None
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    state = {"n": 0, "chars": 0, "bar": None}

    def tick(article) -> None:
        state["n"] += 1
        state["chars"] += len(article.body) if article is not None else 0
        if state["bar"] is None and state["n"] >= min_articles:
            state["bar"] = Progress(TextColumn("reading claims"), BarColumn(), TextColumn("{task.fields[what]}"),
                                    TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=err,
                                    transient=True)
            state["bar"].start()
            state["task"] = state["bar"].add_task("claims", total=expected_articles(paths), what="")
            state["bar"].update(state["task"], completed=state["n"])
            atexit.register(state["bar"].stop)
        if article is None:  # extraction is over
            if state["bar"] is not None:
                state["bar"].stop()
            return
        if state["bar"] is not None:
            state["bar"].update(state["task"], advance=1,
                                what=f"{state['n']:,} articles, {state['chars'] / 1e6:.1f} MB")

    return tick


def expected_articles(paths: list[str]) -> int | None:
    """About how many articles `paths` hold, for the progress bar's total and estimate: one per
    file, one per line of a .jsonl file; None when it cannot be told cheaply (stdin, URLs)."""
    total = 0
    for given in paths:
        if given == "-" or web.is_url(given):
            return None
        path = Path(given)
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for f in files:
            try:
                total += _count_lines(f) if f.suffix.lower() == ".jsonl" else 1
            except OSError:
                total += 1
    return total or None


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def _stage(name: str) -> None:
    """One line on stderr as each stage after reading starts (terminal only), with the time so far."""
    if err.is_terminal:
        err.print(f"[dim]{time.monotonic() - _STARTED:6.1f}s[/dim] {name}...", highlight=False)


_STARTED = time.monotonic()


def _print_skip(skipped: Skipped) -> None:
    _say("Error", skipped.message())


def _usage(message: str) -> None:
    _say("Error", message)
    raise typer.Exit(2)


def _say(kind: str, message: str) -> None:
    """One line on stderr, `kind: message`, control characters shown escaped:
    file names, URLs and values quoted from inputs are in these lines."""
    err.print(f"{kind}: {printable(message)}", markup=False)


# What must not reach a terminal raw: C0 and C1 control characters (escape
# sequences start with ESC or CSI), DEL, bidirectional overrides (they make
# a name read backwards) and the bytes of a name that were not UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNPRINTABLE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str, *, newlines: bool = False) -> str:
    r"""`text` with every control character written as an escape, on one line
    unless `newlines` (tabs and newlines then stay).

    >>> printable("bad\udcff\x1b[31mred\nname")
    'bad\\xff\\x1b[31mred\\x0aname'
    """
    return (_UNPRINTABLE_IN_TEXT if newlines else _UNPRINTABLE).sub(_escape_char, text)


def _escape_char(m: re.Match) -> str:
    c = ord(m.group())
    if 0xDC80 <= c <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{c - 0xDC00:02x}"
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def _printable_report(report: Report) -> Report:
    """A copy of `report` whose texts are all printable (for the table)."""
    return Report(articles=[_printable_record(a) for a in report.articles],
                  claims=[_printable_record(c) for c in report.claims],
                  matches=[_printable_record(m) for m in report.matches],
                  skipped=[_printable_record(s) for s in report.skipped], warnings=list(report.warnings),
                  groups=[_printable_record(g) for g in report.groups])


def _printable_record(record):
    changes = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            shown = printable(value, newlines=True)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            shown = tuple(printable(v, newlines=True) for v in value)
        else:
            continue
        if shown != value:
            changes[f.name] = shown
    return replace(record, **changes) if changes else record


def _stdout_console() -> Console:
    return Console(width=None if sys.stdout.isatty() else _table_width(), highlight=False)


def _table_width() -> int:
    # A pipe or a file has no width; a wide table is more useful than a squeezed one.
    try:
        return max(40, int(os.environ.get("COLUMNS", 160)))
    except ValueError:
        return 160


def _save_traceback() -> str:
    fd, path = tempfile.mkstemp(prefix="mobicheck-", suffix=".log")
    with os.fdopen(fd, "w") as f:
        traceback.print_exc(file=f)
    return path


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would report the broken pipe there.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# After Ctrl-C or SIGTERM the process is gone within this many seconds, whatever it was doing.
INTERRUPT_GRACE_S = 0.5
# The signal that interrupted the run, once one has: it decides the exit status.
_RECEIVED: list[int] = []


def _interrupt_status() -> int:
    """128 + the signal: 130 for SIGINT (and a KeyboardInterrupt), 143 for SIGTERM."""
    return 128 + (_RECEIVED[0] if _RECEIVED else signal.SIGINT)


def _arm_interrupt() -> None:
    """Make Ctrl-C and SIGTERM end the run promptly, with status 130 or 143
    and no partial --output.

    Both raise KeyboardInterrupt in the main thread, so every clean-up that
    Ctrl-C runs (temporary files, worker processes) runs for SIGTERM too, and
    `_run` turns it into the status. That needs the main thread to reach
    Python code: a long C call (a regex over a huge text, a numpy product) or
    a wait on worker processes can delay it for seconds. So the signal also
    wakes a watcher thread (through the wakeup fd, which the C-level handler
    writes at once), and if the process is still there after
    INTERRUPT_GRACE_S it removes any half-written report and exits. A signal
    the caller ignores (SIGINT in a background job of a script) stays ignored.
    """
    defaults = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}
    handled = {sig for sig, default in defaults.items() if signal.getsignal(sig) is default}
    if not handled:
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    try:
        signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    except ValueError:  # not the main thread: leave the default behaviour
        return
    for sig in handled:
        signal.signal(sig, _on_signal)
    # Forked workers inherit the handlers and the wakeup fd; their signals must not count as the user's.
    os.register_at_fork(after_in_child=_disarm_in_child)
    threading.Thread(target=_watch_interrupt, args=(read_fd, handled), name="mobicheck-interrupt",
                     daemon=True).start()


def _on_signal(signum: int, frame) -> None:
    if not _RECEIVED:
        _RECEIVED.append(signum)
    raise KeyboardInterrupt


def _record_signal(signum: int, frame) -> None:
    # Once the command is over there is nothing left to stop; raising then
    # would only print a traceback from the interpreter's exit.
    if not _RECEIVED:
        _RECEIVED.append(signum)


def _disarm_in_child() -> None:
    with contextlib.suppress(ValueError):
        signal.set_wakeup_fd(-1)
    worker_signals()


def _watch_interrupt(read_fd: int, handled: set[int]) -> None:
    while True:
        got = [sig for sig in os.read(read_fd, 64) if sig in handled]
        if got:
            break
    time.sleep(INTERRUPT_GRACE_S)
    if not _RECEIVED:
        _RECEIVED.append(got[0])
    discard_pending()
    # Worker processes would outlive os._exit, blocked on their queue forever.
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()
    err.show_cursor(True)  # a progress bar may have hidden it; no atexit will run
    err.print("Interrupted; stopped without waiting for the rest of the work.")
    os._exit(_interrupt_status())


def main() -> None:
    """Console-script entry point."""
    _arm_interrupt()
    status: int | str | None = 0
    try:
        app(prog_name="mobicheck")
    except SystemExit as e:
        status = e.code
    except KeyboardInterrupt:  # before or after a command's own handling
        err.print("Interrupted.")
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            if signal.getsignal(sig) is _on_signal:
                signal.signal(sig, _record_signal)
    # A signal met outside `_run` (Click reports it as "Aborted!", status 1)
    # or after the report was written still decides the status.
    sys.exit(_interrupt_status() if _RECEIVED else status)
