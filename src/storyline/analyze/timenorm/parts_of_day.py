"""Parts of a day and the weekend: "this morning", "Monday night", "tonight" as an interval of
datetimes (its hours from ``PART_OF_DAY``; a night ends on the next day), and "the weekend", "last
weekend" as its Saturday-Sunday interval.
"""

from __future__ import annotations

from datetime import date, timedelta

from storyline.analyze.timenorm.reference_side import _future
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import PART_OF_DAY


def _weekend_offset(which: str, ref: date, context: str) -> int:
    """Which weekend, counted from the one of the reference's week (0; on a Saturday or Sunday, the
    current one). "this"/"coming" weekend is that one; "last"/"this past" the one before; "next" the
    one after. A bare "the weekend" is the current or coming one in future talk or when the reference
    falls on it, and the one just past otherwise (news reports what happened)."""
    if which in ("last", "past", "this past", "previous", "preceding", "prior"):
        return -1
    if which == "next":
        return 1
    if which in ("this", "current", "coming", "this coming", "upcoming", "following"):
        return 0
    return 0 if ref.weekday() >= 5 or _future(context) or "(present)" in context else -1


def _weekend(ref: date, k: int, s: str) -> TimeValue:
    sat = ref + timedelta(days=5 - ref.weekday()) + timedelta(weeks=k)
    if ref.weekday() == 6 and k == 0:
        sat = ref - timedelta(days=1)
    sun = sat + timedelta(days=1)
    return _tv(f"{sat.isoformat()}/{sun.isoformat()}", "interval", reason=f"weekend ('{s}')",
               relative="deictic", lo=sat, hi=sun)


def _part_of_day(d: date, part: str, s: str) -> TimeValue:
    start, end = PART_OF_DAY[part]
    end_day = d + timedelta(days=1) if part == "night" else d
    return _tv(f"{d.isoformat()}T{start}/{end_day.isoformat()}T{end}", "time",
               reason=f"part of day {part} ('{s}')", relative="deictic", lo=d, hi=end_day)
