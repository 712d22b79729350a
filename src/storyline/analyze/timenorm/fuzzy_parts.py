"""Fuzzy parts of a time: "early", "mid", "late", "the beginning/end of", "the first/second half of"
a day, month, year, decade or other bounded time, as an approximate interval inside it (a year in
thirds of whole months, its halves as half years, "early Friday" as the small hours).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.values import TimeValue, _tv

_PART_WORDS = {
    "early": "early", "earlier": "early", "the beginning of": "early", "the start of": "early", "beginning of": "early",
    "start of": "early", "the early part of": "early", "mid": "mid", "mid-": "mid", "the middle of": "mid",
    "middle of": "mid", "midway through": "mid", "late": "late", "the end of": "late", "end of": "late",
    "the latter part of": "late", "the close of": "late", "the later part of": "late", "the tail end of": "late",
    "the first half of": "h1", "the second half of": "h2", "the latter half of": "h2", "the last half of": "h2",
    "last half of": "h2", "first half of": "h1",
    "second half of": "h2",
}
_PART_RE = re.compile(r"^(the beginning of|the start of|beginning of|start of|the early part of|the middle of|"
                      r"middle of|midway through|the end of|end of|the latter part of|the later part of|the close of|"
                      r"the tail end of|the first half of|the second half of|the latter half of|the last half of|last half of|first half of|"
                      r"second half of|early|late|mid-|mid)\s*")


# Hours that "early"/"late" pick out of one day: news writes "early Friday" for the small hours and
# "late Thursday" for the evening and night.
DAY_PARTS = {"early": ("00:00", "08:00"), "late": ("18:00", "23:59")}


def _apply_part(part: str, base: TimeValue, s: str) -> TimeValue | None:
    lo, hi = base.earliest, base.latest
    if base.reason.startswith("part of day") and part in ("early", "late", "mid"):
        # "early Friday morning", "late last night": the part of day stays the value, made approximate
        return TimeValue(base.value, base.kind, True, lo, hi, f"{base.reason}; {part} in it", base.relative)
    if lo is None or hi is None or base.kind not in ("date",) or "/" in base.value:
        return None
    span_days = (hi - lo).days + 1
    if span_days <= 1:
        if part not in DAY_PARTS or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            return None
        a_t, b_t = DAY_PARTS[part]
        return TimeValue(f"{base.value}T{a_t}/{base.value}T{b_t}", "time", True, lo, hi,
                         f"fuzzy {part} part of {base.value} ({base.reason})", base.relative)
    if part in ("h1", "h2") and re.fullmatch(r"\d{4}", base.value):
        # a year's halves are calendar half years (Jan-Jun, Jul-Dec), the same value the half-year
        # rule gives "the first half of 2025", however the year itself was named ("fiscal 2025")
        return _tv(f"{base.value}-H{part[1]}", reason=f"half year of {base.value} ({base.reason})",
                   relative=base.relative)
    if part in ("h1", "h2") and re.fullmatch(r"\d{3}X", base.value):  # decades: whole years, 0-4 / 5-9
        y0 = lo.year + (0 if part == "h1" else 5)
        a, b = date(y0, 1, 1), date(y0 + 4, 12, 31)
    elif part in ("h1", "h2"):
        half = span_days // 2
        a, b = (lo, lo + timedelta(days=half - 1)) if part == "h1" else (lo + timedelta(days=half), hi)
    else:
        third = span_days // 3
        if part == "early":
            a, b = lo, lo + timedelta(days=third - 1)
        elif part == "mid":
            a, b = lo + timedelta(days=third), hi - timedelta(days=span_days - 2 * third)
        else:
            a, b = hi - timedelta(days=span_days - 2 * third - 1), hi
        if re.fullmatch(r"\d{4}", base.value):  # years: whole months, Jan-Apr / May-Aug / Sep-Dec
            y = lo.year
            a, b = {"early": (date(y, 1, 1), date(y, 4, 30)), "mid": (date(y, 5, 1), date(y, 8, 31)),
                    "late": (date(y, 9, 1), date(y, 12, 31))}[part]
    return TimeValue(f"{a.isoformat()}/{b.isoformat()}", "interval", True, a, b,
                     f"fuzzy {part} part of {base.value} ({base.reason})", base.relative)
