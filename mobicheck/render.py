"""Stage 5: every output format, from one Report.

Data goes to stdout as text; the CLI decides where it is written. JSON is
the dataclasses serialised; CSV and Markdown have one row per match (compare)
or per claim (claims); the table is rich, contradictions first.
"""
from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import fields
from functools import lru_cache
from enum import Enum

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .ledger import is_ledger
from .model import Claim, Match, Report
from .quantities import VERDICT_ORDER, short_ids, sorted_matches
from .wording import bounds

_STYLE = {"contradict": "bold red", "update": "yellow", "agree": "green", "related": "dim"}


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    yaml = "yaml"


def to_dict(report: Report, *, with_matches: bool = True) -> dict:
    """The JSON contract: articles, claims, matches (compare only), skipped."""
    data = {
        "articles": [_article_dict(a) for a in report.articles],
        "claims": [claim_dict(c) for c in report.claims],
    }
    if with_matches:
        data["matches"] = [_fields(m) for m in sorted_matches(report.matches)]
        data["quantities"] = group_dicts(report)
    data["skipped"] = [_fields(s) for s in report.skipped]
    data["warnings"] = list(report.warnings)
    return data


def group_dicts(report: Report) -> list[dict]:
    """The JSON `quantities`: each group with every source's claim spelled out."""
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    short = short_ids(report)
    out = []
    for g in report.groups:
        data = _fields(g)
        data["timeline"] = [{"published": day, "claim": cid} for day, cid in g.timeline]
        data["verdicts"] = dict(g.verdicts)
        data["sources"] = [_source_dict(claims[cid], articles.get(claims[cid].article), short[cid])
                           for cid in g.claims]
        out.append(data)
    return out


def _source_dict(c: Claim, article, short: str) -> dict:
    return {"claim": c.id, "short": short, "article": c.article, "source": outlet(article, c.article),
            "published": article.published if article else None, "url": article.url if article else None,
            "text": c.text, "value": c.value, "speaker": c.speaker, "attribution": c.attribution,
            "ledger": bool(article and is_ledger(article))}


def outlet(article, fallback: str = "") -> str:
    """How a source is named to a reader: its outlet, else its title, else its id."""
    if article is None:
        return fallback
    return article.source or article.title or article.id


def _fields(record) -> dict:
    """A record's fields as a dict, shallow: dataclasses.asdict deep-copies
    every value and was the slowest step of a large JSON report."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _article_dict(article) -> dict:
    data = _fields(article)
    data.pop("body")
    data.pop("notes")  # they are the report's warnings
    if data.get("language") is None:
        data.pop("language", None)  # told from the text: the record says only a language given
    return data


def claim_dict(claim: Claim) -> dict:
    data = _fields(claim)
    data["place"] = list(claim.place)
    data["speaker_span"] = list(claim.speaker_span) if claim.speaker_span else None
    if claim.kind == "quote":
        for key in _NUMBER_ONLY:
            data.pop(key)
    else:
        for key in _QUOTE_ONLY:
            data.pop(key)
        # A figure past what a float holds ("1" and 400 zeros) reads as infinity:
        # JSON has no Infinity, so such a bound is written as unknown.
        for key in ("value", "low", "high"):
            if data[key] is not None and not math.isfinite(data[key]):
                data[key] = None
    if data["language"] is None:
        data.pop("language")  # English: the record names a language only when it is another
    return data


_NUMBER_ONLY = ("value", "low", "high", "qualifier", "unit", "quantity", "per", "subject", "subject_class",
                "measure", "place", "time", "cumulative_since", "hedge", "owners", "enumerated")
_QUOTE_ONLY = ("speaker", "speaker_span", "role", "cue", "continues", "speaker_via", "speaker_kind", "joint")


# One encoder for every record: json.dumps(ensure_ascii=False) builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def render_json(report: Report, *, with_matches: bool = True) -> str:
    """The JSON contract, one record per line under each top-level key.

    `json.dumps(..., indent=2)` runs the pure-Python encoder and took longer
    than judging on a 10,000-article report; records dumped one by one use the
    C encoder, and a line per record still greps and diffs well.
    """
    parts = []
    encode = _ENCODER.encode
    for key, value in to_dict(report, with_matches=with_matches).items():
        records = ",\n".join(f"    {encode(r)}" for r in value)
        parts.append(f'  "{key}": [\n{records}\n  ]' if value else f'  "{key}": []')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_jsonl(report: Report, *, matches: bool = False) -> str:
    """One JSON object per line: the claims (`claims`), or, for `compare`, every
    record of the JSON contract with its `type` (article, claim, match, quantity)."""
    if not matches:
        return "".join(json.dumps(claim_dict(c), ensure_ascii=False) + "\n" for c in report.claims)
    lines = []
    for key, records in to_dict(report).items():
        kind = {"articles": "article", "claims": "claim", "matches": "match", "quantities": "quantity",
                "skipped": "skipped", "warnings": "warning"}[key]
        for r in records:
            lines.append(json.dumps({"type": kind, **r} if isinstance(r, dict) else {"type": kind, "text": r},
                                    ensure_ascii=False) + "\n")
    return "".join(lines)


_CLAIM_COLUMNS = ("id", "article", "kind", "text", "value", "low", "high", "qualifier", "unit", "per",
                  "subject", "measure", "place", "time", "attribution", "hedge", "speaker", "cue", "sentence")
_MATCH_COLUMNS = ("verdict", "score", "a", "source_a", "text_a", "b", "source_b", "text_b", "reason",
                  "same_origin", "sentence_a", "sentence_b")


def match_rows(report: Report) -> list[dict]:
    """One flat row per match, both sides spelled out (CSV, Markdown, HTML)."""
    claims = {c.id: c for c in report.claims}
    sources = {a.id: a.source or a.id for a in report.articles}
    rows = []
    for m in sorted_matches(report.matches):
        ca, cb = claims[m.a], claims[m.b]
        rows.append({
            "verdict": m.verdict, "score": m.score, "a": m.a, "source_a": sources.get(ca.article, ca.article),
            "text_a": ca.text, "b": m.b, "source_b": sources.get(cb.article, cb.article), "text_b": cb.text,
            "reason": m.reason, "same_origin": m.same_origin, "sentence_a": ca.sentence, "sentence_b": cb.sentence,
        })
    return rows


def _claim_rows(report: Report) -> list[dict]:
    rows = []
    for c in report.claims:
        data = _fields(c)
        data["place"] = "; ".join(c.place)
        rows.append({k: data.get(k) for k in _CLAIM_COLUMNS})
    return rows


def render_csv(report: Report, *, matches: bool) -> str:
    rows, columns = (match_rows(report), _MATCH_COLUMNS) if matches else (_claim_rows(report), _CLAIM_COLUMNS)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def render_markdown(report: Report, *, matches: bool) -> str:
    if matches:
        header = ["Verdict", "Source A", "Claim A", "Source B", "Claim B", "Reason"]
        body = [[r["verdict"], r["source_a"], r["text_a"], r["source_b"], r["text_b"], r["reason"]]
                for r in match_rows(report)]
    else:
        header = ["Article", "Kind", "Claim", "Value", "Subject / speaker", "Attribution"]
        body = [[c.article, c.kind, c.text, _bounds(c), c.subject or c.speaker or "", c.attribution or ""]
                for c in report.claims]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md_cell(x) for x in row) + " |" for row in body]
    return "\n".join(lines) + "\n\n" + summary(report, matches=matches) + "\n"


def render_yaml(report: Report) -> str:
    """The claims as a claims.yaml `reference:` ledger, for a desk to curate and check against.

    Number entries carry claim, value, low/high (only when they differ from
    the value), unit, per, subject, measure, place, date and source; quote
    entries carry claim, quote, speaker, source and date. Empty fields are
    left out, so every entry reads back with config.parse_config.
    """
    import yaml  # pyyaml is a dependency; imported here as only this format needs it

    articles = {a.id: a for a in report.articles}
    entries = [_ledger_entry(c, articles.get(c.article)) for c in report.claims]
    header = ("# Claims extracted by `mobicheck claims`, in claims.yaml's ledger format.\n"
              "# Review them, delete what is wrong or not established, then use the file\n"
              "# (or paste its entries) as the `reference:` list of claims.yaml.\n")
    body = yaml.safe_dump({"reference": entries}, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def _ledger_entry(c: Claim, article) -> dict:
    source = (article and (article.source or article.title)) or c.article
    date = c.time if c.time and _is_date(c.time) else (article.published if article else None)
    if c.kind == "quote":
        entry = {"claim": c.sentence or c.text, "quote": c.text, "speaker": c.speaker}
    else:
        exact = c.low == c.high == c.value
        entry = {"claim": c.sentence or c.text, "value": _plain_number(c.value),
                 "low": None if exact else _plain_number(c.low), "high": None if exact else _plain_number(c.high),
                 "unit": c.unit, "per": c.per, "subject": c.subject, "measure": c.measure,
                 "place": list(c.place) or None}
    entry.update(source=source, date=date)
    return {k: v for k, v in entry.items() if v is not None}


def _is_date(text: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _plain_number(x: float | None) -> int | float | None:
    # 300000 reads better in a hand-curated file than 300000.0, and 27500000
    # than the 27500000.000000004 that scaling "27.5 million" leaves.
    if x is None or not math.isfinite(x):
        return None
    x = float(f"{x:.12g}")
    return int(x) if x.is_integer() and abs(x) < 1e15 else x


def _md_cell(value) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def summary(report: Report, *, matches: bool = True) -> str:
    """The one-line count under every table."""
    counts = {v: 0 for v in VERDICT_ORDER}
    for m in report.matches:
        counts[m.verdict] = counts.get(m.verdict, 0) + 1
    ledger = sum(1 for a in report.articles if is_ledger(a))
    parts = [f"{len(report.articles) - ledger} articles", f"{len(report.claims)} claims"]
    if ledger:
        parts[0] += f" (+{ledger} ledger entries)"
    if matches:
        parts += [f"{counts['agree']} agreements", f"{counts['contradict']} contradictions",
                  f"{counts['update']} updates"]
        if counts["related"]:
            parts.append(f"{counts['related']} related")
    if report.skipped:
        parts.append(f"{len(report.skipped)} inputs skipped")
    return ", ".join(parts)


def print_table(report: Report, console: Console, *, matches: bool, pairs: bool = False) -> None:
    """The human view on `console`: one block per quantity (compare), per pair
    (`pairs`), or the claims (claims). Blocks, not table columns, so that 80
    columns read as well as 200 and no word is broken mid-word."""
    if not matches and len(report.claims) > TABLE_ROWS:
        console.print(_claim_lines(report), soft_wrap=True)
    elif not matches:
        console.print(_claim_table(report))
    elif pairs:
        _print_pairs(report, console)
    else:
        _print_groups(report, console)
    console.print(summary(report, matches=matches))


_STATUS_STYLE = {"disputed": "bold red", "updated": "yellow", "consistent": "green"}


def _print_groups(report: Report, console: Console) -> None:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    short = short_ids(report)
    for g in report.groups:
        head = Text(f"{g.status.upper():<11} ", style=_STATUS_STYLE.get(g.status, ""))
        head.append(g.label, style="bold")
        if g.kind == "number" and g.low is not None:
            span = _figure(g.low) if g.low == g.high else f"{_figure(g.low)} to {_figure(g.high)}"
            head.append(f"  {span}")
        console.print(head)
        for cid in g.claims:
            console.print(_source_line(claims[cid], articles.get(claims[cid].article), short[cid],
                                       outlier=cid in g.outliers))
        for reason in g.disputes[:1]:
            console.print(Padding(Text(f"why: {reason}", style="dim"), (0, 0, 0, 2), expand=False))
    if not report.groups:
        console.print("No claim is told the same way, or contradicted, by two sources.")


def _source_line(c: Claim, article, short: str, *, outlier: bool = False) -> Padding:
    line = Text()
    name = _clip(outlet(article, c.article), 48)
    line.append(("ledger: " if article is not None and is_ledger(article) else "") + name, style="cyan")
    if article is not None and article.published:
        line.append(f", {article.published}")
    line.append(": ")
    line.append(f"“{_clip(c.text)}”" if c.kind == "quote" else c.text, style="bold")
    if c.kind == "quote" and c.speaker:
        line.append(f" ({c.speaker})")
    line.append(f"  [{short}]", style="dim")
    if article is not None and article.url and article.url.startswith(("http://", "https://")):
        line.append(f"  {article.url}", style="dim")
    if outlier:
        line.append("  outlier", style="red")
    return Padding(line, (0, 0, 0, 2), expand=False)  # wrapped lines keep the indent


def _print_pairs(report: Report, console: Console) -> None:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    short = short_ids(report)
    for m in sorted_matches(report.matches):
        head = Text(f"{m.verdict.upper():<11}", style=_STYLE.get(m.verdict, ""))
        head.append(f" score {m.score:.2f}" + ("  (same source)" if m.same_origin else ""), style="dim")
        console.print(head)
        for cid in (m.a, m.b):
            console.print(_source_line(claims[cid], articles.get(claims[cid].article), short[cid]))
        console.print(Padding(Text(f"why: {m.reason}", style="dim"), (0, 0, 0, 2), expand=False))


def _clip(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _figure(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _claim_table(report: Report) -> Table:
    table = Table(title="mobicheck: claims", expand=True)
    for name, ratio in (("Claim", 1), ("Kind", 1), ("Text", 3), ("Value", 2), ("Subject / speaker", 2),
                        ("Frame", 3), ("Attribution", 2)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for c in report.claims:
        who = c.subject if c.kind == "number" else (c.speaker or "?") + (f" ({c.role})" if c.role else "")
        table.add_row(escape(c.id), c.kind, escape(c.text), _bounds(c), escape(who or ""),
                      escape(_frame_summary(c)), escape(c.attribution or ""))
    return table


# Above this many claims the claims view is one line per claim, not a table: rich lays a table
# out cell by cell (30,000 claims: 22 s of CPU, against 0.3 s for the lines), and a table that
# long is read by searching it anyway.
TABLE_ROWS = 500


def _claim_lines(report: Report) -> Text:
    lines = []
    for c in report.claims:
        who = c.subject if c.kind == "number" else (c.speaker or "?") + (f" ({c.role})" if c.role else "")
        fields = [c.id, c.kind, c.text, _bounds(c), who or "", _frame_summary(c),
                  f"attribution: {c.attribution}" if c.attribution else ""]
        lines.append("  ".join(f for f in fields if f))
    return Text("\n".join(lines))


def _frame_summary(c: Claim) -> str:
    if c.kind == "quote":
        return f"cue: {c.cue}" if c.cue else ""
    parts = [("measure", c.measure), ("place", ", ".join(c.place)), ("per", c.per),
             ("since", c.cumulative_since), ("time", c.time), ("hedge", c.hedge)]
    return "; ".join(f"{k} {v}" for k, v in parts if v)


def _bounds(c: Claim) -> str:
    if c.kind != "number" or c.value is None:
        return ""
    return bounds(c.value, c.low, c.high, c.unit)
