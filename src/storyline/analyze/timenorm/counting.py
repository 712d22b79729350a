"""Counts and distances: a number word read as a number ("two and a half", "1,000"), a count of a
unit as an ISO duration (``P3D``, ``PT1H30M``), a unit's canonical name, and the reference moved by N
units and written at that unit's grain ("two weeks ago" is an ISO week).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from storyline.analyze.timenorm.values import _iso_week, _month_bounds, _quarter_bounds, _week_bounds
from storyline.analyze.timenorm.vocabulary import NUMBER_WORDS, UNITS


def _num(word: str) -> float | None:
    w = word.strip().lower()
    half = 0.0
    if m := re.fullmatch(r"(\d+)\s+1/2", w):
        return int(m[1]) + 0.5
    if w.endswith(" and a half"):
        half, w = 0.5, w[: -len(" and a half")].strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):  # "1,000 days": thousands written with commas
        return float(w.replace(",", "")) + half
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] + half
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in ("hundred", "thousand"):
        return NUMBER_WORDS[parts[0]] * NUMBER_WORDS[parts[1]] + half  # "two thousand": a product
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float, unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("s") and u[:-1] in UNITS:
        u = u[:-1]
    designator, is_time, mult = UNITS[u]
    n = float(n) * mult
    if u == "weekend":
        designator = "D"
    if not n.is_integer() and is_time and designator in ("H", "M"):
        whole, frac = int(n), n - int(n)
        small = "M" if designator == "H" else "S"
        return f"PT{whole}{designator}{_fmt(frac * 60)}{small}" if whole else f"PT{_fmt(frac * 60)}{small}"
    if not n.is_integer() and not is_time:
        # P1.5Y is legal ISO; keep it, but turn half weeks/days into smaller units for readability
        if designator == "D":
            return f"PT{_fmt(n * 24)}H"
        if designator == "Y" and (n * 12).is_integer():  # "2 1/2 years": P2Y6M
            return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M" if int(n) else f"P{int(round(n * 12))}M"
    return f"PT{_fmt(n)}{designator}" if is_time else f"P{_fmt(n)}{designator}"


def _unit_key(unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and u[:-1] in UNITS:
        u = u[:-1]
    return {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "centurie": "century"}.get(u, u)


def _shift(ref: date, n: float, unit: str) -> tuple[str, date, date, str]:
    """Move the reference by n units (negative = back) and express the result at that unit's grain."""
    u = _unit_key(unit)
    k = int(n)
    if u in ("day", "night"):
        d = ref + timedelta(days=k)
        return d.isoformat(), d, d, "date"
    if u in ("week", "fortnight"):
        d = ref + timedelta(weeks=k * (2 if u == "fortnight" else 1))
        lo, hi = _week_bounds(d)
        return _iso_week(d), lo, hi, "date"
    if u == "month":
        d = ref + relativedelta(months=k)
        lo, hi = _month_bounds(d.year, d.month)
        return f"{d.year:04d}-{d.month:02d}", lo, hi, "date"
    if u == "quarter":
        d = ref + relativedelta(months=3 * k)
        q = (d.month - 1) // 3 + 1
        lo, hi = _quarter_bounds(d.year, q)
        return f"{d.year:04d}-Q{q}", lo, hi, "date"
    if u == "year":
        y = ref.year + k
        return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "date"
    if u == "decade":
        y = ref.year + 10 * k
        return f"{y // 10:03d}X", date(y // 10 * 10, 1, 1), date(y // 10 * 10 + 9, 12, 31), "date"
    if u == "century":
        y = ref.year + 100 * k
        return f"{y // 100:02d}", date(max(1, y // 100 * 100), 1, 1), date(y // 100 * 100 + 99, 12, 31), "date"
    if u in ("hour", "minute", "second"):
        return ref.isoformat(), ref, ref, "date"
    raise KeyError(unit)
