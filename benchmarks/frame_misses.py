"""Why same-quantity gold pairs are not paired: the frame fields that differ, by category.

    python benchmarks/frame_misses.py longtail [killed,injured]   # ../shared/eval/longtail_dev gold pairs
    python benchmarks/frame_misses.py ecbplus [count,money]        # ../shared/eval/ecbplus_dev same-value pairs

For each gold pair of one incident or subtopic whose two mentions were both
extracted but not linked by `compare` (run in-process on that file, related
pairs shown), the two claims' frames are compared field by field in the
order the judge blocks on (value, unit, subject class, rate, measure, place,
running-count start, time, subject words) and the pair is counted under the
first field that differs, with the two sentences of the first pair seen. A
category names what the frames say, not which judge rule refused the pair.
Prints to stdout only: the output quotes the articles, keep it out of the project.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from mobicheck.pipeline import compare

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def gold_pairs(corpus: str) -> list[tuple]:
    """(file to compare, (doc, span, value) of each side, kind) per gold same-quantity pair."""
    pairs = []
    if corpus == "longtail":
        root = SHARED / "longtail_dev"
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        mentions = {m["id"]: m for m in gold["mentions"]}
        files = {i["id"]: str(root / i["file"]) for i in gold["incidents"]}
        for p in gold["pairs"]:
            a, b = mentions[p["a"]], mentions[p["b"]]
            pairs.append((files[p["incident"]], (a["article"], (a["start"], a["end"]), a["value"]),
                          (b["article"], (b["start"], b["end"]), b["value"]), p["kind"]))
        return pairs
    root = SHARED / "ecbplus_dev"
    for line in open(root / "gold_pairs.jsonl", encoding="utf-8"):
        p = json.loads(line)
        if p["cross_subtopic"] or p["label"] != "same-value" or not p.get("quantity"):
            continue
        pairs.append((str(root / "articles" / f"{p['subtopic']}.jsonl"), (p["doc_a"], tuple(p["span_a"]), p["value_a"]),
                      (p["doc_b"], tuple(p["span_b"]), p["value_b"]), p.get("kind_a")))
    return pairs


def category(x, y) -> tuple[str, str]:
    """The first frame field on which claims x and y differ, in the judge's blocking order, and how."""
    if x.value != y.value:
        return "value read differently", f"{x.text!r} -> {x.value} vs {y.text!r} -> {y.value}"
    if (x.unit, x.quantity) != (y.unit, y.quantity):
        return "unit or kind differs", f"{x.quantity}/{x.unit} vs {y.quantity}/{y.unit}"
    if x.subject_class != y.subject_class:
        one = (x.subject_class is None) != (y.subject_class is None)
        return (f"subject class: {'one side none' if one else 'differs'}",
                f"{x.subject_class} ({x.subject}) vs {y.subject_class} ({y.subject})")
    if x.per != y.per:
        return "rate vs total", f"{x.per} vs {y.per}"
    if x.measure != y.measure:
        one = (x.measure is None) != (y.measure is None)
        return f"measure: {'one side none' if one else 'differs'}", f"{x.measure} vs {y.measure}"
    if x.place and y.place and not set(x.place) & set(y.place):
        return "place differs", f"{x.place} vs {y.place}"
    if x.cumulative_since != y.cumulative_since:
        return "running-count start differs", f"{x.cumulative_since} vs {y.cumulative_since}"
    if x.time != y.time:
        return "time differs", f"{x.time} vs {y.time}"
    if x.subject != y.subject:
        return "subject words differ", f"{x.subject} vs {y.subject}"
    return "frames agree: judge or threshold", ""


def main() -> None:
    corpus = sys.argv[1]
    only = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    pairs = [p for p in gold_pairs(corpus) if only is None or p[3] in only]
    reports = {f: compare([f], show_related=True) for f in sorted({p[0] for p in pairs})}

    def claims_for(report, doc, span):
        return [c for c in report.claims if c.kind == "number" and c.article.endswith(doc)
                and c.start < span[1] and span[0] < c.end]

    def pick(claims, value):
        return next((c for c in claims if c.value == value), claims[0])

    cats, details, examples = collections.Counter(), collections.Counter(), {}
    both = linked = 0
    for f, a, b, _ in pairs:
        report = reports[f]
        ca, cb = claims_for(report, a[0], a[1]), claims_for(report, b[0], b[1])
        if not (ca and cb):
            continue
        both += 1
        ida, idb = {c.id for c in ca}, {c.id for c in cb}
        if any((m.a in ida and m.b in idb) or (m.b in ida and m.a in idb) for m in report.matches):
            linked += 1
            continue
        x, y = pick(ca, a[2]), pick(cb, b[2])
        cat, detail = category(x, y)
        cats[cat] += 1
        details[(cat, detail)] += 1
        examples.setdefault((cat, detail), (f"[{x.text}] {x.sentence[:170]}", f"[{y.text}] {y.sentence[:170]}"))
    print(f"{corpus}: gold pairs {len(pairs)}, both extracted {both}, linked {linked}, not linked {both - linked}")
    for cat, k in cats.most_common():
        print(f"\n## {cat}: {k}")
        for (c, detail), n in details.most_common():
            if c == cat:
                print(f"  {n:4d}  {detail}")
                if n >= 2:
                    print(f"          A: {examples[(c, detail)][0]}\n          B: {examples[(c, detail)][1]}")


if __name__ == "__main__":
    main()
