"""Judgement on real reporting (issue 14): every figure of its "Done when" in one table.

    python benchmarks/judgement.py OUT_DIR [--mobicheck .venv/bin/mobicheck] [--skip longtail] [--rerun]

OUT_DIR is a scratch folder outside the project (the reports quote the articles). It runs:

- ECB+ dev (../shared/eval/ecbplus_dev/score.py, one compare per subtopic): pairing recall of the
  annotators' "same quantity" pairs when both mentions are extracted (pairs, and averaged per chain),
  and `agree` on the equal-value pairs;
- two events in one run: both subtopic files of each ECB+ dev topic (`<t>_ecb`, `<t>_ecbplus`, two
  events of one kind) in one compare: agree / contradict / update matches linking the two events per
  100 articles, and the within-event agreements against the per-subtopic runs;
- LongTail dev (../shared/eval/longtail_dev: run_mobicheck.py, score.py): gold pairs linked as
  `agree`, links across incidents per 100 bundle articles, updates across incidents;
- the number contradictions on ECB+ dev and LongTail dev, written to OUT_DIR/contradictions.jsonl to be
  read one by one (the issue asks that at least 80% be real).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
ECB = EVAL / "ecbplus_dev"
LONGTAIL = EVAL / "longtail_dev"
LINKS = ("agree", "contradict", "update")
# The scorer's selection the ECB+ figures are read from.
GROUP = "strict_or_adjacent_quantity_no_magnitude"


def compare(mobicheck: str, inputs: list[Path], out: Path, rerun: bool) -> dict:
    """`mobicheck compare --format json --all` of `inputs` (from an empty folder: no claims.yaml)."""
    if rerun or not out.exists():
        with tempfile.TemporaryDirectory() as cwd:
            subprocess.run([mobicheck, "compare", *map(str, inputs), "--format", "json", "--all", "--jobs", "1",
                            "-q", "--output", str(out)], cwd=cwd, check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def ecb_dev(mobicheck: str, out: Path, rerun: bool) -> dict:
    folder = out / "ecbplus_dev"
    subprocess.run([sys.executable, str(ECB / "score.py"), str(folder), "--mobicheck", mobicheck]
                   + (["--rerun"] if rerun else []), check=True, capture_output=True)
    summary = json.loads((folder / "summary.json").read_text())["groups"][GROUP]["all"]
    equal = summary["verdict_by_relation"].get("equal", {})
    return {"recall": summary["pairing_recall_given_extracted"], "chain": summary["macro_by_chain"]["pairing"],
            "agree_equal": (equal.get("agree", 0), equal.get("n", 0)), "folder": folder}


def two_events(mobicheck: str, out: Path, per_subtopic: Path, rerun: bool) -> dict:
    """Both subtopics of each topic in one compare: links across the two events."""
    folder = out / "two_events"
    folder.mkdir(parents=True, exist_ok=True)
    topics = sorted({p.stem.split("_")[0] for p in (ECB / "articles").glob("*_ecbplus.jsonl")
                     if (ECB / "articles" / f"{p.stem.split('_')[0]}_ecb.jsonl").exists()}, key=int)
    across, articles, within, alone = Counter(), 0, 0, 0
    for t in topics:
        files = [ECB / "articles" / f"{t}_ecb.jsonl", ECB / "articles" / f"{t}_ecbplus.jsonl"]
        report = compare(mobicheck, files, folder / f"{t}.json", rerun)
        event = {}
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    event[json.loads(line)["id"]] = path.stem
        article_of = {c["id"]: c["article"] for c in report["claims"]}
        articles += len(report["articles"])
        for m in report["matches"]:
            ea, eb = event.get(article_of[m["a"]]), event.get(article_of[m["b"]])
            if ea != eb and m["verdict"] in LINKS:
                across[m["verdict"]] += 1
            elif ea == eb and m["verdict"] == "agree":
                within += 1
        for path in files:
            single = per_subtopic / f"{path.stem}.json"
            if single.exists():
                alone += sum(m["verdict"] == "agree" for m in json.loads(single.read_text())["matches"])
    return {"across": across, "articles": articles, "within": within, "alone": alone, "topics": len(topics)}


def longtail(mobicheck: str, out: Path, rerun: bool) -> dict:
    folder = out / "longtail_dev"
    if rerun or not folder.exists():
        subprocess.run([sys.executable, str(LONGTAIL / "run_mobicheck.py"), str(LONGTAIL), str(folder),
                        "--mobicheck", mobicheck, "--jobs", "1"], check=True, capture_output=True)
    figures_path, review = out / "longtail.json", out / "longtail.contradictions.jsonl"
    subprocess.run([sys.executable, str(LONGTAIL / "score.py"), str(LONGTAIL), str(folder), "--json",
                    str(figures_path), "--review", str(review)], check=True, capture_output=True)
    f = json.loads(figures_path.read_text())
    pairs = f["incident"]["pairs"]
    cross = f.get("bundle_cross_incident", {})
    return {"agree": (pairs.get("agree", 0), pairs.get("pairs", 0)), "cross_per_100": cross.get("per_100_articles"),
            "cross_update": cross.get("false_links", {}).get("update", 0),
            "contradictions": [json.loads(x) for x in review.read_text().splitlines() if x.strip()]}


def ecb_contradictions(folder: Path) -> list[dict]:
    found = []
    for path in sorted(folder.glob("*.json")):
        if path.name in ("summary.json",):
            continue
        report = json.loads(path.read_text())
        if not isinstance(report, dict) or "matches" not in report:
            continue
        claims = {c["id"]: c for c in report["claims"]}
        for m in report["matches"]:
            a, b = claims[m["a"]], claims[m["b"]]
            if m["verdict"] == "contradict" and a["kind"] == "number":
                found.append({"report": path.stem, "a": m["a"], "b": m["b"], "text_a": a["text"], "text_b": b["text"],
                              "sentence_a": a["sentence"], "sentence_b": b["sentence"], "reason": m["reason"]})
    return found


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}% ({n}/{d})" if d else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mobicheck", default=str(ROOT / ".venv" / "bin" / "mobicheck"))
    ap.add_argument("--skip", nargs="*", default=[], choices=["longtail", "two-events"])
    ap.add_argument("--rerun", action="store_true", help="run mobicheck again even where reports exist")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    mob = str(Path(args.mobicheck).resolve())
    ecb = ecb_dev(mob, args.out, args.rerun)
    rows = [("ECB+ dev: pairing recall, both mentions extracted", f"{100 * ecb['recall']:.1f}%", ">= 80%"),
            ("ECB+ dev: pairing recall averaged per chain", f"{100 * ecb['chain']:.1f}%", ">= 70%"),
            ("ECB+ dev: agree on equal-value pairs", pct(*ecb["agree_equal"]), ">= 75%")]
    contradictions = [dict(c, corpus="ecbplus_dev") for c in ecb_contradictions(ecb["folder"])]
    if "two-events" not in args.skip:
        two = two_events(mob, args.out, ecb["folder"], args.rerun)
        links = sum(two["across"].values())
        rows += [("two events in one run: links across events per 100 articles",
                  f"{100 * links / two['articles']:.1f} ({', '.join(f'{k} {v}' for k, v in sorted(two['across'].items()))}"
                  f"; {two['articles']} articles, {two['topics']} topics)", "<= 2"),
                 ("two events in one run: within-event agreements (per-subtopic runs)",
                  f"{two['within']} ({two['alone']})", ">= per-subtopic")]
    if "longtail" not in args.skip:
        lt = longtail(mob, args.out, args.rerun)
        rows += [("LongTail dev: gold pairs linked as agree", pct(*lt["agree"]), ">= 85%"),
                 ("LongTail dev: links across incidents per 100 bundle articles", f"{lt['cross_per_100']}", "<= 2"),
                 ("LongTail dev: updates across incidents", f"{lt['cross_update']}", "<= 1")]
        contradictions += [dict(c, corpus="longtail_dev") for c in lt["contradictions"] if c.get("kind") == "number"]
    rows.append(("number contradictions to read (ECB+ dev + LongTail dev)", f"{len(contradictions)}",
                 ">= 80% real"))
    with open(args.out / "contradictions.jsonl", "w", encoding="utf-8") as fh:
        for c in contradictions:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("| figure | now | done when |\n|---|---|---|")
    for name, now, goal in rows:
        print(f"| {name} | {now} | {goal} |")
    print(f"\ncontradictions to read: {args.out / 'contradictions.jsonl'}")


if __name__ == "__main__":
    main()
