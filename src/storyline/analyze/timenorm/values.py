"""The normaliser's result (``TimeValue``) and the calendar bounds of an ISO 8601 value.

Rules build their results with ``_tv``, which fills ``earliest``/``latest`` from the value with
``bounds_of`` (date, month, week, quarter, half, season, decade, century, datetime, interval) unless
the rule gives them: the extractor orders and overlaps times by these bounds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from storyline.analyze.timenorm.vocabulary import SEASON_START


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised expression. ``relative``: absolute | deictic (needs the reference date) |
    anaphoric (should be resolved against the previous date in the text, not the publication)."""

    value: str
    kind: str  # date | time | interval | duration | set
    approx: bool = False
    earliest: date | None = None
    latest: date | None = None
    reason: str = ""
    relative: str = "absolute"


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _week_bounds(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _season_bounds(y: int, code: str) -> tuple[date, date]:
    start = date(y, SEASON_START[code], 1)
    end_month = start + relativedelta(months=3) - timedelta(days=1)
    return start, end_month


def _quarter_bounds(y: int, q: int) -> tuple[date, date]:
    start = date(y, 3 * (q - 1) + 1, 1)
    return start, start + relativedelta(months=3) - timedelta(days=1)


def bounds_of(value: str) -> tuple[date | None, date | None]:
    """Calendar bounds of an ISO value (date, month, year, week, season, quarter, decade,
    century, datetime, interval of those); ``(None, None)`` for durations, sets and unknowns."""
    if "/" in value:
        if value.startswith("R"):
            return None, None
        a, b = value.split("/", 1)
        if a.startswith("P"):
            lo_b, hi_b = bounds_of(b)
            if hi_b is None:
                return None, None
            try:
                return hi_b - _duration_delta(a), hi_b
            except ValueError:
                return None, hi_b
        lo, _ = bounds_of(a)
        if b.startswith("P"):
            if lo is None:
                return None, None
            try:
                return lo, lo + _duration_delta(b)
            except ValueError:
                return lo, None
        _, hi = bounds_of(b)
        return lo, hi
    v = value.split("T", 1)[0] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            return _month_bounds(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})", v):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            return _quarter_bounds(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            h = int(m[2])
            return date(int(m[1]), 6 * h - 5, 1), _month_bounds(int(m[1]), 6 * h)[1]
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            return _season_bounds(int(m[1]), m[2])
        if m := re.fullmatch(r"(\d{3})X", v):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})", v):
            c = int(m[1])
            return date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)
    except ValueError:
        return None, None
    return None, None


def _duration_delta(iso: str) -> relativedelta:
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                     r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?", iso)
    if not m:
        raise ValueError(iso)
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
    days = d + 7 * w + 365.25 * (y % 1) + 30.44 * (mo % 1) + h / 24 + mi / 1440
    return relativedelta(years=int(y), months=int(mo), days=int(round(days)))


def _tv(value: str, kind: str = "date", reason: str = "", approx: bool = False,
        relative: str = "absolute", lo: date | None = None, hi: date | None = None) -> TimeValue:
    if lo is None and hi is None and kind not in ("duration", "set"):
        lo, hi = bounds_of(value)
    return TimeValue(value, kind, approx, lo, hi, reason, relative)
