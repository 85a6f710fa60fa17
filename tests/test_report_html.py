"""The HTML report (self-contained, escaped, highlighted), the yaml ledger format, CSV and Markdown.

The browser tests run Debian's headless Chromium when /usr/bin/chromium is
there (.ci/run installs it) and are skipped with the reason otherwise.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mobicheck.config import parse_config
from mobicheck.model import Article, Claim, Match, Report
from mobicheck.render import match_rows, render_csv, render_markdown, render_yaml
from mobicheck.report_html import highlight, render_html

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed "
                                    "(apt-get install chromium; .ci/run does it)")

BODY_A = ("Shoigu said Russia would mobilise up to 300,000 reservists. <script>alert('x')</script> & more.\n\n"
          "Men at the border said they would not fight a “fratricidal war.”")
BODY_B = "The decree calls up 300,000 reservists, men told AFP of a “fratricidal war.”"
BODY_C = "An aide put the real figure at 1,200,000 reservists."


def _claim(article: str, n: str, body: str, text: str, kind: str = "number", **kw) -> Claim:
    start = body.index(text)
    return Claim(id=f"{article}:{n}", article=article, kind=kind, text=text, start=start, end=start + len(text),
                 sentence=text, **kw)


def made_report() -> Report:
    """Three sources: two agree on 300,000 and on the quote, one is an outlier."""
    arts = [Article(id="alpha", body=BODY_A, title="Alpha <Times>", source="Alpha & Co", published="2022-09-21",
                    url="https://alpha.example/a"),
            Article(id="beta", body=BODY_B, title="Beta", source="Beta News", published="2022-09-22"),
            Article(id="gamma", body=BODY_C, title="Gamma", source="Gamma Daily")]
    fig = dict(subject="reservists", measure="mobilize", place=("Russia",), quantity="count")
    claims = [
        _claim("alpha", "n1", BODY_A, "up to 300,000 reservists", value=300000, low=None, high=300000, **fig),
        _claim("alpha", "q1", BODY_A, "fratricidal war.", kind="quote", speaker="men"),
        _claim("beta", "n1", BODY_B, "300,000 reservists", value=300000, low=300000, high=300000, **fig),
        _claim("beta", "q1", BODY_B, "fratricidal war.", kind="quote", speaker="men"),
        _claim("gamma", "n1", BODY_C, "1,200,000 reservists", value=1.2e6, low=1.2e6, high=1.2e6, **fig),
    ]
    matches = [
        Match("alpha:n1", "beta:n1", "agree", 0.9, "300,000 is within “up to 300,000”"),
        Match("alpha:q1", "beta:q1", "agree", 1.0, "the same words, both attributed to men"),
        Match("beta:n1", "gamma:n1", "contradict", 0.9, "300,000 and 1,200,000 <disjoint>"),
    ]
    return Report(articles=arts, claims=claims, matches=matches)


class _Tags(HTMLParser):
    """Collects start tags with attributes and checks that <mark> nests."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.depth = 0
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1
            self.balanced &= self.depth >= 0


def tags_of(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    return parser


def assert_loads_nothing(markup: str) -> None:
    """No element makes the browser fetch anything: no remote src/href, stylesheet, script, import or url()."""
    parser = tags_of(markup)
    for tag, attrs in parser.tags:
        assert "src" not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError(f"<link> in a self-contained page: {attrs}")
        for name, value in attrs.items():
            if name in ("href", "action", "poster", "data", "background") and tag != "a":
                raise AssertionError(f"<{tag} {name}={value}> would load")
    assert not re.search(r"@import|url\(", markup)
    assert "default-src 'none'" in markup  # and the CSP forbids whatever the checks above miss


def marks(markup: str) -> dict[str, dict]:
    return {attrs["data-claim"]: attrs for tag, attrs in tags_of(markup).tags if tag == "mark"}


def test_report_escapes_text_and_highlights_every_claim():
    report = made_report()
    page = render_html(report)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page and "Alpha &lt;Times&gt;" in page and "Alpha &amp; Co" in page
    found = marks(page)
    assert set(found) == {c.id for c in report.claims}
    assert "v-agree" in found["alpha:q1"]["class"] and "v-agree" in found["beta:q1"]["class"]
    assert "v-contradict" in found["beta:n1"]["class"]  # the most serious verdict wins
    assert "v-agree" in found["alpha:n1"]["class"]
    assert tags_of(page).balanced
    # The list puts the contradiction first, with its reason escaped.
    listed = re.findall(r'<li class="match v-(\w+)"', page)
    assert listed == ["contradict", "agree", "agree"]
    assert "&lt;disjoint&gt;" in page
    assert_loads_nothing(page)


def test_report_data_block_cannot_end_the_script():
    report = made_report()
    evil = Article(id="evil", body="</script><script>alert(1)</script> 5 cars", title="x")
    report.articles.append(evil)
    report.claims.append(Claim(id="evil:q1", article="evil", kind="quote", text=evil.body, start=0,
                               end=len(evil.body)))
    page = render_html(report)
    data = page.split('<script type="application/json" id="mc-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003c/script\\u003e" in data


def test_a_card_per_quantity_with_a_timeline_that_rings_the_outlier():
    page = render_html(made_report())
    cards = re.findall(r'<article class="card s-(\w+)" id="g-\w+">(.*?)</article>', page, re.S)
    assert [status for status, _ in cards] == ["disputed", "consistent"]  # disputed first; the quote's card
    disputed = cards[0][1]
    assert "reservists (mobilize) in Russia" in disputed and "300,000 to 300,000" not in disputed
    assert "Alpha &amp; Co" in disputed and "<time>2022-09-21</time>" in disputed
    assert 'href="https://alpha.example/a"' in disputed  # a link to the article
    dots = re.findall(r'<g class="dot( outlier)?" data-claim="([^"]+)"', disputed)
    # By publication date, the undated report last; the outlier (1,200,000 against 300,000 twice) ringed.
    assert dots == [("", "alpha:n1"), ("", "beta:n1"), (" outlier", "gamma:n1")]
    assert "300,000 and 1,200,000 &lt;disjoint&gt;" in disputed  # why it is disputed
    assert "<svg" not in cards[1][1]  # a quotation has no chart


def test_highlight_nests_and_cuts_crossing_spans():
    body = "He said “we need 300,000 men now” today."
    quote = Claim(id="a:q1", article="a", kind="quote", text="we need 300,000 men now", start=9, end=32)
    number = Claim(id="a:n1", article="a", kind="number", text="300,000 men", start=17, end=28)
    crossing = Claim(id="a:n2", article="a", kind="number", text="now” today", start=29, end=39)
    out = highlight(body, [number, crossing, quote], {"a:q1": "agree"})
    assert out.count("<mark") == out.count("</mark>") == 3
    assert tags_of(out).balanced
    assert re.sub(r"<[^>]+>", "", out) == body  # the text itself is unchanged
    assert out.index('data-claim="a:q1"') < out.index('data-claim="a:n1"') < out.index("</mark>")


def test_empty_report_renders():
    page = render_html(Report())
    assert "No claim was found in more than one source" in page
    assert_loads_nothing(page)


# -- trust boundaries (issue 17) ---------------------------------------------

# What a hostile article can put in each field the report shows.
INJECTED = "<img src=http://127.0.0.1:9/pixel.png onerror=\"document.body.dataset.pwned='img'\">"


def hostile_report() -> Report:
    """made_report plus an article whose every field carries markup, a javascript: URL
    and a figure too long to be a float (the number reader gives infinity)."""
    report = made_report()
    body = (f"Officials said {INJECTED} 300,000 reservists</script><script>document.body.dataset.pwned='body'"
            "</script> and 1e999 people.")
    evil = Article(id="evil\"><script>document.body.dataset.pwned='id'</script>", body=body,
                   title=f"Title {INJECTED}", source="<script>document.body.dataset.pwned='source'</script>",
                   published="2022-09-23\"><svg onload=\"document.body.dataset.pwned='date'\">",
                   url="javascript:document.body.dataset.pwned='url'")
    fig = dict(subject="reservists", measure="mobilize", place=("Russia",), quantity="count")
    report.articles.append(evil)
    report.claims.append(_claim(evil.id, "n1", body, "300,000 reservists", value=300000, low=300000, high=300000,
                                **fig))
    report.claims.append(_claim(evil.id, "n2", body, "1e999 people", value=float("inf"), low=float("inf"),
                                high=float("inf"), subject=INJECTED, quantity="count"))
    report.matches.append(Match("beta:n1", f"{evil.id}:n1", "agree", 0.9, f"300,000 is 300,000 {INJECTED}"))
    report.matches.append(Match("gamma:n1", f"{evil.id}:n2", "contradict", 0.9, "1,200,000 and inf"))
    return report


@pytest.mark.parametrize("url,linked", [
    ("https://alpha.example/a", True), ("http://alpha.example/a?x=1&y=2", True),
    ("javascript:alert(3)", False), ("JavaScript:alert(3)", False), ("java\tscript:alert(3)", False),
    (" javascript:alert(3)", False), ("data:text/html,<script>alert(3)</script>", False),
    ("file:///etc/passwd", False), ("vbscript:msgbox", False), ("https://x.example/\nx", False),
])
def test_only_http_links_are_emitted(url, linked):
    report = made_report()
    report.articles[0] = Article(id="alpha", body=BODY_A, title="Alpha", url=url)
    hrefs = [attrs.get("href") for tag, attrs in tags_of(render_html(report)).tags if tag == "a"]
    external = {h for h in hrefs if not h.startswith("#")}  # the article's column and its sources in the cards
    assert external == ({url} if linked else set())


def test_csp_allows_the_own_style_and_script_by_hash_only():
    import base64
    import hashlib

    page = render_html(hostile_report())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "unsafe-inline" not in policy and "default-src 'none'" in policy
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    script = page.rsplit("<script>", 1)[1].split("</script>", 1)[0]
    for kind, source in (("style-src", style), ("script-src", script)):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in policy
    assert "style=" not in page  # an inline style attribute would need 'unsafe-inline'


def test_every_value_from_an_article_is_escaped():
    page = render_html(hostile_report())
    parser = tags_of(page)
    assert [tag for tag, _ in parser.tags if tag in ("img", "svg") and "onload" in _] == []
    assert not [t for t, attrs in parser.tags if t == "img"]
    assert page.count("<script") == 2  # the data block and the report's own script
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)
    assert "javascript:" not in " ".join(str(attrs.get("href")) for _, attrs in parser.tags)
    assert parser.balanced and "&lt;img src=http://127.0.0.1:9/pixel.png" in page


def test_figures_too_large_for_a_float_stay_out_of_the_charts():
    page = render_html(hostile_report())
    charts = "".join(re.findall(r"<svg class=\"chart\".*?</svg>", page, re.S))
    assert "inf" not in charts.lower() and "nan" not in charts.lower()
    assert "evil" in page and '1e999 people' in page  # still highlighted in its article


# -- in a real browser --------------------------------------------------------

def chromium(*args: str, tmp: Path, timeout: int = 60) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, text=True, timeout=timeout)


def dump_dom(page: Path, tmp: Path, fragment: str = "") -> tuple[str, list[str]]:
    """The DOM after the page's script ran, and the remote URLs the page itself asked for.

    Chromium's own background requests (time, updates, accounts) have the
    initiator "not an origin" in its network log; a request made by the page
    (an <img src>, a fetch) has the page's origin, "null" for a file.
    """
    netlog = tmp / "net.json"
    done = chromium("--dump-dom", f"--log-net-log={netlog}", page.as_uri() + fragment, tmp=tmp)
    assert done.returncode == 0, done.stderr[-2000:]
    raw = netlog.read_text(encoding="utf-8")
    try:
        log = json.loads(raw)
    except ValueError:  # a log cut short at exit lacks its closing brackets
        log = json.loads(raw.rstrip().rstrip(",") + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = [e["params"]["url"] for e in log["events"]
            if e["type"] == start_job and "url" in e.get("params", {})
            and e["params"].get("initiator") != "not an origin"
            and e["params"]["url"].startswith(("http:", "https:", "ws:", "wss:"))]
    return done.stdout, urls


def screenshot(page: Path, tmp: Path, out: Path, size: str = "1400,1000") -> None:
    done = chromium(f"--screenshot={out}", f"--window-size={size}", page.as_uri(), tmp=tmp)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_chromium
def test_made_report_in_chromium(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_html(made_report()), encoding="utf-8")
    # Opening the report on a claim runs the same code as a click on it.
    dom, urls = dump_dom(page, tmp_path, "#c-beta:n1")
    assert 'data-ready="1"' in dom, "the report's script did not run to the end"
    found = marks(dom)
    assert "selected" in found["beta:n1"]["class"]
    assert "focus" in found["alpha:n1"]["class"] and "focus" in found["gamma:n1"]["class"]
    panel = dom.split('id="panel"', 1)[1].split("</div></div>", 1)[0]
    assert "hidden" not in panel.split(">", 1)[0]
    assert "300,000 and 1,200,000 &lt;disjoint&gt;" in panel and "Gamma Daily" in panel
    assert urls == []
    screenshot(page, tmp_path, tmp_path / "made.png")


@needs_chromium
def test_seeds_report_in_chromium(tmp_path):
    out = tmp_path / "seeds.html"
    done = subprocess.run([sys.executable, "-m", "mobicheck", "compare", "seeds/", "--format", "html", "--output",
                           str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    markup = out.read_text(encoding="utf-8")
    assert_loads_nothing(markup)
    dom, urls = dump_dom(out, tmp_path)
    assert 'data-ready="1"' in dom
    assert urls == []
    screenshot(out, tmp_path, tmp_path / "seeds.png")
    # The two seed articles agree on 300,000 and on "fratricidal war": each is
    # highlighted as an agreement in both articles and listed.
    by_article: dict[str, list[str]] = {}
    for cid, attrs in marks(dom).items():
        if "v-agree" in attrs["class"]:
            by_article.setdefault(cid.split(":")[0], []).append(cid)
    texts = {cid: _mark_text(dom, cid) for ids in by_article.values() for cid in ids}
    for seed in ("000_d35523d20212b64d", "003_d0318f9e97ba566e"):
        agreed = " | ".join(texts[c] for c in by_article.get(seed, []))
        assert re.search(r"300,000|Three hundred thousand", agreed), f"{seed}: 300,000 not highlighted as agreed"
        assert "fratricidal war" in agreed, f"{seed}: “fratricidal war” not highlighted as agreed"
    listed = re.findall(r'<li class="match v-agree">.*?</li>', dom, re.S)
    assert any("fratricidal war" in li and "000_d35523d20212b64d" in li and "003_d0318f9e97ba566e" in li
               for li in listed)
    assert any(re.search(r"300,000", li) and "000_d35523d20212b64d" in li and "003_d0318f9e97ba566e" in li
               for li in listed)


def _mark_text(dom: str, claim_id: str) -> str:
    start = dom.index(f'data-claim="{claim_id}"')
    return re.sub(r"<[^>]+>", "", dom[dom.index(">", start) + 1: dom.index("</mark>", start)])


# -- yaml, csv, markdown -------------------------------------------------------

def test_yaml_ledger_reads_back_with_parse_config():
    from mobicheck import pipeline

    report = pipeline.claims([str(ROOT / "seeds"), str(ROOT / "tests" / "data" / "pages")])
    text = render_yaml(report)
    settings = parse_config(text, "extracted.yaml")
    assert len(settings.ledger) == len(report.claims)
    numbers = [e for e in settings.ledger if e.value is not None]
    quotes = [e for e in settings.ledger if e.quote is not None]
    assert numbers and quotes
    shoigu = next(e for e in numbers if e.value == 300000 and e.source == "The Northern Courier")
    assert shoigu.high == 300000 and shoigu.low is None and shoigu.date == "2022-09-21"
    assert all(e.source and e.claim for e in settings.ledger)


def test_yaml_ledger_is_a_usable_ledger(tmp_path):
    from mobicheck import pipeline

    report = pipeline.claims([str(ROOT / "tests" / "data" / "pages" / "shoigu-reservists.txt")])
    (tmp_path / "claims.yaml").write_text(render_yaml(report), encoding="utf-8")
    from mobicheck.config import load_config

    settings = load_config(tmp_path / "claims.yaml")
    checked = pipeline.compare([str(ROOT / "tests" / "data" / "pages" / "shoigu-reservists.html")],
                               settings=settings, config_path=str(tmp_path / "claims.yaml"))
    # The page agrees with the ledger made from its own text twin.
    assert any(m.verdict == "agree" for m in checked.matches)


def test_csv_and_markdown_have_one_row_per_match():
    report = made_report()
    rows = list(csv.DictReader(io.StringIO(render_csv(report, matches=True))))
    assert len(rows) == len(report.matches)
    assert rows[0]["verdict"] == "contradict" and rows[0]["source_a"] == "Beta News"
    assert rows[0]["text_b"] == "1,200,000 reservists" and rows[0]["reason"] == "300,000 and 1,200,000 <disjoint>"
    assert [r["verdict"] for r in rows] == [r["verdict"] for r in match_rows(report)]
    md = render_markdown(report, matches=True).splitlines()
    assert md[0].startswith("| Verdict | Source A |")
    table = [line for line in md if line.startswith("| ") and not line.startswith("| Verdict")]
    assert len(table) == len(report.matches)
    assert all(line.count(" | ") == 5 for line in table)  # a "|" in a cell is escaped, not a new column


@needs_chromium
def test_injected_markup_runs_no_script_and_makes_no_request(tmp_path):
    page = tmp_path / "hostile.html"
    markup = render_html(hostile_report())
    # And if the escaping ever missed something: the policy still lets only
    # the report's own script run, and no image load.
    slipped = ("<script>document.body.dataset.pwned='slipped'</script>"
               "<img src=\"http://127.0.0.1:9/slipped.png\">")
    page.write_text(markup.replace("</body>", slipped + "</body>"), encoding="utf-8")
    dom, urls = dump_dom(page, tmp_path, "#c-beta:n1")
    assert 'data-ready="1"' in dom, "the report's own script must run"
    assert "data-pwned" not in dom
    assert urls == []


@needs_chromium
@pytest.mark.parametrize("size", ["1400,900", "390,844"])
def test_a_chosen_claims_counterparts_are_in_view_on_desk_and_phone(tmp_path, size):
    """Issue 16: opening the report on a claim (as a click does, with the address
    updated) shows every counterpart inside the window, on a desk and on a phone."""
    out = tmp_path / "dev.html"
    done = subprocess.run([sys.executable, "-m", "mobicheck", "compare", "tests/data/dev", "--no-config",
                           "--format", "html", "--output", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    # the death toll told by eight sources, and a quotation disputed between four
    for claim in ("quake_andeanwire_1:n1", "quake_coastalherald_1:q1"):
        result = chromium(f"--window-size={size}", "--dump-dom", out.as_uri() + f"#c-{claim}", tmp=tmp_path)
        assert result.returncode == 0, result.stderr[-2000:]
        seen, total = map(int, re.search(r'data-inview="(\d+)/(\d+)"', result.stdout).groups())
        assert total >= 3 and seen == total, f"{claim} at {size}: {seen} of {total} counterparts in view"
