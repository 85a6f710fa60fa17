"""Score the number reader against public English specs, and its peers.

    python benchmarks/numbers_spec.py            # mobicheck only (peers "not installed")
    /tmp/bench/bin/python benchmarks/numbers_spec.py   # with recognizers-text-suite + quantulum3

Suites (data in shared/external, read-only):

* recognizers-text NumberModel, NumberRangeModel, PercentModel,
  DimensionModel, CurrencyModel (Microsoft Recognizers-Text English specs);
* quantulum3 quantities.json.

Each spec has its own conventions; this script maps a mobicheck Quantity to
a spec result as follows (the mapping is the benchmark's, not the reader's):

NumberModel -- a case passes when the SET of values equals the expected set.
  Mapped kinds: count, rate, ratio, money, change, year, age, magnitude give
  `value`; a range gives both ends; an identifier ("other": "SCP-173",
  "192.168.1.2", a phone number) and a date written only in digits
  ("5/17/2018") give each digit run, because the spec reads those as bare
  numbers. Not mapped: measure (the spec wants no number in "180ml"),
  percent, ordinal, time, word dates ("May 4th"), vague amounts.
NumberRangeModel -- SET of intervals. A quantity with qualifier more than /
  at least / less than / up to / range becomes an interval; open or closed
  ends follow the spec's reading of the words in `q.text` ("or equal",
  "at least", "no more than" close an end; a "5-10" / "between" / "from ..
  to" range is [a,b) as the spec writes it); an exact figure whose span
  starts "equal to" / "equals" / "exactly" is [v,v].
PercentModel -- SET of values of kind percent (or change with unit "%").
DimensionModel -- SET of values of kind measure (durations left out: the
  spec reads those with its DateTime model), after converting the
  spec's value into mobicheck's canonical unit (so "10 miles" must come out
  as 16093.44 m); expected results without a number ("metric ton") are
  dropped, and a spec unit mobicheck has no canonical form for can't pass.
CurrencyModel -- SET of values of kind money (cents and pence as 1/100 of
  the main unit); results without a number ("dollar") are dropped.
quantulum3 -- every expected quantity must overlap exactly one returned
  quantity (kinds ordinal, date and time left out) and no returned one may
  be left over; dimensionless / percentage / currency values must agree.

Cases marked "NotSupportedByDesign: dotnet" (the reference implementation
does not pass them either) are skipped, and EXCLUDED below lists the cases
mobicheck deliberately reads differently, with the reason. Throughput is
find_numbers over the news text in seeds/*.txt and the ecbplus sample,
single process, best of 15 passes (other processes on a shared machine
only ever slow a pass down). "cases" counts every case in the file,
"by-design" the ones skipped as above, "scored" what is left after EXCLUDED.
"""
from __future__ import annotations

import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RT = SHARED / "external" / "recognizers-text"
Q3 = SHARED / "external" / "quantulum3"


sys.path.insert(0, str(ROOT))  # run from a checkout without installing
from mobicheck import numbers  # noqa: E402
from mobicheck.numbers.vocab import vocab  # noqa: E402

find_numbers = numbers.find_numbers

# Cases mobicheck reads differently on purpose: (suite, input) -> reason.
EXCLUDED: dict[tuple[str, str], str] = {
    ("NumberModel", "1m isn't a number."): "news writes '1m' for one million; the brief asks for 1.2m = 1,200,000",
    ("NumberModel", "10G"): "'G' after a number is a network generation or grams in news, not giga",
    ("NumberModel", "1,674.5 G"): "'G' is not read as giga (see 10G)",
    ("NumberModel", "one one hundred and fifth"): "1/105 with 'and' inside the ordinal: not news English",
    ("NumberRangeModel", "The number is from 200 to 300 in 2008"):
        "the spec expects nothing here but [200,3000000) for 'from 200 to 3000000 in 2008'; we read both as ranges",
}


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _set_equal(found: list[float], expected: list[float]) -> bool:
    f = sorted(set(round(x, 6) if abs(x) < 1e6 else float(f"{x:.9g}") for x in found))
    e = sorted(set(round(x, 6) if abs(x) < 1e6 else float(f"{x:.9g}") for x in expected))
    return len(f) == len(e) and all(_close(a, b) for a, b in zip(f, e))


# ---------------------------------------------------------------- mappings
def number_values(text: str) -> list[float]:
    out: list[float] = []
    for q in find_numbers(text):
        if q.kind in ("measure", "percent", "ordinal", "time") or q.qualifier == "vague":
            continue
        if q.kind == "other" or (q.kind == "date" and not re.search(r"[A-Za-z]", q.text)):
            out.extend(float(d) for d in re.findall(r"\d+", q.text))
            continue
        if q.kind == "date":
            continue
        if q.qualifier == "range" and q.low is not None and q.high is not None:
            out.extend([q.low, q.high])
            continue
        if q.value is not None:
            out.append(q.value)
    return out


_CLOSE_LOW = re.compile(r"at\s+least|no\s+less|no\s+fewer|or\s+equal|equal\s+to\s+or|>=|≥|or\s+more|and\s+more|or\s+greater|or\s+above|-?plus|\+", re.I)
_CLOSE_HIGH = re.compile(r"<\s*=|at\s+most|no\s+more|not\s+more|up\s+to|or\s+equal|equal\s+to\s+or|<=|≤|or\s+less|or\s+fewer|as\s+many\s+as", re.I)


_EXACT = re.compile(r"(?:equal|equals|equaling|equalling|exactly)\b", re.I)


def _interval(q) -> tuple[str, float | None, float | None, str] | None:
    t = q.text
    if q.qualifier in ("more than", "at least"):
        return ("[" if _CLOSE_LOW.search(t) else "(", q.low, None, ")")
    if q.qualifier in ("less than", "up to"):
        return ("(", None, q.high, "]" if _CLOSE_HIGH.search(t) else ")")
    if q.qualifier is None and _EXACT.match(t):
        return ("[", q.value, q.value, "]")  # "equal to 20": the spec's [20,20]
    if q.qualifier == "range":
        parts = re.split(r"\s+(?:and|but)\s+|,\s*", t, maxsplit=1)
        if len(parts) == 2 and re.match(r"\s*(?:more|greater|larger|higher|bigger|above|over|at|no|less|fewer|smaller|lower|below|under|up)\b", t, re.I):
            a, b = parts
            low_part, high_part = (a, b) if re.match(r"\s*(?:more|greater|larger|higher|bigger|above|over|at\s+least|no\s+less|no\s+fewer)", a, re.I) else (b, a)
            return ("[" if _CLOSE_LOW.search(low_part) else "(", q.low, q.high, "]" if _CLOSE_HIGH.search(high_part) else ")")
        return ("[", q.low, q.high, ")")
    return None


def range_values(text: str) -> list[tuple]:
    out = []
    for q in find_numbers(text):
        iv = _interval(q)
        if iv is not None:
            out.append(iv)
    return out


def _parse_interval(s: str):
    m = re.fullmatch(r"([\[(])([^,]*),([^,]*)([\])])", s)
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return (m.group(1), lo, hi, m.group(4))


def _iv_equal(a: list[tuple], b: list[tuple]) -> bool:
    def key(iv):
        return (iv[0], None if iv[1] is None else round(iv[1], 6), None if iv[2] is None else round(iv[2], 6), iv[3])
    return sorted(map(key, a), key=str) == sorted(map(key, b), key=str) if len(set(map(key, a))) == len(a) else \
        sorted(set(map(key, a)), key=str) == sorted(set(map(key, b)), key=str)


def percent_values(text: str) -> list[float]:
    return [q.value for q in find_numbers(text) if q.unit == "%" and q.value is not None]


# Spec unit name -> mobicheck unit key (a lower-case name in the lexicon's units.yaml).
def _dimension_canonical(value: float, unit: str) -> float | None:
    name = unit.lower()
    table = vocab("en").unit_table
    for key in (name, name + "s", name.replace("metric ton", "tonne")):
        if key in table:
            return value * table[key][1]
    return None


def dimension_values(text: str) -> list[float]:
    # durations are left out: Recognizers reads them with its DateTime model
    return [q.value for q in find_numbers(text) if q.kind == "measure" and q.unit != "s" and q.value is not None]


def currency_values(text: str) -> list[float]:
    return [q.value for q in find_numbers(text) if q.kind == "money" and q.value is not None]


# ---------------------------------------------------------------- suites
def _all_cases(name: str) -> list[dict]:
    return json.loads((RT / f"{name}.json").read_text(encoding="utf-8"))


def _by_design(case) -> bool:
    """The reference implementation itself reads the case differently, by design."""
    return "dotnet" in (case.get("NotSupportedByDesign") or "").replace(" ", "").split(",")


def _cases(name: str):
    for case in _all_cases(name):
        if not _by_design(case):
            yield case


def _expected_number(case):
    return [float(r["Resolution"]["value"]) for r in case["Results"]]


def _expected_range(case):
    return [_parse_interval(r["Resolution"]["value"]) for r in case["Results"]]


def _expected_percent(case):
    return [float(r["Resolution"]["value"].rstrip("%")) for r in case["Results"] if r["Resolution"].get("value") not in (None, "null")]


def _expected_dimension(case):
    out = []
    for r in case["Results"]:
        v = r["Resolution"].get("value")
        if v is None:
            continue
        c = _dimension_canonical(float(v), r["Resolution"].get("unit", ""))
        out.append(c if c is not None else float("nan"))
    return out


def _expected_currency(case):
    out = []
    for r in case["Results"]:
        v = r["Resolution"].get("value")
        if v is None:
            continue
        unit = r["Resolution"].get("unit", "")
        f = 0.01 if unit in ("Cent", "Pence", "Penny") else 1.0
        out.append(float(v) * f)
    return out


SUITES = {
    "NumberModel": (_expected_number, number_values, _set_equal),
    "NumberRangeModel": (_expected_range, range_values, _iv_equal),
    "PercentModel": (_expected_percent, percent_values, _set_equal),
    "DimensionModel": (_expected_dimension, dimension_values, _set_equal),
    "CurrencyModel": (_expected_currency, currency_values, _set_equal),
}


def run_suite(name: str, verbose: bool = False):
    expect, mine, equal = SUITES[name]
    cases = list(_cases(name))
    passed = total = excluded = chars = 0
    elapsed = 0.0
    failures = []
    for c in cases:
        key = (name, c["Input"])
        if key in EXCLUDED:
            excluded += 1
            continue
        total += 1
        exp = expect(c)
        t0 = time.perf_counter()
        try:
            got = mine(c["Input"])
        except Exception as e:  # a crash is a failure, not a benchmark error
            got = [f"raised {e!r}"]
        elapsed += time.perf_counter() - t0
        chars += len(c["Input"])
        if any(isinstance(x, float) and math.isnan(x) for x in exp):
            ok = False
        else:
            ok = equal(got, exp) if all(not isinstance(x, str) for x in got) else False
        passed += ok
        if not ok:
            failures.append((c["Input"], exp, got))
    if verbose:
        for inp, exp, got in failures:
            print(f"  FAIL {name}: {inp[:100]!r}\n     expected {exp}\n     got      {got}")
    return passed, total, excluded, chars / elapsed if elapsed else 0.0


# quantulum3
_DIMENSIONLESS = {"dimensionless", "percentage"}


def _q3_cases():
    return json.loads((Q3 / "quantities.json").read_text(encoding="utf-8"))


def _q3_pass(req: str, res: list[dict], found) -> bool:
    found = [q for q in found if q[3] not in ("ordinal", "date", "time")]
    used = set()
    for r in res:
        surf = r["surface"]
        s = req.find(surf)
        e = s + len(surf)
        hits = [k for k, q in enumerate(found) if q[0] < e and s < q[1] and k not in used]
        if len(hits) != 1:
            return False
        k = hits[0]
        used.add(k)
        q = found[k]
        if (r["unit"] in _DIMENSIONLESS or r.get("entity") == "currency") and q[2] is not None:
            if not _close(q[2], float(r["value"])):
                return False
    return len(used) == len(found)


def run_quantulum(verbose: bool = False):
    passed = total = chars = 0
    elapsed = 0.0
    for c in _q3_cases():
        total += 1
        t0 = time.perf_counter()
        qs = find_numbers(c["req"])
        elapsed += time.perf_counter() - t0
        chars += len(c["req"])
        found = [(q.start, q.end, q.value, q.kind) for q in qs]
        ok = _q3_pass(c["req"], c["res"], found)
        passed += ok
        if verbose and not ok:
            print(f"  FAIL quantulum3: {c['req'][:100]!r}\n     expected {[(r['surface'], r['value']) for r in c['res']]}\n     got {found}")
    return passed, total, chars / elapsed if elapsed else 0.0


# ---------------------------------------------------------------- peers
def _peers():
    try:
        import recognizers_suite as rs  # noqa: F401
    except Exception:
        rs = None
    try:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.parser as qp  # noqa: F401
    except Exception:
        qp = None
    return rs, qp


def _rs_values(rs, fn, text, conv):
    out = []
    for r in fn(text, rs.Culture.English):
        v = (r.resolution or {}).get("value")
        if v is None:
            continue
        try:
            out.append(conv(v, r.resolution))
        except (ValueError, TypeError):
            out.append(float("nan"))
    return out


def run_peer_rs(rs, name):
    expect, _, equal = SUITES[name]
    if name == "NumberRangeModel":
        return None  # the Python package has no number-range model
    fn = {"NumberModel": rs.recognize_number, "PercentModel": rs.recognize_percentage,
          "DimensionModel": rs.recognize_dimension, "CurrencyModel": rs.recognize_currency}[name]

    def conv(v, res):
        if name == "PercentModel":
            return float(v.rstrip("%"))
        if name == "DimensionModel":
            c = _dimension_canonical(float(v), res.get("unit", ""))
            return c if c is not None else float(v)
        if name == "CurrencyModel":
            return float(v) * (0.01 if res.get("unit") in ("Cent", "Pence", "Penny") else 1.0)
        return float(v)

    passed = total = chars = 0
    elapsed = 0.0
    for c in _cases(name):
        if (name, c["Input"]) in EXCLUDED:
            continue
        total += 1
        try:
            t0 = time.perf_counter()
            got = _rs_values(rs, fn, c["Input"], conv)
            elapsed += time.perf_counter() - t0
            chars += len(c["Input"])
            exp = expect(c)
            ok = not any(math.isnan(x) for x in exp) and not any(math.isnan(x) for x in got) and equal(got, exp)
        except Exception:
            ok = False
        passed += ok
    return passed, total, chars / elapsed if elapsed else 0.0


def run_peer_q3(qp):
    passed = total = chars = 0
    elapsed = 0.0
    for c in _q3_cases():
        total += 1
        try:
            found = []
            t0 = time.perf_counter()
            parsed = qp.parse(c["req"])
            elapsed += time.perf_counter() - t0
            chars += len(c["req"])
            for q in parsed:
                found.append((q.span[0], q.span[1], q.value, "count"))
            ok = _q3_pass(c["req"], c["res"], found)
        except Exception:
            ok = False
        passed += ok
    return passed, total, chars / elapsed if elapsed else 0.0


# ---------------------------------------------------------------- throughput
def news_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for p in sorted((SHARED / "external" / "ecbplus_sample" / "articles").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
    return [t for t in texts if t]


def throughput(fn, texts, repeats=15) -> float:
    """Chars per second of the best of `repeats` passes over `texts`.

    The best pass, not the mean: on a shared machine the other processes
    only ever slow a pass down, so the fastest one is the reader's own speed.
    """
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    rs, qp = _peers()
    texts = news_texts()
    rs_name = "recognizers-text" if rs is not None else "not installed"
    q3_name = "quantulum3" if qp is not None else "not installed"
    rows = []
    for name in SUITES:
        p, t, x, cps = run_suite(name, verbose)
        n = len(_all_cases(name))
        skipped = sum(map(_by_design, _all_cases(name)))
        peer, peer_cps = "not installed", ""
        if rs is not None:
            r = run_peer_rs(rs, name)
            if r is None:
                peer = "no model"
            else:
                peer, peer_cps = f"{100 * r[0] / r[1]:.1f}", f"{r[2]:,.0f}"
        rows.append((name, n, skipped, x, t, f"{100 * p / t:.1f}", peer, f"{cps:,.0f}", peer_cps))
    p, t, cps = run_quantulum(verbose)
    peer, peer_cps = "not installed", ""
    if qp is not None:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = run_peer_q3(qp)
        peer, peer_cps = f"{100 * r[0] / r[1]:.1f}", f"{r[2]:,.0f}"
    rows.append(("quantulum3 quantities", t, 0, 0, t, f"{100 * p / t:.1f}", peer, f"{cps:,.0f}", peer_cps))

    mine_cps = throughput(find_numbers, texts)
    peer_cps_news = []
    if rs is not None:
        peer_cps_news.append(("recognizers-text number", throughput(lambda s: rs.recognize_number(s, rs.Culture.English), texts, 2)))
    if qp is not None:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            peer_cps_news.append(("quantulum3 parse", throughput(qp.parse, texts, 2)))

    print(f"peer for the recognizers suites: {rs_name}; for quantulum3: {q3_name}")
    print(f"{'suite':<22}{'cases':>6}{'by-design':>10}{'excl':>5}{'scored':>7}{'mobicheck %':>12}{'peer %':>14}"
          f"{'mobicheck chars/s':>19}{'peer chars/s':>14}")
    for name, n, sk, x, t, mine, peer, cps, pcps in rows:
        print(f"{name:<22}{n:>6}{sk:>10}{x:>5}{t:>7}{mine:>12}{peer:>14}{cps:>19}{pcps:>14}")
    print()
    print(f"news text: {len(texts)} documents, {sum(map(len, texts))} chars (seeds/*.txt + ecbplus sample), single process")
    print(f"{'mobicheck find_numbers':<28}{mine_cps:>14,.0f} chars/s (best of 15 passes)")
    for name, cps in peer_cps_news:
        print(f"{name:<28}{cps:>14,.0f} chars/s (best of 2 passes, the first warms up)")
    if rs is None and qp is None:
        print("peers: not installed (pip install '.[bench]': recognizers-text-suite, emoji==0.6.0, quantulum3)")
    print()
    print("excluded cases:")
    for (suite, inp), why in EXCLUDED.items():
        print(f"  {suite}: {inp!r}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
