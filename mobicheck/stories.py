"""Group articles into stories, so claims are only matched within one story.

At a desk's scale most articles are about different events, and "300,000
people" in one story says nothing about "300,000 people" in another. Articles
are linked when the TF-IDF cosine of their word sets is high enough, and a
story is a connected group of links.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .model import Article

# Cosine similarity of IDF-weighted word sets above which two articles tell one story.
LINK_THRESHOLD = 0.25
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def assign_stories(articles: Sequence[Article], *, threshold: float = LINK_THRESHOLD) -> dict[str, str]:
    """Map article id -> story id ("story-1", ...), stories numbered by first article."""
    words = [set(_WORD.findall(((a.title or "") + " " + a.body).lower())) for a in articles]
    df = Counter(w for ws in words for w in ws)
    n = len(articles)
    # Words in most articles say nothing about which story an article tells.
    idf = {w: math.log(n / c) for w, c in df.items() if c < max(2, n / 2)}
    vectors = []
    for ws in words:
        weights = {w: idf[w] for w in ws if w in idf}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors.append({w: v / norm for w, v in weights.items()})
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for w in vec:
            postings[w].append(i)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, vec in enumerate(vectors):
        dots: dict[int, float] = defaultdict(float)
        for w, v in vec.items():
            for j in postings[w]:
                if j > i:
                    dots[j] += v * vectors[j][w]
        for j, dot in dots.items():
            if dot >= threshold:
                parent[find(j)] = find(i)
    names: dict[int, str] = {}
    out = {}
    for i, article in enumerate(articles):
        root = find(i)
        names.setdefault(root, f"story-{len(names) + 1}")
        out[article.id] = names[root]
    return out
