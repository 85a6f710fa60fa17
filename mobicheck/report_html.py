"""The HTML report of `compare`: one self-contained file a fact-checker opens offline.

Layout, top to bottom: the verdict counts; every match as a list,
contradictions first; one small SVG chart per matched quantity (each
source's figure with its low-high interval, so an outlier shows at once);
then the articles side by side with every claim highlighted in its verdict's
colour. Clicking a claim (or a list entry) highlights its counterparts in
the other articles, scrolls each column to them and shows the reasons.

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
from html import escape

from .ledger import is_ledger
from .model import Article, Claim, Match, Report
from .render import VERDICT_ORDER, sorted_matches, summary

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
        _match_list(matches, claims, articles),
        _charts(matches, claims, articles, verdict_of),
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


# -- one chart per matched quantity ------------------------------------------

def _clusters(matches: list[Match], claims: dict[str, Claim]) -> list[list[Claim]]:
    """Number claims joined by any match, as groups (union-find), largest first."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in matches:
        if _chartable(claims[m.a]) and _chartable(claims[m.b]):
            parent[root(m.a)] = root(m.b)
    groups: dict[str, list[Claim]] = {}
    for cid in parent:
        groups.setdefault(root(cid), []).append(claims[cid])
    order = list(claims)
    found = [sorted(g, key=lambda c: order.index(c.id)) for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: (-len(g), order.index(g[0].id)))


def _chartable(c: Claim) -> bool:
    # A 400-digit figure reads as infinity: no axis can hold it.
    return c.kind == "number" and c.value is not None and all(
        v is None or math.isfinite(v) for v in (c.value, c.low, c.high))


def _charts(matches: list[Match], claims: dict[str, Claim], articles: dict[str, Article],
            verdict_of: dict[str, str]) -> str:
    groups = _clusters(matches, claims)
    if not groups:
        return ""
    figures = [_chart(group, articles, verdict_of) for group in groups]
    return ("<section id=\"charts\"><h2>Figures side by side</h2><p class=\"hint\">Each bar is one source's "
            "interval (what its wording allows), the dot its figure; click a row to see the claim.</p>\n"
            + "\n".join(figures) + "</section>\n")


_W, _LABEL, _ROW, _PAD = 720, 260, 24, 12


def _chart(group: list[Claim], articles: dict[str, Article], verdict_of: dict[str, str]) -> str:
    lows = [c.low if c.low is not None else c.value for c in group]
    highs = [c.high if c.high is not None else c.value for c in group]
    lo, hi = min(lows + [c.value for c in group]), max(highs + [c.value for c in group])
    if hi == lo:
        spread = abs(hi) * 0.1 or 1.0
        lo, hi = lo - spread, hi + spread
    margin = (hi - lo) * 0.08
    lo, hi = lo - margin, hi + margin
    plot = _W - _LABEL - 2 * _PAD

    def x(v: float) -> float:
        return _LABEL + _PAD + (v - lo) / (hi - lo) * plot

    height = _ROW * len(group) + 30
    out = [f"<svg class=\"chart\" viewBox=\"0 0 {_W} {height}\" width=\"{_W}\" height=\"{height}\" role=\"img\" "
           f"aria-label=\"{escape(_chart_title(group))}\">"]
    for i, c in enumerate(group):
        y = 8 + i * _ROW
        mid = y + _ROW / 2
        article = articles.get(c.article)
        date = (article.published if article else None) or ""
        label = _short(_source(article, c.article), 30) + (f" · {date}" if date else "")
        verdict = verdict_of.get(c.id, "none")
        # An open end ("at least 40,000") runs to the edge of the chart.
        x1 = x(c.low) if c.low is not None else _LABEL + _PAD
        x2 = x(c.high) if c.high is not None else _W - _PAD
        open_end = " open" if c.low is None or c.high is None else ""
        # The figure's label sits right of its dot, or left of it near the right edge.
        fig_x, anchor = (x(c.value) + 8, "start") if x(c.value) < _W - 90 else (x(c.value) - 8, "end")
        out.append(
            f"<g class=\"row v-{escape(verdict)}\" data-claim=\"{escape(c.id)}\" tabindex=\"0\">"
            f"<title>{escape(c.text)} ({escape(_interval(c))})</title>"
            f"<rect class=\"hit\" x=\"0\" y=\"{y}\" width=\"{_W}\" height=\"{_ROW}\"/>"
            f"<text x=\"4\" y=\"{mid + 4:.1f}\">{escape(label)}</text>"
            f"<line class=\"bar{open_end}\" x1=\"{x1:.1f}\" x2=\"{max(x2, x1 + 2):.1f}\" y1=\"{mid:.1f}\" "
            f"y2=\"{mid:.1f}\"/>"
            f"<circle cx=\"{x(c.value):.1f}\" cy=\"{mid:.1f}\" r=\"4.5\"/>"
            f"<text class=\"fig\" x=\"{fig_x:.1f}\" y=\"{mid - 5:.1f}\" text-anchor=\"{anchor}\">"
            f"{escape(_fmt(c.value))}</text></g>")
    axis_y = 8 + len(group) * _ROW + 4
    out.append(f"<line class=\"axis\" x1=\"{_LABEL + _PAD}\" x2=\"{_W - _PAD}\" y1=\"{axis_y}\" y2=\"{axis_y}\"/>")
    for v in (lo + margin, (lo + hi) / 2, hi - margin):
        out.append(f"<text class=\"tick\" x=\"{x(v):.1f}\" y=\"{axis_y + 14}\" text-anchor=\"middle\">"
                   f"{escape(_fmt(v))}</text>")
    out.append("</svg>")
    return (f"<figure class=\"quantity\"><figcaption>{escape(_chart_title(group))}</figcaption>"
            + "".join(out) + "</figure>")


def _chart_title(group: list[Claim]) -> str:
    c = next((c for c in group if c.subject), group[0])
    parts = [c.subject or c.quantity or "figure"]
    if c.measure:
        parts[0] += f" ({c.measure})"
    if c.place:
        parts.append("in " + ", ".join(c.place))
    if c.per:
        parts.append(f"per {c.per}")
    if c.unit:
        parts.append(c.unit)
    return " ".join(parts)


def _interval(c: Claim) -> str:
    lo = "…" if c.low is None else _fmt(c.low)
    hi = "…" if c.high is None else _fmt(c.high)
    return _fmt(c.value) if lo == hi else f"{lo}–{hi}"


def _fmt(v: float) -> str:
    """A figure as a reader writes it: 300,000; 1.5; 12.5 million; 2.3 billion."""
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:.3g} billion"
    if a >= 1e7:
        return f"{v / 1e6:.3g} million"
    if a >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:.3g}"


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
        out.append(f"<mark class=\"claim v-{escape(verdict)} k-{escape(c.kind)}\" id=\"{_anchor(c.id)}\" "
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
figure.quantity { margin: 0 0 14px; background: #fff; border: 1px solid #e3e3e3; border-radius: 6px;
  padding: 8px 10px; display: inline-block; vertical-align: top; max-width: 100%; }
figure.quantity figcaption { font-weight: 600; font-size: 14px; }
svg.chart { max-width: 100%; height: auto; display: block; font-size: 12px; }
svg.chart .row { cursor: pointer; } svg.chart .hit { fill: transparent; }
svg.chart .row:hover .hit, svg.chart .row.focus .hit, svg.chart .row.selected .hit { fill: #fff8c4; }
svg.chart text { fill: #333; } svg.chart text.fig { font-weight: 600; } svg.chart text.tick { fill: #777; }
svg.chart .axis { stroke: #bbb; } svg.chart .bar { stroke-width: 6; stroke-linecap: round; opacity: .55; }
svg.chart .bar.open { stroke-dasharray: 6 3; }
svg.chart .v-contradict .bar, svg.chart .v-contradict circle { stroke: var(--contradict); fill: var(--contradict); }
svg.chart .v-update .bar, svg.chart .v-update circle { stroke: var(--update); fill: var(--update); }
svg.chart .v-agree .bar, svg.chart .v-agree circle { stroke: var(--agree); fill: var(--agree); }
svg.chart .v-related .bar, svg.chart .v-related circle { stroke: var(--related); fill: var(--related); }
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
@media print { .body { max-height: none; overflow: visible; } .panel { display: none; } }
"""

_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mc-data").textContent);
  var panel = document.getElementById("panel");
  function byId(id) { return document.getElementById("c-" + id); }
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
  function select(id, fromOutside) {
    document.querySelectorAll(".selected, .focus").forEach(function (e) { e.classList.remove("selected", "focus"); });
    var own = byId(id);
    if (!own) return;
    own.classList.add("selected");
    document.querySelectorAll('svg [data-claim="' + CSS.escape(id) + '"]').forEach(function (e) { e.classList.add("selected"); });
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
      var other = byId(l.other);
      if (other) { other.classList.add("focus"); scrollInColumn(other); }
      document.querySelectorAll('svg [data-claim="' + CSS.escape(l.other) + '"]').forEach(function (e) { e.classList.add("focus"); });
    });
    panel.append(list);
    panel.hidden = false;
    if (fromOutside) {
      scrollInColumn(own);
      document.getElementById("articles").scrollIntoView({block: "start"});
    }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest("[data-claim]");
    if (!t) return;
    ev.preventDefault();
    select(t.dataset.claim, !t.matches("mark.claim"));
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target.closest && ev.target.closest("[data-claim]");
    if (t && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(t.dataset.claim, !t.matches("mark.claim")); }
  });
  // A link to "report.html#c-<claim id>" opens the report on that claim.
  if (location.hash.indexOf("#c-") === 0) select(decodeURIComponent(location.hash.slice(3)), true);
  document.body.dataset.ready = "1";  // lets a test tell that the script ran to the end
})();
"""
