"""Main text and metadata of an HTML page, with the standard library only.

This is the plain fallback: it keeps paragraph-like blocks, drops scripts,
navigation, headers, footers, asides, forms and figure captions, and reads
the title, site name, publication date and canonical URL from <meta> tags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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
    text: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_stack: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower():
            self.canonical = attrs.get("href")
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        marker = " ".join((attrs.get("class", ""), attrs.get("id", ""), attrs.get("role", "")))
        if self.skip_stack or tag in _SKIP or (tag not in ("body", "html", "main", "article")
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


def html_to_text(markup: str) -> Page:
    """Main text (one paragraph per line) and metadata of an HTML page; never raises.

    >>> html_to_text("<title>T</title><nav>Menu</nav><p>Hello <b>world</b>.</p>").text
    'Hello world.'
    """
    parser = _Extractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; this guards odd markup all the same
        pass
    parser._flush()
    meta = parser.meta
    title = meta.get("og:title") or parser.h1 or re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    blocks = parser.blocks
    if blocks and title and blocks[0] == title:
        blocks = blocks[1:]  # the headline is the title, not body text
    published = next((meta[k] for k in _DATE_KEYS if k in meta), None)
    return Page(
        text="\n\n".join(blocks),
        title=title,
        site=meta.get("og:site_name"),
        published=published,
        url=meta.get("og:url") or parser.canonical,
        author=meta.get("author"),
    )
