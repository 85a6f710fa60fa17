"""Group articles into stories, so claims are only matched within one story.

At a desk's scale most articles are about different events, and "300,000
people" in one story says nothing about "300,000 people" in another.

How (pure Python + numpy, close to linear in the number of articles):

1. Each article (title + body) becomes a TF-IDF vector of its words and
   figures: weight ``(1 + log tf) * log(n / df)``, figures, years and dates
   counted ``NUMBER_WEIGHT`` times as much as words, because two events of
   the same kind in the same place (two quakes on one island) share their
   words but not their magnitudes and dates.
2. Words found in one article only, or in more than half of them, say nothing
   about which story an article tells and are dropped. On big runs the most
   common remaining words are dropped too, until the pairs they would create
   fit a budget of ``PAIR_BUDGET`` per article: the cost stays linear.
3. The cosine of every pair of articles sharing a kept term is computed at
   once with numpy (an inverted index, one vectorised step per posting size).
4. Stories are average-linkage clusters (UPGMA): two groups merge while the
   mean cosine across them is at least ``threshold``. Single linkage would
   chain unrelated events through one shared paragraph; the mean does not.
   Clustering runs inside each connected group of links, so it never sees
   more than a story's worth of articles (a group above ``MAX_GROUP`` is
   first split on stronger links).

Measured on the ECB+ sample (102 articles, 10 events, five pairs of events of
the same kind): purity 0.99, inverse purity 0.96 (benchmarks/stories_purity.py).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .lexicon import load as load_lexicon
from .model import Article

# Mean cosine across two groups of articles at or above which they are one story.
LINK_THRESHOLD = 0.14
# Figures, years and dates are event-specific: their weight relative to words.
NUMBER_WEIGHT = 3.0
# Term pairs emitted per article at most (bounds time and memory on big runs).
PAIR_BUDGET = 200
# Below this many emitted pairs the budget is not applied (small runs are exact).
MIN_PAIRS = 2_000_000
# A connected group of links larger than this is split on stronger links first.
MAX_GROUP = 1500

_TOKEN = re.compile(r"[a-z][a-z'-]{2,}|\d+(?:[.,]\d+)*")
# Words too common to tell one story from another (besides those of one article or most of them).
_STOP = load_lexicon("en").words("grammar.yaml", "story_stop_words")


def features(article: Article) -> dict[str, int]:
    """Term counts of one article (title + body), the input of `assign_stories`.

    >>> sorted(features(Article(id="a", body="A 5.6 quake hit Qeshm; the quake hurt 5.", title="Quake")).items())
    [('5', 1), ('5.6', 1), ('hit', 1), ('hurt', 1), ('qeshm', 1), ('quake', 3)]
    """
    counts: dict[str, int] = {}
    text = f"{article.title or ''} {article.body}".lower()
    for token in _TOKEN.findall(text):
        if token not in _STOP:
            counts[token] = counts.get(token, 0) + 1
    return counts


def assign_stories(articles: Sequence[Article], *, threshold: float = LINK_THRESHOLD,
                   counts: Sequence[dict[str, int]] | None = None) -> dict[str, str]:
    """Map article id -> story id ("story-1", ...), stories numbered by first article.

    `counts` are the `features` of the articles when already computed (in
    worker processes); otherwise they are computed here.

    >>> arts = [Article(id=str(i), body=b) for i, b in enumerate([
    ...     "Quake of magnitude 5.2 hits Lorin island, four hurt in Vessa.",
    ...     "Four people hurt as a 5.2 quake strikes Vessa on Lorin island.",
    ...     "Coast guard cutter Brava foils smuggling run in the Strait of Keld.",
    ...     "Smugglers stopped by the coast guard cutter Brava near Keld."])]
    >>> assign_stories(arts)
    {'0': 'story-1', '1': 'story-1', '2': 'story-2', '3': 'story-2'}
    """
    n = len(articles)
    if counts is None:
        counts = [features(a) for a in articles]
    labels = cluster(_vectors(counts), n, threshold) if n > 1 else list(range(n))
    names: dict[int, str] = {}
    out = {}
    for article, label in zip(articles, labels):
        names.setdefault(label, f"story-{len(names) + 1}")
        out[article.id] = names[label]
    return out


def _vectors(counts: Sequence[dict[str, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Kept terms as (term, doc, weight) arrays sorted by term then doc; rows L2-normalised."""
    n = len(counts)
    term, doc, tf, vocab = postings(counts)
    is_number = np.zeros(len(vocab), dtype=bool)
    for token, t in vocab.items():
        is_number[t] = token[0].isdigit()
    df = np.bincount(term, minlength=len(vocab))
    keep = within_budget((df >= 2) & (df <= max(2, n // 2)), df, n)
    mask = keep[term]
    term, doc, tf = term[mask], doc[mask], tf[mask]
    weight = (1.0 + np.log(tf)) * np.log(n / df[term]) * np.where(is_number[term], NUMBER_WEIGHT, 1.0)
    return sorted_rows(term, doc, weight, np.sqrt(np.bincount(doc, weights=weight * weight, minlength=n)))


def postings(counts: Sequence[dict[str, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """(term, doc, count) arrays of every term of every document, and the vocabulary (term -> index)."""
    vocab: dict[str, int] = {}
    term = np.fromiter((vocab.setdefault(token, len(vocab)) for c in counts for token in c), dtype=np.int64)
    doc = np.repeat(np.arange(len(counts), dtype=np.int64), [len(c) for c in counts])
    tf = np.fromiter((tf for c in counts for tf in c.values()), dtype=np.float64, count=term.size)
    return term, doc, tf, vocab


def within_budget(keep: np.ndarray, df: np.ndarray, n: int) -> np.ndarray:
    """`keep` less the most common kept terms while the pairs they create exceed the budget."""
    pairs_of = df * (df - 1) // 2
    order = np.argsort(df, kind="stable")
    cum = np.cumsum(np.where(keep[order], pairs_of[order], 0))
    budget = max(MIN_PAIRS, PAIR_BUDGET * n)
    if cum.size and cum[-1] > budget:
        cut = df[order][np.searchsorted(cum, budget, side="right") - 1] if cum[0] <= budget else 1
        keep = keep & (df <= cut)
    return keep


def sorted_rows(term: np.ndarray, doc: np.ndarray, weight: np.ndarray, norm: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term, doc, weight / norm of its doc), sorted by term then doc: the input of `cluster`."""
    weight = weight / np.where(norm > 0, norm, 1.0)[doc]
    order = np.lexsort((doc, term))
    return term[order], doc[order], weight[order]


def _pair_cosines(term: np.ndarray, doc: np.ndarray, weight: np.ndarray, n: int):
    """(i, j, cosine) for every pair of documents i < j sharing a kept term."""
    if term.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    starts = np.flatnonzero(np.r_[True, term[1:] != term[:-1]])
    sizes = np.diff(np.r_[starts, term.size])
    keys, values = [], []
    for m in np.unique(sizes):
        if m < 2:
            continue
        first = starts[sizes == m]
        a, b = np.triu_indices(m, k=1)
        rows = first[:, None]
        i = doc[rows + a].ravel()
        j = doc[rows + b].ravel()
        keys.append(i * n + j)
        values.append((weight[rows + a] * weight[rows + b]).ravel())
    if not keys:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    key = np.concatenate(keys)
    value = np.concatenate(values)
    unique, inverse = np.unique(key, return_inverse=True)
    cosine = np.bincount(inverse, weights=value, minlength=unique.size)
    return unique // n, unique % n, cosine


def cluster(vectors, n: int, threshold: float, apart: tuple[float, int] | None = None) -> list[int]:
    """Average-linkage labels (a cluster's label is its first document's index) of `n` documents
    given as `sorted_rows`: clusters merge while their mean cosine is at least `threshold`.

    `apart` = (ratio, size): two clusters of at least `size` documents each also need a mean cosine
    across them of at least `ratio` times the looser-knit's mean cosine within: two groups each
    far closer to itself than to the other stay apart, however alike their kind."""
    i, j, cos = _pair_cosines(*vectors, n)
    labels = np.arange(n)
    # Each part with its own pairs, on local index arrays: the work per part
    # is proportional to its pairs, never to all of them.
    for members, li, lj, c in _groups(_parts(n, i, j, cos, threshold), i, j, cos):
        _average_linkage(members, li, lj, c, threshold, labels, apart)
    # A story's label is its first article's index: deterministic numbering.
    return labels.tolist()


def _roots(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Per node, the smallest node of its connected component (vectorised union-find)."""
    parent = np.arange(n)
    while i.size:
        pi, pj = parent[i], parent[j]
        diff = pi != pj
        if not diff.any():
            break
        pi, pj = pi[diff], pj[diff]
        i, j = i[diff], j[diff]
        np.minimum.at(parent, np.maximum(pi, pj), np.minimum(pi, pj))
        while True:  # pointer jumping: every node points at its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
    return parent


def _parts(n: int, i: np.ndarray, j: np.ndarray, cos: np.ndarray, threshold: float) -> np.ndarray:
    """Per article, the smallest article of its part: the connected groups of links >= threshold.

    A group above MAX_GROUP articles is cut on stronger links (threshold +
    0.05, then + 0.10, ...) until its pieces fit; only links inside a group
    too big are looked at again, so each round is cheaper than the last.
    """
    link = cos >= threshold
    i, j, cos = i[link], j[link], cos[link]
    part = _roots(n, i, j)
    while True:
        big = np.bincount(part, minlength=n)[part] > MAX_GROUP
        stronger = min(0.99, threshold + 0.05)
        if not big.any() or stronger <= threshold:
            return part
        keep = big[i] & (part[i] == part[j]) & (cos >= stronger)
        i, j, cos = i[keep], j[keep], cos[keep]
        part = np.where(big, _roots(n, i, j), part)
        threshold = stronger


def _groups(part: np.ndarray, i: np.ndarray, j: np.ndarray, cos: np.ndarray):
    """(members, local i, local j, cosines) of each part of more than one article.

    Members are ascending; local indices are positions in `members`; the pairs
    are every pair of the input with both ends in the part, in input order.
    """
    n = part.size
    order = np.argsort(part, kind="stable")
    sorted_parts = part[order]
    cuts = np.flatnonzero(np.diff(sorted_parts)) + 1
    starts = np.r_[0, cuts]
    ends = np.r_[cuts, n]
    position = np.empty(n, dtype=np.int64)
    position[order] = np.arange(n) - np.repeat(starts, ends - starts)
    inside = part[i] == part[j]
    i, j, cos = i[inside], j[inside], cos[inside]
    pair_part = part[i]
    pair_order = np.argsort(pair_part, kind="stable")
    li, lj, c = position[i[pair_order]], position[j[pair_order]], cos[pair_order]
    pair_part = pair_part[pair_order]
    lo = np.searchsorted(pair_part, sorted_parts[starts], side="left")
    hi = np.searchsorted(pair_part, sorted_parts[starts], side="right")
    for s, e, a, b in zip(starts.tolist(), ends.tolist(), lo.tolist(), hi.tolist()):
        if e - s > 1:
            yield order[s:e], li[a:b], lj[a:b], c[a:b]


def _average_linkage(members: np.ndarray, li, lj, c, threshold: float, labels: np.ndarray,
                     apart: tuple[float, int] | None = None) -> None:
    """UPGMA inside one group: merge the closest pair of clusters while their mean cosine >= threshold
    (and, with `apart`, while neither is far closer-knit than the pair: `cluster`).

    `members` are ascending; `li`, `lj` index into it, `c` are their cosines.
    """
    m = len(members)
    if m == 2:
        labels[members[1]] = labels[members[0]]
        return
    sim = np.zeros((m, m))
    sim[li, lj] = c
    sim[lj, li] = c
    np.fill_diagonal(sim, -np.inf)
    # `sim` holds the mean cosines across clusters; `near` the same, less the pairs kept apart.
    near = sim.copy()
    size = np.ones(m)
    within = np.zeros(m)  # sum of the cosines inside each cluster
    owner = np.arange(m)  # cluster of each member (index of its surviving row)
    best = np.argmax(near, axis=1)  # per row: the closest other cluster, and how close
    top = near[np.arange(m), best]
    while True:
        a = int(np.argmax(top))
        if not top[a] >= threshold:
            break
        a, b = sorted((a, int(best[a])))
        if apart and _kept_apart(sim[a, b], size[[a, b]], within[[a, b]], *apart):
            near[a, b] = near[b, a] = -np.inf
            for k in (a, b):
                best[k] = int(np.argmax(near[k]))
                top[k] = near[k, best[k]]
            continue
        within[a] += within[b] + sim[a, b] * size[a] * size[b]
        merged = (size[a] * sim[a] + size[b] * sim[b]) / (size[a] + size[b])
        merged[a] = merged[b] = -np.inf
        # A pair kept apart from either part stays apart from the whole.
        merged_near = np.where(np.isneginf(near[a]) | np.isneginf(near[b]), -np.inf, merged)
        sim[a, :] = sim[:, a] = merged
        near[a, :] = near[:, a] = merged_near
        sim[b, :] = sim[:, b] = near[b, :] = near[:, b] = -np.inf
        size[a] += size[b]
        owner[owner == b] = a
        top[b] = -np.inf
        stale = np.flatnonzero((best == a) | (best == b))
        for k in stale.tolist() + [a]:
            best[k] = int(np.argmax(near[k]))
            top[k] = near[k, best[k]]
        better = merged_near > top
        best[better] = a
        top[better] = merged_near[better]
    for k in range(m):
        labels[members[k]] = members[owner[k]]


def _kept_apart(across: float, sizes: np.ndarray, within: np.ndarray, ratio: float, least: int) -> bool:
    """Two clusters of `least` members or more whose mean cosine `across` is below `ratio` times
    each one's mean cosine within."""
    if sizes.min() < least:
        return False
    return across < ratio * float((within / (sizes * (sizes - 1) / 2)).min())


def purity(predicted: dict[str, str], gold: dict[str, str]) -> float:
    """Share of articles whose predicted story's most common gold label is theirs.

    Swap the arguments for inverse purity.

    >>> purity({"a": "s1", "b": "s1", "c": "s2"}, {"a": "x", "b": "y", "c": "y"})
    0.6666666666666666
    """
    groups: dict[str, list[str]] = {}
    for key, label in predicted.items():
        groups.setdefault(label, []).append(gold[key])
    return sum(Counter(g).most_common(1)[0][1] for g in groups.values()) / len(predicted)
