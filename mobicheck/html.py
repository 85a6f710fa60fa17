"""Main text and metadata of an HTML page.

`extract_page` is what the loader calls: it uses trafilatura (the optional
`mobicheck[web]` extra) when it is installed and this module's own
standard-library extractor, `html_to_text`, when it is not. Either way the
result goes through the same last filter, which drops the short page
furniture that extractors sometimes keep (consent notices, "See also" and
"Read more" lines, photo credits, bylines), so both engines give the claim
extractor the same story text.

The plain fallback keeps paragraph-like blocks, drops scripts, navigation,
headers, footers, asides, forms and figure captions, and reads the title,
site name, author, publication date and canonical URL from <meta> tags,
JSON-LD and <time datetime>.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

# Elements whose whole content is never article text.
_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figcaption",
                   "button", "select", "svg", "template", "iframe", "head"})
# Elements that end a block of text.
_BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "br", "tr", "pre", "dd", "dt", "body"})
_VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"})
# class/id words of boilerplate containers (cookie banners, share bars, related links).
_BOILERPLATE_ATTR = re.compile(r"cookie|consent|banner|share|social|related|newsletter|promo|advert|\bad\b|"
                               r"subscribe|comments?\b|breadcrumb|menu|sidebar|footer|header|nav\b|caption",
                               re.I)
_DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date")


@dataclass(frozen=True)
class Page:
    """Main text (paragraphs separated by a blank line) and the page's metadata."""

    text: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


class _Extractor(HTMLParser):
    def __init__(self, *, by_attributes: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.by_attributes = by_attributes
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_stack: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.ld_parts: list[str] | None = None
        self.ld_json: list[str] = []
        self.time_datetime: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
            return
        self._metadata_tag(tag, attrs)
        self._text_tag(tag, attrs)

    def _metadata_tag(self, tag: str, attrs: dict[str, str]) -> None:
        """What a tag says of the page: its canonical link, title, JSON-LD and date."""
        if tag == "link" and "canonical" in attrs.get("rel", "").lower():
            self.canonical = attrs.get("href")
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.ld_parts = []
        if tag == "time" and attrs.get("datetime") and self.time_datetime is None:
            self.time_datetime = attrs["datetime"]

    def _text_tag(self, tag: str, attrs: dict[str, str]) -> None:
        """What a tag does to the text: a break, a new block, or a stretch to skip (menus, scripts...)."""
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        if tag == "body":
            self.skip_stack.clear()  # <body> ends the <head> whether or not it was closed
        marker = " ".join((attrs.get("class", ""), attrs.get("id", ""), attrs.get("role", "")))
        if self.skip_stack or tag in _SKIP or (self.by_attributes and tag not in ("body", "html", "main", "article")
                                               and _BOILERPLATE_ATTR.search(marker)):
            self.skip_stack.append(tag)
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "h1" and self.h1 is None:
            self.in_h1 = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.ld_parts is not None:
            self.ld_json.append("".join(self.ld_parts))
            self.ld_parts = None
        if self.skip_stack:
            # Close up to the matching tag so unclosed children cannot leak.
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "h1" and self.in_h1:
            self.in_h1 = False

    def handle_data(self, data):
        if self.ld_parts is not None:
            self.ld_parts.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_stack:
            return
        self.current.append(data)
        if self.in_h1:
            self.h1 = ((self.h1 or "") + data).strip() or None

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        self.current = []
        if text:
            self.blocks.append(text)


def _parse(markup: str, *, by_attributes: bool) -> _Extractor:
    parser = _Extractor(by_attributes=by_attributes)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; this guards odd markup all the same
        pass
    parser._flush()
    return parser


def html_to_text(markup: str) -> Page:
    """Main text (one paragraph per line) and metadata of an HTML page; never raises.

    >>> html_to_text("<title>T</title><nav>Menu</nav><p>Hello <b>world</b>.</p>").text
    'Hello world.'
    """
    parser = _parse(markup, by_attributes=True)
    if not parser.blocks:
        # An unclosed boilerplate container (a cookie banner missing its
        # </div>) swallows the rest of a broken page; read it again trusting
        # only the tags. extract.py still drops boilerplate paragraphs.
        parser = _parse(markup, by_attributes=False)
    meta = parser.meta
    ld = _linked_data(parser.ld_json)
    title = (meta.get("og:title") or parser.h1 or ld.get("headline")
             or re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None)
    blocks = parser.blocks
    if blocks and title and blocks[0] == title:
        blocks = blocks[1:]  # the headline is the title, not body text
    published = (next((meta[k] for k in _DATE_KEYS if k in meta), None) or ld.get("datePublished")
                 or parser.time_datetime)
    return Page(
        text="\n\n".join(blocks),
        title=title,
        site=meta.get("og:site_name") or ld.get("publisher"),
        published=published,
        url=meta.get("og:url") or parser.canonical or ld.get("url"),
        author=meta.get("author") or meta.get("article:author") or ld.get("author"),
    )


def _linked_data(scripts: list[str]) -> dict[str, str]:
    # News sites put their article record in schema.org JSON-LD; the fields a
    # fact-checker needs are often only there (author, publisher, date).
    found: dict[str, str] = {}
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _ld_items(data):
            if not isinstance(item, dict) or "Article" not in str(item.get("@type", "")):
                continue
            for key in ("headline", "datePublished", "url"):
                if isinstance(item.get(key), str):
                    found.setdefault(key, item[key])
            for key in ("author", "publisher"):
                name = _ld_name(item.get(key))
                if name:
                    found.setdefault(key, name)
    return found


def _ld_items(data):
    if isinstance(data, list):
        for x in data:
            yield from _ld_items(x)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _ld_items(data["@graph"])


def _ld_name(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("name") if isinstance(value.get("name"), str) else None
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


# Short lines that are page furniture, whichever engine kept them. Long
# paragraphs that merely mention cookies or a photo are story text, hence
# the length limit.
_FURNITURE = re.compile(
    r"""^(?:by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*
          (?:\s*[,|·-].*)?$                                 # "By Jane Doe, Tbilisi | 22 Sep 2022"
        | (?:photo|image|picture|video|credit|caption)s?\s*[:|(].*  # "Photo: AFP"
        | (?:see\ also|read\ more|related|more\ on\ this|advertisement|share\ this)\b.*
        | (?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}.*)?  # a dateline
        | (?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}.*)?
        )$""",
    re.I | re.X,
)
_CONSENT = re.compile(r"\bcookies?\b|you cannot view this content|consent|enable javascript|subscribe\b|"
                      r"sign up\b|newsletter|all rights reserved|privacy policy", re.I)


def clean_text(text: str, title: str | None = None) -> str:
    """Drop short furniture paragraphs (bylines, credits, consent notices) from extracted text.

    >>> clean_text("By Jane Doe\\n\\nYou have rejected the cookies.\\n\\nNearly 10,000 crossed.")
    'Nearly 10,000 crossed.'
    """
    kept: list[str] = []
    for block in re.split(r"\n\s*\n|\n", text):
        block = re.sub(r"[ \t]+", " ", block).strip()
        if not block:
            continue
        if title and len(kept) < 3 and block == title.strip():
            continue  # the headline repeated at the top of the text
        if len(block) < 200 and (_FURNITURE.match(block) or _CONSENT.search(block)):
            continue
        kept.append(block)
    return "\n\n".join(kept)


def have_trafilatura() -> bool:
    """True when the optional `mobicheck[web]` extractor can be imported."""
    try:
        import trafilatura  # noqa: F401
    except Exception:  # an incompatible lxml raises ImportError subclasses and others
        return False
    return True


def extract_page(markup: str, url: str | None = None, *, engine: str = "auto") -> Page:
    """Main text and metadata of a news page, as clean paragraphs; never raises.

    `engine` is "trafilatura", "plain" (this module's extractor) or "auto"
    (trafilatura when installed). Metadata the chosen engine misses is taken
    from the plain reader, which also reads JSON-LD.

    >>> page = extract_page("<title>T</title><nav>Home</nav><p>By Ann Lee</p><p>It cost $5m.</p>", engine="plain")
    >>> page.text, page.title
    ('It cost $5m.', 'T')
    """
    plain = html_to_text(markup)
    page = plain
    if engine == "trafilatura" or (engine == "auto" and have_trafilatura()):
        page = _trafilatura_page(markup, url) or plain
        # trafilatura's metadata is good but not complete; fill its gaps.
        page = replace(page, **{k: getattr(plain, k) for k in ("title", "site", "published", "url", "author")
                                if not getattr(page, k)})
    return replace(page, text=clean_text(page.text, page.title), url=page.url or url)


def _trafilatura_page(markup: str, url: str | None) -> Page | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, favor_precision=True,
            # The first publication date, not the last edit: a later "updated"
            # stamp would make an old figure look like a fresh one.
            date_extraction_params={"original_date": True, "extensive_search": True},
        )
    except Exception:  # trafilatura and lxml raise a variety of errors on broken pages
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        return None
    return Page(text=text, title=data.get("title"), site=data.get("sitename"), published=data.get("date"),
                url=data.get("url"), author=data.get("author"))
