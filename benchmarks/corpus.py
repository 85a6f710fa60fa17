"""Build a benchmark corpus of N articles from real text, in stories.

    python benchmarks/corpus.py 10000 /tmp/corpus10k      # writes /tmp/corpus10k/part-0000.jsonl ...

Text comes, at run time, from the ECB+ sample (../shared/external/ecbplus_sample/articles,
CC BY 3.0, not copied into this repository) and the development set tests/data/dev/*.md.
Sentences are pooled per source event. A synthetic story (about 8 articles) draws
a core of sentences from one event's pool; each of its articles tells 4-6 core
sentences plus one other, with the story's own names (proper names replaced by
invented ones, as another event has other places and people), figures and dates (every
number of the pool is rescaled per story, years shifted) and, in a quarter of the
articles, a figure changed again, so matching finds agreements, contradictions
and updates. Stories never grow with N: the corpus has N / 8 of them.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "external" / "ecbplus_sample" / "articles"
DEV = ROOT / "tests" / "data" / "dev"
PER_FILE = 1000
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_KEEP = frozenset("""The This That There These Those They Their When While After Before About According
    Police Officials Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December""".split())
_SYLLABLES = ["ka", "lo", "mi", "ra", "te", "vu", "no", "si", "da", "pe", "zu", "ba", "go", "li", "fa", "ne"]


def pools() -> dict[str, list[str]]:
    """Sentences of each source event (an ECB+ subtopic, or the dev set)."""
    out: dict[str, list[str]] = {}
    for path in sorted(ECB.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            out.setdefault(path.stem, []).extend(s for s in _SENTENCE.split(text) if 40 <= len(s) <= 400)
    for path in sorted(DEV.glob("*.md")):
        text = _FRONT.sub("", path.read_text(encoding="utf-8"))
        out.setdefault("dev", []).extend(s for s in _SENTENCE.split(text.replace("\n", " ")) if 40 <= len(s) <= 400)
    if not out:
        sys.exit(f"no source text: neither {ECB} nor {DEV} exists")
    return out


def _refigure(sentence: str, scale: float, year_shift: int, rng: random.Random | None) -> str:
    def one(m: re.Match) -> str:
        raw = m.group(0)
        value = float(raw.replace(",", ""))
        if raw.isdigit() and 1900 <= value <= 2030:
            return str(int(value) + year_shift)
        new = value * scale * (rng.choice((0.6, 0.8, 1.25, 1.5)) if rng and rng.random() < 0.25 else 1.0)
        if "." in raw:
            return f"{new:.{len(raw.split('.')[1])}f}"
        new = max(1, round(new))
        return f"{new:,}" if "," in raw else str(new)

    return _NUMBER.sub(one, sentence)


def _rename(sentence: str, story: int) -> str:
    """Proper names become the story's own invented names: other events, other places and people."""
    def one(m: re.Match) -> str:
        word = m.group(0)
        if word in _KEEP:
            return word
        h = random.Random(f"{story}:{word}")
        return "".join(h.choice(_SYLLABLES) for _ in range(3)).capitalize()

    return _NAME.sub(one, sentence)


def articles(n: int, seed: int = 7):
    """Yield n article records {id, title, text, source, published}."""
    pool = pools()
    events = sorted(pool)
    rng = random.Random(seed)
    made = story = 0
    while made < n:
        event = pool[events[story % len(events)]]
        core = rng.sample(event, min(len(event), 7))
        scale = rng.choice((0.5, 0.7, 0.9, 1.1, 1.3, 1.7, 2.0, 3.0))
        years = rng.randint(-6, 6)
        month, day = rng.randint(1, 12), rng.randint(1, 20)
        for k in range(min(n - made, rng.randint(3, 13))):
            picked = rng.sample(core, min(len(core), rng.randint(4, 6))) + rng.sample(event, 1)
            sentences = [_rename(_refigure(s, scale, years, rng if k else None), story) for s in picked]
            yield {
                "id": f"s{story:06d}-{k:02d}",
                "title": sentences[0][:90],
                "text": " ".join(sentences),
                "source": f"outlet{rng.randint(1, 40)}.example",
                "published": f"{2013 + years:04d}-{month:02d}-{day + k % 8:02d}",
            }
            made += 1
        story += 1


def write(n: int, folder: str | Path, seed: int = 7) -> tuple[int, int]:
    """Write n articles as JSONL files of PER_FILE records; returns (articles, bytes of text)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.jsonl"):
        old.unlink()
    count = size = 0
    out = None
    for record in articles(n, seed):
        if count % PER_FILE == 0:
            if out:
                out.close()
            out = open(folder / f"part-{count // PER_FILE:04d}.jsonl", "w", encoding="utf-8")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
        size += len(record["text"].encode("utf-8"))
    if out:
        out.close()
    return count, size


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/corpus.py N FOLDER")
    got, size = write(int(sys.argv[1]), sys.argv[2])
    print(f"{got} articles, {size / 1e6:.1f} MB of text in {sys.argv[2]}")
