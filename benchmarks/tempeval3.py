"""TempEval-3 Task A (time expressions): how well storyline finds and normalises TIMEX3.

Usage:  .venv/bin/python benchmarks/tempeval3.py [DATA_DIR] [--split training|platinum] [--errors N]

DATA_DIR defaults to ../shared/benchmarks/tempeval3 (never copied into the repo). For every gold
document the raw text (the <TEXT> content with its tags stripped; it starts with two newlines, which
count for offsets) goes through spaCy + ``extract_times`` with the document creation time as the
reference date. The DCT itself is not scored.

Figures (one per line, ``name: value unit``): strict and relaxed span precision/recall/F1, value
accuracy on relaxed matches, value F1 = relaxed F1 x value accuracy (as the TE3 scorer computes it),
type accuracy/F1, and a 95% bootstrap interval (over documents) for value F1.

Product ISO values are mapped to TimeML conventions HERE, not in the product:
  reason "vague present"  -> PRESENT_REF      reason "vague past" -> PAST_REF
  reason "vague future"   -> FUTURE_REF       reason "vague count" duration P3Y -> PXY
  decade 199X as is (gold 199 -> 199X)  part-of-day interval 2013-03-22T05:00/... -> 2013-03-22TMO (AF, EV, NI)
  fuzzy part interval ("fuzzy late part of 2023") -> 2023 (TimeML keeps the part in mod=)
  weekend Sat/Sun interval -> 2013-W12-WE   "night of" interval -> date + TNI
  "financial year to date" interval (the first nine months of 1988: 1988-01/1988-09) -> 1988
  "window of" interval ("within two weeks": 2013-03-22/P2W) -> its duration P2W ("within a few days",
  a vague count: PXD)
  a length after "in" that the product reads as a point ahead ("will arrive in <two weeks>": 2013-W14,
  reason "offset +2 week ... a length after 'in'") -> the length P2W, as TimeML tags the span
  other intervals (ranges) -> their start
  set R/P1W -> P1W        weekday set R/2013-03-25/P1W -> XXXX-WXX-1   yearly R/2013-SU/P1Y -> XXXX-SU
  weekday part-of-day set R/2013-03-26T21:00/P1W ("Tuesday nights") -> XXXX-WXX-2TNI
  datetimes drop ":00" seconds; values compare case-insensitively.
Spans: TimeML tags the two ends of a range as two TIMEX3 ("between <1994> and <1997>", "from <May> to
<July>", "April <24> and <25>"); the product keeps one interval TimeRef, which is what a user wants. The
scorer splits a product range joined by a word (and/to/until/through/till) into its two ends, each with
its end of the interval as value, and drops the leading "between"/"from" as TimeML does.
Gold values are normalised too: PnDE (PnE) -> P(10n)Y, PnCE (PnC) -> P(100n)Y, PnL -> P(1000n)Y, PXDE/PXCE -> PXY (the
product counts vague decades in years), PnQ -> P(3n)M (PXQ -> PXM), FY1989 -> 1989,
T..:..:00 -> T..:.., an hour alone T17 -> T17:00, century 19XX -> 19 (the same values, spelled two ways).
A document stored twice under the data folder (the training folder has AP900815-0044 in TimeBank/ and
in testpipeline/) is scored once. The platinum split (Evaluation/) is the held-out test: tune on
--split training only. Each platinum
run is counted in ~/.cache/storyline/tempeval3_platinum_runs and the count is printed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    value: str
    type: str
    text: str


def parse_tml(path: Path) -> tuple[str, date, list[Gold]]:
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    if dct_m is None:
        raise ValueError(f"{path}: no DCT")
    dct = date.fromisoformat(dct_m[1])
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body_m is None:
        raise ValueError(f"{path}: no <TEXT>")
    body = body_m[1]
    out: list[str] = []
    pos = 0
    n = 0
    golds: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = unescape(body[pos:m.start()])
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        closing, name, attrs = m[1], m[2], m[3]
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (n, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            golds.append(Gold(start, n, a.get("value", ""), a.get("type", ""), ""))
            open_timex = None
    out.append(unescape(body[pos:]))
    text = "".join(out)
    golds = [Gold(g.start, g.end, g.value, g.type, text[g.start:g.end]) for g in golds]
    return text, dct, golds


def to_timeml(value: str, kind: str, reason: str) -> str:
    """The product's ISO value in TimeML spelling (see the module docstring)."""
    from storyline.analyze.timenorm import PART_OF_DAY
    from storyline.analyze.timex.length_readings import AFTER_IN

    if AFTER_IN in reason and (m := re.search(r"offset \+(\d+(?:\.\d+)?) (day|week|month|year|quarter|hour|minute)", reason)):
        # "will arrive in two weeks": TimeML marks the length ("two weeks", P2W), the product the point
        n, unit = m[1], m[2]
        if unit in ("hour", "minute"):
            return f"PT{n}{unit[0].upper()}"
        return f"P{int(float(n)) * 3}M" if unit == "quarter" else f"P{n}{unit[0].upper()}"
    if reason.startswith("vague present"):
        return "PRESENT_REF"
    if reason.startswith("vague past"):
        return "PAST_REF"
    if reason.startswith("vague future"):
        return "FUTURE_REF"
    if kind == "duration" and "vague count" in reason:
        return re.sub(r"\d+(?:\.\d+)?", "X", value, count=1)
    if kind == "set":
        if m := re.fullmatch(r"R/(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/P1W", value):
            part = next((p for p, (start, _) in PART_OF_DAY.items() if start == m[2]), None) if m[2] else None
            tod = "" if part is None else f"T{'NI' if part == 'night' else part[:2].upper()}"
            return f"XXXX-WXX-{date.fromisoformat(m[1]).isoweekday()}{tod}"
        if m := re.fullmatch(r"R/\d{4}-(SP|SU|FA|WI|\d{2})/P1Y", value):
            return f"XXXX-{m[1]}"
        return value[2:] if value.startswith("R/") else value
    if "/" in value:
        a, b = value.split("/", 1)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", a):
            for part, (start, _) in PART_OF_DAY.items():
                if start == m[2] and reason.startswith("part of day"):
                    return f"{m[1]}T{part[:2].upper() if part != 'night' else 'NI'}"
        if reason.startswith("night of"):
            return f"{a[:10]}TNI"
        if reason.startswith("window of"):
            return re.sub(r"\d+(?:\.\d+)?", "X", b, count=1) if "vague count" in reason else b
        if m := re.search(r"^financial year to date: the first \d+ months of (\d{4})", reason):
            return m[1]
        if m := re.search(r"fuzzy \w+ part of (?:decade )?(\S+)", reason):
            return m[1]
        if reason.startswith("weekend"):
            y, w, _ = date.fromisoformat(a).isocalendar()
            return f"{y}-W{w:02d}-WE"
        return a
    return value


def norm_gold(value: str) -> str:
    v = value.upper()
    if m := re.fullmatch(r"P(\d+)D?E", v):  # decades, also spelled PnE
        return f"P{int(m[1]) * 10}Y"
    if m := re.fullmatch(r"P(\d+)C?E|P(\d+)C", v):  # centuries, also spelled PnC
        return f"P{int(m[1] or m[2]) * 100}Y"
    if re.fullmatch(r"PX(?:DE|E|CE|C|L)", v):  # an unknown number of decades / centuries / millennia
        return "PXY"
    if m := re.fullmatch(r"P(\d+)L", v):  # millennia
        return f"P{int(m[1]) * 1000}Y"
    if m := re.fullmatch(r"P(\d+)Q", v):
        return f"P{int(m[1]) * 3}M"
    if v == "PXQ":
        return "PXM"  # an unknown number of quarters, counted in months as PnQ is
    if m := re.fullmatch(r"(\d{2})XX", v):
        return m[1]  # a century: ISO 8601 reduced precision writes 19
    v = re.sub(r"(T\d{2})$", r"\1:00", v)
    v = re.sub(r"^FY", "", v)
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)
    if re.fullmatch(r"\d{3}", v):
        v += "X"  # the 1990s: TimeML writes 199 or 199X
    v = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", v)
    return v


def unique_documents(files: list[Path]) -> tuple[list[Path], list[str]]:
    """Each document once: the training folder holds a copy of AP900815-0044 under testpipeline/
    next to the one under TimeBank/, which would count its timexes (and errors) twice. The first path
    in sorted order wins; the skipped ones are returned (relative names) so the run can say so."""
    seen: set[str] = set()
    kept: list[Path] = []
    skipped: list[str] = []
    for f in files:
        if f.name in seen:
            skipped.append(f"{f.parent.name}/{f.name}")
            continue
        seen.add(f.name)
        kept.append(f)
    return kept, skipped


def kind_to_type(kind: str, value: str) -> str:
    if kind == "time" or re.search(r"T\d|T(MO|AF|EV|NI)", value):
        return "TIME"
    return {"duration": "DURATION", "set": "SET"}.get(kind, "DATE")


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class SysRef:
    """One product TimeRef as the scorer sees it (a range may become two of these)."""

    start: int
    end: int
    value: str
    kind: str
    reason: str
    text: str


_RANGE_TEXT = re.compile(r"^(?:(?:between|from)\s+)?(?P<a>.+?)(?P<sep>\s+(?:and|to|until|till|through)\s+)(?P<b>.+)$",
                         re.I | re.S)


def split_ranges(refs: list) -> list[SysRef]:
    """Product TimeRefs as scorer records, ranges split into their two ends (see the module docstring)."""
    out: list[SysRef] = []
    for r in refs:
        start, end, text = r.span.start, r.span.end, r.text
        m = _RANGE_TEXT.match(text)
        if r.kind == "interval" and r.reason.startswith("range") and m and "/" in r.value:
            a_val, b_val = r.value.split("/", 1)
            a_start = start + m.start("a")
            out.append(SysRef(a_start, start + m.end("a"), a_val, "date", "range start", m["a"]))
            out.append(SysRef(start + m.start("b"), end, b_val, "date", "range end", m["b"]))
            continue
        out.append(SysRef(start, end, r.value, r.kind, r.reason, text))
    return out


def score_doc(golds: list[Gold], product_refs: list) -> dict[str, int]:
    sys_refs = split_ranges(product_refs)
    strict = sum(1 for g in golds if any(s.start == g.start and s.end == g.end for s in sys_refs))
    used: set[int] = set()
    relaxed = value_ok = type_ok = 0
    pairs = []
    for g in golds:
        best = None
        for i, s in enumerate(sys_refs):
            if i in used or not (s.start < g.end and g.start < s.end):
                continue
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, i)
        if best is None:
            pairs.append((g, None))
            continue
        used.add(best[1])
        s = sys_refs[best[1]]
        relaxed += 1
        sv = to_timeml(s.value, s.kind, s.reason).upper()
        ok = sv == norm_gold(g.value)
        value_ok += ok
        type_ok += kind_to_type(s.kind, sv) == g.type
        pairs.append((g, s, sv, ok))
    spurious = [s for i, s in enumerate(sys_refs) if i not in used]
    return {"gold": len(golds), "sys": len(sys_refs), "strict": strict, "relaxed": relaxed,
            "value": value_ok, "type": type_ok, "pairs": pairs, "spurious": spurious}


_WEEKDAY_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH_WORDS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
                r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a few|several"


def text_shape(text: str) -> str:
    """An expression with its particulars abstracted, so errors of one kind group together."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(rf"\b(?:{_WEEKDAY_WORDS})\b", "WEEKDAY", t)
    t = re.sub(rf"\b(?:{_MONTH_WORDS})\b\.?", "MONTH", t)
    t = re.sub(rf"\b(?:{_NUMBER_WORDS})\b", "N", t)
    return re.sub(r"\d+", "9", t)


def value_shape(value: str) -> str:
    return re.sub(r"\d+", "9", value.upper())


def error_groups(per_doc: list[dict]) -> list[tuple[tuple[str, str, str], list[str]]]:
    """Mismatches grouped by (error kind, expression shape, value shapes), biggest group first.

    VALUE: matched span, wrong value (key: gold text shape, product value shape -> gold value shape).
    MISS: a gold TIMEX3 no product TimeRef overlaps. EXTRA: a product TimeRef no gold TIMEX3 overlaps.
    """
    groups: dict[tuple[str, str, str], list[str]] = {}
    for d in per_doc:
        for p in d["pairs"]:
            g = p[0]
            if p[1] is None:
                key = ("MISS", text_shape(g.text), f"gold {value_shape(g.value)}")
                groups.setdefault(key, []).append(f"{g.text!r} gold={g.value}")
            elif not p[3]:
                s = p[1]
                key = ("VALUE", text_shape(g.text), f"{value_shape(p[2])} -> {value_shape(g.value)}")
                groups.setdefault(key, []).append(
                    f"{g.text!r} product={s.text!r} {p[2]} gold={g.value} ({s.reason[:60]})")
        for s in d["spurious"]:
            tag = re.split(r"[(;:']", s.reason, maxsplit=1)[0].strip()
            key = ("EXTRA", text_shape(s.text), tag)
            groups.setdefault(key, []).append(f"{s.text!r} {s.value} ({s.reason[:50]})")
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def print_error_groups(per_doc: list[dict], limit: int, examples: int = 3) -> None:
    groups = error_groups(per_doc)
    for kind in ("VALUE", "MISS", "EXTRA"):
        n = sum(len(v) for k, v in groups if k[0] == kind)
        print(f"errors_{kind.lower()}: {n} count")
    for (kind, shape, values), items in groups[:limit]:
        print(f"  {len(items):4d} {kind:5} {shape!r}  {values}")
        for ex in items[:examples]:
            print(f"         {ex}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default=str(REPO.parent / "shared" / "benchmarks" / "tempeval3"))
    ap.add_argument("--split", choices=["training", "platinum"], default="platinum")
    ap.add_argument("--errors", type=int, default=0, help="print the N biggest error groups (value, missed, extra) with examples (training only)")
    args = ap.parse_args(argv)
    data = Path(args.data_dir)
    sub = data / ("Evaluation/te3-platinum" if args.split == "platinum" else "Training/TBAQ-cleaned")
    if not sub.is_dir():
        print(f"skipped: TempEval-3 data not found at {sub} (pass the folder as the first argument)")
        return 0
    files, duplicates = unique_documents(sorted(sub.rglob("*.tml")))
    if not files:
        print(f"skipped: no .tml files under {sub}")
        return 0
    if args.split == "platinum":
        counter = Path.home() / ".cache" / "storyline" / "tempeval3_platinum_runs"
        counter.parent.mkdir(parents=True, exist_ok=True)
        runs = int(counter.read_text() or 0) + 1 if counter.exists() else 1
        counter.write_text(str(runs))
        if args.errors:
            print("note: --errors is ignored on the platinum split (no tuning on the test set)")
            args.errors = 0

    from storyline.analyze.nlp import load
    from storyline.analyze.timex import extract_times
    from storyline.config import Settings

    nlp = load(Settings().model)
    t0 = time.perf_counter()
    per_doc = []
    for f in files:
        text, dct, golds = parse_tml(f)
        doc = nlp(text)
        refs = extract_times(doc, f.stem, dct)
        per_doc.append(score_doc(golds, refs))
    elapsed = time.perf_counter() - t0

    def totals(docs: list[dict]) -> dict[str, int]:
        return {k: sum(d[k] for d in docs) for k in ("gold", "sys", "strict", "relaxed", "value", "type")}

    t = totals(per_doc)
    sp, sr, sf = prf(t["strict"], t["sys"], t["gold"])
    rp, rr, rf = prf(t["relaxed"], t["sys"], t["gold"])
    vacc = t["value"] / t["relaxed"] if t["relaxed"] else 0.0
    tacc = t["type"] / t["relaxed"] if t["relaxed"] else 0.0

    import numpy as np

    rng = np.random.default_rng(0)
    boots = []
    for _ in range(1000):
        sample = [per_doc[i] for i in rng.integers(0, len(per_doc), len(per_doc))]
        b = totals(sample)
        _, _, bf = prf(b["relaxed"], b["sys"], b["gold"])
        boots.append(100 * bf * (b["value"] / b["relaxed"] if b["relaxed"] else 0.0))
    lo, hi = np.percentile(boots, [2.5, 97.5])

    print(f"split: {args.split} ({len(files)} docs)")
    if duplicates:
        print(f"note: {len(duplicates)} duplicate document(s) skipped: {', '.join(duplicates)}")
    print(f"gold_timex: {t['gold']} count")
    print(f"system_timex: {t['sys']} count")
    print(f"strict_precision: {100 * sp:.2f} %")
    print(f"strict_recall: {100 * sr:.2f} %")
    print(f"strict_f1: {100 * sf:.2f} %")
    print(f"relaxed_precision: {100 * rp:.2f} %")
    print(f"relaxed_recall: {100 * rr:.2f} %")
    print(f"relaxed_f1: {100 * rf:.2f} %")
    print(f"value_accuracy: {100 * vacc:.2f} %")
    print(f"value_f1: {100 * rf * vacc:.2f} %")
    print(f"value_f1_ci95_low: {lo:.2f} %")
    print(f"value_f1_ci95_high: {hi:.2f} %")
    print(f"type_accuracy: {100 * tacc:.2f} %")
    print(f"type_f1: {100 * rf * tacc:.2f} %")
    print(f"extraction_time: {elapsed:.2f} s")
    if args.split == "platinum":
        print(f"platinum_runs: {runs} count")

    if args.errors:
        print_error_groups(per_doc, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
