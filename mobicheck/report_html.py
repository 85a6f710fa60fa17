"""The HTML report of `compare`: one self-contained file a fact-checker opens offline.

Layout, top to bottom: the verdict counts; the quantities, grouped by event
(story), disputed first: a card per quantity or quotation with a timeline
chart (publication date across, each source's figure and its interval up,
outliers ringed) and the sources' sentences side by side, each with its
outlet, date and link; every match as a list, contradictions first; then the
articles side by side with every claim highlighted in its verdict's colour.
Clicking a claim brings its card into view with its counterparts marked,
shows the reasons, and puts `#c-<claim id>` in the address, so Back returns
and a claim can be linked.

The file loads nothing: CSS and JS are inline, the data is an inline JSON
block, and a Content-Security-Policy forbids any request, so a page opened
from a newsroom's shared drive cannot leak what is being checked. Every
piece of article text goes through html.escape, links are emitted only for
http(s) URLs (an article's `url: "javascript:..."` gets none), and the
policy allows the page's own style and script by their SHA-256 hashes, not
'unsafe-inline': markup that ever slipped past the escaping would still run
no script.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from html import escape

from .ledger import is_ledger
from .model import Article, Claim, Match, Report
from .quantities import group_claims
from .render import VERDICT_ORDER, sorted_matches, summary
from .wording import number

# A claim takes the colour of its most serious verdict.
_SEVERITY = ("contradict", "update", "agree", "related")
_VERDICT_LABEL = {"contradict": "contradiction", "update": "update", "agree": "agreement", "related": "related"}


def render_html(report: Report, *, title: str = "mobicheck report") -> str:
    """The whole report as one HTML document (str), with no external resource."""
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    matches = [m for m in sorted_matches(report.matches) if m.a in claims and m.b in claims]
    verdict_of = _claim_verdicts(matches)
    data = _page_data(matches, claims, articles, verdict_of)
    columns, n_columns = _articles(report.articles, report.claims, verdict_of)
    # The column count is a rule of the one stylesheet: an inline style
    # attribute would need 'unsafe-inline' for styles.
    css = _CSS + f".columns {{ --n: {max(1, n_columns)}; }}\n"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        # Belt and braces: even a link a later edit adds cannot make the page
        # fetch anything, and only this stylesheet and this script may run.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(_JS)}'; img-src data:\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n",
        f"<header class=\"top\"><h1>{escape(title)}</h1><p class=\"counts\">{escape(summary(report))}</p>",
        _legend(), "</header>\n",
        _cards(report, claims, articles, verdict_of),
        _match_list(matches, claims, articles),
        columns,
        "<script type=\"application/json\" id=\"mc-data\">", _json_for_script(data), "</script>\n",
        f"<script>{_JS}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _sha256(source: str) -> str:
    """A CSP source expression allowing exactly this inline script or stylesheet."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def link_url(url: str | None) -> str | None:
    """`url` when a report may link to it: http(s) only, with nothing a browser
    would strip or reinterpret (it reads "java\\tscript:" as "javascript:").

    >>> link_url("https://example.org/a?b=1"), link_url("javascript:alert(3)"), link_url(" http://x")
    ('https://example.org/a?b=1', None, None)
    """
    return url if url and _LINKABLE.fullmatch(url) else None


_LINKABLE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.I)


def _claim_verdicts(matches: list[Match]) -> dict[str, str]:
    rank = {v: i for i, v in enumerate(_SEVERITY)}
    worst: dict[str, str] = {}
    for m in matches:
        for cid in (m.a, m.b):
            if cid not in worst or rank.get(m.verdict, 9) < rank.get(worst[cid], 9):
                worst[cid] = m.verdict
    return worst


def _source(article: Article | None, fallback: str = "") -> str:
    if article is None:
        return fallback
    return article.source or article.title or article.id


def _legend() -> str:
    items = "".join(f"<span class=\"claim v-{v}\">{_VERDICT_LABEL[v]}</span> " for v in _SEVERITY)
    return f"<p class=\"legend\">{items}<span class=\"claim v-none\">no counterpart</span></p>"


# -- the list of matches ------------------------------------------------------

def _match_list(matches: list[Match], claims: dict[str, Claim], articles: dict[str, Article]) -> str:
    if not matches:
        return ("<section id=\"matches\"><h2>Matches</h2><p class=\"empty\">No claim was found in more than one "
                "source.</p></section>\n")
    counts = {v: sum(m.verdict == v for m in matches) for v in VERDICT_ORDER}
    heading = ", ".join(f"{n} {_VERDICT_LABEL[v]}{'s' if n != 1 else ''}" for v, n in counts.items() if n)
    rows = []
    for m in matches:
        a, b = claims[m.a], claims[m.b]
        same = " <span class=\"same\">(same origin)</span>" if m.same_origin else ""
        rows.append(
            f"<li class=\"match v-{escape(m.verdict)}\"><span class=\"badge v-{escape(m.verdict)}\">"
            f"{escape(m.verdict)}</span>{same} {_claim_link(a, articles)} <span class=\"vs\">vs</span> "
            f"{_claim_link(b, articles)}<div class=\"reason\">{escape(m.reason)}</div></li>")
    return (f"<section id=\"matches\"><h2>Matches: {escape(heading)}</h2>\n<ol class=\"matches\">\n"
            + "\n".join(rows) + "\n</ol></section>\n")


def _claim_link(c: Claim, articles: dict[str, Article]) -> str:
    source = _source(articles.get(c.article), c.article)
    return (f"<a class=\"ref\" href=\"#{_anchor(c.id)}\" data-claim=\"{escape(c.id)}\">"
            f"<span class=\"src\">{escape(_short(source, 60))}</span> “{escape(_short(c.text, 140))}”</a>")


def _anchor(claim_id: str) -> str:
    return escape("c-" + claim_id)


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# -- one card per quantity, by event ------------------------------------------

def _chartable(c: Claim) -> bool:
    # A 400-digit figure reads as infinity: no axis can hold it.
    return c.kind == "number" and c.value is not None and all(
        v is None or math.isfinite(v) for v in (c.value, c.low, c.high))


def _cards(report: Report, claims: dict[str, Claim], articles: dict[str, Article],
           verdict_of: dict[str, str]) -> str:
    # A Report built by hand (a notebook) may not have its groups yet.
    groups = [g for g in (report.groups or group_claims(report)) if all(cid in claims for cid in g.claims)]
    if not groups:
        return ""
    by_event: dict[str, list] = {}
    for g in groups:
        by_event.setdefault(articles[claims[g.claims[0]].article].story or "", []).append(g)
    sections = []
    for n, (story, members) in enumerate(by_event.items(), start=1):
        heading = f"Event {n}: {_event_title(story, report.articles)}" if len(by_event) > 1 else "Quantities"
        sections.append(f"<section class=\"event\"><h2>{escape(heading)}</h2>\n"
                        + "\n".join(_card(g, claims, articles, verdict_of) for g in members) + "</section>\n")
    return "<div id=\"quantities\">" + "".join(sections) + "</div>\n"


def _event_title(story: str, articles: list[Article]) -> str:
    members = [a for a in articles if a.story == story and not is_ledger(a)]
    first = members[0] if members else None
    title = _short((first.title or first.id) if first else story, 80)
    return f"{title} ({len(members)} article{'s' if len(members) != 1 else ''})"


def _card(group, claims: dict[str, Claim], articles: dict[str, Article], verdict_of: dict[str, str]) -> str:
    members = [claims[cid] for cid in group.claims]
    span = ""
    if group.kind == "number" and group.low is not None and math.isfinite(group.low) and math.isfinite(group.high):
        span = number(group.low, scale=True) if group.low == group.high else f"{number(group.low, scale=True)} to {number(group.high, scale=True)}"
    chartable = [c for c in members if _chartable(c)]
    chart = _timeline(chartable, articles, set(group.outliers)) if len(chartable) > 1 else ""
    sources = "".join(_source_box(c, articles.get(c.article), verdict_of, c.id in group.outliers) for c in members)
    why = "".join(f"<p class=\"reason\">{escape(r)}</p>" for r in group.disputes[:3])
    return (f"<article class=\"card s-{escape(group.status)}\" id=\"{escape('g-' + group.id)}\">"
            f"<h3><span class=\"badge s-{escape(group.status)}\">{escape(group.status)}</span> "
            f"{escape(group.label)} <span class=\"span\">{escape(span)}</span></h3>{chart}"
            f"<div class=\"sources\">{sources}</div>{why}</article>")


def _source_box(c: Claim, article: Article | None, verdict_of: dict[str, str], outlier: bool) -> str:
    meta = [escape(_short(_source(article, c.article), 50))]
    if article is not None and article.published:
        meta.append(f"<time>{escape(article.published)}</time>")
    if article is not None and link_url(article.url):
        meta.append(f"<a href=\"{escape(article.url)}\" rel=\"noopener noreferrer\" target=\"_blank\">article</a>")
    if outlier:
        meta.append("<span class=\"outlier\">outlier</span>")
    sentence = c.sentence or c.text
    at = sentence.find(c.text)
    verdict = verdict_of.get(c.id, "none")
    if at < 0:
        shown = f"<mark class=\"claim v-{escape(verdict)}\" id=\"{_anchor(c.id)}\" data-claim=\"{escape(c.id)}\" tabindex=\"0\">" \
                f"{escape(_short(c.text, 300))}</mark>"
    else:
        before, after = sentence[:at], sentence[at + len(c.text):]
        shown = (escape(_short_left(before, 160), quote=False)
                 + f"<mark class=\"claim v-{escape(verdict)}\" id=\"{_anchor(c.id)}\" data-claim=\"{escape(c.id)}\" "
                 + "tabindex=\"0\">"
                 + escape(c.text, quote=False) + "</mark>" + escape(_short(after, 160), quote=False))
    who = f"<p class=\"who\">{escape(c.speaker)}</p>" if c.kind == "quote" and c.speaker else ""
    return f"<div class=\"source\"><p class=\"meta\">{' · '.join(meta)}</p><p>{shown}</p>{who}</div>"


def _short_left(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else "…" + text[-(n - 1):].lstrip()


_TW, _TH, _TPAD = 360, 150, 34


def _timeline(group: list[Claim], articles: dict[str, Article], outliers: set[str]) -> str:
    """Publication date across (reports of one day side by side), the figure up with its interval."""
    # Undated reports last.
    dates = sorted({(articles.get(c.article).published if articles.get(c.article) else None) or "" for c in group},
                   key=lambda d: (d == "", d))
    order = {d: i for i, d in enumerate(dates)}
    values = [v for c in group for v in (c.value, c.low, c.high) if v is not None]
    lo, hi = min(values), max(values)
    if hi == lo:
        spread = abs(hi) * 0.1 or 1.0
        lo, hi = lo - spread, hi + spread
    margin = (hi - lo) * 0.1
    lo, hi = lo - margin, hi + margin
    plot_w, plot_h = _TW - _TPAD - 10, _TH - 36

    def y(v: float) -> float:
        return 8 + (hi - v) / (hi - lo) * plot_h

    slots: dict[str, int] = {}
    out = [f"<svg class=\"timeline\" viewBox=\"0 0 {_TW} {_TH}\" role=\"img\" aria-label=\"figures by date\">"]
    for v in (hi - margin, (lo + hi) / 2, lo + margin):
        out.append(f"<text class=\"tick\" x=\"{_TPAD - 4}\" y=\"{y(v) + 4:.1f}\" text-anchor=\"end\">"
                   f"{escape(number(v, scale=True))}</text><line class=\"grid\" x1=\"{_TPAD}\" x2=\"{_TW - 6}\" "
                   f"y1=\"{y(v):.1f}\" y2=\"{y(v):.1f}\"/>")
    step = plot_w / max(1, len(dates))
    for d, i in order.items():
        out.append(f"<text class=\"tick\" x=\"{_TPAD + step * (i + 0.5):.1f}\" y=\"{_TH - 8}\" "
                   f"text-anchor=\"middle\">{escape(d[5:] if len(d) >= 10 else d or 'undated')}</text>")
    def day(article: Article | None) -> str:
        return (article.published if article else None) or ""

    # Counted once, not per dot: a group of 3,600 claims (the hostile fuzz run) made 13M look-ups.
    per_day = Counter(day(articles.get(c.article)) for c in group)
    for c in group:
        article = articles.get(c.article)
        d = day(article)
        k = slots[d] = slots.get(d, 0) + 1
        cx = _TPAD + step * order[d] + step * k / (per_day[d] + 1)
        top = y(c.high) if c.high is not None else 8
        bottom = y(c.low) if c.low is not None else 8 + plot_h
        ring = " outlier" if c.id in outliers else ""
        out.append(f"<g class=\"dot{ring}\" data-claim=\"{escape(c.id)}\" tabindex=\"0\"><title>"
                   f"{escape(_source(article, c.article))}: {escape(c.text)} ({escape(_interval(c))})</title>"
                   f"<line x1=\"{cx:.1f}\" x2=\"{cx:.1f}\" y1=\"{top:.1f}\" y2=\"{max(bottom, top + 1):.1f}\"/>"
                   f"<circle cx=\"{cx:.1f}\" cy=\"{y(c.value):.1f}\" r=\"5\"/></g>")
    out.append("</svg>")
    return "".join(out)


def _interval(c: Claim) -> str:
    lo = "…" if c.low is None else number(c.low, scale=True)
    hi = "…" if c.high is None else number(c.high, scale=True)
    return number(c.value, scale=True) if lo == hi else f"{lo}–{hi}"


# -- the articles, side by side -----------------------------------------------

def _articles(articles: list[Article], claims: list[Claim], verdict_of: dict[str, str]) -> tuple[str, int]:
    """The articles section and its number of columns."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    columns = []
    # Ledger entries are one sentence each: one column for all of them, not one each.
    ledger = [a for a in articles if is_ledger(a)]
    for a in articles:
        if is_ledger(a):
            continue
        meta = [escape(a.source or a.id)]
        if a.published:
            meta.append(f"<time>{escape(a.published)}</time>")
        if link_url(a.url):
            # A link the reader may follow, never loaded by the page itself.
            meta.append(f"<a href=\"{escape(a.url)}\" rel=\"noopener noreferrer\" target=\"_blank\">"
                        f"{escape(_short(a.url, 60))}</a>")
        elif a.url:
            meta.append(escape(_short(a.url, 60)))  # shown, not a link: javascript:, data:, file:...
        n = len(by_article.get(a.id, []))
        columns.append(
            f"<article class=\"doc\" id=\"{escape('a-' + a.id)}\"><header><h3>{escape(a.title or a.id)}</h3>"
            f"<p class=\"meta\">{' · '.join(meta)} · {n} claim{'s' if n != 1 else ''}</p></header>"
            f"<div class=\"body\">{highlight(a.body, by_article.get(a.id, []), verdict_of)}</div></article>")
    if ledger:
        entries = "".join(
            f"<div class=\"entry\" id=\"{escape('a-' + a.id)}\"><p class=\"meta\">{escape(a.source or a.id)}"
            f"{' · <time>' + escape(a.published) + '</time>' if a.published else ''}</p>"
            f"{highlight(a.body, by_article.get(a.id, []), verdict_of)}</div>" for a in ledger)
        columns.append(f"<article class=\"doc ledger\"><header><h3>Ledger (claims.yaml)</h3><p class=\"meta\">"
                       f"{len(ledger)} established claim{'s' if len(ledger) != 1 else ''}</p></header>"
                       f"<div class=\"body\">{entries}</div></article>")
    return ("<section id=\"articles\"><h2>Articles</h2>"
            "<div id=\"panel\" class=\"panel\" hidden></div>"
            "<div class=\"columns\">" + "\n".join(columns) + "</div></section>\n"), len(columns)


def highlight(body: str, claims: list[Claim], verdict_of: dict[str, str]) -> str:
    """`body` as escaped HTML with each claim's span in a <mark>, nested where spans nest.

    A span that crosses the end of an enclosing one is cut there: marks must
    nest, and the enclosing claim is the one a reader sees first.

    >>> from mobicheck.model import Claim
    >>> c = Claim(id="x:n1", article="x", kind="number", text="5 <b>", start=4, end=9)
    >>> highlight("Now 5 <b> & more", [c], {"x:n1": "agree"}).split(">", 1)[1]
    '5 &lt;b&gt;</mark> &amp; more'
    """
    spans = sorted((c for c in claims if 0 <= c.start < c.end <= len(body)), key=lambda c: (c.start, -c.end))
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []
    for c in spans:
        while open_ends and open_ends[-1] <= c.start:
            end = open_ends.pop()
            out.append(escape(body[pos:end], quote=False) + "</mark>")
            pos = end
        end = min(c.end, open_ends[-1]) if open_ends else c.end
        out.append(escape(body[pos:c.start], quote=False))
        pos = c.start
        verdict = verdict_of.get(c.id, "none")
        label = _VERDICT_LABEL.get(verdict, "no counterpart in the other sources")
        out.append(f"<mark class=\"claim v-{escape(verdict)} k-{escape(c.kind)}\" id=\"{escape('t-' + c.id)}\" "
                   f"data-claim=\"{escape(c.id)}\" tabindex=\"0\" role=\"button\" title=\"{escape(label)}\">")
        open_ends.append(end)
    while open_ends:
        end = open_ends.pop()
        out.append(escape(body[pos:end], quote=False) + "</mark>")
        pos = end
    out.append(escape(body[pos:], quote=False))
    return "".join(out)


# -- the data the script reads -------------------------------------------------

def _page_data(matches: list[Match], claims: dict[str, Claim], articles: dict[str, Article],
               verdict_of: dict[str, str]) -> dict:
    links: dict[str, list[dict]] = {}
    for m in matches:
        for one, other in ((m.a, m.b), (m.b, m.a)):
            links.setdefault(one, []).append({"other": other, "verdict": m.verdict, "reason": m.reason,
                                              "same_origin": m.same_origin})
    info = {}
    for c in claims.values():
        article = articles.get(c.article)
        info[c.id] = {"text": c.text, "source": _source(article, c.article), "article": c.article,
                      "date": article.published if article else None, "verdict": verdict_of.get(c.id, "none"),
                      "interval": _interval(c) if c.kind == "number" and c.value is not None else None}
    return {"claims": info, "links": links}


def _json_for_script(data: dict) -> str:
    # Inside <script>, "</script>" or "<!--" in article text would end the
    # block; escaping <, > and & as \u escapes keeps the JSON identical.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


_CSS = """
:root { --contradict: #c62828; --contradict-bg: #fdecea; --update: #b26a00; --update-bg: #fff4e0;
  --agree: #2e7d32; --agree-bg: #e8f5e9; --related: #546e7a; --related-bg: #eceff1; --none: #9e9e9e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 0 20px 40px;
  color: #1d1d1f; background: #fafafa; }
h1 { font-size: 22px; margin: 16px 0 4px; } h2 { font-size: 17px; margin: 22px 0 8px; }
h3 { font-size: 15px; margin: 0 0 2px; }
.counts { margin: 0; color: #444; } .legend { margin: 6px 0 0; font-size: 13px; }
.legend .claim { margin-right: 6px; cursor: default; }
ol.matches { margin: 0; padding-left: 26px; } ol.matches li { margin: 0 0 8px; }
.badge { display: inline-block; min-width: 76px; text-align: center; font-size: 12px; font-weight: 600;
  border-radius: 3px; padding: 0 6px; color: #fff; text-transform: uppercase; letter-spacing: .03em; }
.badge.v-contradict { background: var(--contradict); } .badge.v-update { background: var(--update); }
.badge.v-agree { background: var(--agree); } .badge.v-related { background: var(--related); }
.match .reason { color: #555; font-size: 13px; margin-left: 2px; }
a.ref { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
a.ref:hover { background: #fff8c4; } .src { font-weight: 600; } .vs { color: #777; font-size: 13px; }
.same { color: #777; font-size: 12px; }
article.card { background: #fff; border: 1px solid #e3e3e3; border-left: 5px solid var(--agree);
  border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; scroll-margin-top: 8px; }
article.card.s-disputed { border-left-color: var(--contradict); }
article.card.s-updated { border-left-color: var(--update); }
article.card h3 { font-size: 15px; margin: 2px 0 6px; } article.card .span { font-weight: 400; color: #444; }
.badge.s-disputed { background: var(--contradict); } .badge.s-updated { background: var(--update); }
.badge.s-consistent { background: var(--agree); }
.sources { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 8px; }
.source { border: 1px solid #eee; border-radius: 4px; padding: 6px 8px; font-size: 14px; min-width: 0;
  overflow-wrap: anywhere; } .source p { margin: 0; } .source .who { color: #555; font-size: 13px; }
.source .meta { overflow-wrap: normal; word-break: normal; }
.outlier { color: var(--contradict); font-weight: 600; }
article.card .reason { color: #555; font-size: 13px; margin: 6px 0 0; }
svg.timeline { width: 100%; max-width: 420px; height: auto; display: block; margin: 0 0 8px; }
svg.timeline .tick { fill: #555; font-size: 12px; } svg.timeline .grid { stroke: #eee; }
svg.timeline .dot { cursor: pointer; } svg.timeline .dot line { stroke: var(--related); stroke-width: 5;
  stroke-linecap: round; opacity: .45; } svg.timeline .dot circle { fill: var(--related); }
svg.timeline .dot.outlier circle { fill: #fff; stroke: var(--contradict); stroke-width: 3; }
svg.timeline .dot.selected circle, svg.timeline .dot.focus circle { fill: #f9a825; }
.columns { display: grid; grid-template-columns: repeat(var(--n), minmax(340px, 1fr)); gap: 14px;
  overflow-x: auto; }
article.doc { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; display: flex;
  flex-direction: column; min-width: 0; }
article.doc header { padding: 10px 12px 6px; border-bottom: 1px solid #eee; }
.meta { margin: 0; font-size: 12px; color: #666; word-break: break-all; }
.body { position: relative; white-space: pre-wrap; overflow-y: auto; max-height: 78vh; padding: 10px 12px;
  overflow-wrap: anywhere; }
mark.claim { background: transparent; color: inherit; border-radius: 2px; cursor: pointer; padding: 0 1px;
  border-bottom: 2px solid var(--none); }
mark.claim.v-contradict { background: var(--contradict-bg); border-bottom-color: var(--contradict); }
mark.claim.v-update { background: var(--update-bg); border-bottom-color: var(--update); }
mark.claim.v-agree { background: var(--agree-bg); border-bottom-color: var(--agree); }
mark.claim.v-related { background: var(--related-bg); border-bottom-color: var(--related); }
mark.claim.v-none { border-bottom-style: dotted; }
span.claim { border-bottom: 2px solid var(--none); padding: 0 2px; }
span.claim.v-contradict { background: var(--contradict-bg); border-bottom-color: var(--contradict); }
span.claim.v-update { background: var(--update-bg); border-bottom-color: var(--update); }
span.claim.v-agree { background: var(--agree-bg); border-bottom-color: var(--agree); }
span.claim.v-related { background: var(--related-bg); border-bottom-color: var(--related); }
span.claim.v-none { border-bottom-style: dotted; }
mark.claim.selected { outline: 2px solid #1d1d1f; }
mark.claim.focus { outline: 3px solid #f9a825; background: #fff59d; }
.panel { position: sticky; top: 0; z-index: 2; background: #fffbe6; border: 1px solid #f0d36b;
  border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; box-shadow: 0 2px 6px rgba(0,0,0,.08); }
.panel ul { margin: 4px 0 0; padding-left: 18px; } .panel .reason { color: #555; font-size: 13px; }
.panel button { float: right; border: 0; background: none; font-size: 18px; cursor: pointer; }
.ledger .body { white-space: normal; } .ledger .entry { margin: 0 0 10px; }
.hint, .empty { color: #666; font-size: 13px; }
@media (max-width: 600px) {
  body { padding: 0 10px 30px; }
  .sources { gap: 4px; } .source { font-size: 13px; padding: 4px 6px; }
  .source p:not(.meta) { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
    overflow: hidden; }
  .columns { grid-template-columns: repeat(var(--n), minmax(85vw, 1fr)); }
}
@media print { .body { max-height: none; overflow: visible; } .panel { display: none; } }
"""

_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mc-data").textContent);
  var panel = document.getElementById("panel");
  // "t-<id>": the claim in its article's text; "c-<id>": in its quantity's card,
  // the target of a link to the report (#c-<id>), which the browser scrolls to as well.
  function byId(id) { return document.getElementById("t-" + id); }
  function text(tag, cls, s) { var e = document.createElement(tag); if (cls) e.className = cls; e.textContent = s; return e; }
  function scrollInColumn(el) {
    var col = el.closest(".body");
    if (col) col.scrollTop = Math.max(0, el.offsetTop - col.clientHeight / 3);
  }
  function describe(id) {
    var c = data.claims[id] || {};
    var s = (c.source || "") + (c.date ? " (" + c.date + ")" : "") + ": \u201c" + (c.text || "") + "\u201d";
    return c.interval ? s + " [" + c.interval + "]" : s;
  }
  function all(id) { return document.querySelectorAll('[data-claim="' + CSS.escape(id) + '"]:not(a)'); }
  function inCard(id) { return document.querySelector('.card mark[data-claim="' + CSS.escape(id) + '"]'); }
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  }
  function select(id, fromOutside) {
    document.querySelectorAll(".selected, .focus").forEach(function (e) { e.classList.remove("selected", "focus"); });
    var own = byId(id) || inCard(id);
    if (!own) return;
    all(id).forEach(function (e) { e.classList.add("selected"); });
    var links = data.links[id] || [];
    panel.replaceChildren();
    var close = text("button", "", "\u00d7"); close.title = "Close"; close.onclick = function () { panel.hidden = true; };
    panel.append(close, text("strong", "", describe(id)));
    var list = document.createElement("ul");
    if (!links.length) list.append(text("li", "", "No counterpart in the other sources."));
    links.forEach(function (l) {
      var item = document.createElement("li");
      item.append(text("span", "badge v-" + l.verdict, l.verdict), " ");
      var a = text("a", "ref", describe(l.other)); a.href = "#c-" + l.other; a.dataset.claim = l.other;
      item.append(a, text("div", "reason", l.reason + (l.same_origin ? " (same origin)" : "")));
      list.append(item);
      all(l.other).forEach(function (e) { e.classList.add("focus"); });
      var other = byId(l.other);
      if (other) scrollInColumn(other);
    });
    panel.append(list);
    panel.hidden = false;
    scrollInColumn(own);
    // The claim's card holds its counterparts side by side: bring its sources
    // to the top of the window, the claim among them.
    var mark = inCard(id);
    if (mark) {
      mark.closest(".sources").scrollIntoView({block: "start"});
    } else if (fromOutside) {
      document.getElementById("articles").scrollIntoView({block: "start"});
    }
    var others = links.map(function (l) { return inCard(l.other) || byId(l.other); }).filter(Boolean);
    document.body.dataset.inview = others.filter(inView).length + "/" + others.length;
  }
  function choose(id, fromOutside) {
    // Each choice is a step in the history: Back returns to the one before,
    // and the address links to the claim.
    if (location.hash !== "#c-" + encodeURIComponent(id)) history.pushState(null, "", "#c-" + encodeURIComponent(id));
    select(id, fromOutside);
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest("[data-claim]");
    if (!t) return;
    ev.preventDefault();
    choose(t.dataset.claim, !t.matches("mark.claim"));
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target.closest && ev.target.closest("[data-claim]");
    if (t && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); choose(t.dataset.claim, !t.matches("mark.claim")); }
  });
  function fromAddress() {
    if (location.hash.indexOf("#c-") === 0) select(decodeURIComponent(location.hash.slice(3)), true);
  }
  window.addEventListener("popstate", fromAddress);
  // A link to "report.html#c-<claim id>" opens the report on that claim.
  fromAddress();
  document.body.dataset.ready = "1";  // lets a test tell that the script ran to the end
})();
"""
